package io.osmos.modules.manifest;

import java.util.List;

/**
 * What became of one manifest.
 *
 * @param modules the modules whose configuration was written
 * @param error null when applied; else one line naming the manifest, library and module at fault
 */
public record ManifestResult(String source, List<String> modules, String error) {

    static ManifestResult applied(String source, List<String> modules) {
        return new ManifestResult(source, List.copyOf(modules), null);
    }

    static ManifestResult failed(String source, List<String> modules, String error) {
        return new ManifestResult(source, List.copyOf(modules), error);
    }

    public boolean ok() {
        return error == null;
    }
}
