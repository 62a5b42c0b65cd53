package io.osmos.agent.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timers on a clock that moves only when the test says so: retry schedules become exact. */
final class ManualTimers implements Timers {
    private static final class Timer {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Timer(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    private final List<Timer> timers = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        Timer timer = new Timer(now.plus(delay), action);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    /** Moves the clock forward, running every timer that falls due, in order. */
    void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Timer next = timers.stream().filter(t -> !t.cancelled && t.due.compareTo(until) <= 0)
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
    }

    /** Timers still waiting to fire. */
    long pending() {
        return timers.stream().filter(t -> !t.cancelled).count();
    }
}
