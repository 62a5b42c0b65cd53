package io.osmos.runtime.internal.actor;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An actor's queue and the loop that drains it: at most one drain is scheduled at a time, which is
 * what makes the actor serial. The scheduled flag is the hand-off between drains on different pool
 * threads, so each message sees everything earlier messages wrote.
 */
public final class Mailbox {
    private static final Logger LOG = LoggerFactory.getLogger(Mailbox.class);
    // Messages handled per turn before the thread is handed to other actors waiting for one.
    private static final int BATCH = 64;

    private final String name;
    private final Consumer<Throwable> onFailure; // null: log
    private final Queue<Envelope> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean stopped;
    private volatile Thread runner;

    /** @param onFailure given what a message threw instead of the log, or null */
    public Mailbox(String name, Consumer<Throwable> onFailure) {
        this.name = name;
        this.onFailure = onFailure;
    }

    /**
     * Queues a message; once stopped, drops it instead.
     *
     * @param reply the future to fail if the message is dropped, or null
     */
    public void post(Runnable message, CompletableFuture<?> reply) {
        Envelope envelope = new Envelope(message, reply);
        if (stopped) {
            envelope.drop(name);
            return;
        }
        queue.add(envelope);
        if (stopped) {
            dropPending(); // raced with stop(): make sure nothing lingers
        } else if (scheduled.compareAndSet(false, true)) {
            ActorThreads.execute(this::drain);
        }
    }

    public boolean isCurrent() {
        return runner == Thread.currentThread();
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Drops pending messages and refuses later ones; a message already running finishes. */
    public void stop() {
        stopped = true;
        dropPending();
    }

    private void drain() {
        Thread thread = Thread.currentThread();
        runner = thread;
        try {
            for (int i = 1; !stopped; i++) {
                Envelope next = queue.poll();
                if (next == null) {
                    break;
                }
                // Never let a bundle's class loader leak in through the thread.
                thread.setContextClassLoader(null);
                deliver(next);
                // Hand the thread over only when another drain waits for one: rescheduling with
                // nothing waiting costs a queue hand-off and often a wake-up of another thread.
                if (i % BATCH == 0 && ActorThreads.othersWaiting()) {
                    break;
                }
            }
        } finally {
            runner = null;
            scheduled.set(false);
            if (!stopped && !queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                ActorThreads.execute(this::drain);
            }
        }
    }

    private void deliver(Envelope envelope) {
        try {
            envelope.message.run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable t) {
            failed(t);
        }
    }

    private void failed(Throwable failure) {
        if (onFailure == null) {
            LOG.error("Actor '{}' failed to handle a message", name, failure);
            return;
        }
        try {
            onFailure.accept(failure);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable handler) {
            failure.addSuppressed(handler);
            LOG.error("Actor '{}' failed to handle a message, and its failure handler failed too", name, failure);
        }
    }

    private void dropPending() {
        for (Envelope dropped; (dropped = queue.poll()) != null; ) {
            dropped.drop(name);
        }
    }

    private record Envelope(Runnable message, CompletableFuture<?> reply) {
        void drop(String actor) {
            if (reply != null) {
                reply.completeExceptionally(new IllegalStateException("Actor '" + actor + "' is stopped"));
            }
        }
    }
}
