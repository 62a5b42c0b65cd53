package io.osmos.runtime.internal.http;

import com.google.protobuf.Message;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.MediaType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * An exchange on a Netty channel. Responses may be written from any thread: Netty queues writes
 * from other threads onto the channel's event loop, in order.
 */
final class NettyExchange implements HttpExchange {
    private final Channel channel;
    private final RequestData request;
    private final Runnable finished;
    private final ResponseGate gate = new ResponseGate();

    /**
     * @param finished runs on the event loop once the response is fully written
     * @throws IllegalArgumentException when the URI cannot be decoded
     */
    NettyExchange(Channel channel, FullHttpRequest request, Runnable finished) {
        this.channel = channel;
        this.request = RequestData.of(request);
        this.finished = finished;
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
        respond(status, type.contentType(), Codec.encode(message, type));
    }

    @Override
    public void respond(int status, String contentType, byte[] content) {
        gate.claim(this);
        FullHttpResponse response = new DefaultFullHttpResponse(request.version(),
                HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(content));
        boolean keep = prepare(response, contentType);
        HttpUtil.setContentLength(response, content.length);
        channel.writeAndFlush(response).addListener(written -> {
            if (!keep || !written.isSuccess()) {
                channel.close();
            }
            finished.run();
        });
    }

    @Override
    public void respondText(int status, String message) {
        respond(status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void respondJson(int status, String json) {
        respond(status, MediaType.JSON.contentType(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public EventStream stream(int status, Map<String, String> headers) {
        MediaType type = accept(); // before claiming, so a 406 leaves the exchange to answer
        gate.claim(this);
        HttpResponse response = new DefaultHttpResponse(request.version(), HttpResponseStatus.valueOf(status));
        headers.forEach(response.headers()::set);
        boolean keep = prepare(response, type.contentType());
        HttpUtil.setTransferEncodingChunked(response, true);
        NettyEventStream stream = new NettyEventStream(channel, type, keep, finished);
        channel.writeAndFlush(response);
        return stream;
    }

    @Override
    public boolean isResponded() {
        return gate.isClaimed();
    }

    @Override
    public String toString() {
        return request.method() + " " + request.path();
    }

    /** Copies the endpoint's headers in and settles keep-alive; true when the connection stays open. */
    private boolean prepare(HttpResponse response, String contentType) {
        gate.copyHeadersTo(response.headers());
        if (contentType != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        }
        return request.settleConnection(response);
    }
}
