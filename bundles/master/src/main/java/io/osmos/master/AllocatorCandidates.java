package io.osmos.master;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.master.core.AllocatorChoice;
import io.osmos.master.core.Handover;
import io.osmos.master.core.Master;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every registered allocator service, and the choice among them. The wanted name (configuration, the
 * {@code --allocator} flag, or an operator's {@link #select}) is used whenever an allocator of that
 * name is registered, highest service.ranking first. Otherwise the master falls back to the default
 * allocator, else to any registered one, so offers keep flowing when the bundle in use goes away; the
 * wanted one is swapped back in as soon as it is registered again (e.g. after a bundle update). Each
 * change hands a fresh instance to the master, which seeds it and swaps it in. An allocator service
 * whose instance threw while in use is passed over the same way until it is registered anew or chosen
 * by name again; with nothing else registered it stays in use.
 */
final class AllocatorCandidates implements AllocatorChoice {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorCandidates.class);

    private final CandidateSet candidates = new CandidateSet();
    private Master master;
    private String wanted;
    private String defaultName;
    private AllocatorCandidate chosen;
    private Allocator instance;
    private final AllocatorNotices notices = new AllocatorNotices();

    synchronized void add(AllocatorCandidate candidate) {
        candidates.add(candidate);
        reselect(false);
    }

    synchronized void remove(long serviceId) {
        AllocatorCandidate gone = candidates.remove(serviceId);
        if (gone != null && gone == chosen) {
            master.dropAllocator(instance);
            chosen = null;
            instance = null;
        }
        reselect(false);
    }

    /** Starts choosing for this master. */
    synchronized void attach(Master target, String name, String fallback) {
        master = target;
        target.allocatorFallback(this::replace);
        wanted = checked(name);
        defaultName = fallback == null ? "" : fallback.trim();
        reselect(false);
    }

    /**
     * A new wanted name from configuration: swaps if that changes which allocator is used, or when
     * {@code fresh} (new allocator options) in any case.
     */
    synchronized void want(String name, boolean fresh) {
        wanted = checked(name);
        candidates.forgive(name);
        reselect(fresh);
    }

    /** A new default (blank: any registered allocator will do); matters only while the wanted one is missing. */
    synchronized void fallback(String name) {
        defaultName = name == null ? "" : name.trim();
        reselect(false);
    }

    /** Swaps in a fresh instance of the allocator in use, e.g. for a new allocation interval. */
    synchronized void refresh() {
        reselect(true);
    }

    /** Stops choosing; the master releases the instance in use when it stops. */
    synchronized void detach() {
        master = null;
        chosen = null;
        instance = null;
    }

    @Override
    public synchronized SortedSet<String> registered() {
        return candidates.names();
    }

    @Override
    public synchronized String wanted() {
        return wanted;
    }

    @Override
    public synchronized String defaultName() {
        return defaultName;
    }

    @Override
    public synchronized CompletableFuture<Handover> select(String name) {
        candidates.forgive(checked(name));
        Optional<AllocatorCandidate> best = candidates.best(name);
        if (master == null || best.isEmpty()) {
            return CompletableFuture.failedFuture(new NoSuchElementException("No allocator named '" + name
                    + "' is registered"));
        }
        String before = wanted;
        wanted = name;
        return swap(best.get()).thenApply(handover -> {
            if (!handover.installed()) {
                restoreWanted(name, before);
            }
            return handover;
        });
    }

    private synchronized void restoreWanted(String failed, String before) {
        if (failed.equals(wanted)) {
            wanted = before;
        }
    }

    /**
     * The instance in use threw (on the master's actor): pass its service over and choose again.
     * Returns the allocator swapped in, if any.
     */
    private synchronized Optional<String> replace(Allocator failed) {
        if (master == null || chosen == null) {
            return Optional.empty();
        }
        if (failed != instance) {
            return Optional.of(chosen.name()); // a swap away from it is under way already
        }
        AllocatorCandidate broken = chosen;
        candidates.fault(broken);
        reselect(false);
        return chosen == broken ? Optional.empty() : Optional.of(chosen.name());
    }

    private void reselect(boolean fresh) {
        if (master == null) {
            return;
        }
        Optional<AllocatorCandidate> preferred = candidates.best(wanted);
        AllocatorCandidate best = preferred.or(() -> candidates.best(defaultName)).or(candidates::best).orElse(null);
        // A faulted service is still registered: the fault's own warning told the operator what happened.
        boolean registered = candidates.registered(wanted);
        AllocatorCandidate used = best != null ? best : chosen;
        notices.choice(wanted, defaultName, registered, used == null ? null : used.name(), instance != null);
        if (best != null && (best != chosen || fresh)) {
            swap(best);
        }
    }

    private CompletableFuture<Handover> swap(AllocatorCandidate best) {
        Allocator next;
        try {
            next = best.objects().get();
            if (next == null) { // DS could not activate the component; it logged why
                throw new IllegalStateException("its component could not be activated");
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Allocator '{}' could not be obtained: {}", best.name(), e.toString());
            return CompletableFuture.completedFuture(new Handover(best.name(), chosen == null ? null
                    : chosen.name(), 0, 0, "its service could not be obtained: " + e.getMessage()));
        }
        AllocatorCandidate before = chosen;
        Allocator beforeInstance = instance;
        chosen = best;
        instance = next;
        return master.swapAllocator(best.name(), next, () -> best.objects().unget(next), best.objects().origin())
                .whenComplete((handover, failure) -> {
                    if (failure != null || !handover.installed()) {
                        restore(next, before, beforeInstance);
                    }
                });
    }

    private synchronized void restore(Allocator failed, AllocatorCandidate before, Allocator beforeInstance) {
        if (instance == failed) {
            chosen = before;
            instance = beforeInstance;
        }
    }

    private static String checked(String name) {
        Modules.filter(name); // the same refusal, naming the reason, as anywhere a module is selected
        return name;
    }
}
