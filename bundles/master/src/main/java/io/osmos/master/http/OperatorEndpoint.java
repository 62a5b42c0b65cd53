package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.validation.OperatorCallValidator;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/v1}, the Mesos v1 operator API: read calls answer 200 with a Response in the
 * negotiated encoding, SUBSCRIBE opens a RecordIO event stream, and calls that change something
 * answer as Mesos does (200, 202, or an error status with the reason).
 */
public final class OperatorEndpoint implements HttpEndpoint {
    public static final String PATH = "/api/v1";

    private final Master master;
    private final MetricsSources metrics;

    public OperatorEndpoint(Master master) {
        this(master, new MetricsSources());
    }

    /** {@code metrics}: the process's other parts, whose metrics GET_METRICS adds to the master's. */
    public OperatorEndpoint(Master master, MetricsSources metrics) {
        this.master = master;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "POST");
        Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
        Optional<String> invalid = OperatorCallValidator.validate(call);
        if (invalid.isPresent()) {
            throw new BadRequestException("Failed to validate master::Call: " + invalid.get());
        }
        exchange.accept(); // 406 now, before any work, when neither encoding is acceptable
        if (call.getType() == Call.Type.SUBSCRIBE) {
            String streamId = UUID.randomUUID().toString();
            EventStream stream = exchange.stream(200, Map.of());
            master.subscribeOperator(stream, streamId);
            return;
        }
        CompletableFuture<Response> read = OperatorReads.read(master, metrics, call);
        if (read != null) {
            Exchanges.answer(master, exchange, read, body -> Exchanges.stream(exchange, 200, body));
        } else {
            Exchanges.reply(master, exchange, master.operatorCall(call));
        }
    }
}
