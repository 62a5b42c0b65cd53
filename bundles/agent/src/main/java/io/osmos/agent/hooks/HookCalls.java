package io.osmos.agent.hooks;

import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs hook calls on the agent's own hook threads, each within the hook time budget, so a hook never
 * runs on the agent's actor and a slow one costs the agent at most the budget. A call that throws or
 * overruns is skipped and counted; a hook whose earlier call is still running is skipped at once, so
 * a hook that hangs costs the budget only once. Each hook's first failure at each hook point is
 * logged with the bundle that supplied it, later ones at debug level.
 */
final class HookCalls implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HookCalls.class);
    // A hook holds at most one thread (see busy), so this bounds only a crowd of hooks.
    private static final int MAX_THREADS = 16;

    private final ThreadPoolExecutor threads;
    private final AtomicLong failures = new AtomicLong();
    private final Map<String, AtomicLong> byHook = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private volatile Duration budget;

    HookCalls(Duration budget) {
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "osmos-agent-hook-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(null); // so no bundle's class loader is pinned by the thread
            return thread;
        });
    }

    void budget(Duration next) {
        budget = next;
    }

    /** Calls the hook and waits for it at most the budget; empty when it declined, threw or overran. */
    <T> Optional<T> call(RankedHook hook, String point, Supplier<Optional<T>> call) {
        CompletableFuture<Optional<T>> result = start(hook, point, call);
        if (result == null) {
            return Optional.empty();
        }
        Duration limit = budget;
        try {
            Optional<T> value = result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return value == null ? Optional.empty() : value;
        } catch (TimeoutException e) {
            fail(hook, point, overran(limit), null);
        } catch (ExecutionException e) {
            fail(hook, point, "it threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(hook, point, "the agent was interrupted while waiting for it", null);
        }
        return Optional.empty();
    }

    /** Calls the hook without waiting; completes when it returned, threw or overran. */
    CompletableFuture<Void> notify(RankedHook hook, String point, Runnable call) {
        CompletableFuture<Optional<Object>> result = start(hook, point, () -> {
            call.run();
            return Optional.empty();
        });
        if (result == null) {
            return CompletableFuture.completedFuture(null);
        }
        Duration limit = budget;
        return result.orTimeout(limit.toNanos(), TimeUnit.NANOSECONDS).handle((ignored, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof TimeoutException) {
                    fail(hook, point, overran(limit), null);
                } else {
                    fail(hook, point, "it threw " + cause, cause);
                }
            }
            return null;
        });
    }

    long failures() {
        return failures.get();
    }

    Map<String, Long> failuresByHook() {
        Map<String, Long> snapshot = new TreeMap<>();
        byHook.forEach((name, count) -> snapshot.put(name, count.get()));
        return snapshot;
    }

    /** Stops the hook threads; calls after this are skipped. Never throws. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    // Null when the call was skipped without running.
    private <T> CompletableFuture<Optional<T>> start(RankedHook hook, String point, Supplier<Optional<T>> call) {
        if (!hook.busy().compareAndSet(false, true)) {
            fail(hook, point, "its previous call has not returned yet", null);
            return null;
        }
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return call.get();
                } finally {
                    hook.busy().set(false);
                }
            }, threads);
        } catch (RejectedExecutionException e) {
            hook.busy().set(false);
            fail(hook, point, "every hook thread is taken by calls that have not returned", null);
            return null;
        }
    }

    private static String overran(Duration limit) {
        return "it took longer than its budget of " + Durations.format(limit) + " (hook_timeout)";
    }

    /** @param thrown what the hook threw, for its stack trace; null when it was slow or busy */
    private void fail(RankedHook hook, String point, String reason, Throwable thrown) {
        failures.incrementAndGet();
        byHook.computeIfAbsent(hook.name(), n -> new AtomicLong()).incrementAndGet();
        if (logged.add(hook.name() + "/" + point)) {
            LOG.warn("Skipping agent hook {} from {} in {}: {} (further failures of it there are logged at debug "
                    + "level)", hook.name(), hook.origin(), point, reason, thrown);
        } else {
            LOG.debug("Skipping agent hook {} from {} in {}: {}", hook.name(), hook.origin(), point, reason);
        }
    }
}
