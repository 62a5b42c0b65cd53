package io.osmos.runtime.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages held back and handed to the actor in batches, in order, none lost. */
class HeldMessagesTest {
    private final Actor actor = Actors.spawn("held");
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        actor.stop();
    }

    /** Everything the actor ran so far; asked on the actor, so it comes after all that was told. */
    private List<String> settled() throws Exception {
        return actor.ask(() -> List.copyOf(seen)).get(10, TimeUnit.SECONDS);
    }

    private Runnable note(String what) {
        return () -> seen.add(what + " on " + (actor.isCurrent() ? "the actor" : "another thread"));
    }

    @Test
    void withoutHoldingEachMessageGoesAtOnce() throws Exception {
        HeldMessages held = new HeldMessages(actor, 3);
        held.tell(note("a"));
        assertEquals(List.of("a on the actor"), settled());
    }

    @Test
    void heldMessagesWaitForTheFlushOrAFullBatchAndKeepTheirOrder() throws Exception {
        HeldMessages held = new HeldMessages(actor, 3);
        held.hold();
        held.tell(note("1"));
        held.tell(note("2"));
        assertEquals(List.of(), settled(), "two of a batch of three are still held");
        held.tell(note("3"));
        held.tell(note("4"));
        assertEquals(List.of("1 on the actor", "2 on the actor", "3 on the actor"), settled(), "a full batch went");
        held.handOver();
        held.tell(note("5"));
        assertEquals(4, settled().size(), "handed over, and still holding: 5 waits");
        held.flush();
        held.tell(note("6"));
        assertEquals(List.of("1 on the actor", "2 on the actor", "3 on the actor", "4 on the actor",
                "5 on the actor", "6 on the actor"), settled());
    }

    @Test
    void aFailingMessageDoesNotTakeTheRestOfItsBatchWithIt() throws Exception {
        HeldMessages held = new HeldMessages(actor, 10);
        held.hold();
        held.tell(note("before"));
        held.tell(() -> {
            throw new IllegalStateException("a faulty message");
        });
        held.tell(note("after"));
        held.flush();
        assertEquals(List.of("before on the actor", "after on the actor"), settled());
    }

    @Test
    void aBatchHoldsAtLeastOneMessage() {
        assertThrows(IllegalArgumentException.class, () -> new HeldMessages(actor, 0));
    }
}
