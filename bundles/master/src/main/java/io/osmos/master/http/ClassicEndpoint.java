package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.core.MasterView;
import io.osmos.master.view.ClassicJson;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Mesos's classic read-only JSON endpoints besides {@code /state}, each under its bare name and under
 * {@code /master/}: {@code /state-summary}, {@code /frameworks}, {@code /slaves}, {@code /tasks}
 * (with Mesos's limit, offset, order, framework_id and task_id), {@code /roles}, {@code /flags}, and
 * {@code /master/health} ({@code /health} itself is the runtime's).
 */
public final class ClassicEndpoint implements HttpEndpoint {
    private static final int DEFAULT_TASK_LIMIT = 100;

    private final Master master;
    private final String name;

    /** @param name the endpoint's name without slashes, one of {@link #NAMES} */
    public ClassicEndpoint(Master master, String name) {
        this.master = master;
        this.name = name;
    }

    /** The endpoints served, by name. */
    public static final List<String> NAMES = List.of("state-summary", "frameworks", "slaves", "tasks", "roles",
            "flags", "health");

    /** The paths one endpoint answers on. */
    public static List<String> paths(String name) {
        return name.equals("health") ? List.of("/master/health") : List.of("/" + name, "/master/" + name);
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "GET");
        if (name.equals("health")) {
            exchange.respond(200);
            return;
        }
        Function<MasterView, String> reader = switch (name) {
            case "state-summary" -> ClassicJson::stateSummary;
            case "frameworks" -> ClassicJson::frameworks;
            case "slaves" -> ClassicJson::slaves;
            case "roles" -> ClassicJson::roles;
            case "flags" -> ClassicJson::flags;
            default -> tasks(exchange);
        };
        Exchanges.answer(master, exchange, master.read(reader), json -> exchange.respondJson(200, json));
    }

    private static Function<MasterView, String> tasks(HttpExchange exchange) {
        int limit = number(exchange, "limit", DEFAULT_TASK_LIMIT);
        int offset = number(exchange, "offset", 0);
        String order = exchange.queryParameter("order");
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("Failed to parse order: '" + order + "' is not a valid order; expected"
                    + " 'asc' or 'desc'");
        }
        boolean descending = "desc".equals(order);
        String framework = exchange.queryParameter("framework_id");
        String task = exchange.queryParameter("task_id");
        return view -> ClassicJson.tasks(view, limit, offset, descending, framework, task);
    }

    private static int number(HttpExchange exchange, String parameter, int otherwise) {
        String text = exchange.queryParameter(parameter);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("Failed to parse " + parameter + ": '" + text + "' is not a non-negative number");
    }

    /** Every classic endpoint of a master with its paths, for registration. */
    public static Map<String, ClassicEndpoint> all(Master master) {
        Map<String, ClassicEndpoint> endpoints = new LinkedHashMap<>();
        for (String name : NAMES) {
            ClassicEndpoint endpoint = new ClassicEndpoint(master, name);
            paths(name).forEach(path -> endpoints.put(path, endpoint));
        }
        return endpoints;
    }
}
