package io.osmos.runtime.internal.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Text to an output stream as UTF-8, a block at a time. Unlike OutputStreamWriter it takes no lock
 * per call: a JSON printer writes a character at a time, tens of millions of them for a large
 * cluster's state. Not thread-safe.
 */
public final class Utf8Writer extends Writer {
    private static final int BLOCK_CHARS = 16 * 1024;

    private final OutputStream out;
    private final StringBuilder block = new StringBuilder(BLOCK_CHARS + 64);

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        block.append((char) c);
        spill();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        block.append(chars, offset, length);
        spill();
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        block.append(text, offset, offset + length);
        spill();
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        block.append(text);
        spill();
        return this;
    }

    /** Writes out all whole characters held; the stream itself is flushed too. */
    @Override
    public void flush() throws IOException {
        encode(true);
        out.flush();
    }

    /** Writes out what is held; the stream stays open, as the caller owns it. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void spill() throws IOException {
        if (block.length() >= BLOCK_CHARS) {
            encode(false);
        }
    }

    private void encode(boolean all) throws IOException {
        int end = block.length();
        // A surrogate pair split across blocks would encode as two replacement characters.
        if (!all && end > 0 && Character.isHighSurrogate(block.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return;
        }
        out.write(block.substring(0, end).getBytes(StandardCharsets.UTF_8));
        block.delete(0, end);
    }
}
