package io.osmos.itest.firstlight;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads Mesos RecordIO ({@code <decimal length>\n<bytes>}) one record at a time, as the records
 * arrive: a framework must act on each event while the stream stays open, so nothing here waits
 * for the end of the response.
 */
final class RecordIoReader {
  // a length prefix longer than this cannot be a sane event size and means a garbled stream
  private static final int MAX_LENGTH_DIGITS = 10;

  private final InputStream in;

  RecordIoReader(InputStream in) {
    this.in = in;
  }

  /** The next record, or empty when the stream ends cleanly between two records. */
  Optional<byte[]> next() throws IOException {
    long length = 0;
    int digits = 0;
    while (true) {
      int c = in.read();
      if (c < 0) {
        if (digits == 0) {
          return Optional.empty();
        }
        throw new EOFException("stream ended inside a RecordIO length prefix");
      }
      if (c == '\n') {
        break;
      }
      if (c < '0' || c > '9' || ++digits > MAX_LENGTH_DIGITS) {
        throw new IOException("not RecordIO: unexpected byte 0x" + Integer.toHexString(c)
            + " in a length prefix");
      }
      length = length * 10 + (c - '0');
    }
    if (digits == 0 || length > Integer.MAX_VALUE) {
      throw new IOException("not RecordIO: bad length prefix (" + digits + " digits, " + length + ")");
    }
    byte[] record = in.readNBytes((int) length);
    if (record.length != length) {
      throw new EOFException("stream ended after " + record.length + " of " + length
          + " bytes of a record");
    }
    return Optional.of(record);
  }
}
