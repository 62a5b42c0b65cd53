package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;

/** The master's {@code Task} record of a task it launches, copied from the TaskInfo as Mesos copies it. */
public final class TaskRecords {
    private TaskRecords() {
    }

    public static Task staging(TaskInfo task, FrameworkID framework, AgentID agent, String user) {
        Task.Builder record = Task.newBuilder().setName(task.getName()).setTaskId(task.getTaskId())
                .setFrameworkId(framework).setAgentId(agent).setState(TaskState.TASK_STAGING)
                .addAllResources(task.getResourcesList()).setUser(user).putAllLimits(task.getLimitsMap());
        if (task.hasExecutor()) {
            record.setExecutorId(task.getExecutor().getExecutorId());
        }
        if (task.hasLabels()) {
            record.setLabels(task.getLabels());
        }
        if (task.hasDiscovery()) {
            record.setDiscovery(task.getDiscovery());
        }
        if (task.hasContainer()) {
            record.setContainer(task.getContainer());
        }
        if (task.hasHealthCheck()) {
            record.setHealthCheck(task.getHealthCheck());
        }
        if (task.hasKillPolicy()) {
            record.setKillPolicy(task.getKillPolicy());
        }
        return record.build();
    }
}
