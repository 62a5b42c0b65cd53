package io.osmos.itest.firstlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * A small framework scheduler written against the raw v1 scheduler API: it subscribes, keeps the
 * Mesos-Stream-Id, reads the event stream as it arrives and sends calls carrying that id.
 */
final class SchedulerClient implements AutoCloseable {
  static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

  private final SchedulerHttp http;
  private final Encoding encoding;
  private final HttpResponse<InputStream> stream;
  private final String streamId;
  private final EventMailbox mailbox;
  private final Event.Subscribed subscribed;

  private SchedulerClient(SchedulerHttp http, Encoding encoding, HttpResponse<InputStream> stream,
      String streamId, EventMailbox mailbox, Event.Subscribed subscribed) {
    this.http = http;
    this.encoding = encoding;
    this.stream = stream;
    this.streamId = streamId;
    this.mailbox = mailbox;
    this.subscribed = subscribed;
  }

  /** SUBSCRIBE as {@code name} with roles ["*"]; returns once SUBSCRIBED has arrived. */
  static SchedulerClient subscribe(int port, Encoding encoding, String name) throws IOException {
    SchedulerHttp http = new SchedulerHttp(port);
    byte[] call = encoding.subscribe(System.getProperty("user.name", "root"), name);
    HttpResponse<InputStream> stream = http.subscribe(call, encoding.mediaType(), encoding.mediaType());
    if (stream.statusCode() != 200) {
      String body;
      try (InputStream in = stream.body()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      throw new AssertionError("SUBSCRIBE answered " + stream.statusCode() + " (expected 200): " + body);
    }
    String contentType = stream.headers().firstValue("Content-Type").orElse("(none)");
    assertTrue(contentType.startsWith(encoding.mediaType()),
        "the stream is encoded as the Accept header asked (" + encoding.mediaType() + "), got " + contentType);
    String streamId = stream.headers().firstValue(SchedulerHttp.STREAM_ID).orElse("");
    assertTrue(!streamId.isBlank(), "SUBSCRIBE answered without a " + SchedulerHttp.STREAM_ID + " header");
    EventMailbox mailbox = new EventMailbox();
    EventReader.start(name, stream.body(), encoding, mailbox);
    Event first = mailbox.await("first event on the stream", EVENT_TIMEOUT, event -> true);
    assertEquals(Event.Type.SUBSCRIBED, first.getType(), "the first event of a subscription: " + first);
    return new SchedulerClient(http, encoding, stream, streamId, mailbox, first.getSubscribed());
  }

  Event.Subscribed subscribed() {
    return subscribed;
  }

  FrameworkID frameworkId() {
    return subscribed.getFrameworkId();
  }

  String streamId() {
    return streamId;
  }

  Encoding encoding() {
    return encoding;
  }

  SchedulerHttp http() {
    return http;
  }

  /** The next offer, failing after {@code timeout}; one agent means one offer per OFFERS event. */
  Offer awaitOffer(String what, Duration timeout) {
    return single(mailbox.await(what, timeout, SchedulerClient::isOffers));
  }

  /** An offer arriving within {@code window}, if any. */
  Optional<Offer> pollOffer(Duration window) {
    return mailbox.poll(window, SchedulerClient::isOffers).map(SchedulerClient::single);
  }

  /** The next UPDATE for {@code taskId} that matches {@code wanted}. */
  TaskStatus awaitUpdate(String what, String taskId, Duration timeout, Predicate<TaskStatus> wanted) {
    return mailbox.await(what, timeout, event -> event.getType() == Event.Type.UPDATE
        && event.getUpdate().getStatus().getTaskId().getValue().equals(taskId)
        && wanted.test(event.getUpdate().getStatus())).getUpdate().getStatus();
  }

  void launch(Offer offer, OptionalDouble refuseSeconds, TaskSpec... tasks) {
    send("ACCEPT", encoding.launch(frameworkId(), offer, List.of(tasks), refuseSeconds));
  }

  void decline(Offer offer, double refuseSeconds) {
    send("DECLINE", encoding.decline(frameworkId(), List.of(offer.getId()), refuseSeconds));
  }

  void revive() {
    send("REVIVE", encoding.revive(frameworkId()));
  }

  void kill(TaskID task, AgentID agent) {
    send("KILL", encoding.kill(frameworkId(), task, agent));
  }

  void acknowledge(TaskStatus status) {
    send("ACKNOWLEDGE of " + status.getState(), encoding.acknowledge(frameworkId(), status));
  }

  void reconcile() {
    send("RECONCILE", encoding.reconcile(frameworkId()));
  }

  /**
   * From now on every offer is declined for an hour, as a framework with nothing left to run does,
   * so another framework sharing the agent gets it.
   */
  void declineFurtherOffers() {
    mailbox.divert(SchedulerClient::isOffers, event -> http.postAsync(
        encoding.decline(frameworkId(), event.getOffers().getOffersList().stream()
            .map(Offer::getId).toList(), 3600), encoding.mediaType(), streamId));
  }

  /** Everything received on the stream, for failure messages. */
  String conversation() {
    return mailbox.conversation();
  }

  /** A call with this subscription's stream id, which must be answered 202 Accepted. */
  void send(String what, byte[] call) {
    HttpResponse<String> response = http.post(call, encoding.mediaType(), Optional.of(streamId));
    assertEquals(202, response.statusCode(), what + " answered " + response.statusCode()
        + " with body: " + response.body() + "\nevents so far:\n" + conversation());
  }

  /** TEARDOWN, so the next test finds the agent free, then drop the connection. */
  @Override
  public void close() {
    try {
      http.post(encoding.teardown(frameworkId()), encoding.mediaType(), Optional.of(streamId));
    } catch (RuntimeException alreadyGone) {
      // the master may be down already; there is nothing left to tear down then
    }
    try {
      stream.body().close();
    } catch (IOException ignored) {
      // the reader thread ends with the connection either way
    }
  }

  private static boolean isOffers(Event event) {
    return event.getType() == Event.Type.OFFERS;
  }

  private static Offer single(Event offers) {
    List<Offer> list = offers.getOffers().getOffersList();
    assertEquals(1, list.size(), "one agent, so one offer per OFFERS event: " + offers);
    return list.get(0);
  }
}
