package io.osmos.api.allocator;

import io.osmos.api.resources.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds {@link AllocatorOptions}. Each setter rejects a bad value at once, naming the Mesos flag it
 * comes from, so an operator's typo is reported where it was made rather than as an allocator failure.
 * Not thread-safe.
 */
public final class AllocatorOptionsBuilder {

    Duration allocationInterval = AllocatorOptions.DEFAULT_ALLOCATION_INTERVAL;
    Set<String> fairSharingExcludedResourceNames = new LinkedHashSet<>();
    List<Resources> minAllocatableResources = new ArrayList<>();
    boolean filterGpuResources = true;
    boolean publishPerFrameworkMetrics = true;
    Duration recoveryTimeout = AllocatorOptions.DEFAULT_RECOVERY_TIMEOUT;
    double agentRecoveryFactor = AllocatorOptions.DEFAULT_AGENT_RECOVERY_FACTOR;
    Map<String, String> parameters = new HashMap<>();

    AllocatorOptionsBuilder() {
    }

    AllocatorOptionsBuilder(AllocatorOptions options) {
        allocationInterval = options.allocationInterval();
        fairSharingExcludedResourceNames = new LinkedHashSet<>(options.fairSharingExcludedResourceNames());
        minAllocatableResources = new ArrayList<>(options.minAllocatableResources());
        filterGpuResources = options.filterGpuResources();
        publishPerFrameworkMetrics = options.publishPerFrameworkMetrics();
        recoveryTimeout = options.recoveryTimeout();
        agentRecoveryFactor = options.agentRecoveryFactor();
        parameters = new HashMap<>(options.parameters());
    }

    /** @throws IllegalArgumentException if the interval is zero or negative */
    public AllocatorOptionsBuilder allocationInterval(Duration interval) {
        Objects.requireNonNull(interval, "allocation interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(
                    "allocation interval (--allocation_interval) must be positive, got " + interval);
        }
        allocationInterval = interval;
        return this;
    }

    /** @throws IllegalArgumentException if a name is blank */
    public AllocatorOptionsBuilder fairSharingExcludedResourceNames(Set<String> names) {
        Objects.requireNonNull(names, "fair sharing excluded resource names");
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("--fair_sharing_excluded_resource_names"
                        + " must name resources, got a blank name in " + names);
            }
        }
        fairSharingExcludedResourceNames = new LinkedHashSet<>(names);
        return this;
    }

    /** @throws IllegalArgumentException if an alternative is empty, since it would make everything allocatable */
    public AllocatorOptionsBuilder minAllocatableResources(List<Resources> alternatives) {
        Objects.requireNonNull(alternatives, "min allocatable resources");
        for (Resources alternative : alternatives) {
            Objects.requireNonNull(alternative, "min allocatable resources alternative");
            if (alternative.isEmpty()) {
                throw new IllegalArgumentException("--min_allocatable_resources must not contain an empty"
                        + " alternative; leave the list empty to offer any non-empty resources");
            }
        }
        minAllocatableResources = new ArrayList<>(alternatives);
        return this;
    }

    public AllocatorOptionsBuilder filterGpuResources(boolean filter) {
        filterGpuResources = filter;
        return this;
    }

    public AllocatorOptionsBuilder publishPerFrameworkMetrics(boolean publish) {
        publishPerFrameworkMetrics = publish;
        return this;
    }

    /** @throws IllegalArgumentException if the timeout is negative */
    public AllocatorOptionsBuilder recoveryTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "recovery timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(
                    "allocator recovery timeout must not be negative, got " + timeout);
        }
        recoveryTimeout = timeout;
        return this;
    }

    /** @throws IllegalArgumentException unless the factor is within [0, 1] */
    public AllocatorOptionsBuilder agentRecoveryFactor(double factor) {
        if (!(factor >= 0.0 && factor <= 1.0)) {
            throw new IllegalArgumentException(
                    "allocator agent recovery factor must be within [0, 1], got " + factor);
        }
        agentRecoveryFactor = factor;
        return this;
    }

    /** Adds one policy-specific setting, replacing an earlier value for the key. */
    public AllocatorOptionsBuilder parameter(String key, String value) {
        Objects.requireNonNull(key, "parameter key");
        Objects.requireNonNull(value, () -> "value of allocator parameter " + key);
        if (key.isBlank()) {
            throw new IllegalArgumentException("allocator parameter key must not be blank");
        }
        parameters.put(key, value);
        return this;
    }

    public AllocatorOptions build() {
        return new AllocatorOptions(this);
    }
}
