package io.osmos.simulator.agent;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.channel.EventLoop;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.simulator.wire.EventStream;
import io.osmos.simulator.wire.Request;
import io.osmos.simulator.wire.StreamListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * One agent speaking the real master-agent protocol and launching nothing: a RUN_TASK is answered at
 * once with TASK_STARTING (optionally) and TASK_RUNNING, and the task then runs until it is killed.
 * Lives on one event loop, which both its stream and its calls use, so its state needs no lock.
 */
public final class SimulatedAgent implements StreamListener {
    private static final String PATH = "/api/v1/agent";

    private final AgentContext context;
    /** What a real Osmos agent declares, so that the allocator holds nothing back from simulated ones. */
    private static final List<AgentInfo.Capability> CAPABILITIES = Stream.of(AgentInfo.Capability.Type.MULTI_ROLE,
            AgentInfo.Capability.Type.HIERARCHICAL_ROLE, AgentInfo.Capability.Type.RESERVATION_REFINEMENT)
            .map(type -> AgentInfo.Capability.newBuilder().setType(type).build()).toList();

    private final AgentInfo info;
    private final EventLoop loop;
    private final AgentTasks tasks;
    private final CompletableFuture<AgentID> registered = new CompletableFuture<>();
    private EventStream stream;
    private String streamId;
    private AgentID agentId;

    SimulatedAgent(AgentContext context, AgentInfo info, EventLoop loop) {
        this.context = context;
        this.info = info;
        this.loop = loop;
        this.tasks = new AgentTasks(context,
                update -> call(AgentCall.newBuilder().setType(AgentCall.Type.STATUS_UPDATE).setStatusUpdate(update)));
    }

    /** Opens the agent's stream with REGISTER; completes with the id the master gave it. */
    CompletableFuture<AgentID> register() {
        AgentCall call = AgentCall.newBuilder().setType(AgentCall.Type.REGISTER).setRegister(
                AgentCall.Register.newBuilder().setAgentInfo(info).setVersion("simulator")
                        .addAllCapabilities(CAPABILITIES)).build();
        stream = EventStream.open(context.wire(), loop, Request.post(PATH, call, null), this);
        return registered;
    }

    @Override
    public void opened(String id) {
        streamId = id;
    }

    @Override
    public void record(byte[] record) {
        AgentEvent event;
        try {
            event = AgentEvent.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            context.counters().failed("unreadable AgentEvent: " + e.getMessage());
            return;
        }
        switch (event.getType()) {
            case REGISTERED -> {
                agentId = event.getRegistered().getAgentId();
                context.counters().registered.incrementAndGet();
                registered.complete(agentId);
            }
            case PING -> {
                context.counters().pongs.incrementAndGet();
                call(AgentCall.newBuilder().setType(AgentCall.Type.PONG));
            }
            case RUN_TASK -> tasks.run(agentId, event.getRunTask());
            case ACKNOWLEDGE_STATUS -> tasks.acknowledged(event.getAcknowledgeStatus());
            case KILL_TASK -> tasks.kill(agentId, event.getKillTask().getFrameworkId(),
                    event.getKillTask().getTaskId());
            case SHUTDOWN_FRAMEWORK -> tasks.shutdown(event.getShutdownFramework().getFrameworkId());
            case SHUTDOWN -> stream.close();
            default -> {
                // executor messages and the rest have nothing to simulate
            }
        }
    }

    @Override
    public void closed(Throwable cause) {
        if (!registered.isDone()) {
            context.counters().failed("agent " + info.getHostname() + " not registered: " + cause.getMessage());
            registered.completeExceptionally(cause);
        } else {
            context.counters().disconnected.incrementAndGet();
        }
    }

    /** Sends again the updates that have waited too long; runs on the agent's loop. */
    void resendDue() {
        tasks.resendDue();
    }

    EventLoop loop() {
        return loop;
    }

    private void call(AgentCall.Builder call) {
        if (agentId == null) {
            return;
        }
        AgentCall built = call.setAgentId(agentId).build();
        context.calls().send(Request.post(PATH, built, streamId), loop).whenComplete((reply, error) -> {
            if (error != null) {
                context.counters().failed(built.getType() + " from " + info.getHostname() + ": " + error.getMessage());
            } else if (reply.status() != 202) {
                context.counters().failed(built.getType() + " from " + info.getHostname() + " answered " + reply);
            }
        });
    }

    /** Hangs up without unregistering, like an agent process that was stopped. */
    void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
