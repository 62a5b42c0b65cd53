package io.osmos.agent.hooks;

import io.osmos.api.hook.AgentHook;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AgentHook whiteboard: every registered hook is called, highest {@code service.ranking} first,
 * then the oldest registration. Decorators chain, each seeing the value the previous one produced;
 * a hook that throws is skipped for that call, logged and counted, never fatal. Hooks come and go
 * from Declarative Services threads at any time.
 */
public final class AgentHooks {
    private static final Logger LOG = LoggerFactory.getLogger(AgentHooks.class);

    private record Ranked(AgentHook hook, int ranking, long serviceId) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::ranking).reversed()
            .thenComparingLong(Ranked::serviceId);

    private final CopyOnWriteArrayList<Ranked> hooks = new CopyOnWriteArrayList<>();
    private final AtomicLong failures = new AtomicLong();

    public synchronized void add(AgentHook hook, int ranking, long serviceId) {
        hooks.add(new Ranked(hook, ranking, serviceId));
        List<Ranked> sorted = hooks.stream().sorted(ORDER).toList();
        hooks.clear();
        hooks.addAll(sorted);
    }

    public void remove(AgentHook hook) {
        hooks.removeIf(r -> r.hook == hook);
    }

    /** How many hook calls threw and were skipped. */
    public long failures() {
        return failures.get();
    }

    public Labels runTaskLabels(TaskInfo task, ExecutorInfo executor, FrameworkInfo framework, AgentInfo agent) {
        Labels labels = task.getLabels();
        for (Ranked r : hooks) {
            TaskInfo current = task.toBuilder().setLabels(labels).build();
            labels = call(r, "slaveRunTaskLabelDecorator",
                    h -> h.slaveRunTaskLabelDecorator(current, executor, framework, agent)).orElse(labels);
        }
        return labels;
    }

    /** The environment of the executor's command after every decorator. */
    public Environment executorEnvironment(ExecutorInfo executor) {
        Environment environment = executor.getCommand().getEnvironment();
        for (Ranked r : hooks) {
            ExecutorInfo current = executor.toBuilder()
                    .setCommand(executor.getCommand().toBuilder().setEnvironment(environment)).build();
            environment = call(r, "slaveExecutorEnvironmentDecorator",
                    h -> h.slaveExecutorEnvironmentDecorator(current)).orElse(environment);
        }
        return environment;
    }

    public void postFetch(ContainerID container, String directory) {
        hooks.forEach(r -> call(r, "slavePostFetchHook", h -> {
            h.slavePostFetchHook(container, directory);
            return Optional.empty();
        }));
    }

    public void removeExecutor(FrameworkInfo framework, ExecutorInfo executor) {
        hooks.forEach(r -> call(r, "slaveRemoveExecutorHook", h -> {
            h.slaveRemoveExecutorHook(framework, executor);
            return Optional.empty();
        }));
    }

    /** The update with the labels and container status the decorators chose. */
    public TaskStatus taskStatus(FrameworkID framework, TaskStatus status) {
        TaskStatus decorated = status;
        for (Ranked r : hooks) {
            TaskStatus current = decorated;
            Optional<TaskStatus> result = call(r, "slaveTaskStatusDecorator", h -> h.slaveTaskStatusDecorator(framework, current));
            if (result.isPresent()) {
                TaskStatus.Builder next = current.toBuilder();
                if (result.get().hasLabels()) {
                    next.setLabels(result.get().getLabels());
                }
                if (result.get().hasContainerStatus()) {
                    next.setContainerStatus(result.get().getContainerStatus());
                }
                decorated = next.build();
            }
        }
        return decorated;
    }

    public Resources resources(AgentInfo agent, Resources resources) {
        Resources current = resources;
        for (Ranked r : hooks) {
            AgentInfo info = agent.toBuilder().clearResources().addAllResources(current).build();
            current = call(r, "slaveResourcesDecorator", h -> h.slaveResourcesDecorator(info)).orElse(current);
        }
        return current;
    }

    public List<Attribute> attributes(AgentInfo agent) {
        List<Attribute> current = agent.getAttributesList();
        for (Ranked r : hooks) {
            AgentInfo info = agent.toBuilder().clearAttributes().addAllAttributes(current).build();
            current = call(r, "slaveAttributesDecorator", h -> h.slaveAttributesDecorator(info)).orElse(current);
        }
        return current;
    }

    private <T> Optional<T> call(Ranked r, String point, Function<AgentHook, Optional<T>> call) {
        try {
            Optional<T> result = call.apply(r.hook);
            return result == null ? Optional.empty() : result;
        } catch (RuntimeException | LinkageError e) {
            failures.incrementAndGet();
            LOG.warn("Skipping hook {} at {}: it threw {}", r.hook.getClass().getName(), point, e.toString());
            return Optional.empty();
        }
    }
}
