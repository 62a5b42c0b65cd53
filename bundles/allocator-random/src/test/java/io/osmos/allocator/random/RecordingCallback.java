package io.osmos.allocator.random;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Stands in for the master's side of the conversation: records every offer, one entry per agent. */
final class RecordingCallback implements OfferCallback {

    /** One agent's resources offered to one framework in one role. */
    record Offered(FrameworkID frameworkId, String role, AgentID agentId, Resources resources) {
        String framework() {
            return frameworkId.getValue();
        }

        String agent() {
            return agentId.getValue();
        }
    }

    private final BlockingQueue<Offered> offers = new LinkedBlockingQueue<>();
    private final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();

    @Override
    public void offers(FrameworkID frameworkId, Map<String, Map<AgentID, Resources>> resources) {
        resources.forEach((role, byAgent) -> byAgent.forEach(
                (agentId, offered) -> offers.add(new Offered(frameworkId, role, agentId, offered))));
    }

    /** Everything offered so far and not yet taken. */
    List<Offered> drain() {
        List<Offered> drained = new ArrayList<>();
        offers.drainTo(drained);
        return drained;
    }

    /** The next offer, waiting at most {@code timeout} for it. */
    Offered next(Duration timeout) throws InterruptedException {
        Offered offered = offers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(offered, "no offer arrived within " + timeout);
        return offered;
    }

    @Override
    public void failed(Throwable cause) {
        failures.add(cause);
    }

    /** The next failure the allocator reported, waiting at most {@code timeout} for it; null if none came. */
    Throwable awaitFailure(Duration timeout) throws InterruptedException {
        return failures.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
