package io.osmos.master;

import com.google.protobuf.InvalidProtocolBufferException;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One framework (v1 scheduler API in JSON) and agents (the master-agent protocol) talking to a
 * {@link ComponentRun}'s master over real HTTP.
 */
final class WirePeers implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ComponentRun run;
    private final List<RecordReader<?>> streams = new ArrayList<>();
    private RecordReader<Event> events;
    private String streamId;
    FrameworkID frameworkId;

    WirePeers(ComponentRun run) {
        this.run = run;
    }

    /** Registers an agent and waits for REGISTERED; returns its id. */
    AgentID registerAgent(String hostname, String resources) {
        AgentCall register = AgentCall.newBuilder().setType(AgentCall.Type.REGISTER).setRegister(AgentCall.Register
                .newBuilder().setVersion("test").setAgentInfo(AgentInfo.newBuilder().setHostname(hostname).setPort(5051)
                        .addAllResources(Resources.parse(resources).toProtos()))).build();
        HttpResponse<InputStream> answer = send(post("/api/v1/agent", Codec.encode(register, MediaType.PROTOBUF),
                MediaType.PROTOBUF), HttpResponse.BodyHandlers.ofInputStream());
        RecordReader<AgentEvent> agent = kept(new RecordReader<>(answer.body(), WirePeers::agentEvent, hostname));
        return agent.await("REGISTERED of " + hostname, e -> e.getType() == AgentEvent.Type.REGISTERED)
                .getRegistered().getAgentId();
    }

    /** Subscribes the framework and waits for SUBSCRIBED. */
    void subscribe(String name) {
        Call subscribe = Call.newBuilder().setType(Call.Type.SUBSCRIBE).setSubscribe(Call.Subscribe.newBuilder()
                .setFrameworkInfo(FrameworkInfo.newBuilder().setUser("test").setName(name))).build();
        HttpResponse<InputStream> answer = send(post("/api/v1/scheduler", Codec.encode(subscribe, MediaType.JSON),
                MediaType.JSON), HttpResponse.BodyHandlers.ofInputStream());
        streamId = answer.headers().firstValue("Mesos-Stream-Id").orElseThrow(() ->
                new AssertionError("SUBSCRIBE answered " + answer.statusCode() + " without a stream"));
        events = kept(new RecordReader<>(answer.body(), record -> Codec.fromJson(
                new String(record, StandardCharsets.UTF_8), Event.getDefaultInstance()), name));
        frameworkId = events.await("SUBSCRIBED", e -> e.getType() == Event.Type.SUBSCRIBED).getSubscribed()
                .getFrameworkId();
    }

    /** The first offer received that matches, waiting for it. */
    Offer awaitOffer(String what, Predicate<Offer> matches) {
        return events.await(what, e -> e.getType() == Event.Type.OFFERS
                && e.getOffers().getOffersList().stream().anyMatch(matches)).getOffers().getOffersList().stream()
                .filter(matches).findFirst().orElseThrow();
    }

    /** DECLINE with no refusal (refuse_seconds 0; Mesos's default is 5); the HTTP status. */
    int decline(OfferID offer) {
        Call decline = Call.newBuilder().setType(Call.Type.DECLINE).setFrameworkId(frameworkId)
                .setDecline(Call.Decline.newBuilder().addOfferIds(offer)
                        .setFilters(Filters.newBuilder().setRefuseSeconds(0))).build();
        return send(post("/api/v1/scheduler", Codec.encode(decline, MediaType.JSON), MediaType.JSON)
                .header("Mesos-Stream-Id", streamId), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(run.uri(path)).timeout(Duration.ofSeconds(10)).GET(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest.Builder post(String path, byte[] body, MediaType type) {
        return HttpRequest.newBuilder(run.uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", type.contentType()).header("Accept", type.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private <T> RecordReader<T> kept(RecordReader<T> stream) {
        streams.add(stream);
        return stream;
    }

    private static AgentEvent agentEvent(byte[] record) {
        try {
            return AgentEvent.parseFrom(record);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("Not an AgentEvent: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        streams.forEach(RecordReader::close);
    }
}
