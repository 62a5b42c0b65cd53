package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.time.Duration;
import java.util.Optional;

/** How a task is killed: which grace period applies, and whether TASK_KILLING comes first. */
final class Kills {
    private Kills() {
    }

    /** The kill's own policy beats the task's, which beats the agent's default. */
    static Duration gracePeriod(Optional<KillPolicy> override, TaskInfo task, Duration defaultGrace) {
        Optional<KillPolicy> policy = override.filter(KillPolicy::hasGracePeriod)
                .or(() -> Optional.of(task.getKillPolicy()).filter(KillPolicy::hasGracePeriod));
        return policy.map(p -> Duration.ofNanos(Math.max(0, p.getGracePeriod().getNanoseconds())))
                .orElse(defaultGrace);
    }

    /** Only frameworks that declared TASK_KILLING_STATE understand that state. */
    static boolean acceptsKilling(FrameworkInfo framework) {
        return framework.getCapabilitiesList().stream()
                .anyMatch(c -> c.getType() == FrameworkInfo.Capability.Type.TASK_KILLING_STATE);
    }
}
