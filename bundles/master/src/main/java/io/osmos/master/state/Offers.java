package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.OfferID;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every outstanding offer by id. */
public final class Offers {
    private final Map<OfferID, OfferEntry> byId = new LinkedHashMap<>();

    public void add(OfferEntry offer) {
        byId.put(offer.id(), offer);
    }

    /** The offer, or null when it was never made or is no longer outstanding. */
    public OfferEntry get(OfferID id) {
        return byId.get(id);
    }

    public OfferEntry remove(OfferID id) {
        return byId.remove(id);
    }

    public Collection<OfferEntry> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
