package io.osmos.master.view;

import io.osmos.master.core.MasterVersion;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.master.state.FrameworkEntry;
import io.osmos.master.state.OfferEntry;
import io.osmos.master.state.TaskEntry;
import io.osmos.protocol.v1.Protos.TimeInfo;
import io.osmos.protocol.v1.Protos.VersionInfo;
import io.osmos.protocol.v1.master.Protos.Response;

/** The operator API's read calls, answered in the shapes of Mesos's master.proto. */
public final class OperatorViews {
    private OperatorViews() {
    }

    public static Response health() {
        return Response.newBuilder().setType(Response.Type.GET_HEALTH)
                .setGetHealth(Response.GetHealth.newBuilder().setHealthy(true)).build();
    }

    public static Response version() {
        return Response.newBuilder().setType(Response.Type.GET_VERSION).setGetVersion(Response.GetVersion.newBuilder()
                .setVersionInfo(VersionInfo.newBuilder().setVersion(MasterVersion.MESOS_VERSION)
                        .setBuildDate(MasterVersion.buildDate()).setBuildTime(MasterVersion.buildTime())
                        .setBuildUser(""))).build();
    }

    /** The next four: call inside {@link io.osmos.master.core.Master#read}. */
    public static Response state(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_STATE).setGetState(Response.GetState.newBuilder()
                .setGetTasks(tasksOf(view)).setGetExecutors(executorsOf(view))
                .setGetFrameworks(frameworksOf(view)).setGetAgents(agentsOf(view))).build();
    }

    public static Response agents(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_AGENTS).setGetAgents(agentsOf(view)).build();
    }

    public static Response frameworks(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_FRAMEWORKS).setGetFrameworks(frameworksOf(view)).build();
    }

    public static Response tasks(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_TASKS).setGetTasks(tasksOf(view)).build();
    }

    private static Response.GetAgents agentsOf(MasterView view) {
        Usage usage = new Usage(view);
        Response.GetAgents.Builder agents = Response.GetAgents.newBuilder();
        for (AgentEntry agent : view.agents()) {
            Response.GetAgents.Agent.Builder one = agents.addAgentsBuilder().setAgentInfo(agent.info())
                    .setActive(agent.active()).setDeactivated(false).setVersion(agent.version())
                    .setPid("slave(1)@" + agent.info().getHostname() + ":" + agent.info().getPort())
                    .setRegisteredTime(time(agent.registeredMillis()))
                    .addAllTotalResources(agent.total().toProtos())
                    .addAllAllocatedResources(usage.used(agent.id()).toProtos())
                    .addAllOfferedResources(usage.offered(agent.id()).toProtos())
                    .addAllCapabilities(agent.capabilities());
            if (agent.reregisteredMillis() != 0) {
                one.setReregisteredTime(time(agent.reregisteredMillis()));
            }
        }
        return agents.build();
    }

    private static Response.GetFrameworks frameworksOf(MasterView view) {
        Usage usage = new Usage(view);
        Response.GetFrameworks.Builder frameworks = Response.GetFrameworks.newBuilder();
        view.frameworks().forEach(f -> frameworks.addFrameworks(framework(f, view, usage)));
        view.completedFrameworks().forEach(f -> frameworks.addCompletedFrameworks(framework(f, view, usage)));
        return frameworks.build();
    }

    private static Response.GetFrameworks.Framework framework(FrameworkEntry framework, MasterView view, Usage usage) {
        Response.GetFrameworks.Framework.Builder json = Response.GetFrameworks.Framework.newBuilder()
                .setFrameworkInfo(framework.info()).setActive(framework.active())
                .setConnected(framework.connected()).setRecovered(false)
                .setRegisteredTime(time(framework.registeredMillis()))
                .addAllAllocatedResources(usage.used(framework.id()).toProtos())
                .addAllOfferedResources(usage.offered(framework.id()).toProtos());
        if (framework.reregisteredMillis() != 0) {
            json.setReregisteredTime(time(framework.reregisteredMillis()));
        }
        if (framework.unregisteredMillis() != 0) {
            json.setUnregisteredTime(time(framework.unregisteredMillis()));
        }
        for (OfferEntry offer : view.offers()) {
            if (offer.frameworkId().equals(framework.id())) {
                json.addOffers(offer.offer());
            }
        }
        return json.build();
    }

    private static Response.GetTasks tasksOf(MasterView view) {
        Response.GetTasks.Builder tasks = Response.GetTasks.newBuilder();
        for (FrameworkEntry framework : view.frameworks()) {
            framework.tasks().stream().map(TaskEntry::task).forEach(tasks::addTasks);
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

    private static TimeInfo time(long millis) {
        return TimeInfo.newBuilder().setNanoseconds(millis * 1_000_000L).build();
    }
}
