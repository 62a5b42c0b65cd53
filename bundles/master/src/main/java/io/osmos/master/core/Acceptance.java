package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.validation.OfferValidator;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ACCEPT as Mesos does it: the offers are checked together (a bad set loses every task, as
 * TASK_DROPPED or TASK_LOST, and every other operation gets OPERATION_ERROR); the operations are then
 * carried out in order against what the earlier ones left: LAUNCH and LAUNCH_GROUP tasks, and
 * RESERVE, UNRESERVE, CREATE and DESTROY. When master hooks are registered, the launch decorators
 * run first on the hook threads and the call resumes on the actor. What no operation used goes back
 * to the allocator with the call's filters. Actor-confined.
 */
final class Acceptance {
    private static final Logger LOG = LoggerFactory.getLogger(Acceptance.class);

    private final Master master;
    private final HeldOffers held = new HeldOffers();

    Acceptance(Master master) {
        this.master = master;
    }

    void accept(FrameworkEntry framework, Call.Accept accept) {
        Optional<String> invalid = OfferValidator.validate(accept.getOfferIdsList(), framework.id(), this::outstanding);
        if (invalid.isPresent()) {
            invalidOffers(framework, accept, invalid.get());
            return;
        }
        Resources offered = Resources.EMPTY;
        AgentEntry agent = null;
        String role = null;
        for (OfferID id : accept.getOfferIdsList()) {
            OfferEntry offer = master.offers.get(id);
            offered = offered.plus(offer.resources());
            agent = master.agents.get(offer.agentId());
            role = offer.offer().hasAllocationInfo() ? offer.offer().getAllocationInfo().getRole() : null;
            master.offering.remove(offer, false);
        }
        List<Offer.Operation> operations = new ArrayList<>();
        for (Offer.Operation operation : accept.getOperationsList()) {
            operations.add(OperationPrep.prepare(operation, role, framework.id()));
        }
        Optional<Filters> filters = Optional.of(accept.getFilters());
        if (master.hooks.isEmpty()) {
            apply(framework, agent, offered, operations, filters);
            return;
        }
        FrameworkID frameworkId = framework.id();
        AgentID agentId = agent.id();
        Resources offeredNow = offered;
        held.hold(frameworkId, agentId, offered);
        new LaunchDecoration(master.hooks, framework.info(), agent.info(), offered).decorate(operations)
                .thenAcceptAsync(decorated -> {
                    held.release(frameworkId, agentId, offeredNow);
                    resume(frameworkId, agentId, offeredNow, decorated, filters);
                }, master.actor);
    }

    /** Resources taken out of offers whose ACCEPT waits for hooks; they still count as allocated. */
    HeldOffers held() {
        return held;
    }

    private void resume(FrameworkID frameworkId, AgentID agentId, Resources offered, List<Offer.Operation> operations,
            Optional<Filters> filters) {
        FrameworkEntry framework = master.frameworks.get(frameworkId);
        AgentEntry agent = master.agents.get(agentId);
        if (framework == null) {
            return; // removed meanwhile: the allocator forgot what it held
        }
        if (agent == null || !agent.connected()) {
            TaskState state = framework.partitionAware() ? TaskState.TASK_DROPPED : TaskState.TASK_LOST;
            Reason reason = agent == null ? Reason.REASON_AGENT_REMOVED : Reason.REASON_AGENT_DISCONNECTED;
            for (TaskInfo task : Tasks.of(operations)) {
                master.tasks.refuse(framework, task.getTaskId(), agentId, state, reason,
                        "Agent " + agentId.getValue() + " is not available");
            }
            if (agent != null) {
                master.allocator.recoverResources(frameworkId, agentId, offered, Optional.empty(), false);
            }
            return;
        }
        apply(framework, agent, offered, operations, filters);
    }

    private void apply(FrameworkEntry framework, AgentEntry agent, Resources offered, List<Offer.Operation> operations,
            Optional<Filters> filters) {
        Resources left = offered;
        List<Offer.Operation> conversions = new ArrayList<>();
        for (Offer.Operation operation : operations) {
            switch (operation.getType()) {
                case LAUNCH -> {
                    if (refusedForId(framework, operation)) {
                        continue;
                    }
                    for (TaskInfo task : operation.getLaunch().getTaskInfosList()) {
                        left = master.launches.launch(framework, agent, task, left);
                    }
                }
                case LAUNCH_GROUP -> {
                    if (!refusedForId(framework, operation)) {
                        left = master.launches.launchGroup(framework, agent, operation.getLaunchGroup(), left);
                    }
                }
                case RESERVE, UNRESERVE, CREATE, DESTROY -> {
                    Resources before = left;
                    left = master.offerOperations.applyOffered(framework, agent, operation, left);
                    if (!left.equals(before)) {
                        conversions.add(operation);
                    }
                }
                default -> master.operations.error(framework, operation, "Operation " + operation.getType()
                        + " is not supported by this master");
            }
        }
        if (!conversions.isEmpty()) {
            master.allocator.tell("updateAllocation",
                    a -> a.updateAllocation(framework.id(), agent.id(), offered, conversions));
        }
        if (!left.isEmpty()) {
            master.allocator.recoverResources(framework.id(), agent.id(), left, filters, false);
        }
    }

    // Launches cannot report operation status: an id on them is a TASK_ERROR for each task, as in Mesos.
    private boolean refusedForId(FrameworkEntry framework, Offer.Operation operation) {
        if (!operation.hasId()) {
            return false;
        }
        boolean group = operation.getType() == Offer.Operation.Type.LAUNCH_GROUP;
        for (TaskInfo task : Tasks.of(List.of(operation))) {
            master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), TaskState.TASK_ERROR,
                    group ? Reason.REASON_TASK_GROUP_INVALID : Reason.REASON_TASK_INVALID,
                    "The `id` field cannot be set on " + operation.getType() + " operations");
        }
        return true;
    }

    private Offer outstanding(OfferID id) {
        OfferEntry offer = master.offers.get(id);
        return offer == null ? null : offer.offer();
    }

    private void invalidOffers(FrameworkEntry framework, Call.Accept accept, String error) {
        LOG.info("ACCEPT of framework {} used invalid offers: {}", framework.id().getValue(), error);
        for (OfferID id : accept.getOfferIdsList()) {
            OfferEntry offer = master.offers.get(id);
            if (offer != null && offer.frameworkId().equals(framework.id())) {
                master.offering.decline(offer, Optional.empty());
            }
        }
        TaskState state = framework.partitionAware() ? TaskState.TASK_DROPPED : TaskState.TASK_LOST;
        for (Offer.Operation operation : accept.getOperationsList()) {
            if (operation.getType() != Offer.Operation.Type.LAUNCH
                    && operation.getType() != Offer.Operation.Type.LAUNCH_GROUP) {
                master.operations.error(framework, operation, "Operation attempted with invalid offers: " + error);
            }
        }
        for (TaskInfo task : Tasks.of(accept.getOperationsList())) {
            master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), state, Reason.REASON_INVALID_OFFERS,
                    "Task launched with invalid offers: " + error);
        }
    }
}
