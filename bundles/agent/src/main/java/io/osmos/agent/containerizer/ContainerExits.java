package io.osmos.agent.containerizer;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a container: killing it (SIGTERM to its process group, SIGKILL after the grace period),
 * and once its supervisor is gone, killing what it left behind, cleaning up its isolators and runtime
 * directory, and telling whoever waits how it ended. Runs on the agent's actor.
 */
final class ContainerExits {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerExits.class);

    private final Actor actor;
    private final ContainerTable<Container> containers;

    ContainerExits(Actor actor, ContainerTable<Container> containers) {
        this.actor = actor;
        this.containers = containers;
    }

    /** SIGTERM now and SIGKILL after the grace period; a shorter grace than one in progress wins. */
    void kill(Container c, Duration grace) {
        c.killed = true;
        if (!c.isForked()) {
            c.destroyRequested = true; // the launch sees it and gives up
            return;
        }
        if (grace.isZero() || grace.isNegative()) {
            c.cancelEscalation();
            ProcessGroups.signal(c.pid, ProcessGroups.Signal.KILL);
            return;
        }
        if (c.escalation != null) {
            return;
        }
        ProcessGroups.signal(c.pid, ProcessGroups.Signal.TERM);
        c.escalation = actor.delay(grace, () -> {
            c.escalation = null;
            if (containers.holds(c) && c.state != Container.State.TERMINATING) {
                ProcessGroups.signal(c.pid, ProcessGroups.Signal.KILL);
            }
        });
    }

    /** The supervisor ended (or was never forked): finish the container. */
    void exited(Container c) {
        if (c.state == Container.State.TERMINATING || !containers.holds(c)) {
            return;
        }
        c.state = Container.State.TERMINATING;
        c.cancelEscalation();
        if (c.isForked() && !c.stale) {
            killLeftovers(c);
        }
        Optional<Integer> status = c.runtime.exitStatus();
        String reason = "";
        if (status.isEmpty() && c.process != null && !c.process.isAlive()) {
            status = Optional.of(c.process.exitValue()); // the supervisor itself was killed, e.g. SIGKILL
        } else if (status.isEmpty()) {
            reason = c.isForked() ? "its supervisor ended without recording the command's exit status"
                    : "it was never started";
        }
        ContainerTermination termination = new ContainerTermination(status, Optional.ofNullable(c.limitation),
                c.killed, reason);
        IsolatorCalls.cleanup(c.isolators, c.id).whenCompleteAsync((ignored, failure) -> {
            // Whoever waits records the end (a checkpointed status update) before the supervisor's
            // record goes: their continuations on the actor run before this message.
            c.termination.complete(termination);
            actor.tell(() -> {
                try {
                    c.runtime.delete();
                } catch (RuntimeException e) {
                    LOG.warn("{}", e.getMessage());
                }
                containers.retire(c, termination);
            });
        }, actor);
    }

    /**
     * Whatever is left in the container's session goes, as when Mesos destroys a container. Only
     * processes started after the supervisor count: its pid may since name someone else's session.
     */
    private static void killLeftovers(Container c) {
        for (ProcStat process : ProcStat.all()) {
            if (process.session() == c.pid && process.startTicks() >= c.startTicks && !process.isZombie()) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
