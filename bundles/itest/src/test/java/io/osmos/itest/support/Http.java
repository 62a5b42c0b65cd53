package io.osmos.itest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Plain HTTP/1.1 GETs on loopback, as curl would send them; no client library needed in a container. */
public final class Http {
    private Http() {
    }

    /** What came back: the status line's code, the Content-Type header and the body as text. */
    public record Response(int status, String contentType, String body) {
    }

    public static Response get(String host, int port, String path) {
        try {
            URL url = new URL("http", host, port, path);
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(10_000);
            connection.setRequestProperty("Accept", "application/json");
            try {
                int status = connection.getResponseCode();
                InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                return new Response(status, connection.getContentType(), body);
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GET http://" + host + ":" + port + path + " failed: " + e, e);
        }
    }
}
