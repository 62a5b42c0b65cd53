package io.osmos.runtime.internal.http;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * The once-only claim on an exchange's answer and the headers added before it. Endpoints answer
 * from their actors, possibly racing a failure path on the I/O thread: exactly one answer wins.
 */
final class ResponseGate {
    private HttpHeaders headers; // made when the first one is added: most answers add none
    private boolean claimed;

    synchronized void addHeader(String name, String value, Object exchange) {
        if (claimed) {
            throw new IllegalStateException("Cannot add header '" + name + "': the response to " + exchange
                    + " has already started");
        }
        if (headers == null) {
            headers = new DefaultHttpHeaders();
        }
        headers.add(name, value);
    }

    /** @throws IllegalStateException when the exchange has already been answered */
    synchronized void claim(Object exchange) {
        if (claimed) {
            throw new IllegalStateException("The request " + exchange + " has already been answered");
        }
        claimed = true;
    }

    synchronized boolean isClaimed() {
        return claimed;
    }

    synchronized void copyHeadersTo(HttpHeaders target) {
        if (headers != null) {
            target.add(headers);
        }
    }
}
