package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.Subscriber;
import io.osmos.master.view.Models;
import io.osmos.master.view.OperatorViews;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.master.Protos.Event;
import io.osmos.runtime.http.EventStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * The operator API's SUBSCRIBE streams: SUBSCRIBED with the whole state, then TASK_ADDED,
 * TASK_UPDATED, AGENT_ADDED, AGENT_REMOVED, FRAMEWORK_ADDED/UPDATED/REMOVED and HEARTBEAT. Events
 * are only built when someone listens. Actor-confined.
 */
final class OperatorStreams {
    private record Listener(Subscriber subscriber, ScheduledFuture<?> heartbeat) {
    }

    private static final Event HEARTBEAT = Event.newBuilder().setType(Event.Type.HEARTBEAT).build();

    private final Master master;
    private final List<Listener> listeners = new ArrayList<>();

    OperatorStreams(Master master) {
        this.master = master;
    }

    void subscribe(EventStream stream, String streamId, MasterView view) {
        Subscriber subscriber = new Subscriber(stream, streamId, master.settings().maxSubscriberBacklog());
        Duration interval = master.settings().heartbeatInterval();
        subscriber.send(Event.newBuilder().setType(Event.Type.SUBSCRIBED).setSubscribed(Event.Subscribed.newBuilder()
                .setGetState(OperatorViews.stateOf(view)).setHeartbeatIntervalSeconds(interval.toNanos() / 1e9))
                .build());
        subscriber.send(HEARTBEAT);
        Listener listener = new Listener(subscriber, master.actor.every(interval, () -> subscriber.send(HEARTBEAT)));
        listeners.add(listener);
        stream.onClose(() -> master.actor.tell(() -> {
            listener.heartbeat.cancel(false);
            listeners.remove(listener);
        }));
    }

    int size() {
        return listeners.size();
    }

    void taskAdded(Task task) {
        send(() -> Event.newBuilder().setType(Event.Type.TASK_ADDED)
                .setTaskAdded(Event.TaskAdded.newBuilder().setTask(task)).build());
    }

    void taskUpdated(FrameworkID framework, TaskStatus status, TaskState latest) {
        send(() -> Event.newBuilder().setType(Event.Type.TASK_UPDATED).setTaskUpdated(Event.TaskUpdated.newBuilder()
                .setFrameworkId(framework).setStatus(status).setState(latest)).build());
    }

    void agentAdded(AgentEntry agent) {
        send(() -> {
            Resources used = agent.allocated().values().stream().reduce(Resources.EMPTY, Resources::plus);
            return Event.newBuilder().setType(Event.Type.AGENT_ADDED).setAgentAdded(Event.AgentAdded.newBuilder()
                    .setAgent(Models.agent(agent, used, Resources.EMPTY))).build();
        });
    }

    void agentRemoved(AgentID agent) {
        send(() -> Event.newBuilder().setType(Event.Type.AGENT_REMOVED)
                .setAgentRemoved(Event.AgentRemoved.newBuilder().setAgentId(agent)).build());
    }

    void frameworkAdded(FrameworkEntry framework) {
        send(() -> Event.newBuilder().setType(Event.Type.FRAMEWORK_ADDED).setFrameworkAdded(Event.FrameworkAdded
                .newBuilder().setFramework(model(framework))).build());
    }

    void frameworkUpdated(FrameworkEntry framework) {
        send(() -> Event.newBuilder().setType(Event.Type.FRAMEWORK_UPDATED).setFrameworkUpdated(Event
                .FrameworkUpdated.newBuilder().setFramework(model(framework))).build());
    }

    void frameworkRemoved(FrameworkInfo framework) {
        send(() -> Event.newBuilder().setType(Event.Type.FRAMEWORK_REMOVED).setFrameworkRemoved(Event
                .FrameworkRemoved.newBuilder().setFrameworkInfo(framework)).build());
    }

    void closeAll() {
        for (Listener listener : List.copyOf(listeners)) {
            listener.heartbeat.cancel(false);
            listener.subscriber.close();
        }
        listeners.clear();
    }

    // Frameworks in these events carry no offers; their usage is what their tasks and executors hold.
    private io.osmos.protocol.v1.master.Protos.Response.GetFrameworks.Framework model(FrameworkEntry framework) {
        Resources used = Resources.EMPTY;
        for (AgentEntry agent : master.agents.all()) {
            used = used.plus(agent.allocated().getOrDefault(framework.id(), Resources.EMPTY));
        }
        return Models.framework(framework, List.of(), used, Resources.EMPTY);
    }

    private void send(Supplier<Event> event) {
        if (listeners.isEmpty()) {
            return;
        }
        Event built = event.get();
        for (Listener listener : List.copyOf(listeners)) {
            listener.subscriber.send(built);
        }
    }
}
