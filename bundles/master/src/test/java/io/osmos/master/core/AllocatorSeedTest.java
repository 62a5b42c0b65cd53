package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.allocator.Allocator;
import io.osmos.master.support.DelegatingAllocator;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.FakeAllocator;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hand-over pinned down on a cluster with quota, weights, a suppressed role, a refusal filter, an
 * outstanding offer, an agent with capabilities and a disconnected one: the order of every call the old
 * and the new allocator get, and that what the new one is told is what the master knows.
 */
class AllocatorSeedTest {
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final TestMaster master = new TestMaster();
    private final FakeAllocator old = new FakeAllocator("old", journal);
    private final FakeAgent capable = new FakeAgent(master);
    private final FakeAgent busy = new FakeAgent(master);
    private final FakeAgent gone = new FakeAgent(master);
    private final Scheduler picky = new Scheduler(master, MediaType.JSON);
    private final Scheduler plain = new Scheduler(master, MediaType.JSON);

    @BeforeEach
    void clusterWithQuotaWeightsSuppressionAFilterAndAnOutstandingOffer() throws Exception {
        assertTrue(master.master.installAllocator("old", old, () -> journal.add("old released"))
                .get(5, TimeUnit.SECONDS));
        picky.subscribe(FrameworkInfo.newBuilder().setUser("test").setName("picky").addRoles("web").addRoles("db")
                .addCapabilities(FrameworkInfo.Capability.newBuilder()
                        .setType(FrameworkInfo.Capability.Type.MULTI_ROLE))
                .build());
        assertEquals(202, picky.call(Call.newBuilder().setType(Call.Type.SUPPRESS)
                .setSuppress(Call.Suppress.newBuilder().addRoles("db"))).statusCode());
        old.awaitCall("suppressOffers " + picky.frameworkId.getValue());
        capable.register(FakeAgent.info("capable", "cpus:2;mem:1024"));
        capable.reregister(AgentCall.Reregister.newBuilder().setVersion("test")
                .setAgentInfo(FakeAgent.info("capable", "cpus:2;mem:1024").toBuilder().setId(capable.agentId))
                .addAllCapabilities(capabilities(AgentInfo.Capability.Type.MULTI_ROLE,
                        AgentInfo.Capability.Type.HIERARCHICAL_ROLE)));

        plain.subscribe(Scheduler.info("plain"));
        Offer refused = plain.awaitOffer();
        assertEquals(capable.agentId, refused.getAgentId());
        assertEquals(202, plain.decline(refused.getId(), 3600).statusCode()); // the old allocator keeps it unoffered
        busy.register(FakeAgent.info("busy", "cpus:1;mem:256"));
        assertEquals(busy.agentId, plain.awaitOffer().getAgentId()); // held through the swap
        gone.register(FakeAgent.info("gone", "cpus:1;mem:128"));
        assertEquals(gone.agentId, plain.awaitOffer().getAgentId());
        gone.close();
        old.awaitCall("deactivateAgent " + gone.agentId.getValue());

        master.operatorOk("{\"type\":\"UPDATE_QUOTA\",\"update_quota\":{\"quota_configs\":[{\"role\":\"db\","
                + "\"guarantees\":{\"cpus\":{\"value\":1}},\"limits\":{\"cpus\":{\"value\":2}}}]}}");
        master.operatorOk("{\"type\":\"UPDATE_WEIGHTS\",\"update_weights\":{\"weight_infos\":"
                + "[{\"role\":\"db\",\"weight\":2.5},{\"role\":\"web\",\"weight\":1.5}]}}");
    }

    @AfterEach
    void close() {
        picky.close();
        plain.close();
        capable.close();
        busy.close();
        master.close();
    }

    @Test
    void theNewAllocatorIsPausedWhileSeededWithQuotaAndWeightsFirstAndOffersOnlyOnceResumed() throws Exception {
        List<String> handover = swap();
        assertEquals(List.of("old pause", "new initialize", "new pause", "new updateQuota", "new updateWeights",
                "new addFramework", "new addFramework", "new addAgent", "new addAgent", "new addAgent",
                "new deactivateAgent", "new resume", "new offers", "old released"), kinds(handover),
                handover::toString);
        assertEquals("new offers " + plain.frameworkId.getValue() + " " + capable.agentId.getValue(), handover.get(12),
                "refusal filters are soft state: the agent the old allocator kept from 'plain' is offered to it");
        assertEquals(capable.agentId, plain.awaitOffer().getAgentId(),
                "the new allocator's offer reaches the framework");
    }

    @Test
    void quotaWeightsSuppressedRolesHeldOffersAndCapabilitiesAreSeededAsTheMasterKnowsThem() throws Exception {
        List<String> handover = swap();
        assertEquals("new updateQuota db guarantees={cpus=1.0} limits={cpus=2.0}", find(handover, "new updateQuota"));
        String weights = find(handover, "new updateWeights");
        assertTrue(weights.contains("db=2.5") && weights.contains("web=1.5"), weights);
        String pickyAdded = find(handover, "new addFramework " + picky.frameworkId.getValue());
        assertTrue(pickyAdded.endsWith(" used={} active=true suppressed=[db]"), pickyAdded);
        String plainAdded = find(handover, "new addFramework " + plain.frameworkId.getValue());
        assertTrue(plainAdded.contains(busy.agentId.getValue()) && plainAdded.endsWith(" suppressed=[]"),
                "the outstanding offer on 'busy' counts as held: " + plainAdded);
        assertTrue(find(handover, "new addAgent " + capable.agentId.getValue())
                .endsWith(" used={} capabilities=[MULTI_ROLE, HIERARCHICAL_ROLE]"), handover::toString);
        String busyAdded = find(handover, "new addAgent " + busy.agentId.getValue());
        assertTrue(busyAdded.contains(plain.frameworkId.getValue()) && busyAdded.endsWith(" capabilities=[]"),
                busyAdded);
        assertEquals("new deactivateAgent " + gone.agentId.getValue(), find(handover, "new deactivateAgent"));
    }

    @Test
    void anAllocatorWhoseSeedThrowsIsGivenBackBeforeTheOldOneResumes() throws Exception {
        int from = journal.size();
        Allocator refusing = DelegatingAllocator.of(new FakeAllocator("new", journal), "updateQuota", args -> {
            throw new IllegalArgumentException("no quota for role '" + args[0] + "'");
        });
        Handover handover = master.master.swapAllocator("new", refusing, () -> journal.add("new released"))
                .get(5, TimeUnit.SECONDS);
        assertEquals("no quota for role 'db'", handover.failure());
        assertEquals(List.of("old pause", "new initialize", "new pause", "new released", "old resume"),
                journal.subList(from, journal.size()));
        assertTrue(master.get("/state").body().contains("\"allocator_in_use\":\"old\""));
    }

    /** Swaps in a fresh fake and returns the journal from the old one's pause on. */
    private List<String> swap() throws Exception {
        int from = journal.size();
        FakeAllocator next = new FakeAllocator("new", journal);
        Handover handover = master.master.swapAllocator("new", next, () -> journal.add("new released"))
                .get(5, TimeUnit.SECONDS);
        assertTrue(handover.installed(), handover::toString);
        return new ArrayList<>(journal.subList(from, journal.size()));
    }

    /** "label method" of each entry. */
    private static List<String> kinds(List<String> journal) {
        return journal.stream().map(entry -> String.join(" ", Arrays.asList(entry.split(" ")).subList(0, 2)))
                .toList();
    }

    private static String find(List<String> journal, String prefix) {
        return journal.stream().filter(entry -> entry.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' in " + journal));
    }

    private static List<AgentInfo.Capability> capabilities(AgentInfo.Capability.Type... types) {
        return Arrays.stream(types).map(type -> AgentInfo.Capability.newBuilder().setType(type).build()).toList();
    }
}
