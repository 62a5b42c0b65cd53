package io.osmos.itest.plugins;

import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;

/**
 * Notes when a service matching a filter is registered and when it goes, as {@link System#nanoTime()}
 * taken in the framework's synchronous event delivery. Holds no service reference, so it never keeps
 * a plugin alive.
 */
final class ServiceWatch implements ServiceListener, AutoCloseable {
    private final BundleContext context;
    private final CompletableFuture<Long> registered = new CompletableFuture<>();
    private final CompletableFuture<Long> unregistered = new CompletableFuture<>();

    ServiceWatch(BundleContext context, String filter) {
        this.context = context;
        try {
            context.addServiceListener(this, filter);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        long now = System.nanoTime();
        if (event.getType() == ServiceEvent.REGISTERED) {
            registered.complete(now);
        } else if (event.getType() == ServiceEvent.UNREGISTERING) {
            unregistered.complete(now);
        }
    }

    CompletableFuture<Long> registered() {
        return registered;
    }

    CompletableFuture<Long> unregistered() {
        return unregistered;
    }

    @Override
    public void close() {
        context.removeServiceListener(this);
    }

    /** The filter for a master hook of this module name. */
    static String masterHook(String moduleName) {
        return "(&(objectClass=io.osmos.api.hook.MasterHook)(osmos.module.name=" + moduleName + "))";
    }
}
