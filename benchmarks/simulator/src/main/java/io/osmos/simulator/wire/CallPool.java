package io.osmos.simulator.wire;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The connections simulated peers send their calls on (everything but event streams). A real agent
 * or framework would hold its own connection; sharing a few pipelined ones keeps thousands of
 * simulated peers within the file descriptor limit and measures the master, not connection set-up.
 * Calls and event streams are carried on the same event loop, so a peer's replies arrive on the
 * thread that owns its state.
 */
public final class CallPool {
    private final Map<EventLoop, List<CallConnection>> byLoop = new HashMap<>();
    private final List<CallConnection> all = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /** @param perLoop connections on each event loop of the wire */
    public CallPool(Wire wire, int perLoop) {
        if (perLoop < 1) {
            throw new IllegalArgumentException("call connections per loop must be at least 1, got " + perLoop);
        }
        for (EventLoop loop : wire.loops()) {
            List<CallConnection> connections = new ArrayList<>();
            for (int i = 0; i < perLoop; i++) {
                connections.add(new CallConnection(wire, loop));
            }
            byLoop.put(loop, connections);
            all.addAll(connections);
        }
    }

    /** Sends on a connection of the given loop, where the reply future then completes. */
    public CompletableFuture<Reply> send(Request request, EventLoop loop) {
        List<CallConnection> connections = byLoop.getOrDefault(loop, all);
        return connections.get(Math.floorMod(next.getAndIncrement(), connections.size())).send(request);
    }
}
