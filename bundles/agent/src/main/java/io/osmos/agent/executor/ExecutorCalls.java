package io.osmos.agent.executor;

import io.osmos.agent.status.StatusUpdates;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.executor.Protos.Call;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of the v1 executor API, answered on the agent's actor: SUBSCRIBE opens the executor's
 * event stream (SUBSCRIBED, then the tasks that waited for it), UPDATE goes to the status update
 * manager, MESSAGE to the framework through the master.
 */
public final class ExecutorCalls {
    /** How often a subscribed executor gets a HEARTBEAT event, so both sides notice a dead connection. */
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorCalls.class);

    private final ExecutorContext context;
    private final CustomExecutors custom;

    public ExecutorCalls(ExecutorContext context, CustomExecutors custom) {
        this.context = context;
        this.custom = custom;
    }

    public void handle(Call call, HttpExchange exchange) {
        Optional<Executor> found = context.executors().get(call.getFrameworkId(), call.getExecutorId())
                .filter(e -> e.kind() == Executor.Kind.CUSTOM && e.state != Executor.State.TERMINATED);
        if (found.isEmpty()) {
            exchange.respondText(400, "Executor '" + call.getExecutorId().getValue() + "' of framework '"
                    + call.getFrameworkId().getValue() + "' is not running on this agent");
            return;
        }
        Executor executor = found.get();
        switch (call.getType()) {
            case SUBSCRIBE -> subscribe(executor, call.getSubscribe(), exchange);
            case UPDATE -> update(executor, call.getUpdate().getStatus(), exchange);
            case MESSAGE -> {
                context.host().send(AgentCall.newBuilder().setType(AgentCall.Type.EXECUTOR_MESSAGE)
                        .setAgentId(context.host().agentId()).setExecutorMessage(AgentCall.ExecutorMessage.newBuilder()
                                .setFrameworkId(executor.frameworkId()).setExecutorId(executor.id())
                                .setData(call.getMessage().getData())).build());
                exchange.respond(202);
            }
            case HEARTBEAT -> exchange.respond(202);
            default -> exchange.respondText(400, "Unsupported executor call type " + call.getType());
        }
    }

    private void subscribe(Executor executor, Call.Subscribe subscribe, HttpExchange exchange) {
        EventStream stream;
        try {
            stream = exchange.stream(200, Map.of());
        } catch (BadRequestException e) {
            exchange.respondText(e.status(), e.getMessage());
            return;
        }
        EventStream previous = executor.subscription;
        executor.subscription = stream;
        if (previous != null) {
            previous.close();
        }
        LOG.info("Executor {} of framework {} subscribed", executor.id().getValue(), executor.frameworkId().getValue());
        for (TaskInfo task : subscribe.getUnacknowledgedTasksList()) {
            executor.task(task.getTaskId()).ifPresent(t -> t.launched = true);
        }
        // Updates the agent may have lost while it was away; those it has are recognised by their uuid.
        subscribe.getUnacknowledgedUpdatesList().forEach(u -> context.host().statusUpdate(executor,
                enrich(executor, u.getStatus())));
        stream.send(ExecutorEvents.subscribed(executor, context.host().agentInfo()));
        if (executor.state == Executor.State.REGISTERING) {
            executor.cancelTimer();
            executor.state = Executor.State.RUNNING;
        }
        custom.delivery().deliverQueued(executor);
        if (executor.state == Executor.State.TERMINATING) {
            stream.send(ExecutorEvents.shutdown());
        }
        var heartbeat = context.actor().every(HEARTBEAT_INTERVAL, () -> stream.send(ExecutorEvents.heartbeat()));
        stream.onClose(() -> context.actor().tell(() -> {
            heartbeat.cancel(false);
            disconnected(executor, stream);
        }));
    }

    private void update(Executor executor, TaskStatus status, HttpExchange exchange) {
        if (!status.hasUuid() || status.getUuid().isEmpty()) {
            exchange.respondText(400, "Expecting 'uuid' to be present in the status update");
        } else if (status.getState() == TaskState.TASK_STAGING) {
            exchange.respondText(400, "Received TASK_STAGING from an executor, which is not allowed");
        } else if (executor.task(status.getTaskId()).isEmpty()) {
            exchange.respondText(400, "Task '" + status.getTaskId().getValue() + "' is not a task of executor '"
                    + executor.id().getValue() + "'");
        } else {
            context.host().statusUpdate(executor, enrich(executor, status));
            exchange.respond(202);
        }
    }

    private TaskStatus enrich(Executor executor, TaskStatus status) {
        TaskStatus.Builder enriched = status.toBuilder().setSource(TaskStatus.Source.SOURCE_EXECUTOR)
                .setAgentId(context.host().agentId()).setExecutorId(executor.id())
                .setContainerStatus(StatusUpdates.containerStatus(executor.containerId(), executor.pid));
        if (!status.hasTimestamp()) {
            enriched.setTimestamp(System.currentTimeMillis() / 1000.0);
        }
        return enriched.build();
    }

    // A framework that does not checkpoint cannot have its executor come back: it is shut down.
    private void disconnected(Executor executor, EventStream stream) {
        if (executor.subscription != stream) {
            return;
        }
        executor.subscription = null;
        LOG.info("Executor {} of framework {} disconnected", executor.id().getValue(), executor.frameworkId().getValue());
        if (!executor.checkpoint() && executor.state != Executor.State.TERMINATED) {
            custom.shutdown(executor, ExecutorEnvironment.shutdownGracePeriod(context.settings(), executor.info()));
        }
    }
}
