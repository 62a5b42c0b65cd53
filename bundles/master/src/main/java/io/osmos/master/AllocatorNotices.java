package io.osmos.master;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator, once per situation rather than on every service event, when the master does not
 * use the allocator it was asked for: none registered yet (at start-up), none left, or a fallback.
 */
final class AllocatorNotices {
    private static final Logger LOG = LoggerFactory.getLogger(AllocatorCandidates.class);

    private String said = "";
    private boolean started;

    /**
     * @param chosen the allocator the master will use, or null when none is registered
     * @param inUse whether an allocator is in use now
     */
    void choice(String wanted, String defaultName, boolean wantedRegistered, String chosen, boolean inUse) {
        started |= chosen != null || inUse;
        String situation = wantedRegistered ? "" : wanted + "->" + chosen;
        if (situation.equals(said)) {
            return;
        }
        said = situation;
        if (chosen == null && !started) {
            LOG.info("No allocator is registered yet (wanted: '{}'); offers start once one is", wanted);
        } else if (chosen == null) {
            LOG.warn("No allocator is registered (wanted: '{}'); no offers are made until one is", wanted);
        } else if (!wantedRegistered) {
            LOG.warn("No allocator named '{}' is registered; falling back to '{}'{} until it is", wanted, chosen,
                    chosen.equals(defaultName) ? " (the default)" : "");
        }
    }
}
