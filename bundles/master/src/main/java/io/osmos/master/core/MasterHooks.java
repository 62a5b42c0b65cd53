package io.osmos.master.core;

import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The master hook whiteboard: every registered hook, highest service.ranking first. Decorators chain;
 * a hook that throws is skipped for that call, logged and counted, never fatal.
 */
public final class MasterHooks {
    private static final Logger LOG = LoggerFactory.getLogger(MasterHooks.class);
    private static final Comparator<Ranked> ORDER =
            Comparator.comparingInt((Ranked r) -> -r.ranking).thenComparingLong(r -> r.order);

    private record Ranked(MasterHook hook, int ranking, long order) {
    }

    private volatile List<Ranked> hooks = List.of();
    private final AtomicLong failures = new AtomicLong();

    /** @param order tie-breaker among equal rankings, lower first (the service id) */
    public synchronized void add(MasterHook hook, int ranking, long order) {
        List<Ranked> next = new ArrayList<>(hooks);
        next.removeIf(r -> r.hook == hook);
        next.add(new Ranked(hook, ranking, order));
        next.sort(ORDER);
        hooks = List.copyOf(next);
    }

    public synchronized void remove(MasterHook hook) {
        List<Ranked> next = new ArrayList<>(hooks);
        next.removeIf(r -> r.hook == hook);
        hooks = List.copyOf(next);
    }

    /** Hook calls that threw since the master started. */
    public long failures() {
        return failures.get();
    }

    TaskInfo decorateLabels(TaskInfo task, FrameworkInfo framework, AgentInfo agent) {
        TaskInfo current = task;
        for (Ranked ranked : hooks) {
            try {
                Optional<Labels> labels = ranked.hook.masterLaunchTaskLabelDecorator(current, framework, agent);
                if (labels != null && labels.isPresent()) {
                    current = current.toBuilder().setLabels(labels.get()).build();
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                LOG.warn("Skipping master hook {} for task {}: masterLaunchTaskLabelDecorator failed",
                        ranked.hook.getClass().getName(), task.getTaskId().getValue(), e);
            }
        }
        return current;
    }
}
