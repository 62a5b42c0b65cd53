package io.osmos.runtime.actor;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages for an actor that one producer may hold back and hand over in batches, one message per
 * batch, instead of one message each. For a burst: when the actor finishes each message before the
 * next arrives, it must be woken for every one, which costs the producer more than the messages
 * themselves (a swap seeds an allocator with ten thousand in a row). Not thread-safe: it belongs to
 * the one thread, or actor, that produces the messages.
 *
 * @since 1.1
 */
public final class HeldMessages {
    private static final Logger LOG = LoggerFactory.getLogger(HeldMessages.class);

    private final Actor actor;
    private final int batchSize;
    private List<Runnable> batch; // null: not holding

    /** @param batchSize how many held messages go over as one; large enough to make wake-ups rare */
    public HeldMessages(Actor actor, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least one message, not " + batchSize);
        }
        this.actor = actor;
        this.batchSize = batchSize;
    }

    /** From now on, holds messages until {@link #flush()}. */
    public void hold() {
        if (batch == null) {
            batch = new ArrayList<>();
        }
    }

    /** Tells the actor now, or holds the message; held ones go over in order, a batch at a time. */
    public void tell(Runnable message) {
        if (batch == null) {
            actor.tell(message);
            return;
        }
        batch.add(message);
        if (batch.size() >= batchSize) {
            handOver();
        }
    }

    /** Hands over what is held, in order, and stops holding. */
    public void flush() {
        handOver();
        batch = null;
    }

    /**
     * Hands over what is held, in order, as one message, and goes on holding: for a caller about to
     * ask the actor something that must come after the held messages.
     */
    public void handOver() {
        if (batch == null || batch.isEmpty()) {
            return;
        }
        List<Runnable> messages = batch;
        batch = new ArrayList<>();
        actor.tell(() -> {
            for (Runnable message : messages) {
                try {
                    message.run();
                } catch (RuntimeException e) {
                    // As if it had been a message of its own: the others still count.
                    LOG.error("Actor failed to handle a held message", e);
                }
            }
        });
    }
}
