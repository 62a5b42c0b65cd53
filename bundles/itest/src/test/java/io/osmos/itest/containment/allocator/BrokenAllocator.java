package io.osmos.itest.containment.allocator;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** An allocator that throws from every call; subclasses let some calls through. */
abstract class BrokenAllocator implements Allocator {
    /** Always throws; returns a type so that callers can write {@code throw broken(...)} where needed. */
    static IllegalStateException broken(String call) {
        throw new IllegalStateException("containment test: allocator broken on purpose in " + call);
    }

    @Override
    public void initialize(AllocatorOptions options, OfferCallback callback) {
        broken("initialize");
    }

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        broken("recover");
    }

    @Override
    public void addFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Map<AgentID, Resources> used,
            boolean active, Set<String> suppressedRoles) {
        broken("addFramework");
    }

    @Override
    public void removeFramework(FrameworkID frameworkId) {
        broken("removeFramework");
    }

    @Override
    public void activateFramework(FrameworkID frameworkId) {
        broken("activateFramework");
    }

    @Override
    public void deactivateFramework(FrameworkID frameworkId) {
        broken("deactivateFramework");
    }

    @Override
    public void updateFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Set<String> suppressedRoles) {
        broken("updateFramework");
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used) {
        broken("addAgent");
    }

    @Override
    public void removeAgent(AgentID agentId) {
        broken("removeAgent");
    }

    @Override
    public void updateAgent(AgentID agentId, AgentInfo agentInfo, Resources total) {
        broken("updateAgent");
    }

    @Override
    public void activateAgent(AgentID agentId) {
        broken("activateAgent");
    }

    @Override
    public void deactivateAgent(AgentID agentId) {
        broken("deactivateAgent");
    }

    @Override
    public void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offeredResources,
            List<Offer.Operation> operations) {
        broken("updateAllocation");
    }

    @Override
    public CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations) {
        throw broken("updateAvailable");
    }

    @Override
    public void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated) {
        broken("recoverResources");
    }

    @Override
    public void suppressOffers(FrameworkID frameworkId, Set<String> roles) {
        broken("suppressOffers");
    }

    @Override
    public void reviveOffers(FrameworkID frameworkId, Set<String> roles) {
        broken("reviveOffers");
    }

    @Override
    public void updateQuota(String role, QuotaConfig quota) {
        broken("updateQuota");
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
        broken("updateWeights");
    }

    @Override
    public void pause() {
        broken("pause");
    }

    @Override
    public void resume() {
        broken("resume");
    }

    @Override
    public Map<String, Number> metrics() {
        throw broken("metrics");
    }
}
