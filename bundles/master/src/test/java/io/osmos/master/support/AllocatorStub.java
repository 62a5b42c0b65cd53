package io.osmos.master.support;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Allocator calls the fake only records (quota, weights, operations, recovery, updates). */
abstract class AllocatorStub implements Allocator {
    /** Records a call by name and argument, e.g. "updateWeights [..]". */
    abstract void record(String call);

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
    }

    @Override
    public void updateFramework(FrameworkID id, FrameworkInfo info, Set<String> suppressedRoles) {
        record("updateFramework " + id.getValue() + " " + info.getName() + " suppressed=" + suppressedRoles);
    }

    @Override
    public void updateAgent(AgentID id, AgentInfo info, Resources total) {
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

    @Override
    public void pause() {
        record("pause");
    }

    @Override
    public void resume() {
        record("resume");
    }

    @Override
    public void updateQuota(String role, QuotaConfig quota) {
        record("updateQuota " + role);
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
        record("updateWeights " + weights.stream().map(w -> w.getRole() + "=" + w.getWeight()).toList());
    }
}
