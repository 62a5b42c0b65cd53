package io.osmos.master.view;

import io.osmos.master.core.MasterVersion;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.VersionInfo;
import io.osmos.protocol.v1.master.Protos.Response;
import java.util.ArrayList;
import java.util.List;

/** The operator API's calls about the cluster's members, answered in the shapes of Mesos's master.proto. */
public final class OperatorViews {
    private OperatorViews() {
    }

    public static Response health() {
        return Response.newBuilder().setType(Response.Type.GET_HEALTH)
                .setGetHealth(Response.GetHealth.newBuilder().setHealthy(true)).build();
    }

    public static Response version() {
        return Response.newBuilder().setType(Response.Type.GET_VERSION).setGetVersion(Response.GetVersion.newBuilder()
                .setVersionInfo(versionInfo())).build();
    }

    public static VersionInfo versionInfo() {
        return VersionInfo.newBuilder().setVersion(MasterVersion.MESOS_VERSION).setBuildDate(MasterVersion.buildDate())
                .setBuildTime(MasterVersion.buildTime()).setBuildUser("").build();
    }

    /** The rest: call inside {@link io.osmos.master.core.Master#read}. */
    public static Response state(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_STATE).setGetState(stateOf(view)).build();
    }

    public static Response.GetState stateOf(MasterView view) {
        Usage usage = new Usage(view);
        return Response.GetState.newBuilder().setGetTasks(tasksOf(view)).setGetExecutors(executorsOf(view))
                .setGetFrameworks(frameworksOf(view, usage)).setGetAgents(agentsOf(view, usage)).build();
    }

    public static Response agents(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_AGENTS)
                .setGetAgents(agentsOf(view, new Usage(view))).build();
    }

    public static Response frameworks(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_FRAMEWORKS)
                .setGetFrameworks(frameworksOf(view, new Usage(view))).build();
    }

    public static Response tasks(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_TASKS).setGetTasks(tasksOf(view)).build();
    }

    public static Response executors(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_EXECUTORS).setGetExecutors(executorsOf(view)).build();
    }

    private static Response.GetAgents agentsOf(MasterView view, Usage usage) {
        Response.GetAgents.Builder agents = Response.GetAgents.newBuilder();
        for (AgentEntry agent : view.agents()) {
            agents.addAgents(Models.agent(agent, usage.used(agent.id()), usage.offered(agent.id())));
        }
        return agents.build();
    }

    private static Response.GetFrameworks frameworksOf(MasterView view, Usage usage) {
        Response.GetFrameworks.Builder frameworks = Response.GetFrameworks.newBuilder();
        view.frameworks().forEach(f -> frameworks.addFrameworks(framework(f, view, usage)));
        view.completedFrameworks().forEach(f -> frameworks.addCompletedFrameworks(framework(f, view, usage)));
        return frameworks.build();
    }

    private static Response.GetFrameworks.Framework framework(FrameworkEntry framework, MasterView view, Usage usage) {
        List<Offer> offers = new ArrayList<>();
        for (OfferEntry offer : view.offers()) {
            if (offer.frameworkId().equals(framework.id())) {
                offers.add(offer.offer());
            }
        }
        return Models.framework(framework, offers, usage.used(framework.id()), usage.offered(framework.id()));
    }

    private static Response.GetTasks tasksOf(MasterView view) {
        Response.GetTasks.Builder tasks = Response.GetTasks.newBuilder();
        for (FrameworkEntry framework : view.frameworks()) {
            framework.tasks().stream().map(TaskEntry::task).forEach(tasks::addTasks);
            tasks.addAllUnreachableTasks(framework.unreachableTasks());
            tasks.addAllCompletedTasks(framework.completedTasks());
        }
        view.completedFrameworks().forEach(framework -> tasks.addAllCompletedTasks(framework.completedTasks()));
        return tasks.build();
    }

    private static Response.GetExecutors executorsOf(MasterView view) {
        Response.GetExecutors.Builder executors = Response.GetExecutors.newBuilder();
        for (AgentEntry agent : view.agents()) {
            agent.executors().of(null).forEach(executor -> executors.addExecutorsBuilder()
                    .setExecutorInfo(executor).setAgentId(agent.id()));
        }
        return executors.build();
    }
}
