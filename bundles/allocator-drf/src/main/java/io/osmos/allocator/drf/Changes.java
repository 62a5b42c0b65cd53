package io.osmos.allocator.drf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed since an agent went quiet (its last visit found nothing to offer). A change to one
 * framework (it subscribed, reconnected, revived or re-subscribed) only matters for that framework's
 * roles, so a quiet agent needs a look at those alone; anything else (quota, headroom) needs a full
 * visit. This keeps a run over a cluster where everything was declined close to a glance per agent,
 * even while frameworks come and go.
 */
final class Changes {
    private static final int REMEMBERED = 1024;

    private final FrameworkRole[] log = new FrameworkRole[REMEMBERED];
    private final FrameworkRole[] seekerLog = new FrameworkRole[REMEMBERED];
    /** Agents changed since the last run: without other news, a run needs to look at these only. */
    private List<Agent> awake = new ArrayList<>();
    private long stamp;
    private long lastGlobal;
    private long seekers;

    void wake(Agent agent) {
        awake.add(agent);
    }

    /** The agents changed since the last call; they will report their next change again. */
    List<Agent> drainAwake() {
        List<Agent> drained = awake;
        awake = new ArrayList<>();
        drained.forEach(agent -> agent.awake = false);
        return drained;
    }

    /** Moves on every change; an agent quiet at the current stamp needs no visit at all. */
    long stamp() {
        return stamp;
    }

    /** A change that may matter to any framework on any agent. */
    void global() {
        stamp++;
        lastGlobal = stamp;
    }

    /**
     * Counts the changes to single frameworks (one subscribed, was activated, revived or updated), but
     * not the global ones: an agent every framework refused in full needs a look only by the frameworks
     * that changed since, whatever happened to quota meanwhile.
     */
    long seekers() {
        return seekers;
    }

    /** A change that matters to one framework in one role. */
    void local(FrameworkRole tracked) {
        stamp++;
        log[(int) (stamp % REMEMBERED)] = tracked;
        seekers++;
        seekerLog[(int) (seekers % REMEMBERED)] = tracked;
    }

    /** The framework roles changed after {@link #seekers()} was {@code since}; null when too many to list. */
    Set<FrameworkRole> seekersSince(long since) {
        if (since < 0 || seekers - since >= REMEMBERED) {
            return null;
        }
        Set<FrameworkRole> changed = new LinkedHashSet<>();
        for (long at = since + 1; at <= seekers; at++) {
            changed.add(seekerLog[(int) (at % REMEMBERED)]);
        }
        return changed;
    }

    /**
     * The framework roles changed after {@code since}; null when something global changed too, or when
     * the changes are too many or too old to list, and the agent must be visited whole.
     */
    Set<FrameworkRole> since(long since) {
        if (since < 0 || lastGlobal > since || stamp - since >= REMEMBERED) {
            return null;
        }
        Set<FrameworkRole> changed = new LinkedHashSet<>();
        for (long at = since + 1; at <= stamp; at++) {
            changed.add(log[(int) (at % REMEMBERED)]);
        }
        return changed;
    }
}
