package io.osmos.master.core;

import com.google.protobuf.ByteString;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;

/** The events the master sends on an agent's stream (Osmos's internal protocol). */
final class AgentEvents {
    private static final AgentEvent PING = AgentEvent.newBuilder().setType(AgentEvent.Type.PING).build();

    private AgentEvents() {
    }

    static AgentEvent registered(AgentID id, MasterInfo master, double pingSeconds) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.REGISTERED).setRegistered(AgentEvent.Registered
                .newBuilder().setAgentId(id).setMasterInfo(master).setHeartbeatIntervalSeconds(pingSeconds)).build();
    }

    static AgentEvent reregistered(AgentID id, MasterInfo master, double pingSeconds) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.REREGISTERED).setReregistered(AgentEvent
                .Reregistered.newBuilder().setAgentId(id).setMasterInfo(master)
                .setHeartbeatIntervalSeconds(pingSeconds)).build();
    }

    /** @param executor the task's custom executor, or null for a command task */
    static AgentEvent runTask(FrameworkInfo framework, TaskInfo task, ExecutorInfo executor) {
        AgentEvent.RunTask.Builder run = AgentEvent.RunTask.newBuilder()
                .setFrameworkId(framework.getId()).setFramework(framework).setTask(task);
        if (executor != null) {
            run.setExecutor(executor);
        }
        return AgentEvent.newBuilder().setType(AgentEvent.Type.RUN_TASK).setRunTask(run).build();
    }

    static AgentEvent runTaskGroup(FrameworkInfo framework, ExecutorInfo executor, TaskGroupInfo group) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.RUN_TASK_GROUP).setRunTaskGroup(AgentEvent.RunTaskGroup
                .newBuilder().setFrameworkId(framework.getId()).setFramework(framework).setExecutor(executor)
                .setTaskGroup(group)).build();
    }

    /** @param policy overrides the task's kill policy, or null */
    static AgentEvent killTask(FrameworkID framework, TaskID task, KillPolicy policy) {
        AgentEvent.KillTask.Builder kill = AgentEvent.KillTask.newBuilder().setFrameworkId(framework).setTaskId(task);
        if (policy != null) {
            kill.setKillPolicy(policy);
        }
        return AgentEvent.newBuilder().setType(AgentEvent.Type.KILL_TASK).setKillTask(kill).build();
    }

    static AgentEvent acknowledge(FrameworkID framework, TaskID task, ByteString uuid) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.ACKNOWLEDGE_STATUS).setAcknowledgeStatus(
                AgentEvent.AcknowledgeStatus.newBuilder().setFrameworkId(framework).setTaskId(task).setUuid(uuid))
                .build();
    }

    static AgentEvent shutdownFramework(FrameworkID framework) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN_FRAMEWORK).setShutdownFramework(
                AgentEvent.ShutdownFramework.newBuilder().setFrameworkId(framework)).build();
    }

    static AgentEvent shutdownExecutor(FrameworkID framework, ExecutorID executor) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN_EXECUTOR).setShutdownExecutor(
                AgentEvent.ShutdownExecutor.newBuilder().setFrameworkId(framework).setExecutorId(executor)).build();
    }

    static AgentEvent frameworkMessage(FrameworkID framework, ExecutorID executor, ByteString data) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.FRAMEWORK_MESSAGE).setFrameworkMessage(
                AgentEvent.FrameworkMessage.newBuilder().setFrameworkId(framework).setExecutorId(executor)
                        .setData(data)).build();
    }

    static AgentEvent ping() {
        return PING;
    }

    static AgentEvent shutdown(String message) {
        return AgentEvent.newBuilder().setType(AgentEvent.Type.SHUTDOWN)
                .setShutdown(AgentEvent.Shutdown.newBuilder().setMessage(message)).build();
    }
}
