package io.osmos.runtime.http;

import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One HTTP request and its one response. The server calls the endpoint on an I/O thread; the endpoint
 * hands the work to its actor and may answer later from any thread. Every exchange gets exactly one
 * answer: a {@code respond...} call or {@link #stream}; a second one throws IllegalStateException.
 */
@ProviderType
public interface HttpExchange {
    /** The request method, upper case, e.g. "POST". */
    String method();

    /** The decoded request path without the query, e.g. "/api/v1/scheduler". */
    String path();

    /** Decoded query parameters in request order; empty when there is no query. */
    Map<String, List<String>> queryParameters();

    /** The first value of a query parameter, or null. */
    default String queryParameter(String name) {
        List<String> values = queryParameters().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a request header (name is case-insensitive), or null. */
    String header(String name);

    /** The request body; empty when there is none. */
    byte[] body();

    /**
     * The encoding of the request body.
     *
     * @throws BadRequestException 400 when Content-Type is missing, 415 when it is unsupported
     */
    MediaType contentType();

    /**
     * The encoding the client accepts for the response.
     *
     * @throws BadRequestException 406 when Accept allows neither JSON nor protobuf
     */
    MediaType accept();

    InetSocketAddress remoteAddress();

    /** Adds a response header; call it before responding. Returns this exchange. */
    HttpExchange header(String name, String value);

    /** Answers with the message encoded as {@link #accept()} says (406 if Accept allows neither). */
    void respond(int status, Message body);

    /** Answers with raw bytes; a null content type sends no Content-Type header. */
    void respond(int status, String contentType, byte[] body);

    /**
     * Answers with a body that is written as it is made, for documents too big to hold whole (the
     * state of a large cluster). {@code body} runs on a thread of the platform's, never the caller's,
     * and writes to the stream it is given; the bytes go out in chunks (Transfer-Encoding: chunked)
     * and a write waits while the client is slow to read, so a body may be far larger than what is
     * held in memory at once. A body short enough for one chunk goes out with a Content-Length
     * instead. If {@code body} throws before anything was sent, the answer is 500 naming the failure;
     * after that the connection is closed, which the client sees as a truncated response. The stream
     * throws IOException once the client has gone; {@code body} may let it propagate wrapped.
     *
     * @since 1.1
     */
    default void respond(int status, String contentType, Consumer<OutputStream> body) {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try {
            body.accept(whole);
        } catch (RuntimeException e) {
            respondText(500, "Failed to write the response: " + e);
            return;
        }
        respond(status, contentType, whole.toByteArray());
    }

    /** Answers with an empty body, e.g. 202 Accepted. */
    default void respond(int status) {
        respond(status, null, new byte[0]);
    }

    /** Answers with a plain-text message (UTF-8). */
    void respondText(int status, String message);

    /** Answers with JSON text the caller built. */
    void respondJson(int status, String json);

    /**
     * Opens a streaming (chunked) response whose Content-Type is {@link #accept()}; the headers are
     * sent at once and each {@link EventStream#send} becomes one RecordIO record in one chunk.
     *
     * @throws BadRequestException 406 when Accept allows neither encoding; the exchange stays unanswered
     */
    EventStream stream(int status, Map<String, String> headers);

    /** True once a response or stream has been started. */
    boolean isResponded();
}
