package io.osmos.modules.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Why a bundle does not resolve, in one line that names the requirement nothing installed meets,
 * e.g. {@code missing package io.osmos.api.hook [2.0.0,3.0.0); installed: io.osmos.api.hook 1.0.0
 * from io.osmos.api 0.1.0.SNAPSHOT}. Works from the bundle's declared requirements and what every
 * installed bundle offers, so it never starts or otherwise changes the bundle it looks at.
 */
public final class ResolutionReport {
    private ResolutionReport() {
    }

    public static String reason(Bundle bundle, Bundle[] installed) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return "it is uninstalled";
        }
        List<String> missing = new ArrayList<>();
        String offeredByUnresolved = null;
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            if (!Requirements.mandatory(requirement)) {
                continue;
            }
            List<BundleCapability> providers = providers(requirement, installed);
            if (providers.isEmpty()) {
                missing.add(Requirements.describe(requirement) + alternatives(requirement, installed));
            } else if (offeredByUnresolved == null && providers.stream().allMatch(ResolutionReport::unresolved)) {
                offeredByUnresolved = Requirements.describe(requirement) + " is offered only by "
                        + providers.stream().map(c -> c.getRevision().getSymbolicName()).distinct()
                                .collect(Collectors.joining(", ")) + ", which does not resolve either";
            }
        }
        if (!missing.isEmpty()) {
            return "missing " + missing.get(0) + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "");
        }
        if (offeredByUnresolved != null) {
            return offeredByUnresolved;
        }
        return "every requirement has a provider, so the resolver refused a uses constraint;"
                + " 'start " + bundle.getBundleId() + "' in the shell shows its message";
    }

    private static List<BundleCapability> providers(BundleRequirement requirement, Bundle[] installed) {
        List<BundleCapability> providers = new ArrayList<>();
        for (Bundle candidate : installed) {
            for (BundleCapability capability : capabilities(candidate, requirement.getNamespace())) {
                if (requirement.matches(capability)) {
                    providers.add(capability);
                }
            }
        }
        return providers;
    }

    /** What is installed under the same name at other versions: usually the heart of the matter. */
    private static String alternatives(BundleRequirement requirement, Bundle[] installed) {
        String name = Requirements.name(requirement);
        if (name == null) {
            return "";
        }
        List<String> offers = new ArrayList<>();
        for (Bundle candidate : installed) {
            for (BundleCapability capability : capabilities(candidate, requirement.getNamespace())) {
                if (name.equals(String.valueOf(Requirements.name(capability)))) {
                    offers.add(name + " " + Requirements.offer(capability));
                }
            }
        }
        return offers.isEmpty() ? "; nothing installed offers it" : "; installed: " + String.join(", ", offers);
    }

    /** Resolved bundles offer what their wiring says (fragments included); others what they declare. */
    private static List<BundleCapability> capabilities(Bundle bundle, String namespace) {
        if (bundle.getState() == Bundle.UNINSTALLED) {
            return List.of();
        }
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring != null) {
            return wiring.getCapabilities(namespace);
        }
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision == null ? List.of() : revision.getDeclaredCapabilities(namespace);
    }

    private static boolean unresolved(BundleCapability capability) {
        return capability.getRevision().getWiring() == null;
    }
}
