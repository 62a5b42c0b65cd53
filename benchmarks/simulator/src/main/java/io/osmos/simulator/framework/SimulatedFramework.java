package io.osmos.simulator.framework;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.channel.EventLoop;
import io.osmos.protocol.v1.Protos.CommandInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Reply;
import io.osmos.simulator.wire.StreamListener;
import io.osmos.simulator.wire.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A framework on the real v1 scheduler API: it launches its tasks into whatever it is offered
 * (within its launch window), gives the rest back with refuse_seconds 0 so it is offered again at
 * once, acknowledges every update, and times each task from its ACCEPT to its TASK_RUNNING. Lives
 * on one event loop.
 */
public final class SimulatedFramework implements StreamListener {
    private final SchedulerClient client;
    private final EventLoop loop;
    private final FrameworkSettings settings;
    private final LaunchStats stats;
    private final CompletableFuture<FrameworkID> subscribed = new CompletableFuture<>();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final TaskInfo.Builder template;
    private final LaunchPlan plan;
    private boolean suppressed;

    public SimulatedFramework(Wire wire, CallPool calls, EventLoop loop, FrameworkSettings settings) {
        this.client = new SchedulerClient(wire, calls, loop);
        this.loop = loop;
        this.settings = settings;
        this.stats = new LaunchStats(settings.tasks());
        this.plan = new LaunchPlan(settings);
        this.template = TaskInfo.newBuilder().addAllResources(settings.shape().resources())
                .setCommand(CommandInfo.newBuilder().setValue("sleep 3600"));
        if (settings.tasks() == 0) {
            done.complete(null);
        }
    }

    /** Opens the SUBSCRIBE stream; completes with the framework's id. */
    public CompletableFuture<FrameworkID> subscribe() {
        client.subscribe(FrameworkInfo.newBuilder().setUser("simulator").setName(settings.name()).build(), this);
        return subscribed;
    }

    /** Completes when every task has reached TASK_RUNNING or failed. */
    public CompletableFuture<Void> done() {
        return done;
    }

    public LaunchStats stats() {
        return stats;
    }

    @Override
    public void opened(String streamId) {
        client.opened(streamId);
    }

    @Override
    public void record(byte[] record) {
        Event event;
        try {
            event = Event.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            stats.problem("unreadable Event: " + e.getMessage());
            return;
        }
        switch (event.getType()) {
            case SUBSCRIBED -> {
                client.subscribed(event.getSubscribed().getFrameworkId());
                subscribed.complete(event.getSubscribed().getFrameworkId());
            }
            case OFFERS -> {
                plan.hold(event.getOffers().getOffersList());
                launchFromHeld();
            }
            case UPDATE -> updated(event.getUpdate().getStatus());
            case ERROR -> stats.problem(settings.name() + " got ERROR: " + event.getError().getMessage());
            default -> {
                // heartbeats, rescinds and messages need no answer here
            }
        }
    }

    @Override
    public void closed(Throwable cause) {
        if (!subscribed.completeExceptionally(cause) && !done.isDone()) {
            stats.problem(settings.name() + " lost its stream: " + cause.getMessage());
        }
    }

    /** Acts on held offers until the plan says to wait. */
    private void launchFromHeld() {
        for (LaunchPlan.Step step; (step = plan.next()) != null; ) {
            if (step instanceof LaunchPlan.Launch launch) {
                accept(launch);
            } else if (step instanceof LaunchPlan.Decline decline) {
                check(client.decline(decline.offer().getId(), decline.refuseSeconds()));
            }
        }
        if (plan.allLaunched()) {
            suppress();
        }
    }

    private void accept(LaunchPlan.Launch launch) {
        List<TaskInfo> tasks = new ArrayList<>(launch.count());
        long now = System.nanoTime();
        int end = launch.first() + launch.count();
        for (int task = launch.first(); task < end; task++) {
            tasks.add(SchedulerClient.task(template, LaunchPlan.taskId(task), launch.offer().getAgentId()));
            stats.accepted(task, now);
        }
        client.accept(launch.offer().getId(), tasks).whenComplete((reply, error) -> {
            String failure = failure("ACCEPT", reply, error);
            if (failure != null) {
                for (int task = launch.first(); task < end; task++) {
                    stats.failed(failure);
                    plan.settled(task);
                }
                checkDone();
            }
        });
    }

    private void suppress() {
        if (!suppressed) {
            suppressed = true;
            check(client.suppress());
        }
    }

    private void updated(TaskStatus status) {
        if (!status.getUuid().isEmpty()) {
            check(client.acknowledge(status));
        }
        int task = LaunchPlan.taskNumber(status.getTaskId());
        switch (status.getState()) {
            case TASK_STAGING, TASK_STARTING -> {
                // on the way
            }
            case TASK_RUNNING -> {
                if (task >= 0 && stats.running(task, System.nanoTime())) {
                    plan.settled(task);
                    checkDone();
                }
            }
            default -> {
                stats.failed(status.getTaskId().getValue() + " " + status.getState() + " " + status.getReason()
                        + ": " + status.getMessage());
                plan.settled(task);
                checkDone();
            }
        }
    }

    private void checkDone() {
        if (stats.running() + stats.failed() >= settings.tasks()) {
            done.complete(null);
        } else {
            launchFromHeld();
        }
    }

    private void check(CompletableFuture<Reply> reply) {
        reply.whenComplete((r, error) -> {
            String failure = failure("call", r, error);
            if (failure != null) {
                stats.problem(failure);
            }
        });
    }

    private String failure(String what, Reply reply, Throwable error) {
        if (error == null && reply.status() == 202) {
            return null;
        }
        return what + " of " + settings.name() + " failed: " + (error != null ? error.getMessage() : reply);
    }

    /** TEARDOWN, sent from the framework's event loop; completes with the master's answer. */
    public CompletableFuture<Reply> teardown() {
        CompletableFuture<Reply> answered = new CompletableFuture<>();
        loop.execute(() -> client.teardown().whenComplete((reply, error) -> {
            if (error != null) {
                answered.completeExceptionally(error);
            } else {
                answered.complete(reply);
            }
        }));
        return answered;
    }

    /** Hangs up; the master deactivates the framework. */
    public void close() {
        client.close();
    }
}
