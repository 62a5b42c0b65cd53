package io.osmos.agent.testing;

import io.osmos.agent.containerizer.ProcStat;
import io.osmos.agent.containerizer.ProcessGroups;
import io.osmos.agent.containerizer.RuntimeDir;
import io.osmos.protocol.v1.Protos.ContainerID;
import java.nio.file.Path;

/** Tests leave nothing running: checkpointed tasks outlive a stopped agent by design. */
public final class Leftovers {
    private Leftovers() {
    }

    /** SIGKILL to every container under the work_dir whose supervisor still runs. */
    public static void kill(Path workDir) {
        for (ContainerID id : RuntimeDir.list(workDir)) {
            RuntimeDir.of(workDir, id).pid().filter(p -> ProcStat.isRunning(p.pid(), p.startTicks()))
                    .ifPresent(p -> ProcessGroups.signal(p.pid(), ProcessGroups.Signal.KILL));
        }
    }
}
