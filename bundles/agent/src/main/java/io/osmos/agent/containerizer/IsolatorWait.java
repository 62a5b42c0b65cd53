package io.osmos.agent.containerizer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The isolators --isolation names must all be registered before recovery, because recovery hands them
 * their containers; they usually come with the agent's own bundle or just after it. A Mesos agent
 * would refuse to start without them; this one waits up to {@link #LIMIT} and then fails, naming
 * those missing.
 */
final class IsolatorWait {
    static final Duration LIMIT = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(IsolatorWait.class);

    private IsolatorWait() {
    }

    static CompletableFuture<Void> await(Isolators isolators, List<String> isolation) {
        List<String> absent = isolators.absent(isolation);
        if (!absent.isEmpty()) {
            LOG.info("Waiting up to {} s for the isolators {} named in --isolation", LIMIT.toSeconds(), absent);
        }
        return isolators.await(isolation).orTimeout(LIMIT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new IllegalStateException("The isolators " + isolators.absent(isolation)
                                + " named in --isolation did not register within " + LIMIT.toSeconds() + " s")
                        : failure));
    }
}
