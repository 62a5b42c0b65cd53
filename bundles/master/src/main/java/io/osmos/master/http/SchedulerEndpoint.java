package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.validation.SchedulerCallValidator;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/scheduler}, the Mesos v1 scheduler API. The request is parsed and checked
 * here, on the I/O thread; everything that needs state is the master actor's job.
 */
public final class SchedulerEndpoint implements HttpEndpoint {
    public static final String PATH = "/api/v1/scheduler";
    static final String STREAM_ID = "Mesos-Stream-Id";

    private final Master master;

    public SchedulerEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "POST");
        Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
        Optional<String> invalid = SchedulerCallValidator.validate(call);
        if (invalid.isPresent()) {
            throw new BadRequestException("Failed to validate scheduler::Call: " + invalid.get());
        }
        if (call.getType() != Call.Type.SUBSCRIBE) {
            Exchanges.reply(master, exchange, master.schedulerCall(call, exchange.header(STREAM_ID)));
            return;
        }
        if (exchange.header(STREAM_ID) != null) {
            throw new BadRequestException("Subscribe calls should not include the '" + STREAM_ID + "' header");
        }
        String streamId = UUID.randomUUID().toString();
        EventStream stream = exchange.stream(200, Map.of(STREAM_ID, streamId));
        master.subscribe(call.getSubscribe(), stream, streamId);
    }
}
