package io.osmos.itest.swap;

import static org.junit.Assert.assertEquals;

import io.osmos.itest.support.Await;
import io.osmos.itest.support.Http;
import io.osmos.itest.support.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The books after the allocator in use went away, read as an operator reads them (inside the
 * container, with the platform's own JSON reader): no offer held out twice, on every agent what tasks
 * use plus what offers hold never more than its total and equal to what it shows offered, every free
 * cpu offered, and the allocator now in use counting the whole cluster as offered or allocated.
 */
final class UninstallBooks {
    private static final double EPSILON = 1e-6;
    private static final List<String> SCALARS = List.of("cpus", "mem", "disk");

    private UninstallBooks() {
    }

    /** Waits (bounded) until everything free is offered and counted; a broken rule fails at once. */
    static void awaitBalanced(int port, String what, Duration timeout) {
        Await.value(what, timeout, () -> {
            Map<String, Object> state = get(port, "/state");
            assertEquals(what, List.of(), violations(state));
            double total = sum(state, "resources");
            double held = sum(state, "used_resources") + sum(state, "offered_resources");
            Object counted = get(port, "/metrics/snapshot").get("allocator/mesos/resources/cpus/offered_or_allocated");
            boolean balanced = Math.abs(total - held) < EPSILON && counted instanceof Number number
                    && Math.abs(number.doubleValue() - total) < EPSILON;
            return balanced ? Optional.of(true) : Optional.empty();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Map<String, Object> state) {
        List<String> broken = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> offers = new ArrayList<>();
        for (Object framework : (List<Object>) state.get("frameworks")) {
            for (Object offer : (List<Object>) ((Map<String, Object>) framework).get("offers")) {
                Map<String, Object> o = (Map<String, Object>) offer;
                offers.add(o);
                if (!ids.add((String) o.get("id"))) {
                    broken.add("offer " + o.get("id") + " is held out twice");
                }
            }
        }
        for (Object a : (List<Object>) state.get("slaves")) {
            Map<String, Object> agent = (Map<String, Object>) a;
            for (String name : SCALARS) {
                double offered = offers.stream().filter(o -> agent.get("id").equals(o.get("slave_id")))
                        .mapToDouble(o -> scalar(o, "resources", name)).sum();
                double used = scalar(agent, "used_resources", name);
                double total = scalar(agent, "resources", name);
                if (used + offered > total + EPSILON) {
                    broken.add("agent " + agent.get("id") + ": " + name + " used " + used + " + offered " + offered
                            + " > total " + total);
                }
                if (Math.abs(offered - scalar(agent, "offered_resources", name)) > EPSILON) {
                    broken.add("agent " + agent.get("id") + ": offers hold " + offered + " " + name
                            + " but the agent shows " + scalar(agent, "offered_resources", name));
                }
            }
        }
        return broken;
    }

    @SuppressWarnings("unchecked")
    private static double sum(Map<String, Object> state, String field) {
        return ((List<Object>) state.get("slaves")).stream()
                .mapToDouble(agent -> scalar((Map<String, Object>) agent, field, "cpus")).sum();
    }

    @SuppressWarnings("unchecked")
    private static double scalar(Map<String, Object> owner, String field, String name) {
        Object value = ((Map<String, Object>) owner.get(field)).get(name);
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    private static Map<String, Object> get(int port, String path) {
        Http.Response answer = Http.get("127.0.0.1", port, path);
        assertEquals(path + ": " + answer.body(), 200, answer.status());
        return Json.parseObject(answer.body());
    }
}
