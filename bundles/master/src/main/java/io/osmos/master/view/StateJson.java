package io.osmos.master.view;

import io.osmos.master.core.MasterVersion;
import io.osmos.master.core.MasterView;
import io.osmos.master.state.AgentEntry;
import io.osmos.protocol.v1.Protos.MasterInfo;
import io.osmos.runtime.http.Codec;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The master's {@code /state} in the shape of Mesos's {@code /master/state}, key names included. The
 * state is taken on the actor as a document of immutable parts; the tasks and agents in it are turned
 * into JSON only as the document is written, off the actor, straight to the client.
 */
public final class StateJson {
    private final Map<String, Object> document;

    private StateJson(Map<String, Object> document) {
        this.document = document;
    }

    /** Call inside {@link io.osmos.master.core.Master#read}. */
    public static StateJson of(MasterView view) {
        Usage usage = new Usage(view);
        MasterInfo info = view.info();
        double started = view.startMillis() / 1000.0;
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("version", MasterVersion.MESOS_VERSION);
        state.put("osmos_version", MasterVersion.osmosVersion());
        state.put("build_date", MasterVersion.buildDate());
        state.put("build_time", MasterVersion.buildTime());
        state.put("build_user", "");
        state.put("start_time", started);
        state.put("elected_time", started);
        state.put("id", info.getId());
        state.put("pid", info.getPid());
        state.put("hostname", info.getHostname());
        state.put("capabilities", List.of());
        state.put("activated_slaves", view.agents().stream().filter(AgentEntry::active).count());
        state.put("deactivated_slaves", view.agents().stream().filter(a -> !a.active()).count());
        state.put("unreachable_slaves", view.unreachableAgents().size());
        state.put("leader", info.getPid());
        state.put("leader_info", new Json.Raw(Codec.toJson(info)));
        Map<String, Object> flags = new LinkedHashMap<>(Flags.of(view));
        flags.put("allocator_in_use", view.allocatorName() == null ? "" : view.allocatorName());
        state.put("flags", flags);
        List<AgentJson.Facts> agents = new ArrayList<>();
        view.agents().forEach(agent -> agents.add(AgentJson.facts(agent, usage)));
        FrameworkJson.Executors executors = FrameworkJson.executors(view);
        // Shared by the pieces rendered as the document is written, on that one thread.
        ResourcesJson.Memo memo = new ResourcesJson.Memo();
        state.put("slaves", new Json.Each<>(agents, agent -> AgentJson.of(agent, memo)));
        state.put("recovered_slaves", List.of());
        List<Object> frameworks = new ArrayList<>();
        view.frameworks().forEach(framework -> frameworks.add(FrameworkJson.of(framework, view, usage, executors, memo)));
        state.put("frameworks", frameworks);
        List<Object> completed = new ArrayList<>();
        view.completedFrameworks().forEach(framework ->
                completed.add(FrameworkJson.of(framework, view, usage, executors, memo)));
        state.put("completed_frameworks", completed);
        state.put("orphan_tasks", List.of());
        state.put("unregistered_frameworks", List.of());
        return new StateJson(state);
    }

    /** Writes the document as UTF-8 JSON, a block at a time; on any thread. */
    public void writeTo(OutputStream out) throws IOException {
        Json.write(document, out);
    }

    /** The whole document as text. */
    @Override
    public String toString() {
        return Json.write(document);
    }
}
