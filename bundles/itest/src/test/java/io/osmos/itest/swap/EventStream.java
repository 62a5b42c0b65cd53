package io.osmos.itest.swap;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a SUBSCRIBE answer's RecordIO stream ("&lt;length&gt;\n&lt;JSON event&gt;" records) on its own
 * thread, handing each event to a consumer, until the stream ends.
 */
final class EventStream {
    private EventStream() {
    }

    static Thread read(String name, InputStream in, Consumer<JsonObject> events, Consumer<Throwable> ended) {
        Thread reader = new Thread(() -> {
            try (in) {
                while (true) {
                    long length = length(in);
                    if (length < 0) {
                        ended.accept(null);
                        return;
                    }
                    byte[] record = in.readNBytes((int) length);
                    if (record.length < length) {
                        ended.accept(null);
                        return;
                    }
                    events.accept(JsonParser.parseString(new String(record, StandardCharsets.UTF_8)).getAsJsonObject());
                }
            } catch (IOException | RuntimeException e) {
                ended.accept(e);
            }
        }, "swap-events-" + name);
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    /** The next record's length, or -1 at the end of the stream. */
    private static long length(InputStream in) throws IOException {
        ByteArrayOutputStream digits = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return -1;
            }
            digits.write(b);
        }
        return Long.parseLong(digits.toString(StandardCharsets.US_ASCII).trim());
    }
}
