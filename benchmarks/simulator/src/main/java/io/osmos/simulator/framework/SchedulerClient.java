package io.osmos.simulator.framework;

import io.netty.channel.EventLoop;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.EventStream;
import io.osmos.simulator.wire.Reply;
import io.osmos.simulator.wire.Request;
import io.osmos.simulator.wire.StreamListener;
import io.osmos.simulator.wire.Wire;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The scheduler calls of one framework, in protobuf: the SUBSCRIBE stream, then every other call
 * with the framework's id and the stream's Mesos-Stream-Id. Confined to the framework's event loop.
 */
final class SchedulerClient {
    private static final String PATH = "/api/v1/scheduler";

    private final Wire wire;
    private final CallPool calls;
    private final EventLoop loop;
    private EventStream stream;
    private String streamId;
    private FrameworkID frameworkId;

    SchedulerClient(Wire wire, CallPool calls, EventLoop loop) {
        this.wire = wire;
        this.calls = calls;
        this.loop = loop;
    }

    void subscribe(FrameworkInfo info, StreamListener listener) {
        Call call = Call.newBuilder().setType(Call.Type.SUBSCRIBE)
                .setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(info)).build();
        stream = EventStream.open(wire, loop, Request.post(PATH, call, null), listener);
    }

    void opened(String id) {
        streamId = id;
    }

    void subscribed(FrameworkID id) {
        frameworkId = id;
    }

    /** LAUNCH of the tasks on the offer; what they leave is given back unfiltered (refuse_seconds 0). */
    CompletableFuture<Reply> accept(OfferID offer, List<TaskInfo> tasks) {
        return send(Call.newBuilder().setType(Call.Type.ACCEPT).setAccept(Call.Accept.newBuilder().addOfferIds(offer)
                .addOperations(Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH)
                        .setLaunch(Offer.Operation.Launch.newBuilder().addAllTaskInfos(tasks)))
                .setFilters(Filters.newBuilder().setRefuseSeconds(0))));
    }

    CompletableFuture<Reply> decline(OfferID offer, double refuseSeconds) {
        return send(Call.newBuilder().setType(Call.Type.DECLINE).setDecline(Call.Decline.newBuilder()
                .addOfferIds(offer).setFilters(Filters.newBuilder().setRefuseSeconds(refuseSeconds))));
    }

    /** No more offers for any of the framework's roles. */
    CompletableFuture<Reply> suppress() {
        return send(Call.newBuilder().setType(Call.Type.SUPPRESS).setSuppress(Call.Suppress.getDefaultInstance()));
    }

    /** Ends the framework: the master kills its tasks and forgets it. */
    CompletableFuture<Reply> teardown() {
        return send(Call.newBuilder().setType(Call.Type.TEARDOWN));
    }

    CompletableFuture<Reply> acknowledge(TaskStatus status) {
        return send(Call.newBuilder().setType(Call.Type.ACKNOWLEDGE).setAcknowledge(Call.Acknowledge.newBuilder()
                .setAgentId(status.getAgentId()).setTaskId(status.getTaskId()).setUuid(status.getUuid())));
    }

    private CompletableFuture<Reply> send(Call.Builder call) {
        return calls.send(Request.post(PATH, call.setFrameworkId(frameworkId).build(), streamId), loop);
    }

    static TaskInfo task(TaskInfo.Builder template, String id, AgentID agent) {
        return template.setName(id).setTaskId(TaskID.newBuilder().setValue(id)).setAgentId(agent).build();
    }

    void close() {
        if (stream != null) {
            loop.execute(stream::close);
        }
    }
}
