package io.osmos.agent.containerizer;

import io.osmos.api.isolator.ContainerConfig;
import io.osmos.api.isolator.ContainerLaunchInfo;
import io.osmos.api.isolator.ContainerLimitation;
import io.osmos.api.isolator.ContainerState;
import io.osmos.api.isolator.Isolator;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ContainerStatus;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import io.osmos.runtime.flags.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * An isolator whose answers must come within {@code isolator_timeout}: a stage that is still open
 * then fails with a reason saying so, and the containerizer treats it as that isolator failing the
 * step (a launch fails, a cleanup is logged). Without this, one isolator that never answers would
 * leave its container, and its task, stuck in staging forever. {@link #watch} is exempt: it is
 * meant to stay open for the container's life.
 */
final class BudgetedIsolator implements Isolator {
    private final Isolator isolator;
    private final Duration budget;

    BudgetedIsolator(Isolator isolator, Duration budget) {
        this.isolator = isolator;
        this.budget = budget;
    }

    @Override
    public CompletionStage<Void> recover(List<ContainerState> states, Set<ContainerID> orphans) {
        return timed(() -> isolator.recover(states, orphans));
    }

    @Override
    public CompletionStage<Optional<ContainerLaunchInfo>> prepare(ContainerID containerId, ContainerConfig config) {
        return timed(() -> isolator.prepare(containerId, config));
    }

    @Override
    public CompletionStage<Void> isolate(ContainerID containerId, long pid) {
        return timed(() -> isolator.isolate(containerId, pid));
    }

    @Override
    public CompletionStage<ContainerLimitation> watch(ContainerID containerId) {
        return isolator.watch(containerId);
    }

    @Override
    public CompletionStage<Void> update(ContainerID containerId, Resources resources) {
        return timed(() -> isolator.update(containerId, resources));
    }

    @Override
    public CompletionStage<ResourceStatistics> usage(ContainerID containerId) {
        return timed(() -> isolator.usage(containerId));
    }

    @Override
    public CompletionStage<ContainerStatus> status(ContainerID containerId) {
        return timed(() -> isolator.status(containerId));
    }

    @Override
    public CompletionStage<Void> cleanup(ContainerID containerId) {
        return timed(() -> isolator.cleanup(containerId));
    }

    /** The isolator's answer, or a failure once the budget is over; the isolator's own stage is left alone. */
    private <T> CompletionStage<T> timed(Supplier<? extends CompletionStage<T>> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Stages.safely(call).whenComplete((value, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(value);
            }
        });
        return answer.orTimeout(budget.toNanos(), TimeUnit.NANOSECONDS).exceptionallyCompose(failure ->
                CompletableFuture.failedFuture(Stages.unwrap(failure) instanceof TimeoutException
                        ? new TimeoutException("it did not answer within " + Durations.format(budget)
                                + " (isolator_timeout)")
                        : failure));
    }
}
