package io.osmos.master;

import static io.osmos.master.AllocatorEndpointTest.awaitInUse;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.master.support.TestMaster;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.osgi.framework.Constants;

/**
 * An allocator registered as a prototype service, as the service registry would hand it to the
 * master: a fresh instance per get, released on unget as DS deactivates it, each one remembered.
 */
final class PrototypeService implements AllocatorCandidate.Instances {
    private static final AtomicLong IDS = new AtomicLong(5000);

    final List<Allocator> given = new CopyOnWriteArrayList<>();
    final List<Allocator> returned = new CopyOnWriteArrayList<>();
    final AllocatorCandidate candidate;
    private final Supplier<Allocator> create;
    private final Consumer<Allocator> release;

    PrototypeService(String name, Supplier<Allocator> create, Consumer<Allocator> release) {
        this.create = create;
        this.release = release;
        long id = IDS.incrementAndGet();
        candidate = new AllocatorCandidate(id, 0, name, Map.of(Modules.NAME, name, Constants.SERVICE_ID, id), this);
    }

    /** Makes {@code master} choose this allocator, the only one registered, and waits until it is in use. */
    AllocatorCandidates chosenBy(TestMaster master) {
        AllocatorCandidates candidates = new AllocatorCandidates();
        candidates.attach(master.master, candidate.name(), "");
        candidates.add(candidate);
        awaitInUse(master, candidate.name());
        return candidates;
    }

    @Override
    public Allocator get() {
        Allocator instance = create.get();
        given.add(instance);
        return instance;
    }

    @Override
    public void unget(Allocator instance) {
        returned.add(instance);
        release.accept(instance);
    }
}
