package io.osmos.simulator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Watching something that tells no one when it changes (the master's task counts, the JIT's CPU
 * time): a scheduler asks every period until the answer is yes or the time is up.
 */
final class Polls {
    private Polls() {
    }

    /** Asks {@code done} every {@code period}, the first time one period from now; false if time ran out. */
    static boolean until(Duration period, Duration longest, BooleanSupplier done) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "simulator-poll");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (done.getAsBoolean()) {
                    answer.complete(true);
                }
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return answer.get(longest.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Polling failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
