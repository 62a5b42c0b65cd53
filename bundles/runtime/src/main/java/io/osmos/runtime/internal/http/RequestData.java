package io.osmos.runtime.internal.http;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request copied out of Netty's reference-counted buffers, so an endpoint may read it from any
 * thread at any time after Netty has reused them. The headers need no copy: they are a plain object
 * of this request's own, which Netty neither pools nor changes once the request is decoded.
 */
record RequestData(String method, String path, Map<String, List<String>> queryParameters, HttpHeaders headers,
        byte[] body, HttpVersion version, boolean keepAlive) {

    /** @throws IllegalArgumentException when the URI cannot be decoded */
    static RequestData of(FullHttpRequest request) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        return new RequestData(request.method().name(), uri.path(), immutable(uri.parameters()),
                request.headers(), ByteBufUtil.getBytes(request.content()), request.protocolVersion(),
                HttpUtil.isKeepAlive(request));
    }

    /**
     * Sets the Connection header of the response; true when the connection stays open, i.e. the
     * client asked for keep-alive and the endpoint did not say "Connection: close".
     */
    boolean settleConnection(HttpResponse response) {
        // Most answers carry no Connection header: asking whether there is one first allocates
        // nothing, where looking through its values makes an iterator for every answer.
        boolean keep = keepAlive && !(response.headers().contains(HttpHeaderNames.CONNECTION) && response.headers()
                .containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true));
        if (!keep) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (version.equals(HttpVersion.HTTP_1_0)) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        return keep;
    }

    private static Map<String, List<String>> immutable(Map<String, List<String>> parameters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
