package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.validation.LaunchContext;
import io.osmos.master.validation.OfferValidator;
import io.osmos.master.validation.TaskValidator;
import io.osmos.master.validation.Verdict;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus.Reason;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ACCEPT as Mesos does it: the offers are checked together (a bad set loses every task, as
 * TASK_DROPPED or TASK_LOST); each LAUNCH task is then checked on its own against what is left (a bad
 * task gets TASK_ERROR); valid tasks go to the agent; what no task used goes back to the allocator
 * with the call's filters. Actor-confined.
 */
final class Acceptance {
    private static final Logger LOG = LoggerFactory.getLogger(Acceptance.class);

    private final Master master;

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
        for (OfferID id : accept.getOfferIdsList()) {
            OfferEntry offer = master.offers.get(id);
            offered = offered.plus(offer.resources());
            agent = master.agents.get(offer.agentId());
            master.offering.remove(offer, false);
        }
        Resources left = offered;
        for (Offer.Operation operation : accept.getOperationsList()) {
            switch (operation.getType()) {
                case LAUNCH -> {
                    for (TaskInfo task : operation.getLaunch().getTaskInfosList()) {
                        left = launch(framework, agent, task, left);
                    }
                }
                case LAUNCH_GROUP -> operation.getLaunchGroup().getTaskGroup().getTasksList().forEach(task ->
                        master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), TaskState.TASK_ERROR,
                                Reason.REASON_TASK_GROUP_INVALID, "LAUNCH_GROUP is not supported by this master yet"));
                default -> LOG.warn("Ignoring {} operation of framework {}: not supported by this master yet",
                        operation.getType(), framework.id().getValue());
            }
        }
        if (!left.isEmpty()) {
            master.allocator.recoverResources(framework.id(), agent.id(), left, Optional.of(accept.getFilters()),
                    false);
        }
    }

    private Offer outstanding(OfferID id) {
        OfferEntry offer = master.offers.get(id);
        return offer == null ? null : offer.offer();
    }

    /** Checks and launches one task; returns what is left of the offered resources. */
    private Resources launch(FrameworkEntry framework, AgentEntry agent, TaskInfo task, Resources available) {
        TaskInfo prepared = prepare(framework, task, available);
        Verdict verdict = TaskValidator.validate(prepared, new LaunchContext(framework.id(), agent.id(),
                framework::hasTask, executorId -> agent.executors().get(framework.id(), executorId), available));
        if (!verdict.valid()) {
            LOG.info("Refusing task {} of framework {}: {}", task.getTaskId().getValue(), framework.id().getValue(),
                    verdict.error());
            master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), TaskState.TASK_ERROR,
                    Reason.REASON_TASK_INVALID, verdict.error());
            return available;
        }
        TaskInfo decorated = master.hooks.decorateLabels(prepared, framework.info(), agent.info());
        master.tasks.launch(framework, agent, decorated, verdict.taskResources(), verdict.newExecutor());
        return available.minus(verdict.consumed());
    }

    /**
     * Fills in what the master supplies, as Mesos does: the allocation role on resources that lack it
     * (when the offers are all of one role) and the executor's framework id.
     */
    private static TaskInfo prepare(FrameworkEntry framework, TaskInfo task, Resources offered) {
        TaskInfo.Builder prepared = task.toBuilder();
        Set<String> roles = ResourceRoles.roles(offered);
        if (roles.size() == 1) {
            String role = roles.iterator().next();
            prepared.clearResources().addAllResources(ResourceRoles.allocate(task.getResourcesList(), role));
            if (task.hasExecutor()) {
                prepared.getExecutorBuilder().clearResources()
                        .addAllResources(ResourceRoles.allocate(task.getExecutor().getResourcesList(), role));
            }
        }
        if (task.hasExecutor() && !task.getExecutor().hasFrameworkId()) {
            prepared.getExecutorBuilder().setFrameworkId(framework.id());
        }
        return prepared.build();
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
        List<TaskInfo> tasks = new ArrayList<>();
        for (Offer.Operation operation : accept.getOperationsList()) {
            tasks.addAll(operation.getLaunch().getTaskInfosList());
            tasks.addAll(operation.getLaunchGroup().getTaskGroup().getTasksList());
        }
        for (TaskInfo task : tasks) {
            master.tasks.refuse(framework, task.getTaskId(), task.getAgentId(), state, Reason.REASON_INVALID_OFFERS,
                    "Task launched with invalid offers: " + error);
        }
    }
}
