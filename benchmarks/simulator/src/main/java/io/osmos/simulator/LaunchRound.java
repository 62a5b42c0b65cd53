package io.osmos.simulator;

import io.osmos.simulator.framework.FrameworkSettings;
import io.osmos.simulator.framework.LaunchReport;
import io.osmos.simulator.framework.SimulatedFramework;
import io.osmos.simulator.framework.TaskShape;
import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Reply;
import io.osmos.simulator.wire.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One round of launches: frameworks that share the round's tasks, subscribe at once and are waited
 * for until every task runs or failed. The warm-up round is one too, torn down before the measured
 * round so its tasks give their resources back.
 */
final class LaunchRound implements AutoCloseable {
    private final List<SimulatedFramework> frameworks = new ArrayList<>();

    LaunchRound(Wire wire, CallPool calls, Options options, String prefix, int tasks) {
        int count = options.integer("frameworks", 1);
        TaskShape shape = new TaskShape(options.text("task_resources"));
        int perOffer = options.integer("tasks_per_offer", 0);
        int window = options.integer("launch_window", 0);
        for (int i = 0; i < count; i++) {
            int share = tasks / count + (i < tasks % count ? 1 : 0);
            frameworks.add(new SimulatedFramework(wire, calls, wire.loops().get(i % wire.loops().size()),
                    new FrameworkSettings(String.format("%s-%03d", prefix, i), share, shape, perOffer, window)));
        }
    }

    /** Subscribes every framework and waits for its tasks; reports what was reached either way. */
    LaunchReport run(Duration timeout) throws Exception {
        List<CompletableFuture<?>> subscribed = new ArrayList<>();
        frameworks.forEach(framework -> subscribed.add(framework.subscribe()));
        CompletableFuture.allOf(subscribed.toArray(CompletableFuture[]::new))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            CompletableFuture.allOf(frameworks.stream().map(SimulatedFramework::done)
                    .toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the report says how far the launch got
        }
        return LaunchReport.of(frameworks.stream().map(SimulatedFramework::stats).toList());
    }

    /** TEARDOWN of every framework; fails when the master refused one. */
    void teardown(Duration timeout) throws Exception {
        for (SimulatedFramework framework : frameworks) {
            Reply reply = framework.teardown().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.status() != 202) {
                throw new IllegalStateException("TEARDOWN of a warm-up framework failed: " + reply);
            }
        }
    }

    @Override
    public void close() {
        frameworks.forEach(SimulatedFramework::close);
    }
}
