package io.osmos.master.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.support.Await;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent's capabilities reach the allocator when it registers and when it reregisters with others. */
class AgentCapabilitiesTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);

    @AfterEach
    void close() {
        agent.close();
        master.close();
    }

    @Test
    void anAgentRegisteringTellsTheAllocatorItsCapabilities() throws Exception {
        AgentCall register = AgentCall.newBuilder().setType(AgentCall.Type.REGISTER).setRegister(
                AgentCall.Register.newBuilder().setAgentInfo(FakeAgent.info("capable", "cpus:2;mem:1024"))
                        .setVersion("test").addAllCapabilities(capabilities(AgentInfo.Capability.Type.MULTI_ROLE,
                                AgentInfo.Capability.Type.HIERARCHICAL_ROLE,
                                AgentInfo.Capability.Type.RESERVATION_REFINEMENT))).build();
        HttpResponse<InputStream> stream = master.open("/api/v1/agent", Codec.encode(register, MediaType.PROTOBUF),
                "Content-Type", MediaType.PROTOBUF.contentType(), "Accept", MediaType.PROTOBUF.contentType());
        try (InputStream events = stream.body()) {
            assertEquals(200, stream.statusCode());
            String added = master.allocator.awaitCall("addAgent ");
            assertTrue(added.endsWith(" used={} capabilities=[MULTI_ROLE, HIERARCHICAL_ROLE, RESERVATION_REFINEMENT]"),
                    added);
        }
    }

    @Test
    void anAgentReregisteringWithOtherCapabilitiesIsAddedAgainWithThem() {
        AgentInfo info = FakeAgent.info("changing", "cpus:2;mem:1024");
        agent.register(info);
        String first = master.allocator.awaitCall("addAgent " + agent.agentId.getValue());
        assertTrue(first.endsWith(" capabilities=[]"), first);
        agent.reregister(AgentCall.Reregister.newBuilder().setAgentInfo(info.toBuilder().setId(agent.agentId))
                .setVersion("test").addAllCapabilities(capabilities(AgentInfo.Capability.Type.MULTI_ROLE)));
        List<String> added = Await.until("the agent added again", () -> master.allocator.calls.stream()
                .filter(c -> c.startsWith("addAgent ")).toList(), calls -> calls.size() == 2);
        assertTrue(added.get(1).endsWith(" capabilities=[MULTI_ROLE]"), added.get(1));
    }

    private static List<AgentInfo.Capability> capabilities(AgentInfo.Capability.Type... types) {
        return Arrays.stream(types).map(type -> AgentInfo.Capability.newBuilder().setType(type).build()).toList();
    }
}
