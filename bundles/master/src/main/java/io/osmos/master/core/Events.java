package io.osmos.master.core;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.util.List;

/** The scheduler events the master sends on a subscription stream. */
final class Events {
    private static final Event HEARTBEAT = Event.newBuilder().setType(Event.Type.HEARTBEAT).build();

    private Events() {
    }

    static Event subscribed(FrameworkID id, double heartbeatSeconds, MasterInfo master) {
        return Event.newBuilder().setType(Event.Type.SUBSCRIBED).setSubscribed(Event.Subscribed.newBuilder()
                .setFrameworkId(id).setHeartbeatIntervalSeconds(heartbeatSeconds).setMasterInfo(master)).build();
    }

    static Event heartbeat() {
        return HEARTBEAT;
    }

    static Event offers(List<Offer> offers) {
        return Event.newBuilder().setType(Event.Type.OFFERS)
                .setOffers(Event.Offers.newBuilder().addAllOffers(offers)).build();
    }

    static Event rescind(OfferID id) {
        return Event.newBuilder().setType(Event.Type.RESCIND)
                .setRescind(Event.Rescind.newBuilder().setOfferId(id)).build();
    }

    static Event update(TaskStatus status) {
        return Event.newBuilder().setType(Event.Type.UPDATE)
                .setUpdate(Event.Update.newBuilder().setStatus(status)).build();
    }

    static Event error(String message) {
        return Event.newBuilder().setType(Event.Type.ERROR)
                .setError(Event.Error.newBuilder().setMessage(message)).build();
    }

    /** An agent was lost (executor null), or an executor exited with a wait status. */
    static Event failure(AgentID agent, ExecutorID executor, Integer status) {
        Event.Failure.Builder failure = Event.Failure.newBuilder().setAgentId(agent);
        if (executor != null) {
            failure.setExecutorId(executor);
        }
        if (status != null) {
            failure.setStatus(status);
        }
        return Event.newBuilder().setType(Event.Type.FAILURE).setFailure(failure).build();
    }

    static Event message(AgentID agent, ExecutorID executor, ByteString data) {
        return Event.newBuilder().setType(Event.Type.MESSAGE).setMessage(Event.Message.newBuilder()
                .setAgentId(agent).setExecutorId(executor).setData(data)).build();
    }
}
