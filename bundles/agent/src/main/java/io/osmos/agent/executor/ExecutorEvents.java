package io.osmos.agent.executor;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.KillPolicy;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.executor.Protos.Event;
import java.util.Optional;

/** The events of the v1 executor API that the agent sends on an executor's subscription. */
final class ExecutorEvents {
    private ExecutorEvents() {
    }

    static Event subscribed(Executor executor, AgentInfo agent) {
        return Event.newBuilder().setType(Event.Type.SUBSCRIBED).setSubscribed(Event.Subscribed.newBuilder()
                .setExecutorInfo(executor.info()).setFrameworkInfo(executor.framework()).setAgentInfo(agent)
                .setContainerId(executor.containerId())).build();
    }

    static Event launch(TaskInfo task) {
        return Event.newBuilder().setType(Event.Type.LAUNCH).setLaunch(Event.Launch.newBuilder().setTask(task)).build();
    }

    static Event launchGroup(TaskGroupInfo group) {
        return Event.newBuilder().setType(Event.Type.LAUNCH_GROUP)
                .setLaunchGroup(Event.LaunchGroup.newBuilder().setTaskGroup(group)).build();
    }

    static Event kill(TaskID task, Optional<KillPolicy> policy) {
        Event.Kill.Builder kill = Event.Kill.newBuilder().setTaskId(task);
        policy.ifPresent(kill::setKillPolicy);
        return Event.newBuilder().setType(Event.Type.KILL).setKill(kill).build();
    }

    static Event acknowledged(TaskID task, ByteString uuid) {
        return Event.newBuilder().setType(Event.Type.ACKNOWLEDGED)
                .setAcknowledged(Event.Acknowledged.newBuilder().setTaskId(task).setUuid(uuid)).build();
    }

    static Event message(ByteString data) {
        return Event.newBuilder().setType(Event.Type.MESSAGE).setMessage(Event.Message.newBuilder().setData(data))
                .build();
    }

    static Event shutdown() {
        return Event.newBuilder().setType(Event.Type.SHUTDOWN).build();
    }

    static Event heartbeat() {
        return Event.newBuilder().setType(Event.Type.HEARTBEAT).build();
    }
}
