package io.osmos.master.http;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.osmos.api.resources.Resources;
import io.osmos.master.support.Scheduler;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.DurationInfo;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.OperationID;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import io.osmos.protocol.v1.scheduler.Protos.Call.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Well-formed calls of every type the fuzz test starts from, aimed at a framework it may disturb
 * and at agents, offers and tasks that do not exist, so that whatever a mutation turns them into
 * cannot legitimately change the state the test watches.
 */
final class FuzzTemplates {
    private static final AgentID NO_AGENT = AgentID.newBuilder().setValue("no-such-agent").build();

    private FuzzTemplates() {
    }

    static List<Message> scheduler(FrameworkID victim, FrameworkInfo info) {
        List<Message> calls = new ArrayList<>();
        calls.add(call(null, Type.SUBSCRIBE).setSubscribe(io.osmos.protocol.v1.scheduler.Protos.Call.Subscribe
                .newBuilder().setFrameworkInfo(Scheduler.info("fuzzed"))).build());
        Offer.Operation launch = Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH)
                .setLaunch(Offer.Operation.Launch.newBuilder().addTaskInfos(Scheduler.task("t", NO_AGENT, "cpus:1")))
                .build();
        Offer.Operation group = Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH_GROUP)
                .setLaunchGroup(Offer.Operation.LaunchGroup.newBuilder().setExecutor(ExecutorInfo.newBuilder()
                        .setType(ExecutorInfo.Type.DEFAULT).setExecutorId(ExecutorID.newBuilder().setValue("e")))
                        .setTaskGroup(TaskGroupInfo.newBuilder().addTasks(Scheduler.task("g", NO_AGENT, "cpus:1")))).build();
        Offer.Operation reserve = Offer.Operation.newBuilder().setType(Offer.Operation.Type.RESERVE)
                .setId(OperationID.newBuilder().setValue("op")).setReserve(Offer.Operation.Reserve.newBuilder()
                        .addAllResources(Resources.parse("cpus:1").toProtos())).build();
        calls.add(call(victim, Type.ACCEPT).setAccept(io.osmos.protocol.v1.scheduler.Protos.Call.Accept.newBuilder()
                .addOfferIds(OfferID.newBuilder().setValue("no-such-offer")).addOperations(launch)
                .addOperations(group).addOperations(reserve)).build());
        calls.add(call(victim, Type.DECLINE).setDecline(io.osmos.protocol.v1.scheduler.Protos.Call.Decline.newBuilder()
                .addOfferIds(OfferID.newBuilder().setValue("no-such-offer"))).build());
        calls.add(call(victim, Type.REVIVE).build());
        calls.add(call(victim, Type.SUPPRESS).build());
        calls.add(call(victim, Type.KILL).setKill(io.osmos.protocol.v1.scheduler.Protos.Call.Kill.newBuilder()
                .setTaskId(TaskID.newBuilder().setValue("no-such-task"))).build());
        calls.add(call(victim, Type.SHUTDOWN).setShutdown(io.osmos.protocol.v1.scheduler.Protos.Call.Shutdown
                .newBuilder().setAgentId(NO_AGENT).setExecutorId(ExecutorID.newBuilder().setValue("e"))).build());
        calls.add(call(victim, Type.ACKNOWLEDGE).setAcknowledge(io.osmos.protocol.v1.scheduler.Protos.Call.Acknowledge
                .newBuilder().setAgentId(NO_AGENT).setTaskId(TaskID.newBuilder().setValue("t"))
                .setUuid(ByteString.copyFrom(new byte[16]))).build());
        calls.add(call(victim, Type.ACKNOWLEDGE_OPERATION_STATUS).setAcknowledgeOperationStatus(
                io.osmos.protocol.v1.scheduler.Protos.Call.AcknowledgeOperationStatus.newBuilder().setAgentId(NO_AGENT)
                        .setOperationId(OperationID.newBuilder().setValue("op"))
                        .setUuid(ByteString.copyFrom(new byte[16]))).build());
        calls.add(call(victim, Type.RECONCILE).setReconcile(io.osmos.protocol.v1.scheduler.Protos.Call.Reconcile
                .newBuilder().addTasks(io.osmos.protocol.v1.scheduler.Protos.Call.Reconcile.Task.newBuilder()
                        .setTaskId(TaskID.newBuilder().setValue("t")))).build());
        calls.add(call(victim, Type.RECONCILE_OPERATIONS).setReconcileOperations(
                io.osmos.protocol.v1.scheduler.Protos.Call.ReconcileOperations.getDefaultInstance()).build());
        calls.add(call(victim, Type.MESSAGE).setMessage(io.osmos.protocol.v1.scheduler.Protos.Call.Message.newBuilder()
                .setAgentId(NO_AGENT).setExecutorId(ExecutorID.newBuilder().setValue("e"))
                .setData(ByteString.copyFromUtf8("hi"))).build());
        calls.add(call(victim, Type.REQUEST).setRequest(io.osmos.protocol.v1.scheduler.Protos.Call.Request
                .getDefaultInstance()).build());
        calls.add(call(victim, Type.UPDATE_FRAMEWORK).setUpdateFramework(io.osmos.protocol.v1.scheduler.Protos.Call
                .UpdateFramework.newBuilder().setFrameworkInfo(info)).build());
        return calls;
    }

    static List<Message> operator() {
        List<Message> calls = new ArrayList<>();
        for (Call.Type type : List.of(Call.Type.GET_HEALTH, Call.Type.GET_FLAGS, Call.Type.GET_VERSION,
                Call.Type.GET_LOGGING_LEVEL, Call.Type.GET_STATE, Call.Type.GET_AGENTS, Call.Type.GET_FRAMEWORKS,
                Call.Type.GET_EXECUTORS, Call.Type.GET_TASKS, Call.Type.GET_ROLES, Call.Type.GET_WEIGHTS,
                Call.Type.GET_MASTER, Call.Type.GET_QUOTA, Call.Type.GET_OPERATIONS)) {
            calls.add(Call.newBuilder().setType(type).build());
        }
        calls.add(Call.newBuilder().setType(Call.Type.GET_METRICS).setGetMetrics(Call.GetMetrics.getDefaultInstance())
                .build());
        calls.add(Call.newBuilder().setType(Call.Type.SET_LOGGING_LEVEL).setSetLoggingLevel(Call.SetLoggingLevel
                .newBuilder().setLevel(1).setDuration(DurationInfo.newBuilder().setNanoseconds(1_000_000))).build());
        calls.add(Call.newBuilder().setType(Call.Type.UPDATE_WEIGHTS).setUpdateWeights(Call.UpdateWeights.newBuilder()
                .addWeightInfos(WeightInfo.newBuilder().setRole("fuzz").setWeight(2))).build());
        calls.add(Call.newBuilder().setType(Call.Type.UPDATE_QUOTA).setUpdateQuota(Call.UpdateQuota.newBuilder()
                .addQuotaConfigs(QuotaConfig.newBuilder().setRole("fuzz").putLimits("cpus",
                        Value.Scalar.newBuilder().setValue(1).build()))).build());
        calls.add(Call.newBuilder().setType(Call.Type.RESERVE_RESOURCES).setReserveResources(Call.ReserveResources
                .newBuilder().setAgentId(NO_AGENT).addAllResources(Resources.parse("cpus:1").toProtos())).build());
        calls.add(Call.newBuilder().setType(Call.Type.CREATE_VOLUMES).setCreateVolumes(Call.CreateVolumes.newBuilder()
                .setAgentId(NO_AGENT).addAllVolumes(Resources.parse("disk:1").toProtos())).build());
        calls.add(Call.newBuilder().setType(Call.Type.TEARDOWN).setTeardown(Call.Teardown.newBuilder()
                .setFrameworkId(FrameworkID.newBuilder().setValue("no-such-framework"))).build());
        calls.add(Call.newBuilder().setType(Call.Type.MARK_AGENT_GONE).setMarkAgentGone(Call.MarkAgentGone.newBuilder()
                .setAgentId(NO_AGENT)).build());
        calls.add(Call.newBuilder().setType(Call.Type.DEACTIVATE_AGENT).setDeactivateAgent(Call.DeactivateAgent
                .newBuilder().setAgentId(NO_AGENT)).build());
        calls.add(Call.newBuilder().setType(Call.Type.SUBSCRIBE).build());
        return calls;
    }

    private static io.osmos.protocol.v1.scheduler.Protos.Call.Builder call(FrameworkID framework, Type type) {
        io.osmos.protocol.v1.scheduler.Protos.Call.Builder call = io.osmos.protocol.v1.scheduler.Protos.Call
                .newBuilder().setType(type);
        if (framework != null) {
            call.setFrameworkId(framework);
        }
        return call;
    }
}
