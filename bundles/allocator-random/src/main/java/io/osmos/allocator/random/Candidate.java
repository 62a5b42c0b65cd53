package io.osmos.allocator.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** A framework that may be offered resources in one of its roles during an allocation run. */
record Candidate(Framework framework, String role) {

    /**
     * The candidates in the order one agent visits them, shuffled as Mesos's random sorter does: roles
     * in a weighted random order (a role of weight 2 comes first twice as often as one of weight 1),
     * then the frameworks within each role uniformly at random.
     */
    static List<Candidate> shuffle(List<Candidate> candidates, ToDoubleFunction<String> weight, Random random) {
        Map<String, List<Candidate>> byRole = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            byRole.computeIfAbsent(candidate.role(), r -> new ArrayList<>()).add(candidate);
        }
        // Efraimidis-Spirakis: sorting by Exp(1)/weight draws roles without replacement by weight.
        Map<String, Double> keys = new LinkedHashMap<>();
        for (String role : byRole.keySet()) {
            double exponential = -Math.log(1.0 - random.nextDouble());
            keys.put(role, exponential / Math.max(weight.applyAsDouble(role), Double.MIN_NORMAL));
        }
        List<String> roles = new ArrayList<>(byRole.keySet());
        roles.sort(Comparator.comparingDouble(keys::get));
        List<Candidate> order = new ArrayList<>(candidates.size());
        for (String role : roles) {
            List<Candidate> frameworks = byRole.get(role);
            Collections.shuffle(frameworks, random);
            order.addAll(frameworks);
        }
        return order;
    }
}
