package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerState;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the containers again after an agent restart. A checkpointed container whose supervisor still
 * runs is watched until it ends; one that ended meanwhile ends at once, with the exit status its
 * supervisor recorded. Containers with a runtime directory that no checkpoint names (those of
 * frameworks that do not checkpoint) are orphans: killed and cleaned up, as Mesos does.
 */
final class ContainerRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRecovery.class);

    private ContainerRecovery() {
    }

    /** @return the checkpointed containers that were found; the others are gone without a trace */
    static CompletionStage<Set<ContainerID>> recover(Actor actor, MesosContainerizer containerizer,
            List<RecoverableContainer> known, boolean rebooted) {
        List<NamedIsolator> isolators;
        try {
            isolators = containerizer.selected();
        } catch (IllegalStateException e) {
            return CompletableFuture.failedFuture(e);
        }
        Set<ContainerID> found = new LinkedHashSet<>();
        List<ContainerState> states = new ArrayList<>();
        List<Container> recovered = new ArrayList<>();
        for (RecoverableContainer container : known) {
            RuntimeDir runtime = RuntimeDir.of(containerizer.workDir, container.id());
            if (!runtime.exists()) {
                continue;
            }
            found.add(container.id());
            Container c = new Container(container.id(), runtime, isolators, container.resources());
            runtime.pid().ifPresent(pid -> {
                c.pid = pid.pid();
                c.startTicks = pid.startTicks();
                states.add(new ContainerState(container.id(), container.executorInfo(), pid.pid(),
                        container.sandbox().toString()));
            });
            recovered.add(c);
        }
        Set<ContainerID> orphans = new HashSet<>(RuntimeDir.list(containerizer.workDir));
        orphans.removeAll(found);
        return IsolatorCalls.each(isolators, "recover", i -> i.recover(List.copyOf(states), Set.copyOf(orphans)))
                .thenApplyAsync(ignored -> {
                    recovered.forEach(c -> attach(containerizer, c, rebooted, false));
                    for (ContainerID orphan : orphans) {
                        Container c = new Container(orphan, RuntimeDir.of(containerizer.workDir, orphan), isolators,
                                Resources.EMPTY);
                        c.runtime.pid().ifPresent(pid -> {
                            c.pid = pid.pid();
                            c.startTicks = pid.startTicks();
                        });
                        attach(containerizer, c, rebooted, true);
                    }
                    return found;
                }, actor);
    }

    private static void attach(MesosContainerizer containerizer, Container c, boolean rebooted, boolean orphan) {
        containerizer.containers.add(c);
        c.state = Container.State.RUNNING;
        c.stale = rebooted;
        boolean running = !rebooted && c.isForked() && ProcStat.isRunning(c.pid, c.startTicks);
        if (orphan) {
            LOG.info("Cleaning up orphan container {}{}", c.id.getValue(), running ? " (killing it)" : "");
        }
        if (!running) {
            containerizer.exits.exited(c);
            return;
        }
        if (orphan) {
            containerizer.exits.kill(c, Duration.ZERO);
        }
        containerizer.poller.watch(c.pid, c.startTicks, () -> containerizer.exits.exited(c));
    }
}
