package io.osmos.agent.containerizer;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/** One container the Mesos containerizer runs; touched only on the agent's actor. */
final class Container extends TrackedContainer {
    enum State { PREPARING, ISOLATING, RUNNING, TERMINATING }

    final RuntimeDir runtime;
    final List<NamedIsolator> isolators;
    State state = State.PREPARING;
    Process process; // null when recovered: it is not this JVM's child
    long pid;
    long startTicks;
    boolean destroyRequested;
    // Recovered after a reboot: its pid now names some other process, whose session must be left alone.
    boolean stale;
    ScheduledFuture<?> escalation;

    Container(ContainerID id, RuntimeDir runtime, List<NamedIsolator> isolators, Resources resources) {
        super(id, resources);
        this.runtime = runtime;
        this.isolators = List.copyOf(isolators);
    }

    boolean isForked() {
        return pid > 0;
    }

    void cancelEscalation() {
        if (escalation != null) {
            escalation.cancel(false);
            escalation = null;
        }
    }
}
