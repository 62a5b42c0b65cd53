package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Mesos's {@code --min_allocatable_resources}: alternatives separated by {@code |}, each a
 * {@code ;}-separated list of quantities, e.g. {@code cpus:0.01|mem:32} or {@code disk:1|cpus:1;mem:32}.
 * Ranges and sets count their members ({@code ports:[1-3]} asks for three ports).
 */
public final class MinAllocatableResources {
    /** Mesos's default: 0.01 cpus (MIN_CPUS) or 32 MB of memory (MIN_MEM). */
    public static final String DEFAULT = "cpus:0.01|mem:32";

    private static final Logger LOG = LoggerFactory.getLogger(MinAllocatableResources.class);
    private static final String KEY = "min_allocatable_resources";
    // As in Mesos, any other name is allowed but is likely a typo, so it earns a warning.
    private static final List<String> FIRST_CLASS = List.of("cpus", "mem", "disk", "ports", "gpus");

    private MinAllocatableResources() {
    }

    /**
     * The alternatives; an empty or blank text has none, which offers any non-empty resources. Empty
     * alternatives ({@code cpus:1||mem:32}) are skipped, as Mesos skips them.
     *
     * @throws IllegalArgumentException naming the key, the text and what is wrong with it
     */
    public static List<Resources> parse(String text) {
        List<Resources> alternatives = new ArrayList<>();
        if (text == null) {
            return alternatives;
        }
        for (String token : text.split("\\|")) {
            if (!token.isBlank()) {
                alternatives.add(alternative(text, token.strip()));
            }
        }
        return List.copyOf(alternatives);
    }

    private static Resources alternative(String text, String token) {
        Resources quantities;
        try {
            quantities = Resources.parse(token);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
        if (quantities.isEmpty()) {
            // An alternative of zeros would make any crumb worth offering; Mesos users write an empty value for that.
            throw invalid(text, "the alternative '" + token + "' asks for nothing; leave the value empty to offer"
                    + " any non-empty resources");
        }
        for (Protos.Resource resource : quantities) {
            String qualifier = resource.getReservationsCount() > 0 ? "reserved"
                    : resource.hasAllocationInfo() ? "allocated" : resource.hasRevocable() ? "revocable" : null;
            if (qualifier != null) {
                throw invalid(text, "'" + resource.getName() + "' in '" + token + "' is " + qualifier
                        + "; give plain quantities such as " + DEFAULT);
            }
            if (!FIRST_CLASS.contains(resource.getName())) {
                LOG.warn("Resource '{}' in {} is not one of {}: is it a typo?", resource.getName(), KEY,
                        FIRST_CLASS);
            }
        }
        return quantities;
    }

    private static IllegalArgumentException invalid(String text, String reason) {
        return new IllegalArgumentException("Invalid " + KEY + " '" + text + "': " + reason);
    }
}
