package io.osmos.api.allocator;

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
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns free agent resources into offers: the Mesos allocator module. The master tells it what exists
 * (frameworks, agents, what each framework holds) and what changes; the allocator decides who is offered
 * what and hands each decision to the {@link OfferCallback} it got in {@link #initialize}.
 *
 * <p><b>Threading.</b> The master calls every method from its own actor thread, one call at a time, in
 * the order the events happened. No method may block that thread: an allocator queues the event to its
 * own actor (a serial executor it owns) and returns. It calls the callback from any thread it likes; the
 * master re-enqueues each call onto its actor.
 *
 * <p><b>Errors.</b> An exception from {@link #initialize} or {@link #recover} means the allocator could
 * not come up: at start-up the master reports it and does not allocate; during a swap the old allocator
 * stays in place. An exception from any other method is logged and counted by the master and the call is
 * treated as done: the master's own state remains the truth, and a swap rebuilds the allocator from it.
 * A failure on the allocator's own thread is reported through {@link OfferCallback#failed}, with the same
 * outcome.
 *
 * <p><b>Registration.</b> Register the service with {@code scope = ServiceScope.PROTOTYPE} so the master
 * gets a fresh instance for every swap, and name it with {@link io.osmos.api.Modules#NAME} (for example
 * {@code hierarchical} for the DRF allocator, {@code random} for the random sorter policy).
 * {@code initialize} discards any earlier state regardless, because a singleton instance may be
 * swapped out and later swapped back in.
 *
 * <p>Mesos calls agents slaves ({@code addSlave}); these names say agent. Mesos's maintenance calls
 * (inverse offers, unavailability), whitelist, resource requests and resource providers are not part of
 * this version.
 */
@ConsumerType
public interface Allocator {

    /**
     * Called once before any other method, and again when a swap brings this instance back. Discards any
     * earlier state; allocation starts when the first agent arrives (after {@link #recover}, if called).
     */
    void initialize(AllocatorOptions options, OfferCallback callback);

    /**
     * Called after {@link #initialize} and before the first {@link #addAgent} when the master recovered
     * from its registry (a failover): the allocator may hold back allocation until
     * {@link AllocatorOptions#agentRecoveryFactor()} of {@code expectedAgentCount} agents have
     * re-registered or {@link AllocatorOptions#recoveryTimeout()} has passed.
     *
     * @param quotas the quota per role that the registry holds; may be empty
     */
    void recover(int expectedAgentCount, Map<String, QuotaConfig> quotas);

    /**
     * Called when a framework subscribes or re-subscribes, and for every framework when a swap seeds
     * this allocator.
     *
     * @param used what the framework already holds per agent (tasks and outstanding offers); when an
     *     agent here is added later through {@link #addAgent}, its share must not be counted twice
     * @param active whether offers may go to the framework now
     * @param suppressedRoles roles of the framework that want no offers until revived
     */
    void addFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Map<AgentID, Resources> used,
            boolean active, Set<String> suppressedRoles);

    /** Called when a framework is torn down or its failover timeout expires; its resources become free. */
    void removeFramework(FrameworkID frameworkId);

    /** Called when a disconnected framework re-subscribes; offers may go to it again. */
    void activateFramework(FrameworkID frameworkId);

    /** Called when a framework disconnects; no offers go to it until it is activated. */
    void deactivateFramework(FrameworkID frameworkId);

    /** Called when a framework re-subscribes with a changed {@code FrameworkInfo} (roles, capabilities). */
    void updateFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Set<String> suppressedRoles);

    /**
     * Called when an agent registers or re-registers, and for every agent when a swap seeds this
     * allocator.
     *
     * @param total all the agent's resources, including reservations and volumes made since it started
     * @param used what each framework holds on it; a framework here not yet added will be added later
     */
    void addAgent(AgentID agentId, AgentInfo agentInfo, Resources total, Map<FrameworkID, Resources> used);

    /**
     * {@link #addAgent(AgentID, AgentInfo, Resources, Map)} with the capabilities the agent registered
     * with; the master calls this form. Mesos offers an agent without {@code MULTI_ROLE} to no framework
     * that has it, and an agent without {@code HIERARCHICAL_ROLE} to no role with a "/" in its name: an
     * allocator that keeps those rules overrides this. The default forgets the capabilities.
     *
     * @since 1.1
     */
    default void addAgent(AgentID agentId, AgentInfo agentInfo, List<AgentInfo.Capability> capabilities,
            Resources total, Map<FrameworkID, Resources> used) {
        addAgent(agentId, agentInfo, total, used);
    }

    /** Called when an agent is removed (lost, gone or drained); all its resources are released. */
    void removeAgent(AgentID agentId);

    /** Called when an agent re-registers with a changed {@code AgentInfo} or total resources. */
    void updateAgent(AgentID agentId, AgentInfo agentInfo, Resources total);

    /** Called when a disconnected agent comes back; its resources may be offered again. */
    void activateAgent(AgentID agentId);

    /**
     * Called when an agent disconnects. Its outstanding offers count as rescinded and its resources are
     * not offered until it is activated; nothing is recovered, because the resources are out of reach.
     */
    void deactivateAgent(AgentID agentId);

    /**
     * Called when a framework accepts an offer with RESERVE, UNRESERVE, CREATE or DESTROY operations:
     * the allocation to that framework is converted in place.
     *
     * @param offeredResources the offered resources the operations apply to, all allocated to one role
     */
    void updateAllocation(FrameworkID frameworkId, AgentID agentId, Resources offeredResources,
            List<Offer.Operation> operations);

    /**
     * Called for an operator's RESERVE, UNRESERVE, CREATE or DESTROY, which act on unallocated
     * resources.
     *
     * @return completes, on any thread, once the available resources are converted; completes
     *     exceptionally, naming the reason, when the agent is unknown or its available resources do not
     *     hold what the operations consume, and the master then fails the operator's call
     */
    CompletionStage<Void> updateAvailable(AgentID agentId, List<Offer.Operation> operations);

    /**
     * Called when offered or allocated resources come back: an offer declined, rescinded or expired, or
     * a task or executor that ended.
     *
     * @param resources resources allocated to a single role
     * @param filters the framework's refusal filter, e.g. {@code refuse_seconds} from a DECLINE
     * @param isAllocated true when the resources were in use by tasks, false when only offered
     */
    void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated);

    /** Called on SUPPRESS: no offers for these roles of the framework; empty means all its roles. */
    void suppressOffers(FrameworkID frameworkId, Set<String> roles);

    /** Called on REVIVE: clears filters and suppression for these roles; empty means all its roles. */
    void reviveOffers(FrameworkID frameworkId, Set<String> roles);

    /** Called when an operator sets a role's quota; a config without guarantees or limits removes it. */
    void updateQuota(String role, QuotaConfig quota);

    /** Called when an operator updates weights; roles not listed keep their weight. */
    void updateWeights(List<WeightInfo> weights);

    /** Called before a swap and on operator request; idempotent. No offers are made until resumed. */
    void pause();

    /** Called when a paused allocator may offer again; idempotent. */
    void resume();

    /**
     * Called from any thread (the master's {@code /metrics/snapshot}), concurrently with the other
     * methods, so it must be thread-safe and cheap. Names follow Mesos, e.g.
     * {@code allocator/mesos/allocation_runs}, {@code allocator/mesos/event_queue_dispatches},
     * {@code allocator/mesos/resources/cpus/total},
     * {@code allocator/mesos/resources/cpus/offered_or_allocated},
     * {@code allocator/mesos/roles/<role>/shares/dominant},
     * {@code allocator/mesos/quota/roles/<role>/resources/<name>/offered_or_allocated},
     * {@code allocator/mesos/offer_filters/roles/<role>/active}. A throwing call is logged and its
     * metrics are left out of that snapshot.
     *
     * @return a snapshot the caller may keep
     */
    default Map<String, Number> metrics() {
        return Map.of();
    }
}
