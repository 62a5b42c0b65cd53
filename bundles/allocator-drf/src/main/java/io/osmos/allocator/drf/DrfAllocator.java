package io.osmos.allocator.drf;

import io.osmos.api.Modules;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The {@code hierarchical} allocator: Mesos's hierarchical DRF with quota, reservations and offer
 * filters. Arguments are copied on the master's thread and each event is queued to this allocator's
 * own actor, which owns all state and calls the offer callback. See the bundle README for the policy.
 */
@Component(service = Allocator.class, scope = ServiceScope.PROTOTYPE, property = Modules.NAME + "=hierarchical")
public final class DrfAllocator implements Allocator {
    private final AllocatorMailbox mailbox;

    public DrfAllocator() {
        this(Clock.systemUTC(), new Random(), false);
    }

    /**
     * For tests: a clock to move filters through time, a seeded random source to replay a run, and
     * whether runs are {@code driven} by the test alone: no periodic run, and a run an event asks for
     * happens right after that event instead of whenever the actor gets to it, so that a scenario
     * replays exactly whatever the thread timing.
     */
    DrfAllocator(Clock clock, Random random, boolean driven) {
        this.mailbox = new AllocatorMailbox(clock, random, driven);
    }

    @Override
    public void initialize(AllocatorOptions options, OfferCallback callback) {
        mailbox.initialize(options, callback);
    }

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        quotas.keySet().forEach(Validation::checkQuotaRole);
        Map<String, QuotaConfig> copy = Map.copyOf(quotas);
        mailbox.dispatch(p -> p.recover(expectedAgentCount, copy));
    }

    @Override
    public void addFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Map<AgentID, Resources> used,
            boolean active, Set<String> suppressedRoles) {
        Map<AgentID, Resources> usedCopy = Map.copyOf(used);
        Set<String> suppressed = Set.copyOf(suppressedRoles);
        mailbox.dispatchAndAllocate(p -> p.frameworks.add(frameworkId, frameworkInfo, usedCopy, active, suppressed));
    }

    @Override
    public void removeFramework(FrameworkID frameworkId) {
        mailbox.dispatch(p -> p.frameworks.remove(frameworkId));
    }

    @Override
    public void activateFramework(FrameworkID frameworkId) {
        mailbox.dispatchAndAllocate(p -> p.frameworks.activate(frameworkId, true));
    }

    @Override
    public void deactivateFramework(FrameworkID frameworkId) {
        mailbox.dispatch(p -> p.frameworks.activate(frameworkId, false));
    }

    @Override
    public void updateFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Set<String> suppressedRoles) {
        Set<String> suppressed = Set.copyOf(suppressedRoles);
        mailbox.dispatchAndAllocate(p -> p.frameworks.update(frameworkId, frameworkInfo, suppressed));
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used) {
        addAgent(agentId, agentInfo, total, used, AgentCapabilities.ALL);
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, List<AgentInfo.Capability> capabilities,
            Resources total, Map<FrameworkID, Resources> used) {
        addAgent(agentId, agentInfo, total, used, AgentCapabilities.of(capabilities));
    }

    private void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used,
            AgentCapabilities capabilities) {
        Map<FrameworkID, Resources> usedCopy = Map.copyOf(used);
        mailbox.dispatchAndAllocate(p -> p.addAgent(agentId, agentInfo, capabilities, total, usedCopy));
    }

    @Override
    public void removeAgent(AgentID agentId) {
        mailbox.dispatch(p -> p.agents.remove(agentId));
    }

    @Override
    public void updateAgent(AgentID agentId, AgentInfo agentInfo, Resources total) {
        mailbox.dispatchAndAllocate(p -> p.agents.update(agentId, agentInfo, total));
    }

    @Override
    public void activateAgent(AgentID agentId) {
        mailbox.dispatchAndAllocate(p -> p.agents.activate(agentId, true));
    }

    @Override
    public void deactivateAgent(AgentID agentId) {
        mailbox.dispatch(p -> p.agents.activate(agentId, false));
    }

    @Override
    public void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offeredResources,
            List<Offer.Operation> operations) {
        List<Offer.Operation> copy = List.copyOf(operations);
        mailbox.dispatch(p -> p.resources.updateAllocation(frameworkId, agentId, offeredResources, copy));
    }

    @Override
    public CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations) {
        List<Offer.Operation> copy = List.copyOf(operations);
        return mailbox.ask(p -> {
            p.stale();
            p.resources.updateAvailable(agentId, copy);
            return null;
        });
    }

    @Override
    public void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated) {
        // The filter runs from when the master declined, not from when the actor got to it.
        long now = mailbox.nowNanos();
        mailbox.dispatch(p -> p.resources.recover(frameworkId, agentId, resources, filters, now));
    }

    @Override
    public void suppressOffers(FrameworkID frameworkId, Set<String> roles) {
        Set<String> copy = Set.copyOf(roles);
        mailbox.dispatch(p -> p.frameworks.suppress(frameworkId, copy));
    }

    @Override
    public void reviveOffers(FrameworkID frameworkId, Set<String> roles) {
        Set<String> copy = Set.copyOf(roles);
        mailbox.dispatchAndAllocate(p -> p.frameworks.revive(frameworkId, copy));
    }

    /** @throws IllegalArgumentException for a role that is not top-level: quota is set on those only */
    @Override
    public void updateQuota(String role, QuotaConfig quota) {
        Validation.checkQuotaRole(role);
        mailbox.dispatch(p -> p.roles.updateQuota(role, quota));
    }

    /** @throws IllegalArgumentException naming the first weight without a valid role or a positive value */
    @Override
    public void updateWeights(List<WeightInfo> weights) {
        Validation.checkWeights(weights);
        List<WeightInfo> copy = List.copyOf(weights);
        mailbox.dispatch(p -> p.roles.updateWeights(copy));
    }

    @Override
    public void pause() {
        mailbox.pause();
    }

    @Override
    public void resume() {
        mailbox.resume();
    }

    @Override
    public Map<String, Number> metrics() {
        return mailbox.metrics();
    }

    /** Stops the allocator's actor and timers for good; DS calls it, and so may a benchmark. */
    @Deactivate
    public void deactivate() {
        mailbox.stop();
    }

    /** For tests and benchmarks (not the service): runs the policy after every event sent so far. */
    public CompletableFuture<Void> allocateNow() {
        return mailbox.ask(p -> {
            p.allocate();
            return null;
        });
    }

    /** For tests and benchmarks (not the service): completes once every event sent so far is handled. */
    public CompletableFuture<Void> settled() {
        return mailbox.ask(p -> null);
    }

    /** For tests: the allocator's actor and state. */
    AllocatorMailbox mailbox() {
        return mailbox;
    }
}
