package io.osmos.itest.swap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The master's {@code /state} as the swap test reads it, and the books it must keep after every swap:
 * for every agent, what tasks use plus what outstanding offers hold fits in its total (so available =
 * total - used - offered is never negative), no offer id and no port is offered twice, and every offer
 * belongs to a framework and an agent the master knows.
 */
final class ClusterState {
    private static final double EPSILON = 1e-6;
    static final List<String> SCALARS = List.of("cpus", "mem", "disk");

    record Agent(String id, Quantities total, Quantities used, Quantities offered) {
    }

    record Offer(String id, String frameworkId, String agentId, Quantities resources) {
    }

    final String allocatorInUse;
    final List<Agent> agents = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final Set<String> frameworks = new HashSet<>();

    private ClusterState(String allocatorInUse) {
        this.allocatorInUse = allocatorInUse;
    }

    static ClusterState of(JsonObject state) {
        JsonElement inUse = state.getAsJsonObject("flags").get("allocator_in_use");
        ClusterState parsed = new ClusterState(inUse == null ? null : inUse.getAsString());
        for (JsonObject agent : MasterApi.objects(state.getAsJsonArray("slaves"))) {
            parsed.agents.add(new Agent(agent.get("id").getAsString(), Quantities.of(agent.getAsJsonObject("resources")),
                    Quantities.of(agent.getAsJsonObject("used_resources")),
                    Quantities.of(agent.getAsJsonObject("offered_resources"))));
        }
        for (JsonObject framework : MasterApi.objects(state.getAsJsonArray("frameworks"))) {
            parsed.frameworks.add(framework.get("id").getAsString());
            for (JsonObject offer : MasterApi.objects(framework.getAsJsonArray("offers"))) {
                parsed.offers.add(new Offer(offer.get("id").getAsString(), offer.get("framework_id").getAsString(),
                        offer.get("slave_id").getAsString(), Quantities.of(offer.getAsJsonObject("resources"))));
            }
        }
        return parsed;
    }

    List<Agent> agents() {
        return agents;
    }

    /** Offer ids the master holds out to one framework. */
    Set<String> offerIds(String frameworkId) {
        Set<String> ids = new HashSet<>();
        offers.stream().filter(offer -> offer.frameworkId().equals(frameworkId)).forEach(offer -> ids.add(offer.id()));
        return ids;
    }

    /** Sum over all agents of one scalar, in their totals, in use, or in outstanding offers. */
    double total(String name) {
        return agents.stream().mapToDouble(agent -> agent.total().scalar(name)).sum();
    }

    double used(String name) {
        return agents.stream().mapToDouble(agent -> agent.used().scalar(name)).sum();
    }

    double offered(String name) {
        return offers.stream().mapToDouble(offer -> offer.resources().scalar(name)).sum();
    }

    /** True when every resource of the cluster is either used by a task or held in an outstanding offer. */
    boolean allUsedOrOffered() {
        return SCALARS.stream().allMatch(name -> Math.abs(used(name) + offered(name) - total(name)) < EPSILON)
                && agents.stream().allMatch(agent -> agent.total().ports().equals(portsOffered(agent.id())));
    }

    /** Every broken rule, each naming the agent or offer; empty when the books are right. */
    List<String> violations() {
        List<String> broken = new ArrayList<>();
        Map<String, Agent> byId = new HashMap<>();
        agents.forEach(agent -> byId.put(agent.id(), agent));
        Set<String> ids = new HashSet<>();
        for (Offer offer : offers) {
            if (!ids.add(offer.id())) {
                broken.add("offer " + offer.id() + " is held out twice");
            }
            if (!byId.containsKey(offer.agentId()) || !frameworks.contains(offer.frameworkId())) {
                broken.add("offer " + offer.id() + " names an unknown agent or framework: " + offer);
            }
        }
        for (Agent agent : agents) {
            List<Offer> on = offers.stream().filter(offer -> offer.agentId().equals(agent.id())).toList();
            for (String name : SCALARS) {
                double offered = on.stream().mapToDouble(offer -> offer.resources().scalar(name)).sum();
                double available = agent.total().scalar(name) - agent.used().scalar(name) - offered;
                if (available < -EPSILON) {
                    broken.add("agent " + agent.id() + ": " + name + " used " + agent.used().scalar(name)
                            + " + offered " + offered + " > total " + agent.total().scalar(name));
                }
                if (Math.abs(offered - agent.offered().scalar(name)) > EPSILON) {
                    broken.add("agent " + agent.id() + ": offers hold " + offered + " " + name + " but the agent shows "
                            + agent.offered().scalar(name) + " offered");
                }
            }
            List<Quantities.Range> ports = new ArrayList<>();
            on.forEach(offer -> ports.addAll(offer.resources().ports()));
            broken.addAll(Quantities.overlapsOrOutside(agent.id(), ports, agent.total().ports()));
        }
        return broken;
    }

    private List<Quantities.Range> portsOffered(String agentId) {
        List<Quantities.Range> ports = new ArrayList<>();
        offers.stream().filter(offer -> offer.agentId().equals(agentId))
                .forEach(offer -> ports.addAll(offer.resources().ports()));
        return Quantities.merged(ports);
    }
}
