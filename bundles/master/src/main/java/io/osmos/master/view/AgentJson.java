package io.osmos.master.view;

import io.osmos.api.resources.Resources;
import io.osmos.master.state.AgentEntry;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One agent in {@code /state}, as Mesos shows a slave. */
final class AgentJson {
    /** What is shown of an agent, taken on the actor; immutable, so it may be shown from any thread. */
    record Facts(AgentInfo info, Resources total, Resources used, Resources offered, long registeredMillis,
            long reregisteredMillis, boolean active, boolean deactivated, String version,
            List<AgentInfo.Capability> capabilities) {
    }

    private AgentJson() {
    }

    /** Call on the actor. */
    static Facts facts(AgentEntry agent, Usage usage) {
        return new Facts(agent.info(), agent.total(), usage.used(agent.id()), usage.offered(agent.id()),
                agent.registeredMillis(), agent.reregisteredMillis(), agent.active(), agent.deactivated(),
                agent.version(), List.copyOf(agent.capabilities()));
    }

    static Map<String, Object> of(AgentEntry agent, Usage usage) {
        return of(facts(agent, usage), new ResourcesJson.Memo());
    }

    static Map<String, Object> of(Facts agent, ResourcesJson.Memo memo) {
        AgentInfo info = agent.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", info.getId().getValue());
        json.put("pid", "slave(1)@" + info.getHostname() + ":" + info.getPort());
        json.put("hostname", info.getHostname());
        json.put("port", info.getPort());
        json.put("registered_time", agent.registeredMillis() / 1000.0);
        if (agent.reregisteredMillis() != 0) {
            json.put("reregistered_time", agent.reregisteredMillis() / 1000.0);
        }
        json.put("resources", memo.of(agent.total()));
        json.put("used_resources", memo.of(agent.used()));
        json.put("offered_resources", memo.of(agent.offered()));
        json.put("reserved_resources", Map.of());
        json.put("unreserved_resources", memo.of(agent.total().unreserved()));
        json.put("attributes", ResourcesJson.attributes(info.getAttributesList()));
        json.put("active", agent.active());
        json.put("deactivated", agent.deactivated());
        json.put("version", agent.version());
        json.put("capabilities", agent.capabilities().stream().map(c -> c.getType().name()).toList());
        return json;
    }
}
