package io.osmos.benchmarks.swap;

import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Only for building the cluster: offers the k-th agent that registers, whole, to framework k mod F,
 * as Mesos's allocator benchmarks spread their load, and ignores everything else. The benchmark then
 * swaps it for a real allocator.
 */
final class LoadingAllocator {
    private LoadingAllocator() {
    }

    static Allocator create() {
        List<FrameworkID> frameworks = new CopyOnWriteArrayList<>();
        OfferCallback[] callback = new OfferCallback[1];
        int[] agents = new int[1];
        return (Allocator) Proxy.newProxyInstance(Allocator.class.getClassLoader(), new Class<?>[] {Allocator.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "initialize" -> {
                        callback[0] = (OfferCallback) args[1];
                        yield null;
                    }
                    case "addFramework" -> frameworks.add((FrameworkID) args[0]) ? null : null;
                    case "addAgent" -> {
                        FrameworkID owner = frameworks.get(agents[0]++ % frameworks.size());
                        // both forms end with (total, used); the master calls the one with capabilities
                        Resources total = (Resources) args[args.length - 2];
                        callback[0].offers(owner, Map.of("*", Map.of((AgentID) args[0], total.allocate("*"))));
                        yield null;
                    }
                    case "updateAvailable" -> CompletableFuture.completedFuture(null);
                    case "metrics" -> Map.of();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "loading allocator";
                    default -> null;
                });
    }
}
