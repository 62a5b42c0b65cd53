package io.osmos.master.support;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The recording half of the fake: every call in order, with its arguments, in {@link #calls} and, when
 * several allocators share a journal, there too under this allocator's label (so a test sees the old
 * and the new allocator's calls interleaved). Calls the fake does not act on are only recorded here.
 */
abstract class AllocatorStub implements Allocator {
    /** Calls in order, e.g. "addFramework <id> used={..} active=true suppressed=[]", "pause". */
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final String label;
    private final List<String> journal;

    AllocatorStub(String label, List<String> journal) {
        this.label = label;
        this.journal = journal;
    }

    /** Records a call by name and arguments; the shared journal, if any, gets "label call". */
    final void record(String call) {
        calls.add(call);
        note(call);
    }

    /** Writes to the shared journal only: something this allocator did rather than was told. */
    final void note(String what) {
        if (journal != null) {
            journal.add(label + " " + what);
        }
    }

    /** Waits for a call whose description starts with the prefix, e.g. "removeFramework". */
    public String awaitCall(String prefix) {
        return Await.present("allocator call " + prefix, () -> calls.stream().filter(c -> c.startsWith(prefix))
                .findFirst());
    }

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        record("recover " + expectedAgentCount + " " + new TreeMap<>(quotas).keySet());
    }

    @Override
    public void updateFramework(FrameworkID id, FrameworkInfo info, Set<String> suppressedRoles) {
        record("updateFramework " + id.getValue() + " " + info.getName() + " suppressed=" + suppressedRoles);
    }

    @Override
    public void updateAgent(AgentID id, AgentInfo info, Resources total) {
        record("updateAgent " + id.getValue() + " " + total);
    }

    @Override
    public void updateAllocation(FrameworkID frameworkId, AgentID agentId,
            Resources offeredResources, List<Offer.Operation> operations) {
        record("updateAllocation " + frameworkId.getValue() + " " + agentId.getValue() + " "
                + operations.stream().map(o -> o.getType().name()).toList());
    }

    @Override
    public CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations) {
        record("updateAvailable " + agentId.getValue() + " " + operations.stream().map(o -> o.getType().name())
                .toList());
        return CompletableFuture.completedFuture(null);
    }

    /** Recorded as "updateQuota role guarantees={cpus=1.0} limits={cpus=2.0}". */
    @Override
    public void updateQuota(String role, QuotaConfig quota) {
        record("updateQuota " + role + " guarantees=" + scalars(quota.getGuaranteesMap()) + " limits="
                + scalars(quota.getLimitsMap()));
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
        record("updateWeights " + weights.stream().map(w -> w.getRole() + "=" + w.getWeight()).toList());
    }

    private static Map<String, Double> scalars(Map<String, Value.Scalar> quantities) {
        Map<String, Double> sorted = new TreeMap<>();
        quantities.forEach((name, scalar) -> sorted.put(name, scalar.getValue()));
        return sorted;
    }
}
