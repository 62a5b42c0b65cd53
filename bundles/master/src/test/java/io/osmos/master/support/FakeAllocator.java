package io.osmos.master.support;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A tiny deterministic allocator: whenever something changes it offers each active agent's free
 * resources, whole, to the first framework (in subscription order) that is active, not suppressed
 * and not filtered for that agent. It calls back synchronously and records what it is told.
 */
public final class FakeAllocator extends AllocatorStub {
    /** One recoverResources call. */
    public record Recovered(FrameworkID framework, AgentID agent, Resources resources, Optional<Filters> filters,
            boolean allocated) {
    }

    public final List<Recovered> recovered = new CopyOnWriteArrayList<>();
    /** Method names in call order, e.g. "addFramework", with the framework or agent id. */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<FrameworkID, String> frameworks = new LinkedHashMap<>();
    private final Set<FrameworkID> inactive = new HashSet<>();
    private final Set<FrameworkID> suppressed = new HashSet<>();
    private final Map<AgentID, Resources> totals = new LinkedHashMap<>();
    private final Map<AgentID, Resources> taken = new HashMap<>();
    private final Set<AgentID> deactivated = new HashSet<>();
    private final Set<String> filtered = new HashSet<>();
    private OfferCallback callback;

    @Override
    public void initialize(AllocatorOptions options, OfferCallback offers) {
        callback = offers;
        calls.add("initialize");
    }

    @Override
    @SuppressWarnings("deprecation")
    public void addFramework(FrameworkID id, FrameworkInfo info, Map<AgentID, Resources> used, boolean active,
            Set<String> suppressedRoles) {
        calls.add("addFramework " + id.getValue() + " used=" + used);
        frameworks.put(id, info.getRolesCount() > 0 ? info.getRoles(0) : info.getRole());
        used.forEach((agent, resources) -> take(agent, resources));
        if (!active) {
            inactive.add(id);
        }
        if (!suppressedRoles.isEmpty()) {
            suppressed.add(id);
        }
        allocate();
    }

    @Override
    public void removeFramework(FrameworkID id) {
        calls.add("removeFramework " + id.getValue());
        frameworks.remove(id);
    }

    @Override
    public void activateFramework(FrameworkID id) {
        calls.add("activateFramework " + id.getValue());
        inactive.remove(id);
        allocate();
    }

    @Override
    public void deactivateFramework(FrameworkID id) {
        calls.add("deactivateFramework " + id.getValue());
        inactive.add(id);
    }

    @Override
    public void addAgent(AgentID id, AgentInfo info, Resources total, Map<FrameworkID, Resources> used) {
        calls.add("addAgent " + id.getValue() + " used=" + used);
        totals.put(id, total);
        taken.put(id, Resources.EMPTY);
        deactivated.remove(id);
        used.values().forEach(resources -> take(id, resources));
        allocate();
    }

    @Override
    public void removeAgent(AgentID id) {
        calls.add("removeAgent " + id.getValue());
        totals.remove(id);
        taken.remove(id);
    }

    @Override
    public void activateAgent(AgentID id) {
        calls.add("activateAgent " + id.getValue());
        deactivated.remove(id);
        allocate();
    }

    @Override
    public void deactivateAgent(AgentID id) {
        calls.add("deactivateAgent " + id.getValue());
        deactivated.add(id);
    }

    @Override
    public void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated) {
        recovered.add(new Recovered(frameworkId, agentId, resources, filters, isAllocated));
        if (taken.containsKey(agentId)) {
            taken.put(agentId, taken.get(agentId).minus(resources.unallocated()));
        }
        if (filters.isPresent() && filters.get().getRefuseSeconds() > 0) {
            filtered.add(frameworkId.getValue() + "@" + agentId.getValue());
        }
        allocate();
    }

    @Override
    public void suppressOffers(FrameworkID frameworkId, Set<String> roles) {
        calls.add("suppressOffers " + frameworkId.getValue() + " " + roles);
        suppressed.add(frameworkId);
    }

    @Override
    public void reviveOffers(FrameworkID frameworkId, Set<String> roles) {
        calls.add("reviveOffers " + frameworkId.getValue() + " " + roles);
        suppressed.remove(frameworkId);
        filtered.removeIf(key -> key.startsWith(frameworkId.getValue() + "@"));
        allocate();
    }

    @Override
    public Map<String, Number> metrics() {
        return Map.of("allocator/fake/frameworks", frameworks.size());
    }

    @Override
    void record(String call) {
        calls.add(call);
    }

    /** The callback the master handed over, to play an allocator that calls late. */
    public OfferCallback callback() {
        return callback;
    }

    /** Waits for a recoverResources call that matches. */
    public Recovered awaitRecovered(String what, Predicate<Recovered> matches) {
        return Await.present("recoverResources " + what,
                () -> recovered.stream().filter(matches).findFirst());
    }

    /** Waits for a call whose description starts with the prefix, e.g. "removeFramework". */
    public String awaitCall(String prefix) {
        return Await.present("allocator call " + prefix, () -> calls.stream().filter(c -> c.startsWith(prefix))
                .findFirst());
    }

    private void take(AgentID agent, Resources resources) {
        taken.merge(agent, resources.unallocated(), Resources::plus);
    }

    private void allocate() {
        for (Map.Entry<AgentID, Resources> agent : totals.entrySet()) {
            Resources free = agent.getValue().minus(taken.getOrDefault(agent.getKey(), Resources.EMPTY));
            if (free.isEmpty() || deactivated.contains(agent.getKey())) {
                continue;
            }
            for (Map.Entry<FrameworkID, String> framework : frameworks.entrySet()) {
                FrameworkID id = framework.getKey();
                if (!inactive.contains(id) && !suppressed.contains(id)
                        && !filtered.contains(id.getValue() + "@" + agent.getKey().getValue())) {
                    take(agent.getKey(), free);
                    String role = framework.getValue();
                    callback.offers(id, Map.of(role, Map.of(agent.getKey(), free.allocate(role))));
                    break;
                }
            }
        }
    }
}
