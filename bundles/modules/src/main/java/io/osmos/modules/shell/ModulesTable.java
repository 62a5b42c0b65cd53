package io.osmos.modules.shell;

import io.osmos.modules.kind.Choice;
import io.osmos.modules.manifest.ManifestResult;
import io.osmos.modules.resolve.UnresolvedBundle;
import io.osmos.modules.view.KindView;
import io.osmos.modules.view.ModuleEntry;
import io.osmos.modules.view.ModulesSnapshot;
import io.osmos.modules.view.Selection;
import java.util.List;

/** The module listing as the shell prints it: one table of modules, then selections, hook order and problems. */
final class ModulesTable {
    private ModulesTable() {
    }

    static String of(ModulesSnapshot snapshot, List<KindView> kinds) {
        Table modules = new Table("KIND", "NAME", "BUNDLE", "VERSION", "STATE", "SERVICE", "RANK", "API", "SELECTED");
        for (KindView kind : kinds) {
            for (ModuleEntry module : kind.modules()) {
                modules.add(kind.kind().id(), module.label(), module.bundle() + " [" + module.bundleId() + "]",
                        module.version(), module.state(), String.valueOf(module.serviceId()),
                        String.valueOf(module.ranking()), api(module), selected(kind, module));
            }
        }
        StringBuilder out = new StringBuilder(modules.isEmpty() ? "No modules registered.\n" : modules.toString());
        out.append('\n');
        Table selection = new Table("KIND", "CONFIGURATION", "VALUE", "SOURCE", "NOT INSTALLED");
        for (KindView kind : kinds) {
            for (Selection s : kind.selections()) {
                selection.add(kind.kind().id(), s.slot().toString(), s.value().isEmpty() ? "-" : s.value(),
                        s.source(), kind.missing().isEmpty() ? "" : String.join(",", kind.missing()));
            }
        }
        out.append(selection);
        for (KindView kind : kinds) {
            if (kind.kind().choice() == Choice.ORDER && !kind.modules().isEmpty()) {
                out.append('\n').append(kind.kind().id()).append(" call order: ")
                        .append(String.join(" -> ", kind.order())).append('\n');
            }
        }
        for (UnresolvedBundle bundle : snapshot.unresolved()) {
            out.append("\nUNRESOLVED ").append(bundle.symbolicName()).append(' ').append(bundle.version())
                    .append(" [").append(bundle.bundleId()).append("]: ").append(bundle.reason()).append('\n');
        }
        for (ManifestResult manifest : snapshot.manifests()) {
            out.append("\nMANIFEST ").append(manifest.source()).append(": ")
                    .append(manifest.ok() ? "applied " + manifest.modules() : manifest.error()).append('\n');
        }
        return out.toString();
    }

    private static String api(ModuleEntry module) {
        return module.api().map(api -> api.packageName() + " " + api.version()
                + (api.range() == null ? "" : " " + api.range())).orElse("-");
    }

    private static String selected(KindView kind, ModuleEntry module) {
        if (kind.kind().choice() == Choice.ORDER) {
            return "#" + (kind.modules().indexOf(module) + 1);
        }
        return kind.isSelected(module) ? "*" : "";
    }
}
