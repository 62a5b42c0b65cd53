package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerConfig;
import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.api.isolator.Isolator;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the selected isolators one after the other, in {@code --isolation} order, each once the one
 * before it has finished, as the Mesos containerizer does.
 */
final class IsolatorCalls {
    private static final Logger LOG = LoggerFactory.getLogger(IsolatorCalls.class);

    private IsolatorCalls() {
    }

    /** The first failure stops the chain, as an {@link IsolatorFailure} naming the isolator and step. */
    static CompletionStage<Void> each(List<NamedIsolator> isolators, String step,
            Function<Isolator, CompletionStage<?>> call) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (NamedIsolator named : isolators) {
            chain = chain.thenCompose(ignored -> Stages.safely(() -> call.apply(named.isolator()))
                    .handle((result, failure) -> {
                        if (failure != null) {
                            throw new IsolatorFailure(named.name(), step, failure);
                        }
                        return null;
                    }));
        }
        return chain;
    }

    /** Every isolator's prepare, their answers merged as {@link ContainerLaunchInfo} describes. */
    static CompletionStage<ContainerLaunchInfo> prepare(List<NamedIsolator> isolators, ContainerID id,
            ContainerConfig config) {
        Merged merged = new Merged();
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (NamedIsolator named : isolators) {
            chain = chain.thenCompose(ignored -> Stages.safely(() -> named.isolator().prepare(id, config))
                    .handle((answer, failure) -> {
                        if (failure != null) {
                            throw new IsolatorFailure(named.name(), "prepare the container", failure);
                        }
                        merged.add(named.name(), answer == null ? Optional.empty() : answer);
                        return null;
                    }));
        }
        return chain.thenApply(ignored -> merged.info());
    }

    /** Every isolator's cleanup; a failure is logged and the others still run. */
    static CompletionStage<Void> cleanup(List<NamedIsolator> isolators, ContainerID id) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (NamedIsolator named : isolators) {
            chain = chain.thenCompose(ignored -> Stages.safely(() -> named.isolator().cleanup(id))
                    .handle((result, failure) -> {
                        if (failure != null) {
                            LOG.warn("Isolator '{}' failed to clean up container {}: {}", named.name(), id.getValue(),
                                    IsolatorFailure.reason(failure));
                        }
                        return null;
                    }));
        }
        return chain;
    }

    /** Every isolator's usage merged into one sample; a failing isolator's fields are left out. */
    static CompletionStage<ResourceStatistics> usage(List<NamedIsolator> isolators, ContainerID id,
            Resources limits) {
        CompletionStage<ResourceStatistics.Builder> chain = CompletableFuture.completedFuture(
                ResourceStatistics.newBuilder());
        for (NamedIsolator named : isolators) {
            chain = chain.thenCompose(sample -> Stages.safely(() -> named.isolator().usage(id))
                    .handle((usage, failure) -> {
                        if (failure != null) {
                            LOG.debug("Isolator '{}' reported no usage for container {}: {}", named.name(),
                                    id.getValue(), IsolatorFailure.reason(failure));
                        } else {
                            sample.mergeFrom(usage);
                        }
                        return sample;
                    }));
        }
        return chain.thenApply(sample -> {
            sample.setTimestamp(System.currentTimeMillis() / 1000.0);
            if (limits.cpus() > 0) {
                sample.setCpusLimit(limits.cpus());
            }
            if (limits.mem() > 0) {
                sample.setMemLimitBytes((long) (limits.mem() * 1024 * 1024));
            }
            return sample.build();
        });
    }

    /** The isolators' launch needs added up in order. */
    static final class Merged {
        private final Map<String, Environment.Variable> environment = new LinkedHashMap<>();
        private ContainerLaunchInfo info = ContainerLaunchInfo.empty();
        private String commandFrom;
        private String directoryFrom;

        void add(String isolator, Optional<ContainerLaunchInfo> answer) {
            if (answer.isEmpty()) {
                return;
            }
            ContainerLaunchInfo next = answer.get();
            next.environment().getVariablesList().forEach(v -> environment.put(v.getName(), v));
            ContainerLaunchInfo merged = info.withEnvironment(Environment.newBuilder()
                    .addAllVariables(environment.values()).build());
            for (var command : next.preExecCommands()) {
                merged = merged.withPreExecCommand(command);
            }
            if (next.command().isPresent()) {
                commandFrom = only("command", commandFrom, isolator);
                merged = merged.withCommand(next.command().get());
            }
            if (next.workingDirectory().isPresent()) {
                directoryFrom = only("working directory", directoryFrom, isolator);
                merged = merged.withWorkingDirectory(next.workingDirectory().get());
            }
            info = merged;
        }

        ContainerLaunchInfo info() {
            return info;
        }

        private static String only(String what, String earlier, String isolator) {
            if (earlier != null) {
                throw new IsolatorFailure("Isolators '" + earlier + "' and '" + isolator + "' both set the container's "
                        + what);
            }
            return isolator;
        }
    }
}
