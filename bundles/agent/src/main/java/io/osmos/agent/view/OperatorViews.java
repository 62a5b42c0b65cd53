package io.osmos.agent.view;

import io.osmos.agent.AgentHistory.CompletedExecutor;
import io.osmos.agent.AgentView;
import io.osmos.agent.executor.Executor;
import io.osmos.protocol.v1.Protos.Flag;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Metric;
import io.osmos.protocol.v1.Protos.VersionInfo;
import io.osmos.protocol.v1.agent.Protos.Response;
import java.util.Map;

/**
 * The agent operator API's read calls that need nothing but the agent's state: answered on the
 * agent's actor, inside {@link io.osmos.agent.Agent#read}.
 */
public final class OperatorViews {
    private OperatorViews() {
    }

    public static Response health() {
        return Response.newBuilder().setType(Response.Type.GET_HEALTH)
                .setGetHealth(Response.GetHealth.newBuilder().setHealthy(true)).build();
    }

    public static Response version() {
        return Response.newBuilder().setType(Response.Type.GET_VERSION).setGetVersion(Response.GetVersion.newBuilder()
                .setVersionInfo(VersionInfo.newBuilder().setVersion(AgentView.MESOS_VERSION))).build();
    }

    public static Response flags(AgentView view) {
        Response.GetFlags.Builder flags = Response.GetFlags.newBuilder();
        view.flags().forEach((name, value) -> flags.addFlags(Flag.newBuilder().setName(name).setValue(value)));
        return Response.newBuilder().setType(Response.Type.GET_FLAGS).setGetFlags(flags).build();
    }

    public static Response metrics(Map<String, ? extends Number> all) {
        Response.GetMetrics.Builder metrics = Response.GetMetrics.newBuilder();
        for (Map.Entry<String, ? extends Number> metric : all.entrySet()) {
            metrics.addMetrics(Metric.newBuilder().setName(metric.getKey()).setValue(metric.getValue().doubleValue()));
        }
        return Response.newBuilder().setType(Response.Type.GET_METRICS).setGetMetrics(metrics).build();
    }

    public static Response state(AgentView view) {
        return Response.newBuilder().setType(Response.Type.GET_STATE).setGetState(Response.GetState.newBuilder()
                .setGetTasks(tasks(view)).setGetExecutors(executors(view)).setGetFrameworks(frameworks(view))).build();
    }

    public static Response frameworksResponse(AgentView view) {
        return Response.newBuilder().setType(Response.Type.GET_FRAMEWORKS).setGetFrameworks(frameworks(view)).build();
    }

    public static Response executorsResponse(AgentView view) {
        return Response.newBuilder().setType(Response.Type.GET_EXECUTORS).setGetExecutors(executors(view)).build();
    }

    public static Response tasksResponse(AgentView view) {
        return Response.newBuilder().setType(Response.Type.GET_TASKS).setGetTasks(tasks(view)).build();
    }

    private static Response.GetFrameworks frameworks(AgentView view) {
        Response.GetFrameworks.Builder frameworks = Response.GetFrameworks.newBuilder();
        view.frameworks().values().forEach(f -> frameworks.addFrameworks(framework(f)));
        view.history().completedFrameworks().forEach(f -> frameworks.addCompletedFrameworks(framework(f)));
        return frameworks.build();
    }

    private static Response.GetFrameworks.Framework framework(FrameworkInfo info) {
        return Response.GetFrameworks.Framework.newBuilder().setFrameworkInfo(info).build();
    }

    private static Response.GetExecutors executors(AgentView view) {
        Response.GetExecutors.Builder executors = Response.GetExecutors.newBuilder();
        for (Executor executor : view.executors()) {
            executors.addExecutors(Response.GetExecutors.Executor.newBuilder().setExecutorInfo(executor.info()));
        }
        for (FrameworkInfo framework : view.frameworks().values()) {
            completed(view, framework, executors);
        }
        for (FrameworkInfo framework : view.history().completedFrameworks()) {
            completed(view, framework, executors);
        }
        return executors.build();
    }

    private static void completed(AgentView view, FrameworkInfo framework, Response.GetExecutors.Builder executors) {
        for (CompletedExecutor executor : view.history().completedExecutors(framework.getId())) {
            executors.addCompletedExecutors(Response.GetExecutors.Executor.newBuilder().setExecutorInfo(executor.info()));
        }
    }

    private static Response.GetTasks tasks(AgentView view) {
        Response.GetTasks.Builder tasks = Response.GetTasks.newBuilder();
        for (Executor executor : view.executors()) {
            ExecutorTasks sorted = ExecutorTasks.of(executor, view);
            tasks.addAllLaunchedTasks(sorted.launched()).addAllQueuedTasks(sorted.queued())
                    .addAllTerminatedTasks(sorted.terminated()).addAllCompletedTasks(sorted.completed());
        }
        for (FrameworkInfo framework : view.frameworks().values()) {
            view.history().completedExecutors(framework.getId()).forEach(e -> tasks.addAllCompletedTasks(e.tasks()));
        }
        for (FrameworkInfo framework : view.history().completedFrameworks()) {
            view.history().completedExecutors(framework.getId()).forEach(e -> tasks.addAllCompletedTasks(e.tasks()));
        }
        return tasks.build();
    }
}
