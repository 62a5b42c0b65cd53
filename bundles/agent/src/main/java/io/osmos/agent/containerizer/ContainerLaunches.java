package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.runtime.actor.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;

/**
 * The steps of a launch after the container is registered: every isolator's prepare, the fork of the
 * supervisor (its pid checkpointed), every isolator's isolate, then the go-ahead and the watches. A
 * step that fails, or a kill that comes meanwhile, abandons the launch and leaves nothing behind.
 */
final class ContainerLaunches {
    private final Actor actor;
    private final MesosContainerizer containerizer;

    ContainerLaunches(Actor actor, MesosContainerizer containerizer) {
        this.actor = actor;
        this.containerizer = containerizer;
    }

    CompletionStage<Void> launch(Container c, ContainerLaunch launch, LongConsumer forked) {
        return IsolatorCalls.prepare(c.isolators, c.id, ContainerConfigs.of(launch))
                .thenComposeAsync(info -> fork(c, launch, info, forked), actor)
                .whenCompleteAsync((ignored, failure) -> {
                    if (failure != null) {
                        abort(c);
                    }
                }, actor);
    }

    private CompletionStage<Void> fork(Container c, ContainerLaunch launch, ContainerLaunchInfo info, LongConsumer forked) {
        if (c.destroyRequested) {
            throw new IllegalStateException("The container was killed while it was being prepared");
        }
        Process process;
        try {
            process = Supervision.fork(c.runtime, launch, info);
            c.process = process;
            c.pid = process.pid();
            c.startTicks = ProcStat.read(c.pid).map(ProcStat::startTicks).orElse(0L);
            c.runtime.writePid(c.pid, c.startTicks);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to fork the container's supervisor: " + e.getMessage(), e);
        }
        process.onExit().thenRunAsync(() -> containerizer.exits.exited(c), actor);
        forked.accept(c.pid);
        c.state = Container.State.ISOLATING;
        return IsolatorCalls.each(c.isolators, "isolate the container", i -> i.isolate(c.id, c.pid))
                .thenRunAsync(() -> run(c), actor);
    }

    private void run(Container c) {
        if (c.destroyRequested || c.state != Container.State.ISOLATING) {
            throw new IllegalStateException("The container was killed while it was being isolated");
        }
        try {
            PosixLauncher.go(c.process);
        } catch (IOException e) {
            throw new UncheckedIOException("The container's supervisor is gone: " + e.getMessage(), e);
        }
        c.state = Container.State.RUNNING;
        Watches.start(actor, containerizer, c);
    }

    private void abort(Container c) {
        if (c.process != null) {
            PosixLauncher.abort(c.process);
            ProcessGroups.signal(c.pid, ProcessGroups.Signal.KILL);
        } else {
            containerizer.exits.exited(c);
        }
    }
}
