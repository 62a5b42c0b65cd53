package io.osmos.allocator.random;

import static io.osmos.allocator.random.Harness.agentId;
import static io.osmos.allocator.random.Harness.frameworkId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        try (Harness h = new Harness(7)) {
            h.addFramework("f1", "web");
            h.addAgent("a1", "cpus:1;mem:512");
            assertNull(h.callback.awaitFailure(Duration.ZERO), "no failure before");

            // A master never sends this: an allocation change whose resources name no allocation role.
            h.allocator.updateAllocation(frameworkId("f1"), agentId("a1"), Resources.parse("cpus:1"), List.of());

            Throwable failure = h.callback.awaitFailure(Harness.WAIT);
            assertNotNull(failure, "the failure reached the master's callback");
            assertTrue(failure.getMessage().contains("carry no allocation role"), failure.getMessage());
            assertEquals(List.of("f1"), h.allocate().stream().map(RecordingCallback.Offered::framework).toList(),
                    "the allocator carries on: a1 is offered");
        }
    }
}
