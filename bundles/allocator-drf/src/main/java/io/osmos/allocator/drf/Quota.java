package io.osmos.allocator.drf;

import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * A role's quota: guarantees (amounts the allocator holds headroom for) and limits (amounts the role
 * may never exceed; a name without a limit is unlimited). Mesos: {@code Quota}.
 */
final class Quota {
    static final Quota NONE = new Quota(new Quantities(), Map.of());

    final Quantities guarantees;
    /** Limit per resource name number, in thousandths. */
    final Map<Integer, Long> limits;

    private Quota(Quantities guarantees, Map<Integer, Long> limits) {
        this.guarantees = guarantees;
        this.limits = limits;
    }

    static Quota of(QuotaConfig config, ResourceNames names) {
        Quantities guarantees = Quantities.of(config.getGuaranteesMap(), names);
        Map<Integer, Long> limits = new HashMap<>();
        config.getLimitsMap().forEach((name, scalar) ->
                limits.put(names.number(name), Math.max(0, Math.round(scalar.getValue() * 1000.0))));
        return guarantees.isEmpty() && limits.isEmpty() ? NONE : new Quota(guarantees, Map.copyOf(limits));
    }

    boolean isNone() {
        return this == NONE;
    }

    boolean hasGuarantees() {
        return !guarantees.isEmpty();
    }

    /** What the role may still take of each limited name once {@code consumed} is counted. */
    Map<Integer, Long> headroomUnderLimits(Quantities consumed) {
        Map<Integer, Long> left = new HashMap<>();
        limits.forEach((name, limit) -> left.put(name, Math.max(0, limit - consumed.get(name))));
        return left;
    }
}
