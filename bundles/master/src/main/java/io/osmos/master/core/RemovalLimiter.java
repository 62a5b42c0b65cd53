package io.osmos.master.core;

import io.osmos.runtime.actor.Actor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * Spaces out agent removals as {@code --agent_removal_rate_limit} asks, so a network partition does
 * not remove half the cluster at once. Without a limit a removal runs at once; with one, removals
 * wait their turn and a canceled one gives its turn to the next. Actor-confined.
 */
final class RemovalLimiter {
    private final Actor actor;
    private final Supplier<Optional<RateLimit>> limit;
    private final Deque<Turn> waiting = new ArrayDeque<>();
    private long nextFreeNanos;
    private boolean used;
    private ScheduledFuture<?> timer;

    /** One removal waiting for its turn. */
    static final class Turn {
        private final Runnable removal;
        private boolean canceled;

        private Turn(Runnable removal) {
            this.removal = removal;
        }

        void cancel() {
            canceled = true;
        }
    }

    RemovalLimiter(Actor actor, Supplier<Optional<RateLimit>> limit) {
        this.actor = actor;
        this.limit = limit;
    }

    /** Runs {@code removal} when its turn comes, at once if there is no limit; the turn can be canceled. */
    Turn acquire(Runnable removal) {
        Turn turn = new Turn(removal);
        if (limit.get().isEmpty() && waiting.isEmpty()) {
            removal.run();
            return turn;
        }
        waiting.addLast(turn);
        drain();
        return turn;
    }

    private void drain() {
        while (!waiting.isEmpty() && waiting.peekFirst().canceled) {
            waiting.removeFirst();
        }
        if (waiting.isEmpty()) {
            return;
        }
        Optional<RateLimit> rate = limit.get();
        long now = System.nanoTime();
        if (rate.isEmpty() || !used || now - nextFreeNanos >= 0) {
            Turn turn = waiting.removeFirst();
            used = true;
            nextFreeNanos = now + rate.map(r -> r.interval().toNanos()).orElse(0L);
            turn.removal.run();
            actor.tell(this::drain);
            return;
        }
        if (timer == null) {
            timer = actor.delay(Duration.ofNanos(nextFreeNanos - now), () -> {
                timer = null;
                drain();
            });
        }
    }
}
