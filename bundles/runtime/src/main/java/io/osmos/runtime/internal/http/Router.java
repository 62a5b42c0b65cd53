package io.osmos.runtime.internal.http;

import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which endpoint serves a path. Written when endpoints come and go (rare), read on every request
 * (often): lookups scan an immutable snapshot, so they never lock.
 */
public final class Router {
    /** Lowest priority: any registered endpoint on the same path replaces a built-in one. */
    static final int BUILT_IN_RANKING = Integer.MIN_VALUE;

    record Route(String base, boolean prefix, int ranking, long order, HttpEndpoint endpoint) {
        boolean matches(String path) {
            return prefix ? path.equals(base) || path.startsWith(base + "/") : path.equals(base);
        }
    }

    private static final Comparator<Route> PRIORITY = Comparator
            .comparingInt((Route r) -> -r.base.length())
            .thenComparing(r -> r.prefix) // exact before prefix
            .thenComparing((a, b) -> Integer.compare(b.ranking, a.ranking)) // higher ranking first
            .thenComparingLong(r -> r.order);

    private final Map<Object, List<Route>> routes = new ConcurrentHashMap<>();
    private volatile List<Route> snapshot = List.of();

    /** A router holding the built-in /version and /health endpoints. */
    public static Router withBuiltIns() {
        Router router = new Router();
        router.add("built-in:/version", "/version", BUILT_IN_RANKING, Long.MAX_VALUE, new VersionEndpoint());
        router.add("built-in:/health", "/health", BUILT_IN_RANKING, Long.MAX_VALUE, exchange -> exchange.respond(200));
        return router;
    }

    /** Adds or replaces the route of an owner that serves a single path. */
    public void add(Object owner, String path, int ranking, long order, HttpEndpoint endpoint) {
        add(owner, List.of(path == null ? "" : path), ranking, order, endpoint);
    }

    /**
     * Adds or replaces the routes registered by an owner (e.g. a service id).
     *
     * @param paths exact paths ("/state") or prefixes ("/files/*")
     * @param order tie-breaker among equal paths and rankings, lower first (the service id)
     * @throws IllegalArgumentException when there is no path or a path is not absolute
     */
    public void add(Object owner, Collection<String> paths, int ranking, long order, HttpEndpoint endpoint) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(HttpEndpoint.PATH + " is missing");
        }
        List<Route> parsed = new ArrayList<>();
        for (String path : paths) {
            parsed.add(parse(path, ranking, order, endpoint));
        }
        routes.put(owner, List.copyOf(parsed));
        refresh();
    }

    public void remove(Object owner) {
        if (routes.remove(owner) != null) {
            refresh();
        }
    }

    /** The endpoint for a request path, or null. */
    public HttpEndpoint lookup(String path) {
        for (Route route : snapshot) {
            if (route.matches(path)) {
                return route.endpoint;
            }
        }
        return null;
    }

    private static Route parse(String path, int ranking, long order, HttpEndpoint endpoint) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException(HttpEndpoint.PATH + " must be an absolute path such as "
                    + "'/api/v1/scheduler' or '/files/*', got '" + path + "'");
        }
        if (path.endsWith("/*")) {
            return new Route(path.substring(0, path.length() - 2), true, ranking, order, endpoint);
        }
        return new Route(path, false, ranking, order, endpoint);
    }

    private synchronized void refresh() {
        List<Route> sorted = new ArrayList<>();
        routes.values().forEach(sorted::addAll);
        sorted.sort(PRIORITY);
        snapshot = List.copyOf(sorted);
    }
}
