package io.osmos.master.core;

import io.osmos.api.hook.MasterHook;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The master hook whiteboard. Order: hooks named in {@code --hooks} first, in that order, then the
 * others by service.ranking (highest first), then by registration (oldest first). Decorators chain,
 * each seeing the previous result; a hook that throws or overruns its time budget is skipped for
 * that call, logged and counted, never fatal. Hooks run on the hook threads, never on the master's
 * actor. Thread-safe.
 */
public final class MasterHooks {
    private record Ranked(MasterHook hook, int ranking, long order, String name, String origin) {
    }

    private final HookCalls calls = new HookCalls();
    private volatile List<Ranked> hooks = List.of();
    private volatile List<String> named = List.of();
    private volatile Duration timeout = MasterSettings.DEFAULT_HOOK_TIMEOUT;

    /** @param order tie-breaker among equal rankings, lower first (the service id) */
    public void add(MasterHook hook, int ranking, long order) {
        add(hook, ranking, order, null, hook.getClass().getName());
    }

    /**
     * @param name the hook's {@code osmos.module.name}, or null
     * @param origin who supplied it, for the log: the bundle's symbolic name and version
     */
    public synchronized void add(MasterHook hook, int ranking, long order, String name, String origin) {
        List<Ranked> next = new ArrayList<>(hooks);
        next.removeIf(r -> r.hook == hook);
        next.add(new Ranked(hook, ranking, order, name, origin));
        hooks = sorted(next, named);
    }

    public synchronized void remove(MasterHook hook) {
        List<Ranked> next = new ArrayList<>(hooks);
        next.removeIf(r -> r.hook == hook);
        hooks = List.copyOf(next);
    }

    /** The {@code --hooks} order and the time budget of one hook call. */
    public synchronized void configure(List<String> order, Duration budget) {
        named = List.copyOf(order);
        timeout = budget;
        hooks = sorted(hooks, named);
    }

    /** Hook calls that threw or overran since the master started. */
    public long failures() {
        return calls.failures();
    }

    /** Failures per hook, by its name ({@code osmos.module.name}, or its class when it has none). */
    public Map<String, Long> failuresByHook() {
        return calls.failuresByHook();
    }

    /** True when there is no hook at all: launches then skip the hook threads. */
    public boolean isEmpty() {
        return hooks.isEmpty();
    }

    /** Runs the resource decorators, then the label decorators, over one task; completes on a hook thread. */
    CompletableFuture<TaskInfo> decorate(TaskInfo task, FrameworkInfo framework, AgentInfo agent, Resources offered) {
        CompletableFuture<TaskInfo> chain = CompletableFuture.completedFuture(task);
        Duration budget = timeout;
        for (Ranked ranked : hooks) {
            chain = chain.thenCompose(current -> calls.decorate(ranked.hook, id(ranked), ranked.origin, budget,
                    "masterLaunchTaskResourceDecorator", current,
                    () -> resources(ranked.hook, current, offered)));
        }
        for (Ranked ranked : hooks) {
            chain = chain.thenCompose(current -> calls.decorate(ranked.hook, id(ranked), ranked.origin, budget,
                    "masterLaunchTaskLabelDecorator", current,
                    () -> labels(ranked.hook, current, framework, agent)));
        }
        return chain;
    }

    /** Tells every hook an agent was lost, one after another; returns at once. */
    void slaveLost(AgentInfo agent) {
        CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
        Duration budget = timeout;
        for (Ranked ranked : hooks) {
            chain = chain.thenCompose(done -> calls.decorate(ranked.hook, id(ranked), ranked.origin, budget,
                    "masterSlaveLostHook", true, () -> {
                        ranked.hook.masterSlaveLostHook(agent);
                        return Optional.empty();
                    }));
        }
    }

    /** Stops the hook threads (interrupting hooks still running); calls after this are skipped. */
    public void shutdown() {
        calls.shutdown();
    }

    private static Optional<TaskInfo> resources(MasterHook hook, TaskInfo task, Resources offered) {
        Optional<Resources> resources = hook.masterLaunchTaskResourceDecorator(task, offered);
        return resources == null ? Optional.empty()
                : resources.map(r -> task.toBuilder().clearResources().addAllResources(r.toProtos()).build());
    }

    private static Optional<TaskInfo> labels(MasterHook hook, TaskInfo task, FrameworkInfo framework,
            AgentInfo agent) {
        Optional<Labels> labels = hook.masterLaunchTaskLabelDecorator(task, framework, agent);
        return labels == null ? Optional.empty() : labels.map(l -> task.toBuilder().setLabels(l).build());
    }

    private static String id(Ranked ranked) {
        return ranked.name != null ? ranked.name : ranked.hook.getClass().getName();
    }

    private static List<Ranked> sorted(List<Ranked> all, List<String> named) {
        Comparator<Ranked> order = Comparator.comparingInt((Ranked r) -> position(named, r.name))
                .thenComparingInt(r -> -r.ranking).thenComparingLong(r -> r.order);
        return all.stream().sorted(order).toList();
    }

    // Named hooks come first in the configured order; unnamed and unlisted ones after them.
    private static int position(List<String> named, String name) {
        int index = name == null ? -1 : named.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
