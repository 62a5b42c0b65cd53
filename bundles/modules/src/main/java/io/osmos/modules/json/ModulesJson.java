package io.osmos.modules.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.osmos.modules.kind.Choice;
import io.osmos.modules.manifest.ManifestResult;
import io.osmos.modules.resolve.UnresolvedBundle;
import io.osmos.modules.view.ApiImport;
import io.osmos.modules.view.KindView;
import io.osmos.modules.view.ModuleEntry;
import io.osmos.modules.view.ModulesSnapshot;
import io.osmos.modules.view.Selection;
import io.osmos.modules.view.Selector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The module listing as JSON, for {@code GET /modules}; the shape is documented in the README. */
public final class ModulesJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ModulesJson() {
    }

    public static String of(ModulesSnapshot snapshot) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> kinds = new LinkedHashMap<>();
        snapshot.kinds().forEach(kind -> kinds.put(kind.kind().id(), kind(kind)));
        json.put("kinds", kinds);
        json.put("unresolved", snapshot.unresolved().stream().map(ModulesJson::unresolved).toList());
        json.put("manifests", snapshot.manifests().stream().map(ModulesJson::manifest).toList());
        json.put("metrics", snapshot.metrics());
        return GSON.toJson(json);
    }

    public static String metrics(ModulesSnapshot snapshot) {
        return GSON.toJson(snapshot.metrics());
    }

    public static String selected(Selector.Outcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", outcome.kind().id());
        json.put("value", outcome.value());
        json.put("pids", outcome.pids());
        json.put("property", outcome.kind().slots().get(0).property());
        return GSON.toJson(json);
    }

    private static Map<String, Object> kind(KindView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service", view.kind().service());
        json.put("choice", view.kind().choice().name().toLowerCase());
        json.put("selection", view.selections().stream().map(ModulesJson::selection).toList());
        json.put("selected", view.selected());
        json.put("missing", view.missing());
        if (view.kind().choice() == Choice.ORDER) {
            json.put("order", view.order());
        }
        List<ModuleEntry> modules = view.modules();
        json.put("modules", modules.stream().map(m -> module(view, m, modules.indexOf(m) + 1)).toList());
        return json;
    }

    private static Map<String, Object> selection(Selection selection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pid", selection.slot().pid());
        json.put("property", selection.slot().property());
        json.put("value", selection.value());
        json.put("source", selection.source());
        return json;
    }

    private static Map<String, Object> module(KindView view, ModuleEntry module, int position) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (module.name() != null) {
            json.put("name", module.name());
        }
        json.put("bundle", module.bundle());
        json.put("bundle_version", module.version());
        json.put("bundle_id", module.bundleId());
        json.put("state", module.state());
        json.put("service_id", module.serviceId());
        json.put("service_ranking", module.ranking());
        json.put("service_scope", module.scope());
        module.api().ifPresent(api -> json.put("api", api(api)));
        json.put("selected", view.isSelected(module));
        if (view.kind().choice() == Choice.ORDER) {
            json.put("position", position);
        }
        return json;
    }

    private static Map<String, Object> api(ApiImport api) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("package", api.packageName());
        if (api.range() != null) {
            json.put("range", api.range());
        }
        json.put("version", api.version());
        json.put("provider", api.provider());
        return json;
    }

    private static Map<String, Object> unresolved(UnresolvedBundle bundle) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bundle", bundle.symbolicName());
        json.put("bundle_version", bundle.version());
        json.put("bundle_id", bundle.bundleId());
        json.put("location", bundle.location());
        json.put("reason", bundle.reason());
        return json;
    }

    private static Map<String, Object> manifest(ManifestResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", result.source());
        json.put("status", result.ok() ? "applied" : "failed");
        json.put("modules", result.modules());
        if (!result.ok()) {
            json.put("error", result.error());
        }
        return json;
    }
}
