package io.osmos.allocator.random;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** A framework that may be offered resources in one of its roles during an allocation run. */
record Candidate(Framework framework, String role) {

    /**
     * The candidates of one run, grouped by role once, from which each agent draws its own order as
     * Mesos's random sorter shuffles for every agent: roles in a weighted random order (a role of
     * weight 2 comes first twice as often as one of weight 1), then the frameworks within each role
     * uniformly at random. The frameworks are drawn one at a time (a Fisher-Yates shuffle done as far as
     * it is read), so an agent that the first framework takes whole costs one draw, not a shuffle of all.
     */
    static final class Draw {
        private final Map<String, Candidate[]> byRole = new LinkedHashMap<>();

        Draw(List<Candidate> candidates) {
            Map<String, List<Candidate>> grouped = new LinkedHashMap<>();
            for (Candidate candidate : candidates) {
                grouped.computeIfAbsent(candidate.role(), r -> new ArrayList<>()).add(candidate);
            }
            grouped.forEach((role, members) -> byRole.put(role, members.toArray(Candidate[]::new)));
        }

        Iterable<Candidate> order(ToDoubleFunction<String> weight, Random random) {
            // Efraimidis-Spirakis: sorting by Exp(1)/weight draws roles without replacement by weight.
            Map<String, Double> keys = new LinkedHashMap<>();
            for (String role : byRole.keySet()) {
                double exponential = -Math.log(1.0 - random.nextDouble());
                keys.put(role, exponential / Math.max(weight.applyAsDouble(role), Double.MIN_NORMAL));
            }
            List<String> roles = new ArrayList<>(byRole.keySet());
            roles.sort(Comparator.comparingDouble(keys::get));
            return () -> new Drawing(roles, random);
        }

        private final class Drawing implements Iterator<Candidate> {
            private final List<String> roles;
            private final Random random;
            private int role;
            private int drawn;

            Drawing(List<String> roles, Random random) {
                this.roles = roles;
                this.random = random;
            }

            @Override
            public boolean hasNext() {
                while (role < roles.size() && drawn == byRole.get(roles.get(role)).length) {
                    role++;
                    drawn = 0;
                }
                return role < roles.size();
            }

            @Override
            public Candidate next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                // Any order the array is in from earlier draws is as good: each draw is uniform over the rest.
                Candidate[] members = byRole.get(roles.get(role));
                int pick = drawn + random.nextInt(members.length - drawn);
                Candidate chosen = members[pick];
                members[pick] = members[drawn];
                members[drawn++] = chosen;
                return chosen;
            }
        }
    }
}
