package io.osmos.master.core;

import io.osmos.api.hook.MasterHook;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * Runs one hook call at a time on the master's own hook threads with a time budget. A call that
 * throws, overruns or finds every hook thread busy (with hooks that never returned) is skipped: the
 * chain goes on with the value it had. Each hook's first failure at each hook point is logged with
 * a stack trace, later ones at debug level; all are counted.
 */
final class HookCalls {
    private static final Logger LOG = LoggerFactory.getLogger(HookCalls.class);
    // Enough for hooks that do some I/O; a hook that hangs holds its thread, and when all are held
    // further calls are skipped rather than queued behind it.
    private static final int MAX_THREADS = 8;

    private final ThreadPoolExecutor threads;
    private final AtomicLong failures = new AtomicLong();
    private final Map<String, AtomicLong> byHook = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    HookCalls() {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "osmos-master-hook-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(null); // so no bundle's class loader is pinned by the thread
            return thread;
        });
    }

    /**
     * Calls one hook on a hook thread; completes with its result applied, or with {@code current}
     * when it declined (empty), threw or overran.
     */
    <T> CompletableFuture<T> decorate(MasterHook hook, String name, String origin, Duration budget, String point,
            T current, Supplier<Optional<T>> call) {
        CompletableFuture<Optional<T>> result;
        try {
            result = CompletableFuture.supplyAsync(call, threads);
        } catch (RejectedExecutionException e) {
            fail(name, origin, point, new IllegalStateException("all hook threads are busy with earlier calls"));
            return CompletableFuture.completedFuture(current);
        }
        return result.orTimeout(budget.toNanos(), TimeUnit.NANOSECONDS).handle((value, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                fail(name, origin, point, cause instanceof TimeoutException
                        ? new TimeoutException("took longer than its budget of " + Durations.format(budget)) : cause);
                return current;
            }
            return value == null ? current : value.orElse(current);
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

    void shutdown() {
        threads.shutdownNow();
    }

    private void fail(String name, String origin, String point, Throwable cause) {
        failures.incrementAndGet();
        byHook.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
        if (logged.add(name + "/" + point)) {
            LOG.warn("Skipping master hook {} from {} in {}: {} (further failures of it are logged at debug level)",
                    name, origin, point, cause.toString(), cause);
        } else {
            LOG.debug("Skipping master hook {} from {} in {}: {}", name, origin, point, cause.toString());
        }
    }
}
