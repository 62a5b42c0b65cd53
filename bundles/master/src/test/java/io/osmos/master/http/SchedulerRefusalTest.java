package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a framework sees when its request is wrong: the status and the reason, as Mesos words it. */
class SchedulerRefusalTest {
    private static final String PATH = "/api/v1/scheduler";
    private final TestMaster master = new TestMaster();
    private final Scheduler scheduler = new Scheduler(master, MediaType.JSON);

    @BeforeEach
    void subscribe() {
        scheduler.subscribe(Scheduler.info("refused"));
    }

    @AfterEach
    void close() {
        scheduler.close();
        master.close();
    }

    @Test
    void aCallWithoutTheStreamIdIsForbidden() {
        HttpResponse<byte[]> response = post(revive(), "Content-Type", "application/json");
        assertEquals(403, response.statusCode());
        assertEquals("All non-subscribe calls should include the 'Mesos-Stream-Id' header", text(response));
    }

    @Test
    void aCallOnAnotherStreamIdIsForbidden() {
        HttpResponse<byte[]> response = post(revive(), "Content-Type", "application/json", "Mesos-Stream-Id", "bogus");
        assertEquals(403, response.statusCode());
        assertEquals("The stream ID 'bogus' included in this request didn't match the stream ID currently"
                + " associated with framework ID " + scheduler.frameworkId.getValue(), text(response));
    }

    @Test
    void aCallOfAnUnknownFrameworkIsForbidden() {
        HttpResponse<byte[]> response = post("{\"type\":\"REVIVE\",\"framework_id\":{\"value\":\"nobody\"}}",
                "Content-Type", "application/json", "Mesos-Stream-Id", scheduler.streamId);
        assertEquals(403, response.statusCode());
        assertEquals("Framework nobody cannot be found", text(response));
    }

    @Test
    void aCallOfADisconnectedFrameworkIsForbidden() {
        FrameworkInfo info = Scheduler.info("lingering").toBuilder().setFailoverTimeout(3600).build();
        Scheduler other = new Scheduler(master, MediaType.JSON);
        other.subscribe(info);
        other.close();
        master.allocator.awaitCall("deactivateFramework " + other.frameworkId.getValue());
        HttpResponse<byte[]> response = other.call(Call.newBuilder().setType(Call.Type.REVIVE));
        assertEquals(403, response.statusCode());
        assertEquals("Framework " + other.frameworkId.getValue() + " is not subscribed", text(response));
    }

    @Test
    void malformedJsonIsABadRequestNamingTheParseError() {
        HttpResponse<byte[]> response = post("{\"type\": \"SUBSCRIBE\", ", "Content-Type", "application/json");
        assertEquals(400, response.statusCode());
        assertTrue(text(response).startsWith("Failed to parse body into Call: "), text(response));
    }

    @Test
    void aCallMissingItsBodyIsABadRequest() {
        HttpResponse<byte[]> response = post("{\"type\":\"DECLINE\",\"framework_id\":{\"value\":\"x\"}}",
                "Content-Type", "application/json");
        assertEquals(400, response.statusCode());
        assertEquals("Failed to validate scheduler::Call: Expecting 'decline' to be present", text(response));
    }

    @Test
    void anUnknownCallTypeIsABadRequest() {
        HttpResponse<byte[]> response = post("{\"type\":\"NO_SUCH_CALL\"}", "Content-Type", "application/json");
        assertEquals(400, response.statusCode());
        assertEquals("Failed to validate scheduler::Call: Expecting 'type' to be present", text(response));
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        assertEquals(415, post(revive(), "Content-Type", "text/plain").statusCode());
    }

    @Test
    void aGetIsNotAllowed() {
        HttpResponse<String> response = master.get(PATH);
        assertEquals(405, response.statusCode());
        assertEquals("Expecting 'POST', received 'GET'", response.body());
    }

    @Test
    void aSubscribeCarryingAStreamIdIsABadRequest() {
        String subscribe = "{\"type\":\"SUBSCRIBE\","
                + "\"subscribe\":{\"framework_info\":{\"user\":\"u\",\"name\":\"n\"}}}";
        HttpResponse<byte[]> response = post(subscribe, "Content-Type", "application/json", "Mesos-Stream-Id", "x");
        assertEquals(400, response.statusCode());
        assertEquals("Subscribe calls should not include the 'Mesos-Stream-Id' header", text(response));
    }

    @Test
    void anUnknownCallIsNotImplementedAsInMesos() {
        HttpResponse<byte[]> response = scheduler.call(Call.newBuilder().setType(Call.Type.UNKNOWN));
        assertEquals(501, response.statusCode());
        assertEquals("Received an UNKNOWN call; it is not supported by this master", text(response));
    }

    @Test
    void anUpdateOfAnotherFrameworksInfoIsABadRequest() {
        HttpResponse<byte[]> response = scheduler.call(Call.newBuilder().setType(Call.Type.UPDATE_FRAMEWORK)
                .setUpdateFramework(Call.UpdateFramework.newBuilder().setFrameworkInfo(Scheduler.info("x"))));
        assertEquals(400, response.statusCode());
        assertEquals("Failed to validate scheduler::Call: 'framework_id' differs from"
                + " 'update_framework.framework_info.id'", text(response));
    }

    @Test
    void aRequestIsAcceptedAndIgnoredAsMesosDoes() {
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.REQUEST)
                .setRequest(Call.Request.getDefaultInstance())).statusCode());
    }

    @Test
    void reviveOfARoleTheFrameworkIsNotInIsABadRequest() {
        HttpResponse<byte[]> response = scheduler.call(Call.newBuilder().setType(Call.Type.REVIVE)
                .setRevive(Call.Revive.newBuilder().addRoles("web")));
        assertEquals(400, response.statusCode());
        assertTrue(text(response).startsWith("REVIVE names role 'web', which framework"), text(response));
    }

    @Test
    void aSubscriptionWithAnInvalidRoleGetsAnErrorEventAndTheStreamEnds() {
        Scheduler bad = new Scheduler(master, MediaType.JSON);
        FrameworkInfo info = Scheduler.info("bad").toBuilder().setRole("-web").build();
        HttpResponse<InputStream> response = bad.open(Call.newBuilder().setType(Call.Type.SUBSCRIBE)
                .setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(info)).build());
        assertEquals(200, response.statusCode());
        String body = new String(readAll(response), StandardCharsets.UTF_8);
        assertTrue(body.contains("\"type\":\"ERROR\"") && body.contains("'FrameworkInfo.role' is not a valid role: Role component '-web' is invalid"
                + " because it starts with a dash"), body);
    }

    private static byte[] readAll(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return in.readAllBytes(); // returns once the master ends the stream
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String revive() {
        return "{\"type\":\"REVIVE\",\"framework_id\":{\"value\":\"" + scheduler.frameworkId.getValue() + "\"}}";
    }

    private HttpResponse<byte[]> post(String body, String... headers) {
        return master.post(PATH, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
