package io.osmos.agent;

import io.osmos.agent.containerizer.MesosContainerizer;
import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order an agent starts in. The isolators --isolation names must all be registered before
 * recovery, because recovery hands them their containers; they usually come with the agent's own
 * bundle or just after it. A Mesos agent would refuse to start without them; this one waits up to
 * {@link #ISOLATOR_WAIT} and then fails to start, naming those missing.
 */
final class AgentStart {
    static final Duration ISOLATOR_WAIT = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(AgentStart.class);

    private AgentStart() {
    }

    static CompletableFuture<Void> start(Actor actor, MesosContainerizer containerizer,
            Supplier<CompletionStage<Void>> recover, Runnable connect) {
        List<String> absent = containerizer.absentIsolators();
        if (!absent.isEmpty()) {
            LOG.info("Waiting up to {} s for the isolators {} named in --isolation", ISOLATOR_WAIT.toSeconds(), absent);
        }
        return containerizer.isolatorsReady().orTimeout(ISOLATOR_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new IllegalStateException("The isolators " + containerizer.absentIsolators()
                                + " named in --isolation did not register within " + ISOLATOR_WAIT.toSeconds() + " s")
                        : failure))
                .thenCompose(ready -> actor.askAsync(recover))
                .thenRun(() -> actor.tell(connect));
    }
}
