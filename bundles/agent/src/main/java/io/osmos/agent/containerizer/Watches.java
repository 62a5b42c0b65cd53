package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.runtime.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each isolator's watch on a running container: the first limitation reported destroys it. */
final class Watches {
    private static final Logger LOG = LoggerFactory.getLogger(Watches.class);

    private Watches() {
    }

    static void start(Actor actor, MesosContainerizer containerizer, Container c) {
        for (NamedIsolator named : c.isolators) {
            Stages.safely(() -> named.isolator().watch(c.id)).whenCompleteAsync((limitation, failure) -> {
                if (!containerizer.containers.holds(c)) {
                    return;
                }
                ContainerLimitation reported = failure == null ? limitation : new ContainerLimitation(Resources.EMPTY,
                        new IsolatorFailure(named.name(), "watch the container", failure).getMessage(),
                        TaskStatus.Reason.REASON_CONTAINER_LIMITATION);
                if (reported != null) {
                    LOG.warn("Destroying container {}: {}", c.id.getValue(), reported.message());
                    containerizer.destroy(c.id, reported);
                }
            }, actor);
        }
    }
}
