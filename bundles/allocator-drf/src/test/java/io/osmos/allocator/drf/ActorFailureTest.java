package io.osmos.allocator.drf;

import static io.osmos.allocator.drf.Harness.agentId;
import static io.osmos.allocator.drf.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.osmos.api.resources.Resources;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event the allocator cannot handle on its own thread is reported to the master through the
 * callback (which replaces the allocator), and the allocator goes on with the next one meanwhile.
 */
class ActorFailureTest {
    @Test
    void aFailureOnTheAllocatorsThreadIsReportedToTheMaster() throws Exception {
        try (Harness h = new Harness()) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertNull(h.callback.awaitFailure(Duration.ZERO), "no failure before");

            // A master never sends this: an allocation change for a framework the allocator never heard of.
            h.allocator.updateAllocation(frameworkId("ghost"), agentId("a1"),
                    Resources.parse("cpus:1").allocate("web"), List.of());

            Throwable failure = h.callback.awaitFailure(Harness.WAIT);
            assertNotNull(failure, "the failure reached the master's callback");
            assertEquals("Unknown framework ghost", failure.getMessage());
            assertEquals("f1", h.allocateOne().framework(), "the allocator carries on");
        }
    }
}
