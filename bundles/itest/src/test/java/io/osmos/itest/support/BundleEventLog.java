package io.osmos.itest.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.SynchronousBundleListener;

/**
 * Everything the framework says about bundle life cycles while it is open: every bundle event,
 * and each PACKAGES_REFRESHED (when a refresh has finished re-wiring). Synchronous, so a STOPPING
 * of a core bundle cannot slip by between two looks.
 */
public final class BundleEventLog implements SynchronousBundleListener, FrameworkListener, AutoCloseable {
    /** One thing that happened to one bundle (bundle id -1: to the framework), in the framework's words. */
    public record Entry(long bundleId, String symbolicName, String what) {
        @Override
        public String toString() {
            return symbolicName + " [" + bundleId + "] " + what;
        }
    }

    private static final Map<Integer, String> BUNDLE_EVENTS = Map.of(
            BundleEvent.INSTALLED, "INSTALLED", BundleEvent.RESOLVED, "RESOLVED",
            BundleEvent.STARTING, "STARTING", BundleEvent.STARTED, "STARTED",
            BundleEvent.STOPPING, "STOPPING", BundleEvent.STOPPED, "STOPPED",
            BundleEvent.UNRESOLVED, "UNRESOLVED", BundleEvent.UPDATED, "UPDATED",
            BundleEvent.UNINSTALLED, "UNINSTALLED", BundleEvent.LAZY_ACTIVATION, "LAZY_ACTIVATION");

    private final BundleContext context;
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    private record Watch(Predicate<Entry> match, CompletableFuture<Entry> seen) {
    }

    public BundleEventLog(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
        context.addFrameworkListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        record(new Entry(bundle.getBundleId(), bundle.getSymbolicName(),
                BUNDLE_EVENTS.getOrDefault(event.getType(), "event " + event.getType())));
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
            record(new Entry(-1, "framework", "PACKAGES_REFRESHED"));
        }
    }

    private void record(Entry entry) {
        entries.add(entry);
        watches.forEach(w -> {
            if (w.match().test(entry)) {
                w.seen().complete(entry);
            }
        });
    }

    /**
     * The first entry matching {@code match} recorded from now on. Ask before acting, so the
     * entry cannot be missed; then {@link #await} it.
     */
    public CompletableFuture<Entry> next(Predicate<Entry> match) {
        CompletableFuture<Entry> seen = new CompletableFuture<>();
        Watch watch = new Watch(match, seen);
        watches.add(watch);
        seen.whenComplete((entry, failure) -> watches.remove(watch));
        return seen;
    }

    /** Waits for {@code next} up to {@code timeout}; the failure names {@code what} and lists the log. */
    public Entry await(String what, Duration timeout, CompletableFuture<Entry> next) {
        try {
            return next.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no " + what + " within " + timeout + "; recorded: " + entries(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries);
    }

    @Override
    public void close() {
        context.removeBundleListener(this);
        context.removeFrameworkListener(this);
    }
}
