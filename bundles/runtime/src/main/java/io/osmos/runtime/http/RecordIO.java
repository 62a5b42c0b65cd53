package io.osmos.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * RecordIO, the framing of Mesos event streams: each record is its length in decimal ASCII, a
 * newline, then exactly that many bytes.
 */
@ProviderType
public final class RecordIO {
    private RecordIO() {
    }

    /** One record: {@code "<length>\n<bytes>"}. */
    public static byte[] frame(byte[] record) {
        byte[] header = (record.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[header.length + record.length];
        System.arraycopy(header, 0, framed, 0, header.length);
        System.arraycopy(record, 0, framed, header.length, record.length);
        return framed;
    }

    /**
     * Splits a byte stream back into records. Feed it bytes as they arrive, in chunks of any size; it
     * returns the records each chunk completes. Not thread-safe: one decoder per stream reader. After
     * a framing error the stream cannot be resynchronised, so every later call fails too.
     */
    public static final class Decoder {
        // Far more digits than any array length needs, and few enough to always fit in a long.
        private static final int MAX_HEADER_CHARS = 18;

        private final int maxRecordBytes;
        private final StringBuilder header = new StringBuilder();
        private byte[] record;
        private int filled;
        private String failure;

        /** A decoder that accepts records up to the largest Java array. */
        public Decoder() {
            this(Integer.MAX_VALUE - 8);
        }

        /** A decoder that refuses records longer than the limit, so a bad peer cannot exhaust memory. */
        public Decoder(int maxRecordBytes) {
            if (maxRecordBytes < 0) {
                throw new IllegalArgumentException("Record limit must not be negative: " + maxRecordBytes);
            }
            this.maxRecordBytes = maxRecordBytes;
        }

        public List<byte[]> feed(byte[] bytes) {
            return feed(bytes, 0, bytes.length);
        }

        /**
         * @throws IllegalArgumentException when a length is not a decimal number or exceeds the limit
         */
        public List<byte[]> feed(byte[] bytes, int offset, int length) {
            if (failure != null) {
                throw new IllegalStateException("RecordIO stream already failed: " + failure);
            }
            List<byte[]> records = new ArrayList<>();
            int end = offset + length;
            for (int i = offset; i < end; ) {
                if (record == null) {
                    i = readHeader(bytes, i, end, records);
                } else {
                    int n = Math.min(end - i, record.length - filled);
                    System.arraycopy(bytes, i, record, filled, n);
                    filled += n;
                    i += n;
                    if (filled == record.length) {
                        records.add(record);
                        record = null;
                    }
                }
            }
            return records;
        }

        /** True when bytes of an unfinished record are buffered, e.g. the stream ended mid-record. */
        public boolean hasPartialRecord() {
            return record != null || header.length() > 0;
        }

        private int readHeader(byte[] bytes, int i, int end, List<byte[]> records) {
            for (; i < end; i++) {
                char c = (char) (bytes[i] & 0xff);
                if (c == '\n') {
                    startRecord(records);
                    return i + 1;
                }
                if (c < '0' || c > '9' || header.length() == MAX_HEADER_CHARS) {
                    header.append(c);
                    fail("Invalid RecordIO record length '" + printable(header) + "': expected decimal digits"
                            + " followed by a newline");
                }
                header.append(c);
            }
            return end;
        }

        private void startRecord(List<byte[]> records) {
            if (header.length() == 0) {
                fail("Invalid RecordIO record length '': expected decimal digits followed by a newline");
            }
            long size = Long.parseLong(header.toString());
            if (size > maxRecordBytes) {
                fail("RecordIO record length " + size + " exceeds the limit of " + maxRecordBytes + " bytes");
            }
            header.setLength(0);
            if (size == 0) {
                records.add(new byte[0]);
            } else {
                record = new byte[(int) size];
                filled = 0;
            }
        }

        private void fail(String message) {
            failure = message;
            throw new IllegalArgumentException(message);
        }

        private static String printable(CharSequence text) {
            StringBuilder out = new StringBuilder();
            text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                    : String.format("\\x%02x", c)));
            return out.toString();
        }
    }
}
