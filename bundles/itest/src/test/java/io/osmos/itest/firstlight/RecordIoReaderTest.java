package io.osmos.itest.firstlight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The test's own RecordIO reader, checked before the suite trusts it with a master's stream. */
class RecordIoReaderTest {
  @Test
  void readsRecordsOneByOneIncludingEmptyAndMultiDigitLengths() throws IOException {
    String twelve = "{\"type\":\"X\"}";
    RecordIoReader reader = reader("20\n{\"type\":\"HEARTBEAT\"}0\n" + twelve.length() + "\n" + twelve);
    assertEquals(Optional.of("{\"type\":\"HEARTBEAT\"}"), reader.next().map(RecordIoReaderTest::text));
    assertArrayEquals(new byte[0], reader.next().orElseThrow());
    assertEquals(Optional.of(twelve), reader.next().map(RecordIoReaderTest::text));
    assertTrue(reader.next().isEmpty(), "a clean end between records");
  }

  @Test
  void returnsEachRecordWithoutWaitingForTheNext() throws IOException {
    // a stream that would block forever after the first record, as a live subscription does
    InputStream live = new InputStream() {
      private final InputStream first = new ByteArrayInputStream("2\nok".getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = first.read();
        if (b < 0) {
          throw new AssertionError("the reader asked for more than one record");
        }
        return b;
      }
    };
    assertEquals(Optional.of("ok"), new RecordIoReader(live).next().map(RecordIoReaderTest::text));
  }

  @Test
  void truncatedRecordIsAnError() {
    IOException error = assertThrows(EOFException.class, () -> reader("10\nshort").next());
    assertTrue(error.getMessage().contains("5 of 10"), error.getMessage());
  }

  @Test
  void nonDigitInLengthIsAnError() {
    IOException error = assertThrows(IOException.class, () -> reader("{\"type\":1}").next());
    assertTrue(error.getMessage().contains("not RecordIO"), error.getMessage());
  }

  private static RecordIoReader reader(String stream) {
    return new RecordIoReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(byte[] record) {
    return new String(record, StandardCharsets.UTF_8);
  }
}
