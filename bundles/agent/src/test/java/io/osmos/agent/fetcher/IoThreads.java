package io.osmos.agent.fetcher;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads without a context class loader, as the agent's I/O pool makes them. */
final class IoThreads {
    private static final AtomicInteger NEXT = new AtomicInteger();

    static final ThreadFactory FACTORY = task -> {
        Thread thread = new Thread(task, "test-io-" + NEXT.incrementAndGet());
        thread.setDaemon(true);
        thread.setContextClassLoader(null);
        return thread;
    };

    private IoThreads() {
    }
}
