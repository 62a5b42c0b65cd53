package io.osmos.agent.testing;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A framework written against the raw Mesos v1 scheduler HTTP API in protobuf: it subscribes (or
 * fails over to its id), reads the RecordIO event stream as it arrives, launches, acknowledges and
 * kills. What it acknowledges is up to the test.
 */
public final class RawFramework implements AutoCloseable {
    private static final String PROTOBUF = "application/x-protobuf";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final int port;
    private InputStream stream;
    private String streamId;
    private FrameworkID id;

    /** @param port the master's */
    public RawFramework(int port) {
        this.port = port;
    }

    /** SUBSCRIBE, with the id it had or the one given (a failover); waits for SUBSCRIBED. */
    public FrameworkID subscribe(FrameworkInfo info) throws Exception {
        FrameworkInfo subscribing = id == null ? info : info.toBuilder().setId(id).build();
        Call.Builder call = Call.newBuilder().setType(Call.Type.SUBSCRIBE)
                .setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(subscribing));
        if (subscribing.hasId()) {
            call.setFrameworkId(subscribing.getId());
        }
        HttpResponse<InputStream> response = client.send(request(call.build()), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("SUBSCRIBE answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        streamId = response.headers().firstValue("Mesos-Stream-Id").orElseThrow();
        stream = response.body();
        InputStream reading = stream;
        Thread reader = new Thread(() -> read(reading), "raw-framework-events");
        reader.setDaemon(true);
        reader.start();
        id = await("SUBSCRIBED", e -> e.getType() == Event.Type.SUBSCRIBED).getSubscribed().getFrameworkId();
        return id;
    }

    /** The next event that matches, the others before it dropped; fails after 30 s. */
    public Event await(String what, Predicate<Event> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError("No " + what + " within 30 s");
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** The next UPDATE's status; offers and heartbeats meanwhile are dropped. */
    public TaskStatus nextUpdate() throws InterruptedException {
        return await("UPDATE", e -> e.getType() == Event.Type.UPDATE).getUpdate().getStatus();
    }

    public Offer awaitOffer() throws InterruptedException {
        return await("OFFERS", e -> e.getType() == Event.Type.OFFERS).getOffers().getOffers(0);
    }

    public void launch(Offer offer, List<TaskInfo> tasks) throws Exception {
        Call.Accept.Builder accept = Call.Accept.newBuilder().addOfferIds(offer.getId())
                .setFilters(Filters.newBuilder().setRefuseSeconds(3600))
                .addOperations(Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH)
                        .setLaunch(Offer.Operation.Launch.newBuilder().addAllTaskInfos(tasks)));
        call(Call.newBuilder().setType(Call.Type.ACCEPT).setAccept(accept));
    }

    public void acknowledge(TaskStatus status) throws Exception {
        call(Call.newBuilder().setType(Call.Type.ACKNOWLEDGE).setAcknowledge(Call.Acknowledge.newBuilder()
                .setAgentId(status.getAgentId()).setTaskId(status.getTaskId()).setUuid(status.getUuid())));
    }

    public void kill(TaskID task, AgentID agent) throws Exception {
        call(Call.newBuilder().setType(Call.Type.KILL).setKill(Call.Kill.newBuilder().setTaskId(task)
                .setAgentId(agent)));
    }

    /** Drops the event stream, as a framework whose master went away sees it. */
    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }

    private void call(Call.Builder call) throws Exception {
        HttpResponse<byte[]> response = client.send(request(call.setFrameworkId(id).build()),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 202) {
            throw new AssertionError(call.getType() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/scheduler")).header("Content-Type", PROTOBUF).header("Accept", PROTOBUF)
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.toByteArray()));
        if (call.getType() != Call.Type.SUBSCRIBE) {
            request.header("Mesos-Stream-Id", streamId).timeout(Duration.ofSeconds(10));
        }
        return request.build();
    }

    // RecordIO: the record's length in decimal, a newline, then the record.
    private void read(InputStream in) {
        try (in) {
            while (true) {
                ByteArrayOutputStream length = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != '\n') {
                    if (b < 0) {
                        return;
                    }
                    length.write(b);
                }
                byte[] record = in.readNBytes(Integer.parseInt(length.toString().trim()));
                events.add(Event.parseFrom(record));
            }
        } catch (IOException | RuntimeException e) {
            // the stream broke: the master went away or the test closed it
        }
    }
}
