package io.osmos.master.view;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes JSON from plain Java values (maps, collections, strings, numbers, booleans, null, and
 * {@link Raw} text such as a protobuf message already printed), the way Mesos's classic endpoints
 * look: doubles keep their decimal point ("4.0"), whole numbers do not. A document can go to a
 * stream as it is written, a block at a time, and {@link Each} renders a list's elements only as they
 * are written, so a large cluster's state is never held in memory whole, as text or as a tree.
 */
final class Json {
    /** JSON text inserted as is. */
    record Raw(String json) {
    }

    /** A list written element by element, each rendered (to any value above) just before it is written. */
    record Each<T>(Collection<T> items, Function<T, ?> render) {
    }

    private static final int BLOCK_CHARS = 32 * 1024;

    private final StringBuilder out = new StringBuilder();
    private final OutputStream stream; // null: the text is the result

    private Json(OutputStream stream) {
        this.stream = stream;
    }

    static String write(Object value) {
        Json json = new Json(null);
        try {
            json.value(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot happen without a stream", e);
        }
        return json.out.toString();
    }

    /** Writes the document to the stream as UTF-8, a block at a time; the stream is flushed, not closed. */
    static void write(Object value, OutputStream stream) throws IOException {
        Json json = new Json(stream);
        json.value(value);
        json.spill(0);
        stream.flush();
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.json);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(Double.isFinite(d) ? plain(d) : "null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(String.valueOf(entry.getKey()));
                out.append(':');
                value(entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            array(list, Function.identity());
        } else if (value instanceof Each<?> each) {
            each(each);
        } else {
            string(value.toString());
        }
    }

    private <T> void each(Each<T> each) throws IOException {
        array(each.items(), each.render());
    }

    private <T> void array(Collection<T> items, Function<? super T, ?> render) throws IOException {
        out.append('[');
        boolean first = true;
        for (T element : items) {
            out.append(first ? "" : ",");
            first = false;
            value(render.apply(element));
            spill(BLOCK_CHARS);
        }
        out.append(']');
    }

    /**
     * {@code BigDecimal.valueOf(d).toPlainString()}, without the BigDecimal for the usual numbers: every
     * task status has a timestamp past 1e7, which Java writes with an exponent; moving the decimal point
     * gives the same text.
     */
    static String plain(double d) {
        String text = Double.toString(d);
        int e = text.indexOf('E');
        if (d == 0 || e >= 0 && text.charAt(e + 1) == '-') {
            return BigDecimal.valueOf(d).toPlainString(); // zero (no sign in BigDecimal), and tiny amounts
        }
        if (e < 0) {
            return text;
        }
        int start = d < 0 ? 1 : 0;
        int dot = text.indexOf('.');
        String digits = text.substring(start, dot) + text.substring(dot + 1, e);
        int whole = dot - start + Integer.parseInt(text.substring(e + 1));
        StringBuilder plain = new StringBuilder(whole + digits.length() + 2).append(text, 0, start);
        if (whole >= digits.length()) {
            return plain.append(digits).append("0".repeat(whole - digits.length())).toString();
        }
        return plain.append(digits, 0, whole).append('.').append(digits, whole, digits.length()).toString();
    }

    /** Sends the text so far to the stream once it is at least {@code atLeast} long. */
    private void spill(int atLeast) throws IOException {
        if (stream != null && out.length() >= atLeast && out.length() > 0) {
            stream.write(out.toString().getBytes(StandardCharsets.UTF_8));
            out.setLength(0);
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
