package io.osmos.agent.executor.api;

import io.osmos.agent.executor.ExecutorCalls;
import io.osmos.protocol.v1.executor.Protos.Call;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;

/**
 * {@code POST /api/v1/executor}, the Mesos v1 executor API, in JSON or protobuf. The body is parsed
 * on the I/O thread (a malformed one is answered 400 there); the call itself runs on the agent's
 * actor.
 */
public final class ExecutorEndpoint implements HttpEndpoint {
    private final Actor actor;
    private final ExecutorCalls calls;

    public ExecutorEndpoint(Actor actor, ExecutorCalls calls) {
        this.actor = actor;
        this.calls = calls;
    }

    @Override
    public void handle(HttpExchange exchange) {
        if (!exchange.method().equals("POST")) {
            exchange.header("Allow", "POST").respondText(405, "Expecting 'POST', received '" + exchange.method() + "'");
            return;
        }
        Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
        if (call.getType() == Call.Type.SUBSCRIBE) {
            exchange.accept(); // 406 now rather than after the executor is found
        } else if (call.getType() == Call.Type.UPDATE && !call.hasUpdate()) {
            exchange.respondText(400, "Expecting 'update' to be present");
            return;
        } else if (call.getType() == Call.Type.MESSAGE && !call.hasMessage()) {
            exchange.respondText(400, "Expecting 'message' to be present");
            return;
        }
        actor.tell(() -> calls.handle(call, exchange));
    }
}
