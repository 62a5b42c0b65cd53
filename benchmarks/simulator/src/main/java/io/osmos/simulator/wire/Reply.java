package io.osmos.simulator.wire;

import java.nio.charset.StandardCharsets;

/** A complete response: status and body. */
public record Reply(int status, byte[] body) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String text = text();
        return status + (text.isEmpty() ? "" : " " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }
}
