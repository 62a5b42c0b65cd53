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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The AgentHook whiteboard: every registered hook is called, those named in {@code --hooks} first in
 * that order, then the others by highest {@code service.ranking}, then the oldest registration. Decorators chain, each seeing the value the previous one produced;
 * a hook that throws or runs past the hook time budget is skipped for that call, logged and counted,
 * never fatal. Hooks run on hook threads ({@link HookCalls}), never on the caller's. Hooks come and
 * go from Declarative Services threads at any time.
 */
public final class AgentHooks implements AutoCloseable {
    /** The budget of one hook call unless hook_timeout says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final CopyOnWriteArrayList<RankedHook> hooks = new CopyOnWriteArrayList<>();
    private List<String> named = List.of(); // guarded by this
    private final HookCalls calls = new HookCalls(DEFAULT_TIMEOUT);

    /** A hook named by its class, e.g. in tests. */
    public void add(AgentHook hook, int ranking, long serviceId) {
        add(hook, ranking, serviceId, null, hook.getClass().getName());
    }

    /**
     * @param name the hook's {@code osmos.module.name}, or null to name it by its class
     * @param origin who supplied it, for the log: the bundle's symbolic name and version
     */
    public synchronized void add(AgentHook hook, int ranking, long serviceId, String name, String origin) {
        List<RankedHook> next = new ArrayList<>(hooks);
        next.removeIf(r -> r.hook() == hook);
        next.add(new RankedHook(hook, ranking, serviceId, name != null ? name : hook.getClass().getName(), origin,
                new AtomicBoolean()));
        resort(next);
    }

    /** The {@code --hooks} order: hooks with these {@code osmos.module.name}s are called first, in this order. */
    public synchronized void order(List<String> names) {
        named = List.copyOf(names);
        resort(new ArrayList<>(hooks));
    }

    /** The hooks' names in the order they are called. */
    public List<String> callOrder() {
        return hooks.stream().map(RankedHook::name).toList();
    }

    private void resort(List<RankedHook> next) {
        List<String> first = named;
        next.sort(Comparator.comparingInt((RankedHook r) -> position(first, r.name()))
                .thenComparing(Comparator.comparingInt(RankedHook::ranking).reversed())
                .thenComparingLong(RankedHook::serviceId));
        hooks.clear();
        hooks.addAll(next);
    }

    // Named hooks come first in the configured order; the others keep ranking order after them.
    private static int position(List<String> named, String name) {
        int index = named.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    public synchronized void remove(AgentHook hook) {
        hooks.removeIf(r -> r.hook() == hook);
    }

    /** The budget of each hook call from now on. */
    public void budget(Duration budget) {
        calls.budget(budget);
    }

    /** How many hook calls threw, overran or were skipped because the hook was still busy. */
    public long failures() {
        return calls.failures();
    }

    /** Failures per hook, by its {@code osmos.module.name} (its class name when it has none). */
    public Map<String, Long> failuresByHook() {
        return calls.failuresByHook();
    }

    /** Stops the hook threads; calls after this are skipped. Never throws. */
    @Override
    public void close() {
        calls.close();
    }

    public Labels runTaskLabels(TaskInfo task, ExecutorInfo executor, FrameworkInfo framework, AgentInfo agent) {
        Labels labels = task.getLabels();
        for (RankedHook r : hooks) {
            TaskInfo current = task.toBuilder().setLabels(labels).build();
            labels = call(r, "slaveRunTaskLabelDecorator",
                    h -> h.slaveRunTaskLabelDecorator(current, executor, framework, agent)).orElse(labels);
        }
        return labels;
    }

    /** The environment of the executor's command after every decorator. */
    public Environment executorEnvironment(ExecutorInfo executor) {
        Environment environment = executor.getCommand().getEnvironment();
        for (RankedHook r : hooks) {
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

    /** Tells every hook, one after another on the hook threads; returns at once. */
    public void removeExecutor(FrameworkInfo framework, ExecutorInfo executor) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (RankedHook r : hooks) {
            chain = chain.thenCompose(done -> calls.notify(r, "slaveRemoveExecutorHook",
                    () -> r.hook().slaveRemoveExecutorHook(framework, executor)));
        }
    }

    /** The update with the labels and container status the decorators chose. */
    public TaskStatus taskStatus(FrameworkID framework, TaskStatus status) {
        TaskStatus decorated = status;
        for (RankedHook r : hooks) {
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
        for (RankedHook r : hooks) {
            AgentInfo info = agent.toBuilder().clearResources().addAllResources(current).build();
            current = call(r, "slaveResourcesDecorator", h -> h.slaveResourcesDecorator(info)).orElse(current);
        }
        return current;
    }

    public List<Attribute> attributes(AgentInfo agent) {
        List<Attribute> current = agent.getAttributesList();
        for (RankedHook r : hooks) {
            AgentInfo info = agent.toBuilder().clearAttributes().addAllAttributes(current).build();
            current = call(r, "slaveAttributesDecorator", h -> h.slaveAttributesDecorator(info)).orElse(current);
        }
        return current;
    }

    private <T> Optional<T> call(RankedHook r, String point, Function<AgentHook, Optional<T>> call) {
        return calls.call(r, point, () -> call.apply(r.hook()));
    }
}
