package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.view.OperatorViews;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.concurrent.CompletableFuture;

/** {@code POST /api/v1}, the Mesos v1 operator API: the read calls of this slice; others get 501. */
public final class OperatorEndpoint implements HttpEndpoint {
    public static final String PATH = "/api/v1";

    private final Master master;

    public OperatorEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "POST");
        Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
        if (!call.hasType()) {
            throw new BadRequestException("Failed to validate master::Call: Expecting 'type' to be present");
        }
        exchange.accept(); // 406 now, before any work, when neither encoding is acceptable
        CompletableFuture<Response> response = switch (call.getType()) {
            case GET_HEALTH -> CompletableFuture.completedFuture(OperatorViews.health());
            case GET_VERSION -> CompletableFuture.completedFuture(OperatorViews.version());
            case GET_STATE -> master.read(OperatorViews::state);
            case GET_AGENTS -> master.read(OperatorViews::agents);
            case GET_FRAMEWORKS -> master.read(OperatorViews::frameworks);
            case GET_TASKS -> master.read(OperatorViews::tasks);
            default -> throw new BadRequestException(501, "Operator call '" + call.getType()
                    + "' is not supported by this master");
        };
        Exchanges.answer(master, exchange, response, body -> exchange.respond(200, body));
    }
}
