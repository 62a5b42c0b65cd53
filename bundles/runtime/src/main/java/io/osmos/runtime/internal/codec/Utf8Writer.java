package io.osmos.runtime.internal.codec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text to an output stream as UTF-8, a block at a time. Unlike OutputStreamWriter it takes no lock
 * per call: a JSON printer writes a few characters at a time, tens of millions of them for a large
 * cluster's state. A surrogate pair split across blocks is encoded whole. Not thread-safe.
 */
public final class Utf8Writer extends Writer {
    private static final int BLOCK_CHARS = 16 * 1024;

    private final OutputStream out;
    private final char[] chars = new char[BLOCK_CHARS];
    private final CharBuffer pending = CharBuffer.wrap(chars);
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK_CHARS * 3 + 16);
    // Lone surrogates become '?', as String.getBytes makes them.
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private int count;

    public Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (count == chars.length) {
            encode(false);
        }
        chars[count++] = (char) c;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == chars.length) {
                encode(false);
            }
            int part = Math.min(length, chars.length - count);
            System.arraycopy(text, offset, chars, count, part);
            count += part;
            offset += part;
            length -= part;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (count == chars.length) {
                encode(false);
            }
            int part = Math.min(length, chars.length - count);
            text.getChars(offset, offset + part, chars, count);
            count += part;
            offset += part;
            length -= part;
        }
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    /** Writes out all that is held, and flushes the stream. */
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

    private void encode(boolean all) throws IOException {
        pending.limit(count).position(0);
        CoderResult result = encoder.encode(pending, bytes, all);
        if (result.isOverflow()) {
            throw new IllegalStateException("The byte buffer is sized for the worst case and cannot overflow");
        }
        if (all) {
            encoder.flush(bytes);
            encoder.reset();
        }
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
        // A high surrogate whose pair is still to come stays for the next block.
        int left = pending.remaining();
        System.arraycopy(chars, pending.position(), chars, 0, left);
        count = left;
    }
}
