package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.FrameworkTimes;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TimeInfo;
import io.osmos.protocol.v1.master.Protos.Response;
import java.util.List;

/** Agents and frameworks in the operator API's shapes (master.proto), shared by responses and events. */
public final class Models {
    private Models() {
    }

    public static Response.GetAgents.Agent agent(AgentEntry agent, Resources allocated, Resources offered) {
        Response.GetAgents.Agent.Builder model = Response.GetAgents.Agent.newBuilder().setAgentInfo(agent.info())
                .setActive(agent.active()).setDeactivated(agent.deactivated()).setVersion(agent.version())
                .setPid(pid(agent))
                .setRegisteredTime(time(agent.registeredMillis()))
                .addAllTotalResources(agent.total().toProtos())
                .addAllAllocatedResources(allocated.toProtos())
                .addAllOfferedResources(offered.toProtos())
                .addAllCapabilities(agent.capabilities());
        if (agent.reregisteredMillis() != 0) {
            model.setReregisteredTime(time(agent.reregisteredMillis()));
        }
        return model.build();
    }

    public static Response.GetFrameworks.Framework framework(FrameworkEntry framework, List<Offer> offers,
            Resources allocated, Resources offered) {
        FrameworkTimes times = framework.times();
        Response.GetFrameworks.Framework.Builder model = Response.GetFrameworks.Framework.newBuilder()
                .setFrameworkInfo(framework.info()).setActive(framework.active())
                .setConnected(framework.connected()).setRecovered(false)
                .setRegisteredTime(time(times.registeredMillis()))
                .addAllOffers(offers)
                .addAllAllocatedResources(allocated.toProtos())
                .addAllOfferedResources(offered.toProtos());
        if (times.reregisteredMillis() != 0) {
            model.setReregisteredTime(time(times.reregisteredMillis()));
        }
        if (times.unregisteredMillis() != 0) {
            model.setUnregisteredTime(time(times.unregisteredMillis()));
        }
        return model.build();
    }

    /** The libprocess pid Mesos shows for an agent. */
    static String pid(AgentEntry agent) {
        return "slave(1)@" + agent.info().getHostname() + ":" + agent.info().getPort();
    }

    static TimeInfo time(long millis) {
        return TimeInfo.newBuilder().setNanoseconds(millis * 1_000_000L).build();
    }
}
