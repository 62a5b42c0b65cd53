package io.osmos.agent.config;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import java.util.HashSet;
import java.util.Set;

/**
 * The resources an agent advertises: what {@code --resources} names, plus detected cpus, mem, disk
 * and ports for every one of those four it does not name. As in Mesos, naming a resource (even as
 * {@code cpus:0}) turns its detection off.
 */
public final class AgentResources {
    private AgentResources() {
    }

    /**
     * @param flag Mesos resource text ({@code cpus:4;mem:8192}) or a JSON array of Resource objects
     * @throws IllegalArgumentException naming the flag and what is wrong with it
     */
    public static Resources of(String flag, HostResources host) {
        String text = flag == null ? "" : flag.trim();
        Set<String> named = new HashSet<>();
        Resources configured = text.startsWith("[") ? fromJson(text, named) : fromText(text, named);
        Resources detected = Resources.EMPTY;
        if (!named.contains("cpus")) {
            detected = detected.plus(Resources.parse("cpus:" + host.cpus()));
        }
        if (!named.contains("mem")) {
            detected = detected.plus(Resources.parse("mem:" + host.memMegabytes()));
        }
        if (!named.contains("disk")) {
            detected = detected.plus(Resources.parse("disk:" + host.diskMegabytes()));
        }
        if (!named.contains("ports")) {
            detected = detected.plus(Resources.parse("ports:" + HostResources.DEFAULT_PORTS));
        }
        return configured.plus(detected);
    }

    private static Resources fromText(String text, Set<String> named) {
        for (String token : text.split(";")) {
            String name = token.trim().split("[(:\\[{]", 2)[0].trim();
            if (!name.isEmpty()) {
                named.add(name);
            }
        }
        try {
            return text.isEmpty() ? Resources.EMPTY : Resources.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid resources '" + text + "': " + e.getMessage(), e);
        }
    }

    private static Resources fromJson(String json, Set<String> named) {
        // A JSON array is no message of its own: read it as the resources field of an AgentInfo.
        AgentInfo holder;
        try {
            holder = Codec.fromJson("{\"hostname\":\"-\",\"resources\":" + json + "}", AgentInfo.getDefaultInstance());
        } catch (BadRequestException e) {
            throw new IllegalArgumentException("Invalid resources JSON: "
                    + e.getMessage().replace("Failed to parse body into AgentInfo: ", ""), e);
        }
        for (Resource resource : holder.getResourcesList()) {
            named.add(resource.getName());
        }
        try {
            return Resources.of(holder.getResourcesList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid resources JSON: " + e.getMessage(), e);
        }
    }
}
