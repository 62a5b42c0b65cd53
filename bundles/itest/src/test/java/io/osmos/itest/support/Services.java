package io.osmos.itest.support;

import java.time.Duration;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** Waiting for services the way a client bundle would: through a tracker, with a deadline. */
public final class Services {
    private Services() {
    }

    /**
     * The service, got for the calling bundle: it stays valid after the tracker closes (a bundle-scoped
     * service such as ConfigurationAdmin would be invalidated by the tracker's unget).
     */
    public static <S> S await(BundleContext context, Class<S> type, Duration timeout) {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            if (tracker.waitForService(timeout.toMillis()) == null) {
                throw new AssertionError("no " + type.getName() + " service registered within " + timeout);
            }
            ServiceReference<S> reference = tracker.getServiceReference();
            S service = reference == null ? null : context.getService(reference);
            if (service == null) {
                throw new AssertionError(type.getName() + " service went away while it was being got");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + type.getName(), e);
        } finally {
            tracker.close();
        }
    }
}
