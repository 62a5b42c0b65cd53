package io.osmos.api.auth;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The part of an HTTP request an authenticator may look at. Header names are case-insensitive, as in
 * HTTP.
 *
 * @param realm the endpoint's authentication realm, e.g. {@link Realms#MASTER_READWRITE}
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the request path without the query, e.g. {@code /api/v1/scheduler}
 * @param headers every header with all its values, in the order received
 */
public record AuthenticationRequest(String realm, String method, String path,
        Map<String, List<String>> headers) {

    public AuthenticationRequest {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(headers, "headers");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), AuthenticationRequest::concat));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, e.g. {@code header("authorization")}. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
