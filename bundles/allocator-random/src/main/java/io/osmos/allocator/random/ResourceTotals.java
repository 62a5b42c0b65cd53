package io.osmos.allocator.random;

import io.osmos.protocol.v1.Protos.AgentID;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster's scalar totals and what frameworks hold of them, for the allocator's metrics. Each
 * agent's share is remembered, so a recount after an allocation run costs only the agents that changed
 * since the last one: with {@code refuse_seconds: 0} every ACCEPT triggers a run, and summing all
 * agents each time made the metrics the allocator's biggest cost. Amounts are kept in thousandths, the
 * unit Mesos rounds scalars to, so adding and taking away shares never drifts. Touched only on the
 * allocator's actor.
 */
final class ResourceTotals {
    private record Share(Map<String, Long> total, Map<String, Long> held) {
    }

    private final Map<AgentID, Agent> changed = new LinkedHashMap<>();
    private final Map<AgentID, Share> counted = new HashMap<>();
    private final Map<String, Long> total = new TreeMap<>();
    private final Map<String, Long> held = new TreeMap<>();
    private final ResourceMemo memo;

    ResourceTotals(ResourceMemo memo) {
        this.memo = memo;
    }

    /** The agent's total or holdings changed (or it is new): recount it at the next {@link #recount}. */
    void changed(Agent agent) {
        changed.put(agent.id, agent);
    }

    /** The agent left the cluster: its share no longer counts. */
    void removed(AgentID id) {
        changed.remove(id);
        subtract(counted.remove(id));
    }

    /** Brings the sums up to date with every agent that changed. */
    void recount() {
        for (Agent agent : changed.values()) {
            subtract(counted.get(agent.id));
            // Agents alike share one count: the sums only read it.
            Share share = new Share(memo.scalarMillis(agent.total()), memo.scalarMillis(agent.allocatedSum()));
            add(total, share.total(), 1);
            add(held, share.held(), 1);
            counted.put(agent.id, share);
        }
        changed.clear();
    }

    /** Scalar totals by resource name, as of the last recount; names summing to nothing are absent. */
    Map<String, Double> total() {
        return amounts(total);
    }

    /** What frameworks hold (offered or in use) by resource name, as of the last recount. */
    Map<String, Double> held() {
        return amounts(held);
    }

    private void subtract(Share share) {
        if (share != null) {
            add(total, share.total(), -1);
            add(held, share.held(), -1);
        }
    }

    private static void add(Map<String, Long> sums, Map<String, Long> share, int sign) {
        share.forEach((name, amount) -> {
            long sum = sums.getOrDefault(name, 0L) + sign * amount;
            if (sum == 0) {
                sums.remove(name);
            } else {
                sums.put(name, sum);
            }
        });
    }

    private static Map<String, Double> amounts(Map<String, Long> millis) {
        Map<String, Double> amounts = new TreeMap<>();
        // Whole part and fraction apart, as Resources prints scalars, so both show the same figure.
        millis.forEach((name, amount) -> amounts.put(name, (double) (amount / 1000) + (double) (amount % 1000) / 1000.0));
        return amounts;
    }
}
