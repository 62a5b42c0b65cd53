package io.osmos.api.authorizer;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * May this subject perform this action on this object: the Mesos authorizer. Register it with
 * {@link io.osmos.api.Modules#NAME} set, e.g. {@code local}.
 */
@ConsumerType
public interface Authorizer {

    /**
     * Called before every action that Mesos guards (see {@link Action}), from the master's and agent's
     * actor threads and from HTTP server threads, concurrently: it must be thread-safe and must not
     * block; a slow decision completes the stage later from another thread, within the platform's
     * authorization time budget.
     *
     * @return true to permit. A stage that completes exceptionally or too late is never taken as
     *     permission: the action is refused and the failure logged
     */
    CompletionStage<Boolean> authorized(AuthorizationRequest request);
}
