package io.osmos.master.http;

import com.google.protobuf.Message;
import io.osmos.master.core.Master;
import io.osmos.master.core.Reply;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every master endpoint does alike: insist on a method, answer once the actor has (with a 500
 * should the answering itself fail, so no request is left hanging), and write large answers as they
 * are encoded, off the actor.
 */
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

    /**
     * Runs {@code respond} with the result; 503 when the master stopped meanwhile, 500 when it failed,
     * or when {@code respond} itself throws before answering. {@code respond} runs on the thread that
     * completed the result, typically the master's actor: it should only hand the answer over.
     */
    static <T> void answer(Master master, HttpExchange exchange, CompletionStage<T> result, Consumer<T> respond) {
        result.whenComplete((value, failure) -> {
            if (failure == null) {
                try {
                    respond.accept(value);
                } catch (RuntimeException | Error e) {
                    failed(exchange, e);
                }
                return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (!master.running()) {
                exchange.respondText(503, "The master is shutting down");
            } else {
                failed(exchange, cause);
            }
        });
    }

    /**
     * Answers with a message, encoded as the client accepts and written as it is encoded on a thread of
     * the HTTP server's, so neither the actor nor memory holds the whole encoding of a large answer.
     */
    static void stream(HttpExchange exchange, int status, Message body) {
        MediaType type = exchange.accept();
        exchange.respond(status, type.contentType(), out -> {
            try {
                Codec.write(body, type, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void failed(HttpExchange exchange, Throwable cause) {
        LOG.warn("The master failed to handle {} {}", exchange.method(), exchange.path(), cause);
        if (exchange.isResponded()) {
            return;
        }
        try {
            exchange.respondText(500, "The master failed to handle the request: " + cause);
        } catch (IllegalStateException answeredMeanwhile) {
            LOG.debug("{} {} was answered while it failed", exchange.method(), exchange.path());
        }
    }
}
