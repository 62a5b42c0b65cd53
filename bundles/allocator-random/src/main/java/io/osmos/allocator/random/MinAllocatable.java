package io.osmos.allocator.random;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.OfferFilters;
import io.osmos.protocol.v1.Protos.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether resources are worth offering: Mesos's {@code --min_allocatable_resources}, a list of
 * alternatives of scalar quantities of which an offer must reach at least one. A framework's own
 * {@code offer_filters} for a role replace the master-wide alternatives, as in Mesos. Reservations do
 * not matter here, only how much of each resource there is.
 */
final class MinAllocatable {
    // Scalars are exact to thousandths; this absorbs the binary rounding of their double form.
    private static final double EPSILON = 1e-9;
    private final List<Map<String, Double>> alternatives;

    MinAllocatable(List<Resources> alternatives) {
        this.alternatives = alternatives.stream().map(Resources::scalarTotals).toList();
    }

    boolean allows(Resources offer, Framework framework, String role) {
        if (offer.isEmpty()) {
            return false;
        }
        OfferFilters filters = framework.info().getOfferFiltersMap().get(role);
        List<Map<String, Double>> minimums = filters != null && filters.hasMinAllocatableResources()
                ? frameworkMinimums(filters)
                : alternatives;
        if (minimums.isEmpty()) {
            return true;
        }
        Map<String, Double> quantities = offer.scalarTotals();
        return minimums.stream().anyMatch(minimum -> reaches(quantities, minimum));
    }

    private static boolean reaches(Map<String, Double> quantities, Map<String, Double> minimum) {
        return minimum.entrySet().stream()
                .allMatch(entry -> quantities.getOrDefault(entry.getKey(), 0.0) + EPSILON >= entry.getValue());
    }

    private static List<Map<String, Double>> frameworkMinimums(OfferFilters filters) {
        return filters.getMinAllocatableResources().getQuantitiesList().stream()
                .map(quantities -> {
                    Map<String, Double> minimum = new TreeMap<>();
                    for (Map.Entry<String, Value.Scalar> entry : quantities.getQuantitiesMap().entrySet()) {
                        minimum.put(entry.getKey(), entry.getValue().getValue());
                    }
                    return minimum;
                })
                .toList();
    }
}
