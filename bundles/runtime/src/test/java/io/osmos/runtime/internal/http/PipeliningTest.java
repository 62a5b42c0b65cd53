package io.osmos.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.runtime.http.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests sent back to back on one connection all reach their endpoint at once, and are answered in
 * their order, whoever answers when.
 */
class PipeliningTest {
    private static final int REQUESTS = 16;

    private final LoopbackServer http = new LoopbackServer();
    private final ExecutorService answerers = Executors.newFixedThreadPool(4);

    @AfterEach
    void close() {
        answerers.shutdownNow();
        http.close();
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderFromOtherThreads() throws Exception {
        http.route("/echo", exchange -> answerers.execute(() ->
                exchange.respondText(200, exchange.queryParameter("n"))));
        assertEquals(numbers(), send());
    }

    @Test
    void pipelinedRequestsAreHandledTogetherAndAnswersGivenLastComeOutInRequestOrder() throws Exception {
        List<HttpExchange> arrived = new ArrayList<>();
        http.route("/echo", exchange -> {
            // All of them reach the endpoint before any is answered; then they are answered last first.
            arrived.add(exchange);
            if (arrived.size() == REQUESTS) {
                List<HttpExchange> all = List.copyOf(arrived);
                answerers.execute(() -> {
                    for (int i = all.size() - 1; i >= 0; i--) {
                        all.get(i).respondText(200, all.get(i).queryParameter("n"));
                    }
                });
            }
        });
        assertEquals(numbers(), send());
    }

    private List<String> send() throws IOException {
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < REQUESTS; i++) {
            requests.append("GET /echo?n=").append(i).append(" HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", http.server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requests.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return bodies(socket.getInputStream());
        }
    }

    private static List<String> numbers() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            numbers.add(String.valueOf(i));
        }
        return numbers;
    }

    /** Reads REQUESTS responses with Content-Length bodies off the connection; their bodies in order. */
    private static List<String> bodies(InputStream in) throws IOException {
        List<String> bodies = new ArrayList<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        Pattern length = Pattern.compile("(?i)\r\ncontent-length: (\\d+)\r\n");
        int from = 0;
        byte[] buffer = new byte[4096];
        while (bodies.size() < REQUESTS) {
            String text = seen.toString(StandardCharsets.US_ASCII);
            int headEnd = text.indexOf("\r\n\r\n", from);
            if (headEnd >= 0) {
                Matcher matcher = length.matcher(text.substring(from, headEnd + 2));
                if (!matcher.find()) {
                    throw new IOException("a response without Content-Length: " + text.substring(from));
                }
                int end = headEnd + 4 + Integer.parseInt(matcher.group(1));
                if (text.length() >= end) {
                    bodies.add(text.substring(headEnd + 4, end));
                    from = end;
                    continue;
                }
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException e) {
                throw new IOException("no answer after " + bodies.size() + " responses: " + text, e);
            }
            if (n < 0) {
                throw new IOException("connection closed after " + bodies.size() + " responses: " + text);
            }
            seen.write(buffer, 0, n);
        }
        return bodies;
    }
}
