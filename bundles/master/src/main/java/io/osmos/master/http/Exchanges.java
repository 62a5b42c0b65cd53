package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.core.Reply;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every master endpoint does alike: insist on a method, and answer once the actor has. */
final class Exchanges {
    private static final Logger LOG = LoggerFactory.getLogger(Exchanges.class);

    private Exchanges() {
    }

    /** @throws BadRequestException 405, as Mesos words it, for any other method */
    static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equals(exchange.method())) {
            exchange.header("Allow", method);
            throw new BadRequestException(405, "Expecting '" + method + "', received '" + exchange.method() + "'");
        }
    }

    /** Answers with the master's reply: 202 with no body, or the error status with its reason. */
    static void reply(Master master, HttpExchange exchange, CompletionStage<Reply> reply) {
        answer(master, exchange, reply, r -> {
            if (r.status() == 202) {
                exchange.respond(202);
            } else {
                exchange.respondText(r.status(), r.message());
            }
        });
    }

    /** Runs {@code respond} with the result; 503 when the master stopped meanwhile, 500 when it failed. */
    static <T> void answer(Master master, HttpExchange exchange, CompletionStage<T> result, Consumer<T> respond) {
        result.whenComplete((value, failure) -> {
            if (failure == null) {
                respond.accept(value);
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (!master.running()) {
                exchange.respondText(503, "The master is shutting down");
            } else {
                LOG.warn("The master failed to handle {} {}", exchange.method(), exchange.path(), cause);
                exchange.respondText(500, "The master failed to handle the request: " + cause);
            }
        });
    }
}
