package io.osmos.allocator.drf;

import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Operator changes to roles: quota and weights. Touched only on the allocator's actor. */
final class RoleEvents {
    private static final Logger LOG = LoggerFactory.getLogger(RoleEvents.class);
    private final Cluster cluster;

    RoleEvents(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Sets or (with neither guarantees nor limits) removes a top-level role's quota. */
    void updateQuota(String roleName, QuotaConfig config) {
        Role role = cluster.roles.obtain(roleName);
        Quota quota = Quota.of(config, cluster.names);
        boolean guarantees = role.quota.hasGuarantees() || quota.hasGuarantees();
        if (role.quota.isNone() != quota.isNone()) {
            cluster.quotaRoles += quota.isNone() ? -1 : 1;
        }
        if (role.quota.hasGuarantees() != quota.hasGuarantees()) {
            cluster.guaranteeRoles += quota.hasGuarantees() ? 1 : -1;
        }
        role.quota = quota;
        if (guarantees) {
            cluster.touch(); // the headroom held back for everyone moved
        } else {
            role.members.forEach(cluster.changes::local); // only this role's limits moved
        }
        cluster.roles.tryRemove(role);
        LOG.info("Quota of role '{}': guarantees {}, limits {}", roleName,
                quota.guarantees.toMap(cluster.names), config.getLimitsMap().keySet());
    }

    /**
     * Roles not listed keep their weight. Like Mesos, a new weight does not take back anything
     * offered: it shows in the allocations that follow.
     */
    void updateWeights(List<WeightInfo> weights) {
        for (WeightInfo weight : weights) {
            Role role = cluster.roles.obtain(weight.getRole());
            role.weight = weight.getWeight();
            cluster.roleSorter.updateWeight(role.name, role.weight);
            cluster.roles.tryRemove(role);
        }
    }
}
