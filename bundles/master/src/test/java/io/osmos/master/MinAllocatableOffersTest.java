package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.allocator.drf.DrfAllocator;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a framework sees of --min_allocatable_resources with the real hierarchical allocator in use. */
class MinAllocatableOffersTest {
    @Test
    void byDefaultAnAgentHoldingOnlyCrumbsIsNotOffered() {
        assertEquals(List.of("big"), offeredHosts(Map.of()),
                "the agent with only 0.005 cpus and 16 MB is not worth an offer");
    }

    @Test
    void anEmptyMinimumOffersCrumbsToo() {
        List<String> offered = offeredHosts(Map.of("min_allocatable_resources", ""));
        assertTrue(offered.contains("crumbs"), "offered: " + offered);
    }

    @Test
    void aMinimumOfTheOperatorsChoiceIsApplied() {
        List<String> offered = offeredHosts(Map.of("min_allocatable_resources", "cpus:1|mem:8"));
        assertTrue(offered.contains("crumbs"), "16 MB reach the second alternative; offered: " + offered);
    }

    /**
     * Registers an agent holding crumbs and then a big one; returns the hosts of every offer the
     * framework got until the big agent was offered. Every allocation run looks at all agents and
     * sends a framework one OFFERS event, so the run that offers the big agent would also offer the
     * crumbs if they were worth it.
     */
    private static List<String> offeredHosts(Map<String, String> configuration) {
        Map<String, String> properties = new HashMap<>(configuration);
        properties.put("allocation_interval", "50ms");
        PrototypeService hierarchical = new PrototypeService("hierarchical", DrfAllocator::new,
                instance -> ((DrfAllocator) instance).deactivate());
        try (TestMaster master = new TestMaster(MasterComponent.settings(AllocatorOptionsConfigTest.config(properties)));
                Scheduler scheduler = new Scheduler(master, MediaType.JSON);
                FakeAgent crumbs = new FakeAgent(master);
                FakeAgent big = new FakeAgent(master)) {
            AllocatorCandidates candidates = hierarchical.chosenBy(master);
            scheduler.subscribe(Scheduler.info("crumb-eater"));
            crumbs.register(FakeAgent.info("crumbs", "cpus:0.005;mem:16"));
            AgentID bigId = big.register(FakeAgent.info("big", "cpus:1;mem:128")).getAgentId();
            scheduler.events.await("OFFERS of the big agent", event -> event.getType() == Event.Type.OFFERS
                    && event.getOffers().getOffersList().stream().anyMatch(offer -> offer.getAgentId().equals(bigId)));
            candidates.detach();
            return scheduler.events.all().stream().filter(event -> event.getType() == Event.Type.OFFERS)
                    .flatMap(event -> event.getOffers().getOffersList().stream()).map(Offer::getHostname).toList();
        }
    }
}
