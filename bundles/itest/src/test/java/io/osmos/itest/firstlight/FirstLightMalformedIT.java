package io.osmos.itest.firstlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.osmos.protocol.v1.Protos.FrameworkID;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a framework author sees when a call is wrong: a status code and a message saying why. */
class FirstLightMalformedIT {
  private static final String JSON = "application/json";
  private static final String PROTOBUF = "application/x-protobuf";

  @RegisterExtension
  static final LocalOsmos OSMOS = new LocalOsmos();

  @Test
  void invalidJsonIsBadRequestWithAMessage() {
    byte[] truncated = "{\"type\": \"SUBSCRIBE\", \"subscribe\": {\"framework_info\": "
        .getBytes(StandardCharsets.UTF_8);
    assertRefused(400, "a truncated JSON body", http().post(truncated, JSON, Optional.empty()));
  }

  @Test
  void invalidProtobufIsBadRequestWithAMessage() {
    byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01, 0x02};
    assertRefused(400, "bytes that are no Call message", http().post(garbage, PROTOBUF, Optional.empty()));
  }

  @Test
  void callWithoutStreamIdIsForbidden() throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "no-stream-id")) {
      byte[] revive = framework.encoding().revive(framework.frameworkId());
      assertRefused(403, "REVIVE without Mesos-Stream-Id", framework.http().post(revive, JSON, Optional.empty()));
      framework.revive();
    }
  }

  @Test
  void callWithAnotherStreamIdIsForbidden() throws IOException {
    try (SchedulerClient framework = SchedulerClient.subscribe(OSMOS.port(), new JsonEncoding(), "wrong-stream-id")) {
      byte[] revive = framework.encoding().revive(framework.frameworkId());
      String wrong = UUID.randomUUID().toString();
      assertFalse(wrong.equals(framework.streamId()));
      assertRefused(403, "REVIVE with someone else's Mesos-Stream-Id",
          framework.http().post(revive, JSON, Optional.of(wrong)));
      framework.revive();
    }
  }

  @Test
  void callFromAFrameworkThatIsNotSubscribedIsForbidden() {
    FrameworkID nobody = FrameworkID.newBuilder().setValue("never-subscribed-" + UUID.randomUUID()).build();
    byte[] revive = new JsonEncoding().revive(nobody);
    assertRefused(403, "REVIVE for a framework that never subscribed",
        http().post(revive, JSON, Optional.of(UUID.randomUUID().toString())));
  }

  @Test
  void unsupportedContentTypeIsUnsupportedMediaType() {
    byte[] subscribe = new JsonEncoding().subscribe("root", "plain-text");
    assertRefused(415, "SUBSCRIBE sent as text/plain", http().post(subscribe, "text/plain", Optional.empty()));
  }

  private static SchedulerHttp http() {
    return new SchedulerHttp(OSMOS.port());
  }

  private static void assertRefused(int status, String what, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), what + " answered " + response.statusCode()
        + " with body: " + response.body());
    assertFalse(response.body().isBlank(), what + " answered " + status + " without a message saying why");
  }
}
