package io.osmos.agent.http;

import io.osmos.agent.containerizer.Stages;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/** What every agent endpoint does alike: check the method, answer once the agent has. */
final class Exchanges {
    private Exchanges() {
    }

    /** @throws BadRequestException 405 naming the method expected, as Mesos words it */
    static void requireMethod(HttpExchange exchange, String... allowed) {
        for (String method : allowed) {
            if (method.equals(exchange.method())) {
                return;
            }
        }
        exchange.header("Allow", String.join(", ", allowed));
        throw new BadRequestException(405, "Expecting one of { '" + String.join("', '", allowed) + "' }, but received '"
                + exchange.method() + "'");
    }

    /**
     * Answers with what the stage brings; a {@link BadRequestException} becomes its status, an agent
     * that has stopped a 503, anything else a 500 with the reason.
     */
    static <T> void answer(HttpExchange exchange, CompletionStage<T> result, Consumer<T> respond) {
        result.whenComplete((value, failure) -> {
            if (failure == null) {
                respond.accept(value);
                return;
            }
            Throwable cause = Stages.unwrap(failure);
            if (cause instanceof BadRequestException bad) {
                exchange.respondText(bad.status(), bad.getMessage());
            } else if (cause instanceof RejectedExecutionException || cause instanceof IllegalStateException) {
                exchange.respondText(503, "The agent cannot answer now: " + cause.getMessage());
            } else {
                exchange.respondText(500, "Failed to answer " + exchange.path() + ": " + cause);
            }
        });
    }
}
