package io.osmos.itest.swap;

import com.google.gson.JsonObject;
import io.osmos.itest.support.Await;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A framework written against the raw v1 scheduler API in JSON. While busy it launches a short command
 * task on every offer it gets (at most a few at a time) and declines the rest; while holding it keeps
 * every offer it gets, so the test can compare what it holds with what the master says is outstanding,
 * and then accept or decline each one. Every status update is acknowledged. All reactions run one at a
 * time on the framework's own thread, in the order events arrived.
 */
final class SwapFramework implements AutoCloseable {
    static final String COMMAND = "sleep 0.2";
    private static final int MAX_IN_FLIGHT = 3;
    private static final Set<String> TERMINAL = Set.of("TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST",
            "TASK_ERROR", "TASK_DROPPED", "TASK_GONE", "TASK_GONE_BY_OPERATOR", "TASK_UNREACHABLE");

    private final String name;
    private final SchedulerCalls calls;
    private final ExecutorService thread;
    private final Map<String, JsonObject> held = new LinkedHashMap<>();
    private final Map<String, String> tasks = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final InputStream stream;
    private volatile String frameworkId;
    private boolean busy;
    private int launched;

    private SwapFramework(String name, int port) {
        this.name = name;
        this.calls = new SchedulerCalls(port);
        this.thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "swap-framework-" + name));
        this.stream = calls.subscribe(name);
        EventStream.read(name, stream, event -> thread.execute(() -> handle(event)), failure -> {
            if (failure != null && !thread.isShutdown()) {
                problems.add(name + ": event stream failed: " + failure);
            }
        });
    }

    /** Subscribes and waits for SUBSCRIBED. */
    static SwapFramework subscribe(String name, int port) {
        SwapFramework framework = new SwapFramework(name, port);
        Await.value(name + " to be SUBSCRIBED", Duration.ofSeconds(30), () -> Optional.ofNullable(framework.frameworkId));
        return framework;
    }

    String name() {
        return name;
    }

    String frameworkId() {
        return frameworkId;
    }

    /** Launch on every offer from now on (and on those held now). */
    void busy() {
        on(() -> {
            busy = true;
            for (String offerId : List.copyOf(held.keySet())) {
                act(held.remove(offerId));
            }
            return null;
        });
    }

    /** Keep every offer from now on; returns once calls already under way have been answered. */
    void hold() {
        on(() -> busy = false);
    }

    /** The offers this framework holds, as its event stream told it (OFFERS minus RESCIND minus used). */
    Set<String> heldOfferIds() {
        return on(() -> Set.copyOf(held.keySet()));
    }

    /** Launches a task on a held offer, the rest going back; the call's HTTP status. */
    int accept(String offerId) {
        return on(() -> {
            JsonObject offer = held.remove(offerId);
            return offer == null ? 404 : launch(offer);
        });
    }

    /** Declines a held offer without a filter; the call's HTTP status. */
    int decline(String offerId) {
        return on(() -> held.remove(offerId) == null ? 404 : calls.decline(frameworkId, offerId, 0));
    }

    /** Task id to latest state, for every task this framework launched. */
    Map<String, String> tasks() {
        return Map.copyOf(tasks);
    }

    /** Refused calls and error events; empty when everything the master answered was as expected. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private void handle(JsonObject event) {
        switch (event.get("type").getAsString()) {
            case "SUBSCRIBED" -> frameworkId = event.getAsJsonObject("subscribed").getAsJsonObject("framework_id")
                    .get("value").getAsString();
            case "OFFERS" -> MasterApi.objects(event.getAsJsonObject("offers").getAsJsonArray("offers")).forEach(offer -> {
                if (busy) {
                    act(offer);
                } else {
                    held.put(id(offer), offer);
                }
            });
            case "RESCIND" -> held.remove(event.getAsJsonObject("rescind").getAsJsonObject("offer_id").get("value")
                    .getAsString());
            case "UPDATE" -> update(event.getAsJsonObject("update").getAsJsonObject("status"));
            case "ERROR", "FAILURE" -> problems.add(name + " got " + event);
            default -> { }
        }
    }

    private void act(JsonObject offer) {
        long running = tasks.values().stream().filter(state -> !TERMINAL.contains(state)).count();
        if (running < MAX_IN_FLIGHT) {
            launch(offer);
        } else {
            expect("DECLINE", calls.decline(frameworkId, id(offer), 1));
        }
    }

    private int launch(JsonObject offer) {
        String taskId = name + "-task-" + (++launched);
        tasks.put(taskId, "LAUNCHED");
        String agentId = offer.getAsJsonObject("agent_id").get("value").getAsString();
        return expect("ACCEPT", calls.launch(frameworkId, id(offer), agentId, taskId, COMMAND));
    }

    private void update(JsonObject status) {
        String taskId = status.getAsJsonObject("task_id").get("value").getAsString();
        tasks.put(taskId, status.get("state").getAsString());
        if (status.has("uuid")) {
            expect("ACKNOWLEDGE", calls.acknowledge(frameworkId, status));
        }
    }

    private int expect(String call, int status) {
        if (status != 202) {
            problems.add(name + ": " + call + " answered " + status);
        }
        return status;
    }

    private static String id(JsonObject offer) {
        return offer.getAsJsonObject("id").get("value").getAsString();
    }

    private <T> T on(Callable<T> work) {
        try {
            return thread.submit(work).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(name + " failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(name + " did not answer: " + e, e);
        }
    }

    /** TEARDOWN, then the connection goes. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (frameworkId != null) {
                calls.teardown(frameworkId);
            }
            stream.close();
        } catch (IOException | RuntimeException alreadyGone) {
            // the cluster may be stopping too; there is nothing left to tear down then
        }
    }

    static List<SwapFramework> subscribeAll(int count, int port) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> subscribe("swap-" + (char) ('a' + i), port))
                .toList();
    }
}
