package io.osmos.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActorTest {
    private final Actor actor = Actors.spawn("test");

    @AfterEach
    void stop() {
        actor.stop();
    }

    @Test
    void concurrentTellsAreSerialAndNoneIsLost() throws Exception {
        int senders = 4;
        int perSender = 2_500;
        int[] counter = {0}; // deliberately unsynchronized: the actor is the only lock
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        int[][] lastSeen = new int[senders][1];
        AtomicInteger outOfOrder = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 1; i <= perSender; i++) {
                    int sequence = i;
                    actor.tell(() -> {
                        if (inside.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        counter[0]++;
                        if (lastSeen[sender][0] != sequence - 1) {
                            outOfOrder.incrementAndGet();
                        }
                        lastSeen[sender][0] = sequence;
                        inside.decrementAndGet();
                    });
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(10_000);
        }

        assertEquals(senders * perSender, actor.ask(() -> counter[0]).get(10, TimeUnit.SECONDS));
        assertEquals(0, overlaps.get(), "two threads were inside the actor at once");
        assertEquals(0, outOfOrder.get(), "messages from one sender ran out of order");
    }

    @Test
    void askCompletesWithTheResultOrTheException() throws Exception {
        assertEquals("answer", actor.ask(() -> "answer").get(5, TimeUnit.SECONDS));

        CompletableFuture<Object> failed = actor.ask(() -> {
            throw new IllegalArgumentException("no such framework");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> failed.get(5, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals("no such framework", e.getCause().getMessage());
    }

    @Test
    void askAsyncFollowsTheReturnedStage() throws Exception {
        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> answer = actor.askAsync(() -> later);
        assertFalse(answer.isDone());
        later.complete("done");
        assertEquals("done", answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailingMessageDoesNotStopTheActor() throws Exception {
        actor.tell(() -> {
            throw new IllegalStateException("boom (expected by the test)");
        });
        assertEquals(42, actor.ask(() -> 42).get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailureHandlerIsGivenWhatMessagesAndTimersThrewOnTheActor() throws Exception {
        List<String> failures = new ArrayList<>(); // touched on the actor only
        Actor handled = Actors.spawn("handled", failure -> {
            assertTrue(Thread.currentThread().getName().startsWith("osmos-actor"), "on the actor's thread");
            failures.add(failure.getMessage());
        });
        try {
            handled.tell(() -> {
                throw new IllegalStateException("first");
            });
            handled.delay(Duration.ofMillis(1), () -> {
                throw new IllegalArgumentException("from a timer");
            });
            CompletableFuture<Object> asked = handled.ask(() -> {
                throw new IllegalStateException("asked");
            });
            assertEquals("asked", assertThrows(ExecutionException.class, () -> asked.get(5, TimeUnit.SECONDS))
                    .getCause().getMessage(), "an ask's failure goes to its future, not the handler");
            List<String> seen = awaitFailures(handled, failures, 2);
            assertEquals(List.of("first", "from a timer"), seen);
            assertEquals(42, handled.ask(() -> 42).get(5, TimeUnit.SECONDS), "the actor carries on");
        } finally {
            handled.stop();
        }
    }

    @Test
    void aFailingFailureHandlerDoesNotStopTheActor() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Actor actor = Actors.spawn("handled", failure -> {
            handled.incrementAndGet();
            throw new IllegalStateException("handler broke (expected by the test)");
        });
        try {
            actor.tell(() -> {
                throw new IllegalStateException("message broke (expected by the test)");
            });
            assertEquals("still here", actor.ask(() -> "still here").get(5, TimeUnit.SECONDS));
            assertEquals(1, handled.get());
        } finally {
            actor.stop();
        }
    }

    private static List<String> awaitFailures(Actor actor, List<String> failures, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            List<String> seen = actor.ask(() -> List.copyOf(failures)).get(5, TimeUnit.SECONDS);
            if (seen.size() >= count || System.nanoTime() > deadline) {
                return seen;
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void messagesRunOnPlatformThreadsWithoutAContextClassLoader() throws Exception {
        Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
        Thread runner = actor.ask(Thread::currentThread).get(5, TimeUnit.SECONDS);
        assertTrue(runner.getName().startsWith("osmos-actor-"), runner.getName());
        assertTrue(runner.isDaemon());
        assertNull(actor.ask(() -> Thread.currentThread().getContextClassLoader()).get(5, TimeUnit.SECONDS));
    }

    @Test
    void isCurrentOnlyInsideTheActor() throws Exception {
        assertTrue(actor.ask(actor::isCurrent).get(5, TimeUnit.SECONDS));
        assertFalse(actor.isCurrent());
        Actor other = Actors.spawn("other");
        try {
            assertFalse(other.ask(actor::isCurrent).get(5, TimeUnit.SECONDS));
        } finally {
            other.stop();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
