package io.osmos.agent;

import io.osmos.agent.checkpoint.BootId;
import io.osmos.agent.checkpoint.Checkpointer;
import io.osmos.agent.checkpoint.Recovered;
import io.osmos.agent.checkpoint.StateReader;
import io.osmos.agent.config.AgentSettings;
import io.osmos.agent.containerizer.Containerizer;
import io.osmos.agent.containerizer.RecoverableContainer;
import io.osmos.agent.executor.ExecutorObserver;
import io.osmos.agent.executor.ExecutorRecovery;
import io.osmos.agent.status.StatusUpdateManager;
import io.osmos.runtime.actor.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's start after a restart, as a Mesos agent recovers: read the checkpoints, put the
 * executors, tasks and status update streams back, let the containerizer find the containers again
 * (and clean up orphans), then reattach or report what ended meanwhile. The agent then reregisters
 * with the id it had, and sends the unacknowledged updates once the master answers.
 */
final class AgentRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(AgentRecovery.class);

    private final Actor actor;
    private final AgentSettings settings;
    private final AgentState state;
    private final Checkpointer checkpointer;
    private final Containerizer containerizer;
    private final StatusUpdateManager updates;
    private final ExecutorRecovery executors;
    private final ExecutorObserver observer;

    AgentRecovery(Actor actor, AgentSettings settings, AgentState state, Checkpointer checkpointer,
            Containerizer containerizer, StatusUpdateManager updates, ExecutorRecovery executors,
            ExecutorObserver observer) {
        this.actor = actor;
        this.settings = settings;
        this.state = state;
        this.checkpointer = checkpointer;
        this.containerizer = containerizer;
        this.updates = updates;
        this.executors = executors;
        this.observer = observer;
    }

    /** Runs on the actor; fails with the reason when the agent must not start. */
    CompletionStage<Void> recover() {
        Recovered.State recovered;
        try {
            recovered = StateReader.read(checkpointer.layout(), settings.recovery().strict());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Optional<String> boot = BootId.current();
        boolean rebooted = recovered.bootId().isPresent() && boot.isPresent() && !recovered.bootId().equals(boot);
        List<RecoverableContainer> known = List.of();
        state.recoveryErrors = recovered.skipped().size();
        if (recovered.agent().isPresent()) {
            state.agentId = recovered.agent().get().getId();
            recovered.frameworks().forEach(f -> state.frameworks.put(f.info().getId(), f.info()));
            known = executors.rebuild(recovered, updates);
            LOG.info("Recovering agent {}: {} frameworks, {} containers to look for{}", state.agentId.getValue(),
                    recovered.frameworks().size(), known.size(), rebooted ? " (the host rebooted meanwhile)" : "");
        }
        List<Path> leftovers = LeftoverRuns.find(settings.workDir(), state.agentId, executors.rebuilt());
        return containerizer.recover(known, rebooted).thenAcceptAsync(found -> {
            executors.resume(found, settings.recovery().recover());
            boot.ifPresent(checkpointer::bootId);
            if (!leftovers.isEmpty()) {
                LOG.info("Scheduling {} sandboxes and checkpoints of earlier runs and agents for collection",
                        leftovers.size());
                leftovers.forEach(observer::leftover);
            }
        }, actor);
    }
}
