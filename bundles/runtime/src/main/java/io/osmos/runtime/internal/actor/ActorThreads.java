package io.osmos.runtime.internal.actor;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads every actor runs on: one shared pool and one timer thread, owned by the platform.
 * Idle threads exit after a minute so that nothing pins this bundle's class loader once the
 * platform is quiet; they come back on the next message.
 */
public final class ActorThreads {
    private static final long IDLE_SECONDS = 60;

    private ActorThreads() {
    }

    /** Runs a mailbox drain on the shared pool. */
    public static void execute(Runnable drain) {
        Holder.POOL.execute(drain);
    }

    /** Whether drains are queued for a pool thread, i.e. every thread is busy and others wait. */
    static boolean othersWaiting() {
        return !Holder.POOL.getQueue().isEmpty();
    }

    /** Runs a trigger once on the timer thread after the given delay. */
    public static ScheduledFuture<?> schedule(Runnable trigger, long nanos) {
        return Holder.TIMER.schedule(trigger, Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    /** Runs a trigger on the timer thread every period, starting one period from now. */
    public static ScheduledFuture<?> scheduleAtFixedRate(Runnable trigger, long periodNanos) {
        return Holder.TIMER.scheduleAtFixedRate(trigger, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Number of pool threads. Actors should not block, so a thread per core would do; the spare ones
     * keep an actor that does block (a slow disk write) from starving all the others.
     */
    static int poolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    // Lazy: a bundle that never uses an actor starts no thread.
    private static final class Holder {
        static final ThreadPoolExecutor POOL = pool();
        static final ScheduledThreadPoolExecutor TIMER = timer();

        private static ThreadPoolExecutor pool() {
            int size = poolSize();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), factory("osmos-actor-", true));
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory("osmos-timer", false));
            timer.setRemoveOnCancelPolicy(true);
            timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
            timer.allowCoreThreadTimeOut(true);
            return timer;
        }
    }

    private static ThreadFactory factory(String name, boolean numbered) {
        AtomicInteger next = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, numbered ? name + next.getAndIncrement() : name);
            thread.setDaemon(true);
            // A thread inherits its creator's context class loader, which may belong to any bundle.
            thread.setContextClassLoader(null);
            return thread;
        };
    }
}
