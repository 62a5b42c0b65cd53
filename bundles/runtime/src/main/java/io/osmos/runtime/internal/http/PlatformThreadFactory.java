package io.osmos.runtime.internal.http;

import io.netty.util.concurrent.DefaultThreadFactory;

/** Daemon I/O threads that never carry a bundle's class loader, so no bundle is pinned by them. */
final class PlatformThreadFactory extends DefaultThreadFactory {
    PlatformThreadFactory(String poolName) {
        super(poolName, true);
    }

    @Override
    protected Thread newThread(Runnable task, String name) {
        Thread thread = super.newThread(task, name);
        thread.setContextClassLoader(null);
        return thread;
    }
}
