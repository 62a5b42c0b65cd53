package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One container the containerizer knows; touched only on the agent's actor. */
final class Container {
    enum State { PREPARING, ISOLATING, RUNNING, TERMINATING }

    final ContainerID id;
    final RuntimeDir runtime;
    final List<NamedIsolator> isolators;
    final CompletableFuture<ContainerTermination> termination = new CompletableFuture<>();
    Resources resources;
    State state = State.PREPARING;
    Process process; // null when recovered: it is not this JVM's child
    long pid;
    long startTicks;
    boolean killed;
    boolean destroyRequested;
    // Recovered after a reboot: its pid now names some other process, whose session must be left alone.
    boolean stale;
    ContainerLimitation limitation;
    ScheduledFuture<?> escalation;

    Container(ContainerID id, RuntimeDir runtime, List<NamedIsolator> isolators, Resources resources) {
        this.id = id;
        this.runtime = runtime;
        this.isolators = List.copyOf(isolators);
        this.resources = resources;
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
