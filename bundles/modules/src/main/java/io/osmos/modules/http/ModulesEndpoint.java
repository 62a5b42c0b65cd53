package io.osmos.modules.http;

import io.osmos.modules.json.ModulesJson;
import io.osmos.modules.json.SelectRequest;
import io.osmos.modules.view.ModulesView;
import io.osmos.modules.view.SelectionException;
import io.osmos.modules.view.Selector;
import io.osmos.runtime.actor.Actor;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;

/**
 * The operator endpoint: {@code GET /modules} lists what is loaded, {@code GET /modules/metrics} its
 * metrics, {@code POST /modules/select} chooses a kind's modules. The work runs on the modules actor,
 * off the I/O thread, because it reads the service registry and writes ConfigAdmin.
 */
public final class ModulesEndpoint implements HttpEndpoint {
    /** The value of {@link HttpEndpoint#PATH}: the prefix also matches {@code /modules} itself. */
    public static final String PATH = "/modules/*";

    private final Actor actor;
    private final ModulesView view;
    private final Selector selector;

    public ModulesEndpoint(Actor actor, ModulesView view, Selector selector) {
        this.actor = actor;
        this.view = view;
        this.selector = selector;
    }

    @Override
    public void handle(HttpExchange exchange) {
        switch (exchange.path()) {
            case "/modules", "/modules/" -> {
                requireMethod(exchange, "GET");
                answer(exchange, () -> ModulesJson.of(view.snapshot()));
            }
            case "/modules/metrics" -> {
                requireMethod(exchange, "GET");
                answer(exchange, () -> ModulesJson.metrics(view.snapshot()));
            }
            case "/modules/select" -> {
                requireMethod(exchange, "POST");
                String body = new String(exchange.body(), StandardCharsets.UTF_8);
                answer(exchange, () -> {
                    SelectRequest request = SelectRequest.parse(body);
                    return ModulesJson.selected(selector.select(request.kind(), request.names()));
                });
            }
            default -> throw new BadRequestException(404, "No endpoint at '" + exchange.path() + "'");
        }
    }

    private interface Work {
        String json() throws SelectionException;
    }

    private void answer(HttpExchange exchange, Work work) {
        actor.ask(work::json).whenComplete((json, failure) -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            if (cause == null) {
                exchange.respondJson(200, json);
            } else if (cause instanceof SelectionException refused) {
                exchange.respondText(refused.status(), refused.getMessage());
            } else {
                exchange.respondText(500, "Failed to handle " + exchange.method() + " " + exchange.path() + ": " + cause);
            }
        });
    }

    private static void requireMethod(HttpExchange exchange, String method) {
        if (!method.equals(exchange.method())) {
            exchange.header("Allow", method);
            throw new BadRequestException(405, "Expecting '" + method + "', received '" + exchange.method() + "'");
        }
    }
}
