package io.osmos.runtime.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * How one exchange's answer goes out on its connection, in its turn: whole, as the head of a chunked
 * body, and the chunks and end of such a body. Settles keep-alive and tells the connection when the
 * answer is complete.
 */
final class Answer {
    private final Channel channel;
    private final Turns.Turn turn;
    private final RequestData request;
    private final ResponseGate gate;
    private final Runnable finished;

    /**
     * @param finished runs on the event loop once the answer is complete: handed to a kept-alive
     *     connection behind everything written before it, or written out before the connection closes
     */
    Answer(Channel channel, Turns.Turn turn, RequestData request, ResponseGate gate, Runnable finished) {
        this.channel = channel;
        this.turn = turn;
        this.request = request;
        this.gate = gate;
        this.finished = finished;
    }

    /** Hands a whole response, made on the event loop, to the connection. */
    void whole(Supplier<FullHttpResponse> response) {
        boolean[] keep = new boolean[1];
        turn.last(() -> {
            FullHttpResponse made = response.get();
            keep[0] = request.settleConnection(made);
            return made;
        }, () -> {
            if (keep[0]) {
                finished.run();
            }
        }, written -> {
            if (!keep[0] || !written.isSuccess()) {
                channel.close();
            }
            if (!keep[0]) {
                finished.run();
            }
        });
    }

    /** A response with a Content-Length body and the endpoint's headers. */
    FullHttpResponse full(int status, String contentType, byte[] content) {
        // No trailers: a body with a length has none, so no headers object is made for them.
        FullHttpResponse response = new DefaultFullHttpResponse(request.version(),
                HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(content), new DefaultHttpHeaders(),
                EmptyHttpHeaders.INSTANCE);
        withHeaders(response, contentType);
        HttpUtil.setContentLength(response, content.length);
        return response;
    }

    /**
     * Sends the head of a chunked response; the body follows with {@link #chunk} and {@link #end}.
     *
     * @return whether the connection stays open after the body
     */
    boolean head(int status, String contentType, Map<String, String> headers) {
        HttpResponse response = new DefaultHttpResponse(request.version(), HttpResponseStatus.valueOf(status));
        headers.forEach(response.headers()::set);
        withHeaders(response, contentType);
        boolean keep = request.settleConnection(response);
        HttpUtil.setTransferEncodingChunked(response, true);
        turn.write(() -> response, null);
        return keep;
    }

    /** Queues one chunk, which keeps the array; completes once it reached the network, or failed to. */
    CompletableFuture<Void> chunk(byte[] bytes, int length) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        turn.write(() -> new DefaultHttpContent(Unpooled.wrappedBuffer(bytes, 0, length)), written -> {
            if (written.isSuccess()) {
                done.complete(null);
            } else {
                done.completeExceptionally(written.cause());
            }
        });
        return done;
    }

    /** Sends the terminating chunk of a body whose head said {@code keep}. */
    void end(boolean keep) {
        turn.last(() -> LastHttpContent.EMPTY_LAST_CONTENT, keep ? finished : null, written -> {
            if (!keep || !written.isSuccess()) {
                channel.close();
            }
            if (!keep) {
                finished.run();
            }
        });
    }

    private void withHeaders(HttpResponse response, String contentType) {
        gate.copyHeadersTo(response.headers());
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
    }
}
