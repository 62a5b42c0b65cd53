package io.osmos.launcher.flag;

import static io.osmos.launcher.flag.Mode.LOCAL;
import static io.osmos.launcher.flag.Mode.MASTER;

import java.util.List;

/**
 * The master's allocator flags, as the Mesos master has them, each setting the property of PID
 * {@code io.osmos.master} that has its name. The allocator gets them at every (re)initialization, so a
 * new value set while running swaps in a fresh allocator that has it.
 */
final class AllocatorFlags {
    static final List<FlagSpec> ROWS = List.of(
            allocator("allocation_interval", FlagType.DURATION, "How often the allocator offers resources in a batch.",
                    "1secs"),
            allocator("allocator", FlagType.STRING,
                    "Allocator module to use, by its osmos.module.name; can be changed while running.", "hierarchical"),
            allocator("min_allocatable_resources", FlagType.QUANTITIES,
                    "Smallest resources worth offering: alternatives separated by |, each quantities separated by ;, "
                            + "e.g. disk:1|cpus:1;mem:32; empty means any non-empty resources.", "cpus:0.01|mem:32"),
            allocator("fair_sharing_excluded_resource_names", FlagType.STRING,
                    "Resource names, comma separated, left out of the fair share, e.g. gpus; unset means none.", null),
            allocator("filter_gpu_resources", FlagType.BOOL,
                    "Offer agents with GPUs only to frameworks with the GPU_RESOURCES capability.", "true"),
            allocator("allocator_agent_recovery_factor", FlagType.FRACTION,
                    "After a master failover with quota, the share of agents whose re-registration ends the "
                            + "allocator's wait.", "0.80"),
            allocator("allocator_recovery_timeout", FlagType.DURATION,
                    "After a master failover with quota, the longest the allocator waits for agents before it offers.",
                    "10mins"),
            allocator("publish_per_framework_metrics", FlagType.BOOL,
                    "Publish allocator metrics per framework as well as per role.", "true"));

    private AllocatorFlags() {
    }

    private static FlagSpec allocator(String name, FlagType type, String help, String byDefault) {
        FlagSpec spec = FlagSpec.of(name, type, help).in(MASTER, LOCAL).configures(FlagTable.MASTER_PID, name);
        return byDefault == null ? spec : spec.byDefault(byDefault);
    }
}
