package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.validation.RoleCallValidator;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's weights and quota: checked as Mesos checks them, kept in the master (so a
 * swapped-in allocator gets them) and handed to the allocator. Actor-confined.
 */
final class RoleCalls {
    private static final Logger LOG = LoggerFactory.getLogger(RoleCalls.class);

    private final Master master;

    RoleCalls(Master master) {
        this.master = master;
    }

    Reply updateWeights(Call.UpdateWeights update) {
        List<WeightInfo> weights = new ArrayList<>();
        for (WeightInfo weight : update.getWeightInfosList()) {
            String role = weight.getRole().trim();
            Optional<String> invalid = RoleCallValidator.weight(weight, role);
            if (invalid.isPresent()) {
                return Reply.badRequest(invalid.get());
            }
            weights.add(weight.toBuilder().setRole(role).build());
        }
        weights.forEach(weight -> master.roles.weight(weight.getRole(), weight.getWeight()));
        LOG.info("Updated weights {}", master.roles.weights());
        master.allocator.tell("updateWeights", a -> a.updateWeights(weights));
        return new Reply(200, "");
    }

    Reply updateQuota(Call.UpdateQuota update) {
        for (QuotaConfig config : update.getQuotaConfigsList()) {
            Optional<String> invalid = RoleCallValidator.quota(config);
            if (invalid.isPresent()) {
                return Reply.badRequest(invalid.get());
            }
            Map<String, Double> consumed = consumed(config.getRole());
            for (Map.Entry<String, Value.Scalar> limit : config.getLimitsMap().entrySet()) {
                double used = consumed.getOrDefault(limit.getKey(), 0.0);
                if (used > limit.getValue().getValue() && !update.getForce()) {
                    return Reply.badRequest("Invalid QuotaConfig: Role '" + config.getRole() + "' is already"
                            + " consuming '" + limit.getKey() + ":" + used + "'; this is more than the requested limits '"
                            + limit.getKey() + ":" + limit.getValue().getValue() + "' (use 'force' flag to bypass"
                            + " this check)");
                }
            }
        }
        Optional<String> overcommit = overcommit(update.getQuotaConfigsList());
        if (overcommit.isPresent() && !update.getForce()) {
            return Reply.badRequest("Invalid QuotaConfig: " + overcommit.get() + " (use 'force' flag to bypass this"
                    + " check)");
        }
        for (QuotaConfig config : update.getQuotaConfigsList()) {
            master.roles.quota(config);
            master.allocator.tell("updateQuota", a -> a.updateQuota(config.getRole(), config));
            LOG.info("Updated quota of role '{}': guarantees {}, limits {}", config.getRole(),
                    config.getGuaranteesMap().keySet(), config.getLimitsMap().keySet());
        }
        return new Reply(200, "");
    }

    /** The deprecated SET_QUOTA: its guarantee is both guarantee and limit, as in Mesos 1.9 and later. */
    Reply setQuota(Call.SetQuota set) {
        QuotaConfig.Builder config = QuotaConfig.newBuilder().setRole(set.getQuotaRequest().getRole());
        try {
            Resources.of(set.getQuotaRequest().getGuaranteeList()).scalarTotals().forEach((name, value) -> {
                config.putGuarantees(name, Value.Scalar.newBuilder().setValue(value).build());
                config.putLimits(name, Value.Scalar.newBuilder().setValue(value).build());
            });
        } catch (IllegalArgumentException e) {
            return Reply.badRequest("Invalid QuotaInfo: " + e.getMessage());
        }
        return updateQuota(Call.UpdateQuota.newBuilder().setForce(set.getQuotaRequest().getForce())
                .addQuotaConfigs(config).build());
    }

    Reply removeQuota(Call.RemoveQuota remove) {
        if (!master.roles.quotas().containsKey(remove.getRole())) {
            return Reply.badRequest("Failed to remove quota for role '" + remove.getRole()
                    + "': Quota does not exist for role '" + remove.getRole() + "'");
        }
        return updateQuota(Call.UpdateQuota.newBuilder()
                .addQuotaConfigs(QuotaConfig.newBuilder().setRole(remove.getRole())).build());
    }

    // What a role's tasks and executors hold, by resource name.
    private Map<String, Double> consumed(String role) {
        Resources used = Resources.EMPTY;
        for (AgentEntry agent : master.agents.all()) {
            for (Resources byFramework : agent.allocated().values()) {
                used = used.plus(byFramework.allocatedTo(role));
            }
        }
        return used.nonRevocable().scalarTotals();
    }

    private Optional<String> overcommit(List<QuotaConfig> updates) {
        Map<String, QuotaConfig> quotas = new TreeMap<>(master.roles.quotas());
        updates.forEach(config -> quotas.put(config.getRole(), config));
        Map<String, Double> guarantees = new TreeMap<>();
        quotas.values().forEach(config -> config.getGuaranteesMap().forEach((name, value) ->
                guarantees.merge(name, value.getValue(), Double::sum)));
        Resources capacity = Resources.EMPTY;
        for (AgentEntry agent : master.agents.all()) {
            capacity = capacity.plus(agent.total().nonRevocable().scalars().unallocated());
        }
        Map<String, Double> total = capacity.toUnreserved().scalarTotals();
        for (Map.Entry<String, Double> guarantee : guarantees.entrySet()) {
            if (guarantee.getValue() > total.getOrDefault(guarantee.getKey(), 0.0) + 1e-9) {
                return Optional.of("total quota guarantees '" + guarantees + "' exceed cluster capacity '" + total + "'");
            }
        }
        return Optional.empty();
    }

    /** The resources a role's quota guarantees, for GET_QUOTA's deprecated infos. */
    static List<Resource> guarantee(QuotaConfig config) {
        List<Resource> resources = new ArrayList<>();
        config.getGuaranteesMap().forEach((name, value) -> resources.add(Resource.newBuilder().setName(name)
                .setType(Value.Type.SCALAR).setScalar(value).build()));
        return resources;
    }
}
