package io.osmos.agent.checkpoint;

import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.List;
import java.util.Optional;

/** What the agent's checkpoints hold, as read back after a restart. */
public final class Recovered {
    private Recovered() {
    }

    /**
     * @param agent the agent's info with its id, empty on a fresh work_dir
     * @param bootId the boot id checkpointed by the last agent that ran here
     * @param skipped what could not be read and was left out (only without --strict)
     */
    public record State(Optional<AgentInfo> agent, Optional<String> bootId, List<Framework> frameworks,
            List<String> skipped) {
    }

    public record Framework(FrameworkInfo info, List<Executor> executors) {
    }

    /** @param latest the newest run, the only one that can still be running */
    public record Executor(ExecutorInfo info, List<Run> runs, Optional<ContainerID> latest) {
    }

    public record Run(ContainerID containerId, Optional<Long> forkedPid, List<Task> tasks) {
    }

    /** @param updates the task's status update stream, replayed from its file */
    public record Task(TaskInfo info, UpdateLog log, List<UpdateLog.Record> updates) {
    }
}
