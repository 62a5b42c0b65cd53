package io.osmos.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.core.MasterView;
import io.osmos.master.support.Await;
import io.osmos.master.support.DelegatingAllocator;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET} and {@code POST /allocator} over real HTTP, as an operator uses them while a framework runs. */
class AllocatorEndpointTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private final AllocatorCandidates candidates = new AllocatorCandidates();
    private final Registered a = Registered.fake("a");
    private final Registered b = Registered.fake("b");
    private Offer outstanding;

    @BeforeEach
    void start() {
        master.serveAllocatorChoice(candidates);
        candidates.attach(master.master, "a", "b");
        candidates.add(a.candidate);
        candidates.add(b.candidate);
        awaitInUse(master, "a");
        agent.register(FakeAgent.info("a1", "cpus:2;mem:1024"));
        scheduler.subscribe(Scheduler.info("busy"));
        outstanding = scheduler.awaitOffer();
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void postSwapsAndAnswersWithThePreviousAllocatorAndThePause() {
        HttpResponse<String> swap = post("{\"name\":\"b\"}");
        assertEquals(200, swap.statusCode(), swap.body());
        assertTrue(swap.body().matches("\\{\"allocator\":\"b\",\"previous\":\"a\",\"pause_ms\":[0-9.]+}"), swap.body());
        assertEquals("{\"allocator\":\"b\",\"available\":[\"a\",\"b\"],\"wanted\":\"b\",\"default_allocator\":\"b\"}",
                master.get("/allocator").body());
        assertEquals(a.given, a.returned, "the replaced instance is given back");
        FakeAllocator seeded = b.last();
        assertTrue(seeded.calls.stream().anyMatch(c -> c.startsWith("addFramework " + scheduler.frameworkId.getValue())
                && c.contains(agent.agentId.getValue())), "the outstanding offer is held: " + seeded.calls);
        assertTrue(master.get("/flags").body().contains("\"allocator\":\"b\""));

        // The offer made by the old allocator stays valid, and what it gives back the new one offers.
        scheduler.decline(outstanding.getId(), 0);
        Offer again = scheduler.awaitOffer();
        assertEquals(outstanding.getResourcesList(), again.getResourcesList());
    }

    @Test
    void aNameNoAllocatorHasIsAConflictAndNothingChanges() {
        HttpResponse<String> swap = post("{\"name\":\"zzz\"}");
        assertEquals(409, swap.statusCode());
        assertEquals("No allocator named 'zzz' is registered; registered: a, b", swap.body());
        assertEquals("{\"allocator\":\"a\",\"available\":[\"a\",\"b\"],\"wanted\":\"a\",\"default_allocator\":\"b\"}",
                master.get("/master/allocator").body());
        assertEquals(1, a.given.size());
        assertEquals(0, b.given.size());
    }

    @Test
    void aBodyThatIsNotANameIsABadRequest() {
        for (String body : new String[] {"", "name=b", "[\"b\"]", "{\"name\":3}", "{\"name\":\" \"}",
                "{\"name\":\"b\",\"force\":true}", "{\"name\":\"b\""}) {
            HttpResponse<String> swap = post(body);
            assertEquals(400, swap.statusCode(), body + " -> " + swap.body());
            assertTrue(swap.body().startsWith("Expecting") || swap.body().startsWith("Unknown field 'force'"),
                    body + " -> " + swap.body());
        }
        HttpResponse<String> put = send(HttpRequest.newBuilder(master.uri("/allocator"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"b\"}")).build());
        assertEquals(405, put.statusCode());
        assertEquals(1, a.given.size(), "nothing was swapped");
    }

    @Test
    void anAllocatorThatFailsToStartIsAConflictNamingWhyAndTheOldOneStays() throws Exception {
        Registered broken = Registered.of("broken", 0, () -> DelegatingAllocator.of(new FakeAllocator(), "initialize",
                args -> {
                    throw new IllegalStateException("needs --quota_file");
                }));
        candidates.add(broken.candidate);
        HttpResponse<String> swap = post("{\"name\":\"broken\"}");
        assertEquals(409, swap.statusCode());
        assertEquals("Allocator 'broken' failed to start: needs --quota_file; 'a' stays in use", swap.body());
        assertEquals(broken.given, broken.returned);
        assertEquals("a", master.master.read(MasterView::allocatorName).get(5, TimeUnit.SECONDS));
        assertTrue(master.get("/allocator").body().contains("\"wanted\":\"a\""));
        scheduler.decline(outstanding.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId());
    }

    @Test
    void anAllocatorWhoseBundleDoesNotLinkIsAConflictAndTheOldOneResumes() throws Exception {
        Registered unlinked = Registered.of("unlinked", 0, () -> DelegatingAllocator.of(new FakeAllocator(),
                "initialize", args -> {
                    throw new NoClassDefFoundError("com/example/quota/QuotaFile");
                }));
        candidates.add(unlinked.candidate);
        HttpResponse<String> swap = post("{\"name\":\"unlinked\"}");
        assertEquals(409, swap.statusCode());
        assertEquals("Allocator 'unlinked' failed to start: java.lang.NoClassDefFoundError:"
                + " com/example/quota/QuotaFile; 'a' stays in use", swap.body());
        assertEquals(unlinked.given, unlinked.returned, "the instance is given back");
        assertEquals("a", master.master.read(MasterView::allocatorName).get(5, TimeUnit.SECONDS));
        scheduler.decline(outstanding.getId(), 0);
        assertEquals(agent.agentId, scheduler.awaitOffer().getAgentId(), "the old one was resumed and offers");
    }

    static void awaitInUse(TestMaster master, String name) {
        Await.until("allocator '" + name + "' in use", () -> master.master.read(MasterView::allocatorName).join(),
                name::equals);
    }

    private HttpResponse<String> post(String body) {
        return send(HttpRequest.newBuilder(master.uri("/allocator")).POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(request + " failed", e);
        }
    }
}
