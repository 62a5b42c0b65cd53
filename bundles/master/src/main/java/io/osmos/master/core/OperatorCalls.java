package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.Agents;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator API's calls that change something, answered as Mesos answers them: 200 when done,
 * 202 for reservations and volumes, 400 naming what is wrong, 404 or 409 where Mesos uses them, and
 * 501 for what this master does not do (maintenance, draining). SET_LOGGING_LEVEL raises the
 * master's verbosity ({@link Verbosity}). Actor-confined.
 */
final class OperatorCalls {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorCalls.class);
    private static final Reply OK = new Reply(200, "");

    private final Master master;
    private final RoleCalls roles;

    OperatorCalls(Master master) {
        this.master = master;
        this.roles = new RoleCalls(master);
    }

    CompletableFuture<Reply> handle(Call call) {
        return switch (call.getType()) {
            case RESERVE_RESOURCES -> onAgent(call.getReserveResources().getAgentId(), Offer.Operation.newBuilder()
                    .setType(Offer.Operation.Type.RESERVE).setReserve(Offer.Operation.Reserve.newBuilder()
                            .addAllResources(call.getReserveResources().getResourcesList())
                            .addAllSource(call.getReserveResources().getSourceList())).build());
            case UNRESERVE_RESOURCES -> onAgent(call.getUnreserveResources().getAgentId(), Offer.Operation.newBuilder()
                    .setType(Offer.Operation.Type.UNRESERVE).setUnreserve(Offer.Operation.Unreserve.newBuilder()
                            .addAllResources(call.getUnreserveResources().getResourcesList())).build());
            case CREATE_VOLUMES -> onAgent(call.getCreateVolumes().getAgentId(), Offer.Operation.newBuilder()
                    .setType(Offer.Operation.Type.CREATE).setCreate(Offer.Operation.Create.newBuilder()
                            .addAllVolumes(call.getCreateVolumes().getVolumesList())).build());
            case DESTROY_VOLUMES -> onAgent(call.getDestroyVolumes().getAgentId(), Offer.Operation.newBuilder()
                    .setType(Offer.Operation.Type.DESTROY).setDestroy(Offer.Operation.Destroy.newBuilder()
                            .addAllVolumes(call.getDestroyVolumes().getVolumesList())).build());
            case GROW_VOLUME, SHRINK_VOLUME -> done(Reply.badRequest("Volume cannot be resized on an agent without"
                    + " RESIZE_VOLUME capability; no agent of this master has it"));
            case UPDATE_WEIGHTS -> done(roles.updateWeights(call.getUpdateWeights()));
            case UPDATE_QUOTA -> done(roles.updateQuota(call.getUpdateQuota()));
            case SET_QUOTA -> done(roles.setQuota(call.getSetQuota()));
            case REMOVE_QUOTA -> done(roles.removeQuota(call.getRemoveQuota()));
            case TEARDOWN -> done(teardown(call.getTeardown()));
            case MARK_AGENT_GONE -> done(markGone(call.getMarkAgentGone().getAgentId()));
            case DEACTIVATE_AGENT -> done(deactivate(call.getDeactivateAgent().getAgentId()));
            case REACTIVATE_AGENT -> done(reactivate(call.getReactivateAgent().getAgentId()));
            case SET_LOGGING_LEVEL -> done(loggingLevel(call.getSetLoggingLevel()));
            default -> done(Reply.notImplemented("Operator call '" + call.getType()
                    + "' is not supported by this master"));
        };
    }

    private CompletableFuture<Reply> onAgent(AgentID id, Offer.Operation operation) {
        AgentEntry agent = master.agents.get(id);
        if (agent == null) {
            return done(Reply.badRequest("No agent found with specified ID"));
        }
        return master.offerOperations.applyAvailable(agent, operation);
    }

    private Reply teardown(Call.Teardown teardown) {
        FrameworkEntry framework = master.frameworks.get(teardown.getFrameworkId());
        if (framework == null) {
            return Reply.badRequest("No framework found with ID " + teardown.getFrameworkId().getValue());
        }
        master.subscriptions.remove(framework, "an operator tore it down");
        return OK;
    }

    private Reply markGone(AgentID id) {
        AgentEntry agent = master.agents.get(id);
        if (agent != null) {
            master.agentRemoval.markGone(agent);
            return OK;
        }
        if (master.agents.unreachable(id) != null) {
            master.agentRemoval.markGone(id);
            return OK;
        }
        return new Reply(404, "Agent '" + id.getValue() + "' not found");
    }

    private Reply deactivate(AgentID id) {
        AgentEntry agent = master.agents.get(id);
        Agents.Unreachable unreachable = master.agents.unreachable(id);
        if (agent == null && unreachable == null) {
            return Reply.badRequest("Unknown agent");
        }
        if (agent == null) {
            master.agents.unreachable(unreachable.info(), unreachable.sinceMillis(), true);
            return OK;
        }
        agent.deactivated(true);
        LOG.info("Deactivating agent {} at an operator's request", id.getValue());
        master.offering.rescindAll(agent);
        if (agent.active()) {
            agent.active(false);
            master.allocator.tell("deactivateAgent", a -> a.deactivateAgent(id));
        }
        return OK;
    }

    private Reply reactivate(AgentID id) {
        AgentEntry agent = master.agents.get(id);
        Agents.Unreachable unreachable = master.agents.unreachable(id);
        boolean deactivated = agent != null ? agent.deactivated() : unreachable != null && unreachable.deactivated();
        if (!deactivated) {
            return Reply.badRequest("Agent is not deactivated");
        }
        if (agent == null) {
            master.agents.unreachable(unreachable.info(), unreachable.sinceMillis(), false);
            return new Reply(409, "Agent removed while processing the call");
        }
        agent.deactivated(false);
        if (agent.connected()) {
            LOG.info("Reactivating agent {} at an operator's request", id.getValue());
            agent.active(true);
            master.allocator.tell("activateAgent", a -> a.activateAgent(id));
        }
        return OK;
    }

    private Reply loggingLevel(Call.SetLoggingLevel set) {
        long nanos = set.getDuration().getNanoseconds();
        if (nanos <= 0) {
            return Reply.badRequest("Expecting 'set_logging_level.duration' to be longer than zero");
        }
        Duration duration = Duration.ofNanos(nanos);
        master.verbosity.set(set.getLevel(), duration, master);
        LOG.info("Verbosity set to {} for {}", set.getLevel(), Durations.format(duration));
        return OK;
    }

    private static CompletableFuture<Reply> done(Reply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
