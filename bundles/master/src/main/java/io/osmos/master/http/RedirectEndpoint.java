package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.List;

/**
 * {@code /redirect} and {@code /master/redirect}: 307 to the leading master, as a protocol-relative
 * {@code //host:port} so the client keeps its scheme. This master leads whenever it runs (there is no
 * election yet); a path below {@code /redirect/} is 404, as in Mesos, so redirects cannot loop.
 */
public final class RedirectEndpoint implements HttpEndpoint {
    /** Registered as prefixes, so a path below them reaches this endpoint and gets 404. */
    public static final List<String> PATHS = List.of("/redirect/*", "/master/redirect/*");

    private final Master master;

    public RedirectEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "GET");
        String path = exchange.path();
        if (!path.equals("/redirect") && !path.equals("/master/redirect")) {
            exchange.respondText(404, "No endpoint at '" + path + "'");
            return;
        }
        MasterInfo leader = master.info();
        exchange.header("Location", "//" + leader.getHostname() + ":" + leader.getPort());
        exchange.respond(307);
    }
}
