package io.osmos.runtime.internal.http;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that write streamed response bodies. They are apart from the actors and the event
 * loops because a body writer waits while its client reads slowly, and neither of those may wait.
 * Idle threads exit after a minute, so nothing pins this bundle's class loader once it is quiet.
 */
final class BodyThreads {
    // Writers at once; more bodies wait their turn. Each holds a few chunks, so this bounds the memory too.
    private static final int THREADS = 8;
    private static final long IDLE_SECONDS = 60;

    private BodyThreads() {
    }

    /** @throws java.util.concurrent.RejectedExecutionException never in practice: the queue is unbounded */
    static void execute(Runnable writer) {
        Holder.POOL.execute(writer);
    }

    // Lazy: a server that never streams a body starts no thread.
    private static final class Holder {
        static final ThreadPoolExecutor POOL = pool();

        private static ThreadPoolExecutor pool() {
            AtomicInteger next = new AtomicInteger(1);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "osmos-http-body-" + next.getAndIncrement());
                        thread.setDaemon(true);
                        // A thread inherits its creator's context class loader, which may belong to any bundle.
                        thread.setContextClassLoader(null);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
