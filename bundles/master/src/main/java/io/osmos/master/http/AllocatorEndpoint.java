package io.osmos.master.http;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Master;
import io.osmos.master.core.MasterView;
import io.osmos.master.view.AllocatorJson;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Osmos's operator call for the live swap. {@code GET /allocator} says which allocator is in use and
 * which can be chosen; {@code POST /allocator} with {@code {"name":"random"}} swaps that one in and
 * answers once the swap is done: 200 with the allocator, the previous one and the pause, 400 for a
 * body that is not such an object, 409 when no allocator has that name or it fails to start (the
 * previous one then stays). It changes the live choice only, not the configuration.
 */
public final class AllocatorEndpoint implements HttpEndpoint {
    /** Osmos's own; also under /master/ like Mesos's classic endpoints. */
    public static final List<String> PATHS = List.of("/allocator", "/master/allocator");

    private final Master master;
    private final AllocatorChoice choice;

    public AllocatorEndpoint(Master master, AllocatorChoice choice) {
        this.master = master;
        this.choice = choice;
    }

    @Override
    public void handle(HttpExchange exchange) {
        if ("GET".equals(exchange.method())) {
            Exchanges.answer(master, exchange, master.read(MasterView::allocatorName),
                    inUse -> exchange.respondJson(200, AllocatorJson.state(inUse, choice)));
            return;
        }
        if (!"POST".equals(exchange.method())) {
            exchange.header("Allow", "GET, POST");
            throw new BadRequestException(405, "Expecting 'GET' or 'POST', received '" + exchange.method() + "'");
        }
        String name = name(exchange.body());
        CompletableFuture<Answer> outcome = choice.select(name).handle((handover, failure) -> {
            if (failure == null) {
                return handover.installed() ? new Answer(200, AllocatorJson.swapped(handover))
                        : new Answer(409, AllocatorJson.failure(handover));
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof NoSuchElementException) {
                return new Answer(409, cause.getMessage() + "; registered: " + String.join(", ", choice.registered()));
            }
            throw new CompletionException(cause);
        });
        Exchanges.answer(master, exchange, outcome, answer -> {
            if (answer.status() == 200) {
                exchange.respondJson(200, answer.body());
            } else {
                exchange.respondText(answer.status(), answer.body());
            }
        });
    }

    private record Answer(int status, String body) {
    }

    /** @throws BadRequestException 400 naming what is wrong with the body */
    static String name(byte[] body) {
        Struct request;
        try {
            request = Codec.parse(body, MediaType.JSON, Struct.getDefaultInstance());
        } catch (BadRequestException e) {
            throw new BadRequestException("Expecting a JSON object such as {\"name\":\"hierarchical\"}: "
                    + e.getMessage());
        }
        for (String field : request.getFieldsMap().keySet()) {
            if (!field.equals("name")) {
                throw new BadRequestException("Unknown field '" + field + "'; expecting only \"name\"");
            }
        }
        Value name = request.getFieldsMap().get("name");
        if (name == null || name.getKindCase() != Value.KindCase.STRING_VALUE || name.getStringValue().isBlank()) {
            throw new BadRequestException("Expecting \"name\": the osmos.module.name of an allocator, e.g."
                    + " {\"name\":\"hierarchical\"}");
        }
        return name.getStringValue().trim();
    }
}
