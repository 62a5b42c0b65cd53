package io.osmos.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActorTimerTest {
    private final Actor actor = new Actor("timers");

    @AfterEach
    void stop() {
        actor.stop();
    }

    @Test
    void delayRunsTheMessageOnTheActor() throws Exception {
        CompletableFuture<Boolean> ranOnActor = new CompletableFuture<>();
        ScheduledFuture<?> timer = actor.delay(Duration.ofMillis(20), () -> ranOnActor.complete(actor.isCurrent()));
        assertTrue(ranOnActor.get(5, TimeUnit.SECONDS));
        timer.get(5, TimeUnit.SECONDS);
        assertTrue(timer.isDone());
    }

    @Test
    void aCancelledDelayNeverRuns() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        ScheduledFuture<?> cancelled = actor.delay(Duration.ofMillis(30), fired::incrementAndGet);
        assertTrue(cancelled.cancel(false));
        // A later timer on the same actor: once it has run, the earlier one would have run too.
        actor.delay(Duration.ofMillis(60), () -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(0, fired.get());
        assertTrue(cancelled.isCancelled());
    }

    @Test
    void everyRepeatsOnTheActorUntilCancelled() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger offActor = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();
        timer.set(actor.every(Duration.ofMillis(10), () -> {
            if (!actor.isCurrent()) {
                offActor.incrementAndGet();
            }
            if (ticks.incrementAndGet() == 3) {
                timer.get().cancel(false); // from the actor itself: exact, no tick after this one
            }
            three.countDown();
        }));
        assertTrue(three.await(5, TimeUnit.SECONDS));
        actor.delay(Duration.ofMillis(50), () -> { }).get(5, TimeUnit.SECONDS);
        assertEquals(3, ticks.get());
        assertEquals(0, offActor.get());
    }

    @Test
    void everyRefusesANonPositivePeriod() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> actor.every(Duration.ZERO, () -> { }));
        assertEquals("Timer period must be positive, got PT0S", e.getMessage());
    }

    @Test
    void stopDropsPendingMessagesFailsPendingAsksAndIsIdempotent() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger later = new AtomicInteger();
        actor.tell(() -> {
            running.countDown();
            awaitQuietly(release);
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
        actor.tell(later::incrementAndGet);
        CompletableFuture<Integer> pendingAsk = actor.ask(later::incrementAndGet);
        ScheduledFuture<?> periodic = actor.every(Duration.ofMillis(5), later::incrementAndGet);

        actor.stop();
        actor.stop();
        release.countDown();

        ExecutionException e = assertThrows(ExecutionException.class, () -> pendingAsk.get(5, TimeUnit.SECONDS));
        assertEquals("Actor 'timers' is stopped", e.getCause().getMessage());
        assertTrue(periodic.isCancelled());
        actor.tell(later::incrementAndGet);
        ExecutionException afterStop = assertThrows(ExecutionException.class,
                () -> actor.ask(() -> 1).get(5, TimeUnit.SECONDS));
        assertEquals("Actor 'timers' is stopped", afterStop.getCause().getMessage());
        assertEquals(0, later.get());
        assertTrue(actor.isStopped());
        assertFalse(actor.isCurrent());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
