package io.osmos.master.core;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.OfferID;

/**
 * Ids in the Mesos form: framework {@code <master id>-0000}, agent {@code <master id>-S0}, offer
 * {@code <master id>-O0}. The master id is fresh per master, so ids never repeat across restarts.
 * Actor-confined.
 */
final class Ids {
    private final String masterId;
    private long frameworks;
    private long agents;
    private long offers;

    Ids(String masterId) {
        this.masterId = masterId;
    }

    FrameworkID framework() {
        return FrameworkID.newBuilder().setValue(masterId + "-" + String.format("%04d", frameworks++)).build();
    }

    AgentID agent() {
        return AgentID.newBuilder().setValue(masterId + "-S" + agents++).build();
    }

    OfferID offer() {
        return OfferID.newBuilder().setValue(masterId + "-O" + offers++).build();
    }
}
