package io.osmos.master.http;

import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Master;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every endpoint of a master by the path (or path prefix) it is registered under. */
public final class MasterEndpoints {
    private MasterEndpoints() {
    }

    /**
     * Also {@code /allocator}, for a master whose allocator is chosen among registered ones, and the
     * metrics of the process's other parts in {@code /metrics/snapshot} and GET_METRICS.
     */
    public static Map<String, HttpEndpoint> of(Master master, AllocatorChoice choice, MetricsSources metrics) {
        Map<String, HttpEndpoint> endpoints = of(master, metrics);
        AllocatorEndpoint allocator = new AllocatorEndpoint(master, choice);
        AllocatorEndpoint.PATHS.forEach(path -> endpoints.put(path, allocator));
        return endpoints;
    }

    public static Map<String, HttpEndpoint> of(Master master) {
        return of(master, new MetricsSources());
    }

    private static Map<String, HttpEndpoint> of(Master master, MetricsSources metrics) {
        Map<String, HttpEndpoint> endpoints = new LinkedHashMap<>();
        endpoints.put(SchedulerEndpoint.PATH, new SchedulerEndpoint(master));
        endpoints.put(AgentEndpoint.PATH, new AgentEndpoint(master));
        endpoints.put(OperatorEndpoint.PATH, new OperatorEndpoint(master, metrics));
        StateEndpoint state = new StateEndpoint(master);
        StateEndpoint.PATHS.forEach(path -> endpoints.put(path, state));
        endpoints.put(MetricsEndpoint.PATH, new MetricsEndpoint(master, metrics));
        endpoints.putAll(ClassicEndpoint.all(master));
        RedirectEndpoint redirect = new RedirectEndpoint(master);
        RedirectEndpoint.PATHS.forEach(path -> endpoints.put(path, redirect));
        return endpoints;
    }
}
