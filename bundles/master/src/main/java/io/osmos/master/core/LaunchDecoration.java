package io.osmos.master.core;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the master's launch decorators (resources, then labels) over every task of an ACCEPT's
 * LAUNCH and LAUNCH_GROUP operations, off the master's actor. Other operations pass unchanged.
 */
final class LaunchDecoration {
    private final MasterHooks hooks;
    private final FrameworkInfo framework;
    private final AgentInfo agent;
    private final Resources offered;

    LaunchDecoration(MasterHooks hooks, FrameworkInfo framework, AgentInfo agent, Resources offered) {
        this.hooks = hooks;
        this.framework = framework;
        this.agent = agent;
        this.offered = offered;
    }

    /** Completes, on a hook thread, with the operations in their order and their tasks decorated. */
    CompletableFuture<List<Offer.Operation>> decorate(List<Offer.Operation> operations) {
        List<CompletableFuture<Offer.Operation>> decorated = new ArrayList<>();
        for (Offer.Operation operation : operations) {
            decorated.add(switch (operation.getType()) {
                case LAUNCH -> tasks(operation.getLaunch().getTaskInfosList()).thenApply(tasks -> operation.toBuilder()
                        .setLaunch(Offer.Operation.Launch.newBuilder().addAllTaskInfos(tasks)).build());
                case LAUNCH_GROUP -> tasks(operation.getLaunchGroup().getTaskGroup().getTasksList())
                        .thenApply(tasks -> {
                            Offer.Operation.Builder next = operation.toBuilder();
                            next.getLaunchGroupBuilder().setTaskGroup(TaskGroupInfo.newBuilder().addAllTasks(tasks));
                            return next.build();
                        });
                default -> CompletableFuture.completedFuture(operation);
            });
        }
        return CompletableFuture.allOf(decorated.toArray(CompletableFuture[]::new))
                .thenApply(done -> decorated.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<List<TaskInfo>> tasks(List<TaskInfo> tasks) {
        List<CompletableFuture<TaskInfo>> decorated = new ArrayList<>();
        for (TaskInfo task : tasks) {
            decorated.add(hooks.decorate(task, framework, agent, offered));
        }
        return CompletableFuture.allOf(decorated.toArray(CompletableFuture[]::new))
                .thenApply(done -> decorated.stream().map(CompletableFuture::join).toList());
    }
}
