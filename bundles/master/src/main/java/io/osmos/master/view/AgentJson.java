package io.osmos.master.view;

import io.osmos.master.state.AgentEntry;
import io.osmos.protocol.v1.Protos.AgentInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/** One agent in {@code /state}, as Mesos shows a slave. */
final class AgentJson {
    private AgentJson() {
    }

    static Map<String, Object> of(AgentEntry agent, Usage usage) {
        AgentInfo info = agent.info();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", agent.id().getValue());
        json.put("pid", "slave(1)@" + info.getHostname() + ":" + info.getPort());
        json.put("hostname", info.getHostname());
        json.put("port", info.getPort());
        json.put("registered_time", agent.registeredMillis() / 1000.0);
        if (agent.reregisteredMillis() != 0) {
            json.put("reregistered_time", agent.reregisteredMillis() / 1000.0);
        }
        json.put("resources", ResourcesJson.of(agent.total()));
        json.put("used_resources", ResourcesJson.of(usage.used(agent.id())));
        json.put("offered_resources", ResourcesJson.of(usage.offered(agent.id())));
        json.put("reserved_resources", Map.of());
        json.put("unreserved_resources", ResourcesJson.of(agent.total().unreserved()));
        json.put("attributes", ResourcesJson.attributes(info.getAttributesList()));
        json.put("active", agent.active());
        json.put("deactivated", agent.deactivated());
        json.put("version", agent.version());
        json.put("capabilities", agent.capabilities().stream().map(c -> c.getType().name()).toList());
        return json;
    }
}
