package io.osmos.itest.containment.allocator;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaConfig;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Comes up cleanly (initialize and the seed of a cluster with agents but no framework succeed), then
 * throws from every call a framework causes: once in use it never makes an offer.
 */
@Component(service = Allocator.class, scope = ServiceScope.PROTOTYPE,
        property = Modules.NAME + "=" + LateFaultyAllocator.NAME)
public class LateFaultyAllocator extends BrokenAllocator {
    public static final String NAME = "faulty-late";

    @Override
    public void initialize(AllocatorOptions options, OfferCallback callback) {
    }

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used) {
    }

    @Override
    public void deactivateAgent(AgentID agentId) {
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public Map<String, Number> metrics() {
        return Map.of();
    }
}
