package io.osmos.master.view;

import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.master.core.MasterSettings;
import io.osmos.master.core.MasterView;
import io.osmos.runtime.flags.Durations;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The master's effective flags for GET_FLAGS and {@code /flags}: every flag the process was started
 * with (PID io.osmos.flags, as the launcher writes it), with the master's own settings as they are
 * now on top, since those can change while it runs.
 */
public final class Flags {
    private Flags() {
    }

    /** Call inside {@link io.osmos.master.core.Master#read}. */
    public static Map<String, String> of(MasterView view) {
        Map<String, String> flags = new TreeMap<>(view.flags());
        MasterSettings settings = view.settings();
        flags.put("allocation_interval", Durations.format(settings.allocationInterval()));
        // The allocator in use, which an operator or a fallback may have changed since start-up.
        flags.put("allocator", view.allocatorName() != null ? view.allocatorName() : settings.allocator());
        flags.put("agent_ping_timeout", Durations.format(settings.agentPingTimeout()));
        flags.put("max_agent_ping_timeouts", String.valueOf(settings.maxAgentPingTimeouts()));
        settings.agentRemovalRateLimit().ifPresentOrElse(limit -> flags.put("agent_removal_rate_limit",
                limit.toString()), () -> flags.remove("agent_removal_rate_limit"));
        flags.put("heartbeat_interval", Durations.format(settings.heartbeatInterval()));
        flags.put("hostname", settings.hostname());
        flags.put("offer_timeout", settings.offerTimeout().map(Durations::format).orElse("none"));
        flags.put("hooks", String.join(",", settings.hooks()));
        flags.put("hook_timeout", Durations.format(settings.hookTimeout()));
        flags.put("max_subscriber_backlog", String.valueOf(settings.maxSubscriberBacklog()));
        allocatorFlags(flags, settings.allocatorOptions());
        return flags;
    }

    private static void allocatorFlags(Map<String, String> flags, AllocatorOptions options) {
        flags.put("min_allocatable_resources", options.minAllocatableResources().stream()
                .map(alternative -> alternative.toString().replace("; ", ";")).collect(Collectors.joining("|")));
        if (options.fairSharingExcludedResourceNames().isEmpty()) {
            flags.remove("fair_sharing_excluded_resource_names");
        } else {
            flags.put("fair_sharing_excluded_resource_names",
                    String.join(",", new TreeSet<>(options.fairSharingExcludedResourceNames())));
        }
        flags.put("filter_gpu_resources", String.valueOf(options.filterGpuResources()));
        flags.put("allocator_agent_recovery_factor", String.valueOf(options.agentRecoveryFactor()));
        flags.put("allocator_recovery_timeout", Durations.format(options.recoveryTimeout()));
        flags.put("publish_per_framework_metrics", String.valueOf(options.publishPerFrameworkMetrics()));
    }
}
