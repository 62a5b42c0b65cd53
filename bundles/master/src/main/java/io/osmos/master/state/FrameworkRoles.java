package io.osmos.master.state;

import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;
import java.util.Set;
import java.util.TreeSet;

/** Which roles a framework is in, read the way Mesos reads FrameworkInfo. */
public final class FrameworkRoles {
    private FrameworkRoles() {
    }

    public static boolean multiRole(FrameworkInfo info) {
        return info.getCapabilitiesList().stream().anyMatch(c -> c.getType() == Capability.Type.MULTI_ROLE);
    }

    // The deprecated single role is still what frameworks without MULTI_ROLE subscribe with.
    @SuppressWarnings("deprecation")
    public static Set<String> of(FrameworkInfo info) {
        return multiRole(info) ? new TreeSet<>(info.getRolesList()) : Set.of(info.getRole());
    }
}
