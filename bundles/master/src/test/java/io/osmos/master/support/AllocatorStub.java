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

/** Allocator calls the fake has no use for (quota, weights, operations, recovery, updates), as no-ops. */
abstract class AllocatorStub implements Allocator {
    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
    }

    @Override
    public void updateFramework(FrameworkID id, FrameworkInfo info, Set<String> suppressedRoles) {
    }

    @Override
    public void updateAgent(AgentID id, AgentInfo info, Resources total) {
    }

    @Override
    public void updateAllocation(FrameworkID frameworkId, AgentID agentId,
            Resources offeredResources, List<Offer.Operation> operations) {
    }

    @Override
    public CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void updateQuota(String role, QuotaConfig quota) {
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
    }
}
