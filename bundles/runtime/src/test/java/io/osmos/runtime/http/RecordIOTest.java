package io.osmos.runtime.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordIOTest {
    @Test
    void frameIsLengthNewlineBytes() {
        assertEquals("5\nhello", new String(RecordIO.frame("hello".getBytes(UTF_8)), UTF_8));
        assertEquals("0\n", new String(RecordIO.frame(new byte[0]), UTF_8));
    }

    @Test
    void decodesSeveralRecordsFromOneChunk() {
        byte[] stream = concat(RecordIO.frame(bytes("{\"type\":\"SUBSCRIBED\"}")), RecordIO.frame(new byte[0]),
                RecordIO.frame(bytes("{\"type\":\"HEARTBEAT\"}")));
        List<byte[]> records = new RecordIO.Decoder().feed(stream);
        assertEquals(List.of("{\"type\":\"SUBSCRIBED\"}", "", "{\"type\":\"HEARTBEAT\"}"), strings(records));
    }

    @Test
    void decodesRecordsSplitAcrossChunksAtEveryByte() {
        byte[] stream = concat(RecordIO.frame(bytes("first record")), RecordIO.frame(bytes("second, longer record")));
        for (int split = 0; split <= stream.length; split++) {
            RecordIO.Decoder decoder = new RecordIO.Decoder();
            List<byte[]> records = new ArrayList<>(decoder.feed(stream, 0, split));
            records.addAll(decoder.feed(stream, split, stream.length - split));
            assertEquals(List.of("first record", "second, longer record"), strings(records), "split at " + split);
            assertFalse(decoder.hasPartialRecord());
        }
    }

    @Test
    void decodesOneByteAtATime() {
        byte[] stream = RecordIO.frame(bytes("drip"));
        RecordIO.Decoder decoder = new RecordIO.Decoder();
        List<byte[]> records = new ArrayList<>();
        for (byte b : stream) {
            records.addAll(decoder.feed(new byte[] {b}));
            if (records.isEmpty()) {
                assertTrue(decoder.hasPartialRecord());
            }
        }
        assertEquals(1, records.size());
        assertArrayEquals(bytes("drip"), records.get(0));
    }

    @Test
    void aBadLengthIsAClearErrorAndPoisonsTheStream() {
        RecordIO.Decoder decoder = new RecordIO.Decoder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> decoder.feed(bytes("1x\nabc")));
        assertEquals("Invalid RecordIO record length '1x': expected decimal digits followed by a newline",
                e.getMessage());
        IllegalStateException after = assertThrows(IllegalStateException.class, () -> decoder.feed(bytes("1\na")));
        assertEquals("RecordIO stream already failed: " + e.getMessage(), after.getMessage());
    }

    @Test
    void anEmptyLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecordIO.Decoder().feed(bytes("\n")));
        assertEquals("Invalid RecordIO record length '': expected decimal digits followed by a newline",
                e.getMessage());
    }

    @Test
    void aRecordOverTheLimitIsRefusedBeforeItIsBuffered() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RecordIO.Decoder(1024).feed(bytes("999999999\n")));
        assertEquals("RecordIO record length 999999999 exceeds the limit of 1024 bytes", e.getMessage());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static List<String> strings(List<byte[]> records) {
        return records.stream().map(r -> new String(r, UTF_8)).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
