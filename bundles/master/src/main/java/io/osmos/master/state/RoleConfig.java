package io.osmos.master.state;

import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What operators set per role: weights (UPDATE_WEIGHTS; 1.0 when unset, as Mesos's DEFAULT_WEIGHT)
 * and quota (UPDATE_QUOTA). The master keeps them so a swapped-in allocator gets them too.
 */
public final class RoleConfig {
    public static final double DEFAULT_WEIGHT = 1.0;

    private final Map<String, Double> weights = new TreeMap<>();
    private final Map<String, QuotaConfig> quotas = new TreeMap<>();

    public double weight(String role) {
        return weights.getOrDefault(role, DEFAULT_WEIGHT);
    }

    public Map<String, Double> weights() {
        return Collections.unmodifiableMap(weights);
    }

    public void weight(String role, double weight) {
        weights.put(role, weight);
    }

    public Map<String, QuotaConfig> quotas() {
        return Collections.unmodifiableMap(quotas);
    }

    /** Sets a role's quota; a config without guarantees or limits removes it, as Mesos does. */
    public void quota(QuotaConfig config) {
        if (config.getGuaranteesCount() == 0 && config.getLimitsCount() == 0) {
            quotas.remove(config.getRole());
        } else {
            quotas.put(config.getRole(), config);
        }
    }
}
