package io.osmos.modules.manifest;

import io.osmos.modules.manifest.ManifestSources.Source;
import io.osmos.modules.manifest.ModuleManifest.Library;
import io.osmos.modules.manifest.ModuleManifest.Module;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code --modules} and {@code --modules_dir}: each manifest's modules get their
 * configuration, then their library bundle is loaded, so a module's component starts configured.
 * A manifest that fails stops at its first error (logged once, kept in the result); the others still
 * apply. Configurations written for modules no manifest names any more are deleted.
 */
public final class ManifestApplier {
    private static final Logger LOG = LoggerFactory.getLogger(ManifestApplier.class);

    private final LibraryLoader libraries;
    private final ModuleConfigurations configurations;

    public ManifestApplier(BundleContext context, ConfigurationAdmin configAdmin, Path deployDir) {
        this.libraries = new LibraryLoader(context, deployDir);
        this.configurations = new ModuleConfigurations(configAdmin);
    }

    public List<ManifestResult> apply(String modules, String modulesDir) {
        List<ManifestResult> results = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        try {
            sources.addAll(ManifestSources.modules(modules));
        } catch (ManifestException e) {
            results.add(ManifestResult.failed("--modules", List.of(), e.getMessage()));
        }
        try {
            sources.addAll(ManifestSources.directory(modulesDir));
        } catch (ManifestException e) {
            results.add(ManifestResult.failed("--modules_dir", List.of(), e.getMessage()));
        }
        Map<String, String> declared = new HashMap<>();
        for (Source source : sources) {
            results.add(apply(source, declared));
        }
        try {
            configurations.removeAllBut(new HashSet<>(declared.keySet()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Configurations of modules no manifest names any more could not be deleted: {}", e.toString());
        }
        results.stream().filter(r -> !r.ok()).forEach(r -> LOG.error(r.error()));
        return List.copyOf(results);
    }

    private ManifestResult apply(Source source, Map<String, String> declared) {
        List<String> written = new ArrayList<>();
        try {
            ModuleManifest manifest = ManifestParser.parse(source.name(), source.text());
            checkUnique(manifest, declared);
            for (Library library : manifest.libraries()) {
                LibraryLoader.Plan plan = located(source, library);
                for (Module module : library.modules()) {
                    write(source, library, module);
                    written.add(module.name());
                }
                load(source, plan);
            }
            return ManifestResult.applied(source.name(), written);
        } catch (ManifestException e) {
            return ManifestResult.failed(source.name(), written, e.getMessage());
        }
    }

    private static void checkUnique(ModuleManifest manifest, Map<String, String> declared) throws ManifestException {
        Set<String> here = new HashSet<>();
        for (Library library : manifest.libraries()) {
            for (Module module : library.modules()) {
                String earlier = declared.get(module.name());
                if (earlier != null || !here.add(module.name())) {
                    throw new ManifestException("manifest " + manifest.source() + ": library '" + library.label()
                            + "' module '" + module.name() + "' is declared already"
                            + (earlier == null ? " in this manifest" : " by manifest " + earlier));
                }
            }
        }
        here.forEach(name -> declared.put(name, manifest.source()));
    }

    private LibraryLoader.Plan located(Source source, Library library) throws ManifestException {
        try {
            return libraries.locate(library, source.base());
        } catch (ManifestException e) {
            throw new ManifestException("manifest " + source.name() + ": " + e.getMessage(), e);
        }
    }

    private void write(Source source, Library library, Module module) throws ManifestException {
        try {
            configurations.write(module, source.name(), library.label());
        } catch (ManifestException e) {
            throw new ManifestException("manifest " + source.name() + ": " + e.getMessage(), e);
        }
    }

    private void load(Source source, LibraryLoader.Plan plan) throws ManifestException {
        try {
            libraries.load(plan);
        } catch (ManifestException e) {
            throw new ManifestException("manifest " + source.name() + ": " + e.getMessage(), e);
        }
    }
}
