package io.osmos.modules.resolve;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices bundles that are installed (by FileInstall, a manifest or the shell) but cannot resolve,
 * and keeps one line per bundle saying why. The framework only says so when someone tries to start
 * the bundle, and FileInstall retries quietly; an operator needs it in the log once, in the module
 * listing, and in a metric. Each diagnosis asks the framework to resolve the bundle first, so a bundle
 * that only waited for a dependency is not reported. Diagnoses run a grace period after the event, so
 * an installer that installs, refreshes and starts a bundle is never raced: by then a good bundle is
 * active and left alone.
 */
public final class UnresolvedBundles implements BundleListener, FrameworkListener {
    private static final Logger LOG = LoggerFactory.getLogger(UnresolvedBundles.class);

    /** How long after an install, update or refresh the bundles still only INSTALLED are diagnosed. */
    public static final Duration GRACE = Duration.ofSeconds(1);

    private final BundleContext context;
    private final BiConsumer<Duration, Runnable> later;
    private final Map<Long, UnresolvedBundle> unresolved = new ConcurrentHashMap<>();

    /**
     * {@code later} runs a diagnosis after the given delay, one at a time, off the framework's event
     * thread (the component passes its actor's {@code delay}).
     */
    public UnresolvedBundles(BundleContext context, BiConsumer<Duration, Runnable> later) {
        this.context = context;
        this.later = later;
    }

    public void open() {
        context.addBundleListener(this);
        context.addFrameworkListener(this);
        later.accept(GRACE, this::checkAll);
    }

    /** Idempotent; never throws. */
    public void close() {
        try {
            context.removeBundleListener(this);
            context.removeFrameworkListener(this);
        } catch (IllegalStateException stopping) {
            // our context is already invalid: the framework dropped the listeners itself
        }
    }

    /** The bundles that cannot resolve right now, by bundle id. */
    public List<UnresolvedBundle> list() {
        return unresolved.values().stream().sorted(Comparator.comparingLong(UnresolvedBundle::bundleId)).toList();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        switch (event.getType()) {
            case BundleEvent.INSTALLED, BundleEvent.UPDATED -> later.accept(GRACE, () -> {
                check(bundle);
                // the newcomer may be what an unresolved bundle was waiting for
                recheck();
            });
            case BundleEvent.RESOLVED, BundleEvent.UNINSTALLED -> unresolved.remove(bundle.getBundleId());
            default -> {
                // UNRESOLVED is part of a refresh; PACKAGES_REFRESHED rechecks everything once it is done
            }
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
            later.accept(GRACE, this::checkAll);
        }
    }

    /** Diagnoses every bundle that is only INSTALLED; runs on the component's actor. */
    public void checkAll() {
        Bundle[] bundles = bundles();
        for (Bundle bundle : bundles) {
            check(bundle);
        }
        unresolved.keySet().removeIf(id -> context.getBundle(id) == null);
    }

    private void recheck() {
        for (UnresolvedBundle known : list()) {
            Bundle bundle = context.getBundle(known.bundleId());
            if (bundle == null) {
                unresolved.remove(known.bundleId());
            } else {
                check(bundle);
            }
        }
    }

    void check(Bundle bundle) {
        if (bundle.getState() != Bundle.INSTALLED || resolves(bundle)) {
            unresolved.remove(bundle.getBundleId());
            return;
        }
        UnresolvedBundle found = new UnresolvedBundle(bundle.getBundleId(), bundle.getSymbolicName(),
                bundle.getVersion().toString(), bundle.getLocation(), bundle.getLastModified(),
                ResolutionReport.reason(bundle, bundles()));
        UnresolvedBundle previous = unresolved.put(bundle.getBundleId(), found);
        if (!found.equals(previous)) {
            LOG.warn(found.logLine());
        }
    }

    private boolean resolves(Bundle bundle) {
        try {
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            return wiring.resolveBundles(List.of(bundle)) || bundle.getState() != Bundle.INSTALLED;
        } catch (IllegalStateException | IllegalArgumentException gone) {
            // uninstalled meanwhile, or the framework is stopping: nothing to report
            return true;
        }
    }

    private Bundle[] bundles() {
        try {
            return context.getBundles();
        } catch (IllegalStateException stopping) {
            return new Bundle[0];
        }
    }
}
