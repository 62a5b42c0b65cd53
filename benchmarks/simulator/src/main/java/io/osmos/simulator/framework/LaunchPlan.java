package io.osmos.simulator.framework;

import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskID;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;

/**
 * What a framework does with its offers: launch into each as many tasks as fit, within the tasks it
 * has left and its launch window; hold offers while the window is full; decline the rest. Pure
 * bookkeeping, no I/O.
 */
final class LaunchPlan {
    // Mesos's default refusal: an offer too small for one task is not worth seeing again at once.
    static final double USELESS_OFFER_REFUSE_SECONDS = 5;
    static final double DONE_REFUSE_SECONDS = 3600;

    sealed interface Step permits Launch, Decline {
    }

    /** Launch tasks {@code first} to {@code first + count - 1} on the offer. */
    record Launch(Offer offer, int first, int count) implements Step {
    }

    record Decline(Offer offer, double refuseSeconds) implements Step {
    }

    private final FrameworkSettings settings;
    private final ArrayDeque<Offer> held = new ArrayDeque<>();
    private final BitSet launching = new BitSet();
    private int launched;

    LaunchPlan(FrameworkSettings settings) {
        this.settings = settings;
    }

    void hold(List<Offer> offers) {
        held.addAll(offers);
    }

    /** The next step for a held offer, or null when there is nothing to do until a task settles. */
    Step next() {
        if (held.isEmpty()) {
            return null;
        }
        int left = settings.tasks() - launched;
        if (left <= 0) {
            return new Decline(held.poll(), DONE_REFUSE_SECONDS);
        }
        int window = settings.launchWindow();
        int room = window == 0 ? Integer.MAX_VALUE : window - launching.cardinality();
        // Refill in batches of a tenth of the window: an ACCEPT per settled task would cost the
        // master an offer cycle per task, which no real framework does.
        if (room <= 0 || room < Math.min((window + 9) / 10, left)) {
            return null;
        }
        Offer offer = held.poll();
        int perOffer = settings.tasksPerOffer() == 0 ? Integer.MAX_VALUE : settings.tasksPerOffer();
        int count = Math.min(Math.min(left, perOffer), Math.min(room, settings.shape().fit(offer)));
        if (count <= 0) {
            return new Decline(offer, USELESS_OFFER_REFUSE_SECONDS);
        }
        Launch launch = new Launch(offer, launched, count);
        launching.set(launched, launched + count);
        launched += count;
        return launch;
    }

    boolean allLaunched() {
        return launched >= settings.tasks();
    }

    /** Task ids are "t" and the task's number, which indexes the framework's arrays. */
    static String taskId(int task) {
        return "t" + task;
    }

    /** The number in a task id of ours, or -1. */
    static int taskNumber(TaskID id) {
        try {
            return Integer.parseInt(id.getValue().substring(1));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The task is running or will never run: it leaves the launch window. */
    void settled(int task) {
        if (task >= 0) {
            launching.clear(task);
        }
    }
}
