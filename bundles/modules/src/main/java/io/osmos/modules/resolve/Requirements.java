package io.osmos.modules.resolve;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.osmos.modules.view.VersionRanges;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.ExecutionEnvironmentNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.resource.Namespace;

/** Requirements and capabilities in an operator's words rather than as LDAP filters. */
final class Requirements {
    private static final Pattern NAMED = Pattern.compile("\\((?:osgi\\.wiring\\.package|osgi\\.wiring\\.bundle"
            + "|osgi\\.wiring\\.host|osgi\\.extender|osgi\\.ee)=([^)]+)\\)");

    private Requirements() {
    }

    /** Whether a requirement must be met for the bundle to resolve. */
    static boolean mandatory(BundleRequirement requirement) {
        Map<String, String> directives = requirement.getDirectives();
        String resolution = directives.get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
        String effective = directives.getOrDefault(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE,
                Namespace.EFFECTIVE_RESOLVE);
        return !Namespace.RESOLUTION_OPTIONAL.equals(resolution) && !"dynamic".equals(resolution)
                && Namespace.EFFECTIVE_RESOLVE.equals(effective);
    }

    /** e.g. {@code package io.osmos.api.hook [2.0.0,3.0.0)}. */
    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        String what = switch (requirement.getNamespace()) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package";
            case BundleNamespace.BUNDLE_NAMESPACE -> "bundle";
            case HostNamespace.HOST_NAMESPACE -> "fragment host";
            case ExecutionEnvironmentNamespace.EXECUTION_ENVIRONMENT_NAMESPACE -> "execution environment";
            default -> null;
        };
        if (what == null || filter == null) {
            return "requirement " + requirement.getNamespace() + (filter == null ? "" : "; " + filter);
        }
        Matcher named = NAMED.matcher(filter);
        String name = named.find() ? named.group(1) : filter;
        return what + " " + name + " " + VersionRanges.fromFilter(filter);
    }

    /** The name a capability offers in its namespace, e.g. the package name. */
    static Object name(BundleCapability capability) {
        return capability.getAttributes().get(capability.getNamespace());
    }

    /** The name a requirement asks for, or null when its filter does not name one plainly. */
    static String name(BundleRequirement requirement) {
        String filter = requirement.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        Matcher named = filter == null ? null : NAMED.matcher(filter);
        return named != null && named.find() ? named.group(1) : null;
    }

    /** e.g. {@code 1.0.0 from io.osmos.api 0.1.0.SNAPSHOT}. */
    static String offer(BundleCapability capability) {
        Object version = capability.getAttributes().getOrDefault(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE,
                capability.getAttributes().get(BundleNamespace.CAPABILITY_BUNDLE_VERSION_ATTRIBUTE));
        return (version == null ? "" : version + " ") + "from " + capability.getRevision().getSymbolicName() + " "
                + capability.getRevision().getVersion();
    }
}
