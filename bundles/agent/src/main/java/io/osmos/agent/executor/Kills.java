package io.osmos.agent.executor;

import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/** How a task is killed: which grace period applies, whether TASK_KILLING comes first, the signals. */
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

    /** SIGTERM to the process's group now; SIGKILL once the grace period is over if it still runs. */
    static ScheduledFuture<?> terminate(Actor actor, Process leader, Duration grace) {
        long pgid = leader.pid();
        ProcessGroups.signal(pgid, ProcessGroups.Signal.TERM);
        return actor.delay(grace, () -> {
            if (leader.isAlive()) {
                ProcessGroups.signal(pgid, ProcessGroups.Signal.KILL);
            }
        });
    }
}
