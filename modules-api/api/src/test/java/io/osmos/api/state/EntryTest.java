package io.osmos.api.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryTest {

    @Test
    void entriesWithTheSameBytesAreEqual() {
        UUID version = UUID.randomUUID();
        assertEquals(new Entry("registry", version, bytes("agents")), new Entry("registry", version, bytes("agents")));
    }

    @Test
    void callersCannotChangeAStoredEntry() {
        byte[] value = bytes("agents");
        Entry entry = new Entry("registry", UUID.randomUUID(), value);

        value[0] = 'X';
        entry.value()[1] = 'X';

        assertArrayEquals(bytes("agents"), entry.value());
    }

    @Test
    void blankNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Entry("", UUID.randomUUID(), new byte[0]));
        assertEquals("an entry name must not be blank", e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
