package io.osmos.agent.status;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerStatus;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Builds the task status updates the agent sends, each with a fresh uuid so it can be acknowledged. */
public final class StatusUpdates {
    private StatusUpdates() {
    }

    /** An update from the command executor that runs the task. */
    public static TaskStatus.Builder fromExecutor(AgentID agentId, TaskID taskId, ExecutorID executorId,
            TaskState state) {
        return base(agentId, taskId, state).setSource(TaskStatus.Source.SOURCE_EXECUTOR).setExecutorId(executorId);
    }

    /** An update the agent itself produces, e.g. for a task it cannot run or does not know. */
    public static TaskStatus.Builder fromAgent(AgentID agentId, TaskID taskId, TaskState state) {
        return base(agentId, taskId, state).setSource(TaskStatus.Source.SOURCE_AGENT);
    }

    /** The container of a task, with the pid of its process when it has one. */
    public static ContainerStatus containerStatus(ContainerID containerId, long pid) {
        ContainerStatus.Builder status = ContainerStatus.newBuilder().setContainerId(containerId);
        if (pid > 0) {
            status.setExecutorPid((int) pid);
        }
        return status.build();
    }

    private static TaskStatus.Builder base(AgentID agentId, TaskID taskId, TaskState state) {
        TaskStatus.Builder status = TaskStatus.newBuilder().setTaskId(taskId).setState(state)
                .setUuid(randomUuid()).setTimestamp(System.currentTimeMillis() / 1000.0);
        if (agentId != null) {
            status.setAgentId(agentId);
        }
        return status;
    }

    private static ByteString randomUuid() {
        UUID uuid = UUID.randomUUID();
        return ByteString.copyFrom(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array());
    }
}
