package io.osmos.itest.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** What `lb` in a shell would show: each bundle's state, and when it was last installed or updated. */
public final class BundleStates {
    /** One bundle as seen at one moment. */
    public record Snapshot(long id, String symbolicName, String state, long lastModified) {
    }

    private BundleStates() {
    }

    public static Map<Long, Snapshot> snapshot(BundleContext context) {
        Map<Long, Snapshot> bundles = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            bundles.put(bundle.getBundleId(), new Snapshot(bundle.getBundleId(), bundle.getSymbolicName(),
                    state(bundle), bundle.getLastModified()));
        }
        return bundles;
    }

    /** Waits until every bundle is ACTIVE, fragments RESOLVED; fails listing those that are not. */
    public static void awaitAllActive(BundleContext context, Duration timeout) {
        try {
            Await.value("every bundle ACTIVE (fragments RESOLVED)", timeout, () -> {
                List<String> lagging = notActive(context);
                return lagging.isEmpty() ? Optional.of(Boolean.TRUE) : Optional.empty();
            });
        } catch (AssertionError e) {
            throw new AssertionError("bundles not ACTIVE after " + timeout + ": " + notActive(context), e);
        }
    }

    private static List<String> notActive(BundleContext context) {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getState() != (isFragment(b) ? Bundle.RESOLVED : Bundle.ACTIVE))
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " is " + state(b))
                .collect(Collectors.toList());
    }

    public static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
    }

    public static String state(Bundle bundle) {
        switch (bundle.getState()) {
            case Bundle.UNINSTALLED: return "UNINSTALLED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            case Bundle.ACTIVE: return "ACTIVE";
            default: return "state " + bundle.getState();
        }
    }
}
