package io.osmos.modules.view;

import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The API package a module was built against, read from its bundle's wiring: the range its
 * Import-Package asks for and the exporter and version the framework wired it to.
 *
 * @param range the imported range, e.g. {@code [1.0.0,2.0.0)}; null when the bundle does not import the package
 * @param version the version of the package the bundle uses (wired to, or its own copy)
 * @param provider symbolic name of the bundle the package comes from
 */
public record ApiImport(String packageName, String range, String version, String provider) {

    /** How {@code bundle} gets {@code packageName}; empty when it is not resolved or never sees the package. */
    public static Optional<ApiImport> of(Bundle bundle, String packageName) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return Optional.empty();
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            BundleCapability exported = wire.getCapability();
            if (packageName.equals(exported.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                String filter = wire.getRequirement().getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);
                return Optional.of(new ApiImport(packageName, VersionRanges.fromFilter(filter), version(exported),
                        exported.getRevision().getSymbolicName()));
            }
        }
        // a bundle may carry the API package itself (then it is not substitutable, and says so here)
        for (BundleCapability own : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (packageName.equals(own.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return Optional.of(new ApiImport(packageName, null, version(own), bundle.getSymbolicName()));
            }
        }
        return Optional.empty();
    }

    private static String version(BundleCapability capability) {
        Object version = capability.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE);
        return version instanceof Version v ? v.toString() : String.valueOf(version);
    }
}
