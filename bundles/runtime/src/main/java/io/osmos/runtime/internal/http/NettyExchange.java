package io.osmos.runtime.internal.http;

import com.google.protobuf.Message;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.MediaType;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exchange on a Netty channel. Responses may be written from any thread: they go out in the
 * request's turn through the connection's outbox, which hands them to the event loop; messages are
 * encoded there, off the caller's thread (typically an actor's).
 */
final class NettyExchange implements HttpExchange {
    private static final Logger LOG = LoggerFactory.getLogger(NettyExchange.class);
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Channel channel;
    private final Turns.Turn turn;
    private final RequestData request;
    private final Runnable finished;
    private final ResponseGate gate = new ResponseGate();
    private final Answer answer;

    /**
     * @param turn this request's place among the connection's answers
     * @param finished runs on the event loop once the answer is complete (see {@link Answer})
     * @throws IllegalArgumentException when the URI cannot be decoded
     */
    NettyExchange(Channel channel, Turns.Turn turn, RequestData request, Runnable finished) {
        this.channel = channel;
        this.turn = turn;
        this.request = request;
        this.finished = finished;
        this.answer = new Answer(channel, turn, request, gate, finished);
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.path();
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        return request.queryParameters();
    }

    @Override
    public String header(String name) {
        return request.headers().get(name);
    }

    @Override
    public byte[] body() {
        return request.body().clone();
    }

    @Override
    public MediaType contentType() {
        return MediaType.ofContentType(header(HttpHeaderNames.CONTENT_TYPE.toString()));
    }

    @Override
    public MediaType accept() {
        return MediaType.negotiate(header(HttpHeaderNames.ACCEPT.toString()));
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    @Override
    public HttpExchange header(String name, String value) {
        gate.addHeader(name, value, this);
        return this;
    }

    @Override
    public void respond(int status, Message message) {
        MediaType type;
        try {
            type = accept();
        } catch (BadRequestException e) {
            respondText(e.status(), e.getMessage());
            return;
        }
        gate.claim(this);
        answer.whole(() -> {
            try {
                return answer.full(status, type.contentType(), Codec.encode(message, type));
            } catch (RuntimeException | OutOfMemoryError e) {
                // Too big to encode whole, or a bug: the client still gets an answer.
                LOG.warn("Cannot encode the answer to {}", this, e);
                return answer.full(500, TEXT, utf8("Failed to encode the response: " + e));
            }
        });
    }

    @Override
    public void respond(int status, String contentType, byte[] content) {
        gate.claim(this);
        answer.whole(() -> answer.full(status, contentType, content));
    }

    @Override
    public void respond(int status, String contentType, Consumer<OutputStream> body) {
        gate.claim(this);
        BodyThreads.execute(() -> writeBody(status, contentType, body));
    }

    @Override
    public void respondText(int status, String message) {
        respond(status, TEXT, utf8(message));
    }

    @Override
    public void respondJson(int status, String json) {
        respond(status, MediaType.JSON.contentType(), utf8(json));
    }

    @Override
    public EventStream stream(int status, Map<String, String> headers) {
        MediaType type = accept(); // before claiming, so a 406 leaves the exchange to answer
        gate.claim(this);
        // The head is queued before the stream is handed out, so no event can overtake it.
        boolean keep = answer.head(status, type.contentType(), headers);
        return new NettyEventStream(channel, turn, type, keep, finished);
    }

    @Override
    public boolean isResponded() {
        return gate.isClaimed();
    }

    @Override
    public String toString() {
        return request.method() + " " + request.path();
    }

    /** Runs on a body thread: the endpoint's writer, then the end of the body, or the failure. */
    private void writeBody(int status, String contentType, Consumer<OutputStream> body) {
        ChunkedBody out = new ChunkedBody(answer, status, contentType);
        try {
            body.accept(out);
            out.close();
        } catch (Throwable t) {
            if (!out.started()) {
                LOG.warn("Failed to write the answer to {}", this, t);
                answer.whole(() -> answer.full(500, TEXT, utf8("Failed to write the response: " + t)));
            } else {
                // Part of the body is out and the status with it; only a cut connection says it is incomplete.
                LOG.warn("Failed to write the answer to {} after it had begun; closing the connection: {}", this,
                        t.toString());
                channel.close();
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
