package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.view.StateJson;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code GET /state} (and Mesos's other names for it): the whole master state as Mesos JSON. */
public final class StateEndpoint implements HttpEndpoint {
    /** Mesos serves the same document under all of these. */
    public static final List<String> PATHS = List.of("/state", "/state.json", "/master/state", "/master/state.json");

    private final Master master;

    public StateEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "GET");
        // Taken on the actor; written, tasks turned into JSON one by one, on a thread of the server's.
        Exchanges.answer(master, exchange, master.read(StateJson::of), state ->
                exchange.respond(200, MediaType.JSON.contentType(), out -> {
                    try {
                        state.writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }
}
