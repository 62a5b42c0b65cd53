package io.osmos.modules.view;

import io.osmos.modules.manifest.ManifestResult;
import io.osmos.modules.resolve.UnresolvedBundle;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Everything the module listing shows, taken at one moment. */
public record ModulesSnapshot(List<KindView> kinds, List<UnresolvedBundle> unresolved, List<ManifestResult> manifests) {
    public static final String UNRESOLVED = "modules/bundles_unresolved";
    public static final String MANIFESTS_FAILED = "modules/manifests_failed";
    public static final String SELECTED_MISSING = "modules/selected_missing";

    /**
     * The metrics, in the flat shape of Mesos's {@code /metrics/snapshot}: how many bundles cannot
     * resolve and one entry per such bundle ({@code modules/bundles_unresolved/<symbolic name>}), failed
     * manifests, and selected module names with no module installed.
     */
    public Map<String, Number> metrics() {
        Map<String, Number> metrics = new TreeMap<>();
        metrics.put(UNRESOLVED, unresolved.size());
        for (UnresolvedBundle bundle : unresolved) {
            metrics.merge(UNRESOLVED + "/" + bundle.symbolicName(), 1, (a, b) -> a.intValue() + b.intValue());
        }
        metrics.put(MANIFESTS_FAILED, manifests.stream().filter(m -> !m.ok()).count());
        metrics.put(SELECTED_MISSING, kinds.stream().mapToInt(k -> k.missing().size()).sum());
        return metrics;
    }
}
