package io.osmos.modules.view;

import io.osmos.modules.kind.ModuleKind;
import io.osmos.modules.manifest.ManifestResult;
import io.osmos.modules.resolve.UnresolvedBundles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Takes snapshots of what is loaded: the registry, ConfigAdmin, unresolvable bundles and manifest results. */
public final class ModulesView {
    private final Inventory inventory;
    private final Selections selections;
    private final UnresolvedBundles unresolved;
    private final Supplier<List<ManifestResult>> manifests;

    public ModulesView(Inventory inventory, Selections selections, UnresolvedBundles unresolved,
            Supplier<List<ManifestResult>> manifests) {
        this.inventory = inventory;
        this.selections = selections;
        this.unresolved = unresolved;
        this.manifests = manifests;
    }

    public ModulesSnapshot snapshot() {
        List<KindView> kinds = new ArrayList<>();
        for (ModuleKind kind : ModuleKind.values()) {
            kinds.add(KindView.of(kind, selections.of(kind), inventory.modules(kind)));
        }
        return new ModulesSnapshot(List.copyOf(kinds), unresolved.list(), manifests.get());
    }
}
