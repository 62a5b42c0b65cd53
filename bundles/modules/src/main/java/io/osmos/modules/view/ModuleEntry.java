package io.osmos.modules.view;

import java.util.Optional;

/**
 * One registered module: the service, the bundle that registered it, and the API package version it
 * was built against.
 *
 * @param name its {@code osmos.module.name}, or null when it has none (possible for hooks only)
 * @param state the bundle's state as the shell shows it, e.g. {@code ACTIVE}
 */
public record ModuleEntry(String name, String bundle, String version, long bundleId, String state, long serviceId,
        int ranking, String scope, Optional<ApiImport> api) {

    /** The name, or a stand-in that says which bundle registered an unnamed one. */
    public String label() {
        return name != null ? name : "(unnamed in " + bundle + ")";
    }
}
