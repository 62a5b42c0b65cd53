package io.osmos.runtime.internal.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each request on a connection to its endpoint as it arrives, as libprocess does: pipelined
 * requests are handled together (an actor answers a batch of them in one go, and the answers leave in
 * one write) while {@link Turns} keeps the responses in request order, as HTTP/1.1 requires. Requests
 * past a limit of unanswered ones wait here; past a second limit the client is not trusted and the
 * connection is closed. Runs on the connection's event loop only.
 */
final class ExchangeDispatcher extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeDispatcher.class);
    // Requests handed to endpoints and not yet answered, per connection.
    private static final int MAX_IN_FLIGHT = 16;
    // Further pipelined requests held per connection before we stop trusting the client.
    private static final int MAX_WAITING = 16;

    private final Router router;
    private final Supplier<FirewallRules> firewall;
    private final Queue<FullHttpRequest> waiting = new ArrayDeque<>();
    private Turns turns;
    private int inFlight;

    ExchangeDispatcher(Router router, Supplier<FirewallRules> firewall) {
        this.router = router;
        this.firewall = firewall;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        turns = new Turns(ctx.channel(), new Outbox(ctx.channel()));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request)) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (inFlight < MAX_IN_FLIGHT) {
            dispatch(ctx, request);
        } else if (waiting.size() < MAX_WAITING) {
            waiting.add(request);
        } else {
            request.release();
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        waiting.forEach(FullHttpRequest::release);
        waiting.clear();
        turns.abandon();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Closing HTTP connection from {}: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    private void dispatch(ChannelHandlerContext ctx, FullHttpRequest request) {
        inFlight++;
        Turns.Turn turn = turns.next();
        RequestData data;
        try {
            if (request.decoderResult().isFailure()) {
                reject(turn, "Malformed HTTP request: " + request.decoderResult().cause().getMessage());
                return;
            }
            data = RequestData.of(request);
        } catch (IllegalArgumentException e) {
            reject(turn, "Malformed request URI: " + e.getMessage());
            return;
        } finally {
            request.release();
        }
        route(new NettyExchange(ctx.channel(), turn, data, () -> finished(ctx)));
    }

    private void route(NettyExchange exchange) {
        String refusal = firewall.get().refusal(exchange.path());
        if (refusal != null) {
            exchange.respondText(403, refusal);
            return;
        }
        HttpEndpoint endpoint = router.lookup(exchange.path());
        if (endpoint == null) {
            exchange.respondText(404, "No endpoint at '" + exchange.path() + "'");
            return;
        }
        try {
            endpoint.handle(exchange);
        } catch (BadRequestException e) {
            answer(exchange, e.status(), e.getMessage());
        } catch (Throwable t) {
            LOG.warn("Endpoint for {} failed", exchange, t);
            answer(exchange, 500, "Failed to handle " + exchange + ": " + t);
        }
    }

    private static void answer(HttpExchange exchange, int status, String message) {
        String oneLine = String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
        try {
            exchange.respondText(status, oneLine);
        } catch (IllegalStateException alreadyAnswered) {
            LOG.warn("{} failed after answering: {}", exchange, oneLine);
        }
    }

    /** An answer is complete; a waiting request may go to its endpoint. */
    private void finished(ChannelHandlerContext ctx) {
        inFlight--;
        FullHttpRequest next = waiting.poll();
        if (next != null) {
            if (ctx.channel().isActive()) {
                dispatch(ctx, next);
            } else {
                next.release();
            }
        }
    }

    private static void reject(Turns.Turn turn, String message) {
        byte[] text = message.replaceAll("\\s*\\R\\s*", " ").getBytes(StandardCharsets.UTF_8);
        // After a request we could not read, the rest of the byte stream cannot be trusted.
        turn.last(() -> {
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.BAD_REQUEST, Unpooled.wrappedBuffer(text));
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            HttpUtil.setContentLength(response, text.length);
            return response;
        }, null, ChannelFutureListener.CLOSE);
    }
}
