package io.osmos.master.state;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import java.util.concurrent.ScheduledFuture;

/** An outstanding offer: what was sent, the resources it holds, and its --offer_timeout timer. */
public final class OfferEntry {
    private final Offer offer;
    private final Resources resources;
    private ScheduledFuture<?> timeout;

    public OfferEntry(Offer offer, Resources resources) {
        this.offer = offer;
        this.resources = resources;
    }

    public Offer offer() {
        return offer;
    }

    public OfferID id() {
        return offer.getId();
    }

    public FrameworkID frameworkId() {
        return offer.getFrameworkId();
    }

    public AgentID agentId() {
        return offer.getAgentId();
    }

    public Resources resources() {
        return resources;
    }

    public void timeout(ScheduledFuture<?> timer) {
        this.timeout = timer;
    }

    public void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel(false);
            timeout = null;
        }
    }
}
