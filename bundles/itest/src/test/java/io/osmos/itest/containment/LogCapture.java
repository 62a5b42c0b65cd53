package io.osmos.itest.containment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the platform logs while it is open. With no logging backend in the container, Pax Logging
 * prints every record to {@code System.out}, looked up at each record, so a copy of that stream is the
 * log a user of {@code osmos local} reads on the console.
 */
final class LogCapture implements AutoCloseable {
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    LogCapture() {
        System.setOut(new PrintStream(new Tee(), true, StandardCharsets.UTF_8));
    }

    /** How many times {@code fragment} was logged so far. */
    int count(String fragment) {
        String text;
        synchronized (copy) {
            text = copy.toString(StandardCharsets.UTF_8);
        }
        int count = 0;
        for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + fragment.length())) {
            count++;
        }
        return count;
    }

    /** The lines that contain {@code fragment}, for assertion messages. */
    String lines(String fragment) {
        String text;
        synchronized (copy) {
            text = copy.toString(StandardCharsets.UTF_8);
        }
        return String.join("\n", text.lines().filter(line -> line.contains(fragment)).toList());
    }

    @Override
    public void close() {
        System.setOut(original);
    }

    private final class Tee extends OutputStream {
        @Override
        public void write(int b) {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }
}
