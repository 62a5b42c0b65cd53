package io.osmos.api.oversubscription;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ResourceUsage;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Estimates the revocable resources an agent may offer on top of its total: the Mesos resource
 * estimator. Register it with {@link io.osmos.api.Modules#NAME} set, e.g. {@code fixed}.
 *
 * <p><b>Threading.</b> Called from the agent's actor, one call at a time; no method blocks. Stages
 * complete on any thread.
 */
@ConsumerType
public interface ResourceEstimator {

    /**
     * Called once when the agent starts, before {@link #oversubscribable}. Throwing means the estimator
     * cannot work: the agent does not start, and reports why.
     *
     * @param usage asks the agent for a fresh usage sample of all its executors; callable from any
     *     thread, any number of times
     */
    void initialize(Supplier<CompletionStage<ResourceUsage>> usage);

    /**
     * Called periodically by the agent ({@code --oversubscribed_resources_interval}): it waits for the
     * stage, forwards the estimate to the master when it changed, and calls again. Each estimate
     * replaces the previous one, so the estimator answers every call.
     *
     * @return the most that may be oversubscribed now; every resource must be revocable (its
     *     {@code revocable} field set). A failed stage, or one holding non-revocable resources, is logged
     *     and the agent asks again next interval
     */
    CompletionStage<Resources> oversubscribable();
}
