package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failover, UPDATE_FRAMEWORK, and the calls a framework makes to its executors (MESSAGE, SHUTDOWN). */
class FrameworkLifecycleTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);
    private final FrameworkInfo info = Scheduler.info("lives").toBuilder().setFailoverTimeout(3600)
            .addRoles("web").addRoles("db").addCapabilities(FrameworkInfo.Capability.newBuilder()
                    .setType(FrameworkInfo.Capability.Type.MULTI_ROLE)).build();

    @BeforeEach
    void subscribe() {
        scheduler.subscribe(info);
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:512"));
    }

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void aFailoverKeepsTheTasksAndEndsTheOldStreamWithAnError() {
        Offer offer = scheduler.awaitOffer();
        assertEquals("web", offer.getAllocationInfo().getRole());
        scheduler.accept(offer.getId(), Scheduler.task("t1", agent.agentId, "cpus:1"));
        agent.await(AgentEvent.Type.RUN_TASK);
        Scheduler successor = new Scheduler(master, MediaType.PROTOBUF);
        try {
            successor.subscribe(info.toBuilder().setId(scheduler.frameworkId).build());
            assertEquals(scheduler.frameworkId, successor.frameworkId);
            assertEquals("Framework failed over", scheduler.await(Event.Type.ERROR).getError().getMessage());
            assertTrue(scheduler.events.awaitEnd());
            assertTrue(master.operatorOk("{\"type\":\"GET_TASKS\"}").contains("\"value\":\"t1\""));
            HttpResponse<byte[]> stale = scheduler.call(Call.newBuilder().setType(Call.Type.REVIVE));
            assertEquals(403, stale.statusCode());
            Scheduler impostor = new Scheduler(master, MediaType.JSON);
            String refusal = new String(readAll(impostor.open(Call.newBuilder().setType(Call.Type.SUBSCRIBE)
                    .setFrameworkId(scheduler.frameworkId).setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(
                            info.toBuilder().setId(scheduler.frameworkId).setUser("mallory"))).build()).body()),
                    StandardCharsets.UTF_8);
            assertTrue(refusal.contains("Updating 'FrameworkInfo.user' is unsupported; attempted to update from"
                    + " 'test' to 'mallory'"), refusal);
        } finally {
            successor.close();
        }
    }

    @Test
    void updateFrameworkChangesRolesAndRescindsOffersOfRolesLeft() {
        Offer offer = scheduler.awaitOffer();
        assertEquals("web", offer.getAllocationInfo().getRole());
        FrameworkInfo renamed = info.toBuilder().setId(scheduler.frameworkId).setName("renamed").clearRoles()
                .addRoles("db").build();
        HttpResponse<byte[]> update = scheduler.call(Call.newBuilder().setType(Call.Type.UPDATE_FRAMEWORK)
                .setUpdateFramework(Call.UpdateFramework.newBuilder().setFrameworkInfo(renamed)));
        assertEquals(200, update.statusCode(), text(update));
        assertEquals(offer.getId(), scheduler.await(Event.Type.RESCIND).getRescind().getOfferId());
        master.allocator.awaitCall("updateFramework " + scheduler.frameworkId.getValue() + " renamed");
        assertTrue(master.operatorOk("{\"type\":\"GET_FRAMEWORKS\"}").contains("\"name\":\"renamed\""));

        HttpResponse<byte[]> user = scheduler.call(Call.newBuilder().setType(Call.Type.UPDATE_FRAMEWORK)
                .setUpdateFramework(Call.UpdateFramework.newBuilder().setFrameworkInfo(renamed.toBuilder()
                        .setUser("root"))));
        assertEquals(400, user.statusCode());
        assertEquals("FrameworkInfo update is not valid: Updating 'FrameworkInfo.user' is unsupported; attempted to"
                + " update from 'test' to 'root'", text(user));
        HttpResponse<byte[]> suppressed = scheduler.call(Call.newBuilder().setType(Call.Type.UPDATE_FRAMEWORK)
                .setUpdateFramework(Call.UpdateFramework.newBuilder().setFrameworkInfo(renamed)
                        .addSuppressedRoles("web")));
        assertEquals(400, suppressed.statusCode());
        assertEquals("'UpdateFramework' call is not valid: Suppressed roles { web } are not contained in the set of"
                + " roles", text(suppressed));
        HttpResponse<byte[]> invalid = scheduler.call(Call.newBuilder().setType(Call.Type.UPDATE_FRAMEWORK)
                .setUpdateFramework(Call.UpdateFramework.newBuilder().setFrameworkInfo(renamed.toBuilder()
                        .addRoles("db"))));
        assertEquals("Supplied FrameworkInfo is not valid: 'FrameworkInfo.roles' contains duplicate items: { db }",
                text(invalid));
    }

    @Test
    void messagesAndShutdownsReachTheExecutorsAgent() {
        ExecutorID executor = ExecutorID.newBuilder().setValue("e1").build();
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.MESSAGE).setMessage(Call.Message
                .newBuilder().setAgentId(agent.agentId).setExecutorId(executor)
                .setData(ByteString.copyFromUtf8("hello")))).statusCode());
        AgentEvent.FrameworkMessage message = agent.await(AgentEvent.Type.FRAMEWORK_MESSAGE).getFrameworkMessage();
        assertEquals("hello", message.getData().toStringUtf8());
        assertEquals(executor, message.getExecutorId());
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.SHUTDOWN).setShutdown(Call.Shutdown
                .newBuilder().setAgentId(agent.agentId).setExecutorId(executor))).statusCode());
        assertEquals(executor, agent.await(AgentEvent.Type.SHUTDOWN_EXECUTOR).getShutdownExecutor().getExecutorId());
        for (Call.Type type : new Call.Type[] {Call.Type.ACCEPT_INVERSE_OFFERS, Call.Type.DECLINE_INVERSE_OFFERS}) {
            Call.Builder call = Call.newBuilder().setType(type);
            if (type == Call.Type.ACCEPT_INVERSE_OFFERS) {
                call.setAcceptInverseOffers(Call.AcceptInverseOffers.getDefaultInstance());
            } else {
                call.setDeclineInverseOffers(Call.DeclineInverseOffers.getDefaultInstance());
            }
            assertEquals(202, scheduler.call(call).statusCode(), type.name());
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
