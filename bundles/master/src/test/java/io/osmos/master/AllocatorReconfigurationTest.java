package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAllocator;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Offer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new {@code allocator} in the master's configuration, applied through {@link MasterComponent}'s
 * modified as ConfigAdmin would: the allocator in use changes (not only what is listed), the new one
 * is seeded, serves the framework's calls and makes its offers, and the old one is given back.
 */
class AllocatorReconfigurationTest {
    private final AllocatorService a = new AllocatorService("a");
    private final AllocatorService b = new AllocatorService("b");
    private ComponentRun run;
    private WirePeers peers;

    @BeforeEach
    void start() {
        run = new ComponentRun(Map.of("hostname", "localhost", "allocator", "a", "default__allocator", "a"));
        run.component.addAllocator(a, a.properties);
        run.component.addAllocator(b, b.properties);
        peers = new WirePeers(run);
        awaitInUse("a");
    }

    @AfterEach
    void close() {
        peers.close();
        run.close();
    }

    @Test
    void aNewAllocatorInTheConfigurationServesTheOffersAndTheOldOneIsGivenBack() {
        AgentID agent = peers.registerAgent("a1", "cpus:2;mem:1024");
        peers.subscribe("through-reconfiguration");
        Offer before = peers.awaitOffer("the first allocator's offer", offer -> true);
        FakeAllocator first = a.last();
        first.awaitCall("addAgent " + agent.getValue());
        assertEquals(0, b.given.size(), "only the configured allocator is instantiated");

        run.component.modified(ComponentRun.config(Map.of("hostname", "localhost", "allocator", "b",
                "default__allocator", "a")));
        awaitInUse("b");
        assertTrue(peers.get("/state").contains("\"allocator_in_use\":\"b\""));
        assertEquals(1, b.given.size());
        assertEquals(List.of(first), a.returned, "the replaced allocator is given back");
        FakeAllocator second = b.last();
        assertEquals(List.of("initialize", "pause"), second.calls.subList(0, 2));
        assertTrue(second.calls.stream().anyMatch(call -> call.startsWith("addAgent " + agent.getValue())
                && call.contains(peers.frameworkId.getValue())), "seeded with the outstanding offer: " + second.calls);
        assertEquals("pause", first.calls.get(first.calls.size() - 1));
        int told = first.calls.size();

        // What the framework gives back goes to the allocator now in use, and its offer reaches the framework.
        assertEquals(202, peers.decline(before.getId()));
        second.awaitCall("recoverResources " + peers.frameworkId.getValue() + " " + agent.getValue());
        Offer after = peers.awaitOffer("the new allocator's offer", offer -> !offer.getId().equals(before.getId()));
        assertEquals(agent, after.getAgentId());
        assertEquals(before.getResourcesList(), after.getResourcesList());
        AgentID late = peers.registerAgent("a2", "cpus:1;mem:512");
        second.awaitCall("addAgent " + late.getValue());
        assertEquals(told, first.calls.size(), "the old allocator hears nothing more: " + first.calls);
    }

    private void awaitInUse(String name) {
        Await.until("allocator '" + name + "' in use", () -> peers.get("/allocator"),
                body -> body.startsWith("{\"allocator\":\"" + name + "\""));
    }
}
