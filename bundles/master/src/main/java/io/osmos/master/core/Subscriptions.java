package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.Subscriber;
import io.osmos.master.state.TaskEntry;
import io.osmos.master.state.TaskStates;
import io.osmos.master.validation.FrameworkValidator;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.EventStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frameworks coming and going: SUBSCRIBE (new, or failing over to an existing id), the stream
 * closing, the failover timeout, and removal (TEARDOWN or timeout). Actor-confined.
 */
final class Subscriptions {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    // Beyond this a failover timeout means "never": keeps Duration arithmetic in range.
    private static final double MAX_FAILOVER_SECONDS = 365.0 * 24 * 3600 * 100;

    private final Master master;

    Subscriptions(Master master) {
        this.master = master;
    }

    void subscribe(Call.Subscribe subscribe, EventStream stream, String streamId) {
        Optional<String> invalid = FrameworkValidator.validate(subscribe);
        if (invalid.isPresent()) {
            refuse(stream, invalid.get());
            return;
        }
        FrameworkInfo info = subscribe.getFrameworkInfo();
        if (info.hasId() && master.frameworks.isRemoved(info.getId())) {
            refuse(stream, "Framework has been removed");
            return;
        }
        FrameworkEntry existing = info.hasId() ? master.frameworks.get(info.getId()) : null;
        if (existing != null) {
            Optional<String> changed = FrameworkValidator.validateUpdate(existing.info(), info);
            if (changed.isPresent()) {
                refuse(stream, changed.get());
                return;
            }
            failover(existing, subscribe, stream, streamId);
            return;
        }
        // An id the master does not know is taken as is: the framework outlived an earlier master.
        FrameworkID id = info.hasId() ? info.getId() : freshId();
        FrameworkEntry framework = new FrameworkEntry(id, info, master.now());
        framework.suppressedRoles().addAll(subscribe.getSuppressedRolesList());
        master.frameworks.add(framework);
        attach(framework, stream, streamId);
        LOG.info("Framework {} ({}) subscribed", id.getValue(), info.getName());
        Set<String> suppressed = Set.copyOf(framework.suppressedRoles());
        master.allocator.tell("addFramework", a -> a.addFramework(id, framework.info(), Map.of(), true, suppressed));
        master.operatorStreams.frameworkAdded(framework);
    }

    // A framework may have brought an id of ours the counter has not reached yet: never hand it out twice.
    private FrameworkID freshId() {
        FrameworkID id = master.ids.framework();
        while (master.frameworks.get(id) != null || master.frameworks.isRemoved(id)) {
            id = master.ids.framework();
        }
        return id;
    }

    private void failover(FrameworkEntry framework, Call.Subscribe subscribe, EventStream stream, String streamId) {
        EventStream old = framework.stream();
        if (old != null) {
            framework.send(Events.error("Framework failed over"));
            framework.detach(master.now());
            old.close();
        }
        framework.failover(null);
        master.offering.rescindAll(framework);
        Set<String> suppressed = Set.copyOf(subscribe.getSuppressedRolesList());
        boolean changed = !framework.info().equals(subscribe.getFrameworkInfo().toBuilder().setId(framework.id())
                .build()) || !suppressed.equals(framework.suppressedRoles());
        boolean wasActive = framework.active();
        framework.info(subscribe.getFrameworkInfo());
        framework.suppressedRoles().clear();
        framework.suppressedRoles().addAll(suppressed);
        attach(framework, stream, streamId);
        LOG.info("Framework {} ({}) failed over to a new subscription", framework.id().getValue(),
                framework.info().getName());
        if (changed) {
            FrameworkInfo info = framework.info();
            master.allocator.tell("updateFramework", a -> a.updateFramework(framework.id(), info, suppressed));
        }
        if (!wasActive) {
            master.allocator.tell("activateFramework", a -> a.activateFramework(framework.id()));
        }
        master.operatorStreams.frameworkUpdated(framework);
    }

    private void attach(FrameworkEntry framework, EventStream stream, String streamId) {
        Duration heartbeat = master.settings().heartbeatInterval();
        framework.attach(new Subscriber(stream, streamId, master.settings().maxSubscriberBacklog()), master.now());
        framework.active(true);
        framework.send(Events.subscribed(framework.id(), heartbeat.toNanos() / 1e9, master.info));
        framework.send(Events.heartbeat());
        framework.heartbeat(master.actor.every(heartbeat, () -> framework.send(Events.heartbeat())));
        stream.onClose(() -> master.actor.tell(() -> disconnected(framework, stream)));
    }

    private static void refuse(EventStream stream, String reason) {
        LOG.info("Refusing subscription: {}", reason);
        stream.send(Events.error(reason));
        stream.close();
    }

    /** The framework's stream closed: deactivate it and give it failover_timeout to come back. */
    void disconnected(FrameworkEntry framework, EventStream stream) {
        if (framework.stream() != stream || master.frameworks.get(framework.id()) != framework) {
            return; // a stream it already replaced, or a framework already removed
        }
        framework.detach(master.now());
        deactivate(framework);
        double seconds = Math.min(framework.info().getFailoverTimeout(), MAX_FAILOVER_SECONDS);
        LOG.info("Framework {} disconnected; removing it in {} s unless it subscribes again",
                framework.id().getValue(), seconds);
        framework.failover(master.actor.delay(Duration.ofMillis((long) (seconds * 1000)), () -> {
            if (master.frameworks.get(framework.id()) == framework && !framework.connected()) {
                remove(framework, "its failover timeout expired");
            }
        }));
    }

    private void deactivate(FrameworkEntry framework) {
        if (framework.active()) {
            framework.active(false);
            master.allocator.tell("deactivateFramework", a -> a.deactivateFramework(framework.id()));
        }
        master.offering.rescindAll(framework);
        master.operatorStreams.frameworkUpdated(framework);
    }

    /** Removes a framework for good: its tasks are killed, its agents told, its stream closed. */
    void remove(FrameworkEntry framework, String why) {
        LOG.info("Removing framework {} ({}): {}", framework.id().getValue(), framework.info().getName(), why);
        deactivate(framework);
        framework.failover(null);
        EventStream stream = framework.stream();
        framework.detach(master.now());
        if (stream != null) {
            stream.close();
        }
        String message = "Framework " + framework.id().getValue() + " removed";
        List<AgentEntry> hosts = master.agents.all().stream()
                .filter(agent -> agent.frameworkIds().contains(framework.id())).toList();
        for (TaskEntry task : List.copyOf(framework.tasks())) {
            if (TaskStates.isTerminal(task.state())) {
                master.tasks.remove(task);
            } else {
                master.tasks.terminate(task, TaskState.TASK_KILLED, Reason.REASON_FRAMEWORK_REMOVED, message, true);
            }
        }
        for (AgentEntry agent : hosts) {
            for (ExecutorInfo executor : agent.executors().removeAll(framework.id())) {
                master.tasks.releaseExecutor(framework.id(), agent.id(), executor);
            }
            agent.send(AgentEvents.shutdownFramework(framework.id()));
        }
        master.allocator.tell("removeFramework", a -> a.removeFramework(framework.id()));
        master.frameworks.remove(framework);
        master.operations.frameworkRemoved(framework.id());
        master.operatorStreams.frameworkRemoved(framework.info());
    }

    void closeAll() {
        for (FrameworkEntry framework : List.copyOf(master.frameworks.all())) {
            framework.failover(null);
            EventStream stream = framework.stream();
            framework.detach(master.now());
            if (stream != null) {
                stream.close();
            }
        }
    }
}
