package io.osmos.master.support;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Filters;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A tiny deterministic allocator ({@link FakeBooks} holds its policy): whenever something changes, unless
 * paused, it offers each active agent's free resources, whole, to the first framework that may have
 * them. It calls back synchronously and records what it is told ({@link #calls}); the offers it makes go
 * to the shared journal, if any, as "label offers framework agent".
 */
public final class FakeAllocator extends AllocatorStub {
    /** One recoverResources call. */
    public record Recovered(FrameworkID framework, AgentID agent, Resources resources, Optional<Filters> filters,
            boolean allocated) {
    }

    public final List<Recovered> recovered = new CopyOnWriteArrayList<>();
    private final FakeBooks books = new FakeBooks();
    private volatile OfferCallback callback;
    private boolean paused;

    public FakeAllocator() {
        super(null, null);
    }

    /** A fake that also writes its calls and offers to a journal it shares with others, under its label. */
    public FakeAllocator(String label, List<String> journal) {
        super(label, journal);
    }

    @Override
    public void initialize(AllocatorOptions options, OfferCallback offers) {
        callback = offers;
        paused = false;
        record("initialize");
    }

    /** Recorded as "addFramework id used={..} active=true suppressed=[..]". */
    @Override
    @SuppressWarnings("deprecation")
    public void addFramework(FrameworkID id, FrameworkInfo info, Map<AgentID, Resources> used, boolean active,
            Set<String> suppressedRoles) {
        record("addFramework " + id.getValue() + " used=" + used + " active=" + active + " suppressed="
                + new TreeSet<>(suppressedRoles));
        books.frameworks.put(id, info.getRolesCount() > 0 ? info.getRoles(0) : info.getRole());
        used.forEach(books::take);
        if (!active) {
            books.inactive.add(id);
        }
        if (!suppressedRoles.isEmpty()) {
            books.suppressed.add(id);
        }
        allocate();
    }

    @Override
    public void removeFramework(FrameworkID id) {
        record("removeFramework " + id.getValue());
        books.frameworks.remove(id);
    }

    @Override
    public void activateFramework(FrameworkID id) {
        record("activateFramework " + id.getValue());
        books.inactive.remove(id);
        allocate();
    }

    @Override
    public void deactivateFramework(FrameworkID id) {
        record("deactivateFramework " + id.getValue());
        books.inactive.add(id);
    }

    /** The form without capabilities, which the master no longer calls: recorded with "(no capabilities)". */
    @Override
    public void addAgent(AgentID id, AgentInfo info, Resources total, Map<FrameworkID, Resources> used) {
        added(id, total, used, "(no capabilities)");
    }

    /** Recorded as "addAgent id used={..} capabilities=[MULTI_ROLE, ..]". */
    @Override
    public void addAgent(AgentID id, AgentInfo info, List<AgentInfo.Capability> capabilities, Resources total,
            Map<FrameworkID, Resources> used) {
        added(id, total, used, "capabilities=" + capabilities.stream().map(c -> c.getType().name()).toList());
    }

    private void added(AgentID id, Resources total, Map<FrameworkID, Resources> used, String capabilities) {
        record("addAgent " + id.getValue() + " used=" + used + " " + capabilities);
        books.addAgent(id, total);
        used.values().forEach(resources -> books.take(id, resources));
        allocate();
    }

    @Override
    public void removeAgent(AgentID id) {
        record("removeAgent " + id.getValue());
        books.removeAgent(id);
    }

    @Override
    public void activateAgent(AgentID id) {
        record("activateAgent " + id.getValue());
        books.deactivated.remove(id);
        allocate();
    }

    @Override
    public void deactivateAgent(AgentID id) {
        record("deactivateAgent " + id.getValue());
        books.deactivated.add(id);
    }

    @Override
    public void recoverResources(FrameworkID frameworkId, AgentID agentId, Resources resources,
            Optional<Filters> filters, boolean isAllocated) {
        record("recoverResources " + frameworkId.getValue() + " " + agentId.getValue() + " " + resources);
        recovered.add(new Recovered(frameworkId, agentId, resources, filters, isAllocated));
        books.giveBack(agentId, resources);
        if (filters.isPresent() && filters.get().getRefuseSeconds() > 0) {
            books.filtered.add(FakeBooks.filter(frameworkId, agentId));
        }
        allocate();
    }

    @Override
    public void suppressOffers(FrameworkID frameworkId, Set<String> roles) {
        record("suppressOffers " + frameworkId.getValue() + " " + roles);
        books.suppressed.add(frameworkId);
    }

    @Override
    public void reviveOffers(FrameworkID frameworkId, Set<String> roles) {
        record("reviveOffers " + frameworkId.getValue() + " " + roles);
        books.suppressed.remove(frameworkId);
        books.filtered.removeIf(key -> key.startsWith(frameworkId.getValue() + "@"));
        allocate();
    }

    @Override
    public void pause() {
        record("pause");
        paused = true;
    }

    @Override
    public void resume() {
        record("resume");
        paused = false;
        allocate();
    }

    @Override
    public Map<String, Number> metrics() {
        return Map.of("allocator/fake/frameworks", books.frameworks.size());
    }

    /** The callback the master handed over, to play an allocator that calls late. */
    public OfferCallback callback() {
        return callback;
    }

    /** Waits for a recoverResources call that matches. */
    public Recovered awaitRecovered(String what, Predicate<Recovered> matches) {
        return Await.present("recoverResources " + what,
                () -> recovered.stream().filter(matches).findFirst());
    }

    private void allocate() {
        if (!paused) {
            books.allocate(callback, offer -> note("offers " + offer));
        }
    }
}
