package io.osmos.master;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.master.support.FakeAllocator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.osgi.framework.Constants;

/**
 * An allocator "service" for tests of the choice: what the registry would hand out, with every
 * instance it gave and every one given back, so a test sees fresh instances and releases.
 */
final class Registered implements AllocatorCandidate.Instances {
    private static final AtomicLong IDS = new AtomicLong(1000);

    final List<Allocator> given = new CopyOnWriteArrayList<>();
    final List<Allocator> returned = new CopyOnWriteArrayList<>();
    final AllocatorCandidate candidate;
    private final Supplier<Allocator> instances;

    private Registered(String name, int ranking, Supplier<Allocator> instances) {
        this.instances = instances;
        long id = IDS.incrementAndGet();
        candidate = new AllocatorCandidate(id, ranking, name, Map.of(Modules.NAME, name, Constants.SERVICE_ID, id,
                Constants.SERVICE_RANKING, ranking), this);
    }

    static Registered fake(String name) {
        return new Registered(name, 0, FakeAllocator::new);
    }

    static Registered of(String name, int ranking, Supplier<Allocator> instances) {
        return new Registered(name, ranking, instances);
    }

    /** The instance handed out last. */
    FakeAllocator last() {
        return (FakeAllocator) given.get(given.size() - 1);
    }

    long serviceId() {
        return candidate.serviceId();
    }

    @Override
    public Allocator get() {
        Allocator instance = instances.get();
        given.add(instance);
        return instance;
    }

    @Override
    public void unget(Allocator instance) {
        returned.add(instance);
    }
}
