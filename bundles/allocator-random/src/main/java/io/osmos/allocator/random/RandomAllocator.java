package io.osmos.allocator.random;

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
 * The {@code random} allocator: whole agents to frameworks in random order. Arguments are copied on the
 * master's thread (the master may reuse its collections) and the event is queued to this allocator's
 * own actor, which owns all state and calls the offer callback. See the bundle README for the policy.
 */
@Component(service = Allocator.class, scope = ServiceScope.PROTOTYPE, property = Modules.NAME + "=random")
public final class RandomAllocator implements Allocator {
    private final AllocatorMailbox mailbox;

    public RandomAllocator() {
        this(Clock.systemUTC(), new Random());
    }

    /** For tests: a clock to move filters through time, and a seeded random source to replay a run. */
    RandomAllocator(Clock clock, Random random) {
        this.mailbox = new AllocatorMailbox(clock, random);
    }

    @Override
    public void initialize(AllocatorOptions options, OfferCallback callback) {
        mailbox.initialize(options, callback);
    }

    @Override
    public void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas) {
        Map<String, QuotaConfig> copy = Map.copyOf(quotas);
        mailbox.dispatch(p -> p.recover(expectedAgentCount, copy));
    }

    @Override
    public void addFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Map<AgentID, Resources> used,
            boolean active, Set<String> suppressedRoles) {
        Map<AgentID, Resources> usedCopy = Map.copyOf(used);
        Set<String> suppressed = Set.copyOf(suppressedRoles);
        mailbox.dispatchAndAllocate(p -> p.cluster.addFramework(frameworkId, frameworkInfo, usedCopy, active, suppressed));
    }

    @Override
    public void removeFramework(FrameworkID frameworkId) {
        mailbox.dispatchAndAllocate(p -> p.cluster.removeFramework(frameworkId));
    }

    @Override
    public void activateFramework(FrameworkID frameworkId) {
        mailbox.dispatchAndAllocate(p -> p.cluster.activateFramework(frameworkId, true));
    }

    @Override
    public void deactivateFramework(FrameworkID frameworkId) {
        mailbox.dispatch(p -> p.cluster.activateFramework(frameworkId, false));
    }

    @Override
    public void updateFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Set<String> suppressedRoles) {
        Set<String> suppressed = Set.copyOf(suppressedRoles);
        mailbox.dispatchAndAllocate(p -> p.cluster.updateFramework(frameworkId, frameworkInfo, suppressed));
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used) {
        Map<FrameworkID, Resources> usedCopy = Map.copyOf(used);
        mailbox.dispatchAndAllocate(p -> p.addAgent(agentId, total, usedCopy, null));
    }

    @Override
    public void addAgent(AgentID agentId, AgentInfo agentInfo, List<AgentInfo.Capability> capabilities,
            Resources total, Map<FrameworkID, Resources> used) {
        Map<FrameworkID, Resources> usedCopy = Map.copyOf(used);
        List<AgentInfo.Capability> capabilitiesCopy = List.copyOf(capabilities);
        mailbox.dispatchAndAllocate(p -> p.addAgent(agentId, total, usedCopy, capabilitiesCopy));
    }

    @Override
    public void removeAgent(AgentID agentId) {
        mailbox.dispatch(p -> p.cluster.removeAgent(agentId));
    }

    @Override
    public void updateAgent(AgentID agentId, AgentInfo agentInfo, Resources total) {
        mailbox.dispatchAndAllocate(p -> p.cluster.updateAgent(agentId, total));
    }

    @Override
    public void activateAgent(AgentID agentId) {
        mailbox.dispatchAndAllocate(p -> p.cluster.activateAgent(agentId, true));
    }

    @Override
    public void deactivateAgent(AgentID agentId) {
        mailbox.dispatch(p -> p.cluster.activateAgent(agentId, false));
    }

    @Override
    public void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offeredResources,
            List<Offer.Operation> operations) {
        List<Offer.Operation> copy = List.copyOf(operations);
        mailbox.dispatchAndAllocate(p -> p.resources.updateAllocation(frameworkId, agentId, offeredResources, copy));
    }

    @Override
    public CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations) {
        List<Offer.Operation> copy = List.copyOf(operations);
        return mailbox.ask(p -> {
            p.resources.updateAvailable(agentId, copy);
            p.requestAllocation();
            return null;
        });
    }

    @Override
    public void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated) {
        mailbox.dispatchAndAllocate(p -> p.resources.recover(frameworkId, agentId, resources, filters, p.now()));
    }

    @Override
    public void suppressOffers(FrameworkID frameworkId, Set<String> roles) {
        Set<String> copy = Set.copyOf(roles);
        mailbox.dispatch(p -> p.cluster.suppress(frameworkId, copy));
    }

    @Override
    public void reviveOffers(FrameworkID frameworkId, Set<String> roles) {
        Set<String> copy = Set.copyOf(roles);
        mailbox.dispatchAndAllocate(p -> p.cluster.revive(frameworkId, copy));
    }

    @Override
    public void updateQuota(String role, QuotaConfig quota) {
        mailbox.dispatch(p -> p.quotaUpdated(role));
    }

    @Override
    public void updateWeights(List<WeightInfo> weights) {
        List<WeightInfo> copy = List.copyOf(weights);
        mailbox.dispatch(p -> p.cluster.updateWeights(copy));
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

    @Deactivate
    void deactivate() {
        mailbox.stop();
    }

    /** For tests: runs the policy now, after every event sent so far; completes once the offers are made. */
    CompletableFuture<Void> allocateNow() {
        return mailbox.ask(p -> {
            p.allocate();
            return null;
        });
    }

    /** For tests: the broken bookkeeping rules (see {@link Invariants}), after every event sent so far. */
    CompletableFuture<List<String>> invariantViolations() {
        return mailbox.ask(p -> Invariants.violations(p.cluster));
    }
}
