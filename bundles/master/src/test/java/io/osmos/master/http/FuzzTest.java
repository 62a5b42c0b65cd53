package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Message;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Fuzz;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.internal.http.ServerSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Random, mutated and oversized bodies for the scheduler and operator endpoints, from a fixed seed:
 * no answer may be a server error (only the deliberate 501 of what this master does not do), every
 * refusal must say why, and afterwards the master still answers, still offers, and a framework and
 * task the fuzzing never addressed are exactly as before.
 */
class FuzzTest {
    private static final long SEED = 20261121L;
    private static final int REQUESTS = 2000;
    private static final int BODY_LIMIT = 256 * 1024;

    private final TestMaster master = new TestMaster(MasterSettings.defaults(),
            ServerSettings.loopback().withMaxBodyBytes(BODY_LIMIT));
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable each : closing) {
            each.close();
        }
        master.close();
    }

    @Test
    void badInputNeverBreaksTheMaster() {
        FakeAgent agent = closeLater(new FakeAgent(master));
        agent.register(FakeAgent.info("agent-1", "cpus:4;mem:1024"));
        Scheduler witness = closeLater(new Scheduler(master, MediaType.PROTOBUF));
        witness.subscribe(Scheduler.info("witness"));
        witness.accept(witness.awaitOffer().getId(), Scheduler.task("kept", agent.agentId, "cpus:1;mem:64"));
        agent.await(AgentEvent.Type.RUN_TASK);
        Scheduler victim = closeLater(new Scheduler(master, MediaType.JSON));
        FrameworkInfo victimInfo = Scheduler.info("victim").toBuilder().setFailoverTimeout(60).build();
        victim.subscribe(victimInfo);
        Response.GetState before = state();

        Fuzz fuzz = new Fuzz(SEED);
        List<Message> scheduler = FuzzTemplates.scheduler(victim.frameworkId,
                victimInfo.toBuilder().setId(victim.frameworkId).build());
        List<Message> operator = FuzzTemplates.operator();
        for (int i = 0; i < REQUESTS; i++) {
            boolean toScheduler = fuzz.random().nextBoolean();
            List<Message> templates = toScheduler ? scheduler : operator;
            Message template = templates.get(fuzz.random().nextInt(templates.size()));
            send(fuzz, toScheduler ? "/api/v1/scheduler" : "/api/v1", template, victim.streamId, i);
        }
        oversizedAndDeep();

        assertEquals(200, master.operator("{\"type\":\"GET_HEALTH\"}").statusCode());
        Response.GetState after = state();
        assertEquals(witnessTasks(before), witnessTasks(after), "the witness's task is unchanged");
        assertEquals(witness(before), witness(after), "the witness framework is unchanged");
        assertEquals(before.getGetAgents().getAgents(0).getAgentInfo(), after.getGetAgents().getAgents(0).getAgentInfo());
        assertEquals(before.getGetAgents().getAgents(0).getTotalResourcesList(),
                after.getGetAgents().getAgents(0).getTotalResourcesList());

        witness.call(io.osmos.protocol.v1.scheduler.Protos.Call.newBuilder()
                .setType(io.osmos.protocol.v1.scheduler.Protos.Call.Type.SUPPRESS));
        master.operator("{\"type\":\"TEARDOWN\",\"teardown\":{\"framework_id\":{\"value\":\""
                + victim.frameworkId.getValue() + "\"}}}");
        Scheduler fresh = closeLater(new Scheduler(master, MediaType.JSON));
        fresh.subscribe(Scheduler.info("fresh"));
        FakeAgent second = closeLater(new FakeAgent(master));
        second.register(FakeAgent.info("agent-2", "cpus:1;mem:64"));
        assertEquals(fresh.frameworkId, fresh.awaitOffer().getFrameworkId(), "a fresh framework still gets offers");
    }

    private void send(Fuzz fuzz, String path, Message template, String streamId, int round) {
        Random random = fuzz.random();
        boolean json = random.nextBoolean();
        byte[] body = switch (random.nextInt(5)) {
            case 0 -> json ? Fuzz.utf8(fuzz.mutate(Codec.toJson(template))) : fuzz.mutate(template.toByteArray());
            case 1 -> encode(fuzz.scramble(template), json);
            case 2 -> json ? Fuzz.utf8(fuzz.noise(random.nextInt(200))) : fuzz.bytes(random.nextInt(200));
            case 3 -> fuzz.mutate(encode(fuzz.scramble(template), json));
            default -> Codec.encode(template, json ? MediaType.JSON : MediaType.PROTOBUF);
        };
        String type = switch (random.nextInt(8)) {
            case 0 -> "text/plain";
            case 1 -> json ? MediaType.PROTOBUF.contentType() : MediaType.JSON.contentType();
            default -> json ? MediaType.JSON.contentType() : MediaType.PROTOBUF.contentType();
        };
        String stream = random.nextInt(4) == 0 ? "bogus-" + round : streamId;
        check(master.exchange(path, body, "Content-Type", type, "Mesos-Stream-Id", stream), path, body);
    }

    // Some scrambled values (an out-of-range Duration) have no JSON form: such a call goes as protobuf.
    private static byte[] encode(Message message, boolean json) {
        if (json) {
            try {
                return Codec.encode(message, MediaType.JSON);
            } catch (IllegalArgumentException noJsonForm) {
                return message.toByteArray();
            }
        }
        return message.toByteArray();
    }

    private void oversizedAndDeep() {
        check(master.exchange("/api/v1", new byte[BODY_LIMIT + 1], "Content-Type", "application/json"), "/api/v1",
                new byte[0]);
        assertEquals(413, master.exchange("/api/v1/scheduler", new byte[BODY_LIMIT + 1], "Content-Type",
                "application/json").status());
        for (String deep : List.of("[".repeat(100_000), "{\"type\":\"GET_STATE\",\"a\":" + "{\"b\":".repeat(50_000))) {
            check(master.exchange("/api/v1", Fuzz.utf8(deep), "Content-Type", "application/json"), "/api/v1",
                    Fuzz.utf8(deep.substring(0, 40)));
            check(master.exchange("/api/v1/scheduler", Fuzz.utf8(deep), "Content-Type", "application/json"),
                    "/api/v1/scheduler", Fuzz.utf8(deep.substring(0, 40)));
        }
        byte[] nested = new byte[200_000];
        for (int i = 0; i < nested.length; i += 2) {
            nested[i] = 0x1a; // field 3, length-delimited, over and over: nesting deeper than protobuf allows
            nested[i + 1] = (byte) 0x7f;
        }
        check(master.exchange("/api/v1", nested, "Content-Type", MediaType.PROTOBUF.contentType()), "/api/v1", nested);
    }

    private static void check(TestMaster.Answer answer, String path, byte[] body) {
        String request = path + " " + new String(body, 0, Math.min(body.length, 300),
                java.nio.charset.StandardCharsets.UTF_8);
        boolean deliberate = answer.status() == 501 && (answer.body().contains("not supported by this master")
                || answer.body().contains("Received an UNKNOWN call"));
        assertTrue(answer.status() < 500 || deliberate, "server error " + answer.status() + " " + answer.body()
                + " for " + request);
        if (answer.status() >= 400) {
            assertFalse(answer.body().isBlank(), "a refusal without a reason (" + answer.status() + ") for " + request);
        }
    }

    private Response.GetState state() {
        try {
            return Response.parseFrom(master.post("/api/v1", Codec.encode(Call.newBuilder().setType(Call.Type.GET_STATE)
                    .build(), MediaType.PROTOBUF), "Content-Type", MediaType.PROTOBUF.contentType(), "Accept",
                    MediaType.PROTOBUF.contentType()).body()).getGetState();
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static List<?> witnessTasks(Response.GetState state) {
        return state.getGetTasks().getTasksList().stream().filter(t -> t.getTaskId().getValue().equals("kept")).toList();
    }

    private static List<?> witness(Response.GetState state) {
        return state.getGetFrameworks().getFrameworksList().stream()
                .filter(f -> f.getFrameworkInfo().getName().equals("witness"))
                .map(f -> List.of(f.getFrameworkInfo(), f.getActive(), f.getConnected())).toList();
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        closing.add(closeable);
        return closeable;
    }
}
