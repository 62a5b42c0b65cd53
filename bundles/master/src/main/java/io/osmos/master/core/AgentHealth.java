package io.osmos.master.core;

import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.AgentLiveness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health checks of agents, as Mesos's SlaveObserver does them: a PING every
 * {@code --agent_ping_timeout}; a ping still unanswered when the next one is due is a timeout; after
 * {@code --max_agent_ping_timeouts} timeouts in a row the agent is marked unreachable, at the pace
 * {@code --agent_removal_rate_limit} allows. A PONG (or a reregistration) while the transition waits
 * for its turn cancels it. Pinging goes on while the agent is disconnected: that is how a vanished
 * agent becomes unreachable. Actor-confined.
 */
final class AgentHealth {
    private static final Logger LOG = LoggerFactory.getLogger(AgentHealth.class);

    private final Master master;
    private final RemovalLimiter limiter;

    AgentHealth(Master master) {
        this.master = master;
        this.limiter = new RemovalLimiter(master.actor, () -> master.settings().agentRemovalRateLimit());
    }

    /** Starts checking an agent that (re)registered; earlier misses and a pending transition are forgotten. */
    void watch(AgentEntry agent) {
        AgentLiveness liveness = agent.liveness();
        cancelMarking(agent);
        liveness.start(master.actor.every(master.settings().agentPingTimeout(), () -> ping(agent)));
        ping(agent);
    }

    /** Stops checking an agent that is removed, unreachable or gone. */
    void forget(AgentEntry agent) {
        agent.liveness().stop();
        agent.liveness().cancelMarking();
    }

    void pong(AgentEntry agent) {
        agent.liveness().alive();
        cancelMarking(agent);
    }

    private void ping(AgentEntry agent) {
        if (master.agents.get(agent.id()) != agent) {
            agent.liveness().stop();
            return;
        }
        int missed = agent.liveness().pinged();
        if (missed >= master.settings().maxAgentPingTimeouts() && !agent.liveness().markingUnreachable()) {
            scheduleUnreachable(agent, missed);
            if (master.agents.get(agent.id()) != agent) {
                return; // removed at once: no rate limit
            }
        }
        agent.send(AgentEvents.ping());
    }

    private void scheduleUnreachable(AgentEntry agent, int missed) {
        master.counters.increment("master/slave_unreachable_scheduled");
        if (master.settings().agentRemovalRateLimit().isPresent()) {
            LOG.info("Scheduling transition of agent {} to UNREACHABLE because of health check timeout ({} pings"
                    + " unanswered)", agent.id().getValue(), missed);
        }
        boolean[] done = new boolean[1];
        RemovalLimiter.Turn turn = limiter.acquire(() -> {
            done[0] = true;
            agent.liveness().marked();
            if (master.agents.get(agent.id()) == agent) {
                master.counters.increment("master/slave_unreachable_completed");
                master.agentRemoval.markUnreachable(agent, "health check timed out");
            }
        });
        if (!done[0]) {
            agent.liveness().markingUnreachable(turn::cancel);
        }
    }

    private void cancelMarking(AgentEntry agent) {
        if (agent.liveness().cancelMarking()) {
            LOG.info("Canceling transition of agent {} to UNREACHABLE because it answered", agent.id().getValue());
            master.counters.increment("master/slave_unreachable_canceled");
        }
    }
}
