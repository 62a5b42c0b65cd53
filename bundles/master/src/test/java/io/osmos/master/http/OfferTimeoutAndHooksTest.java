package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** --offer_timeout, and 64-bit integers in operator JSON. */
class OfferTimeoutAndHooksTest {
    private final TestMaster master = new TestMaster(MasterSettings.defaults()
            .withOfferTimeout(Optional.of(Duration.ofMillis(200))));
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void anOfferLeftAloneIsRescindedAfterTheOfferTimeout() {
        scheduler.subscribe(Scheduler.info("slow"));
        agent.register(FakeAgent.info("agent-1", "cpus:1;mem:128"));
        Offer offer = scheduler.awaitOffer();
        assertEquals(offer.getId(), scheduler.await(Event.Type.RESCIND).getRescind().getOfferId());
        FakeAllocator.Recovered back = master.allocator.awaitRecovered("of the expired offer", r -> true);
        assertTrue(back.filters().isEmpty(), "an expired offer comes back unfiltered");
    }

    @Test
    void sixtyFourBitIntegersAreJsonNumbersAsMesosWritesThem() {
        agent.register(FakeAgent.info("agent-1", "cpus:1;ports:[31000-32000]"));
        String agents = new String(master.post("/api/v1", "{\"type\":\"GET_AGENTS\"}".getBytes(StandardCharsets.UTF_8),
                "Content-Type", "application/json").body(), StandardCharsets.UTF_8);
        assertTrue(agents.contains("\"range\":[{\"begin\":31000,\"end\":32000}]"), agents);
        assertTrue(agents.matches(".*\"registered_time\":\\{\"nanoseconds\":\\d+}.*"), agents);
    }
}
