package io.osmos.itest.containment.hang;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** The agent's counterpart of {@link HangingMasterHook}: its run-task label decorator never returns. */
@Component(property = Modules.NAME + "=" + HangingAgentHook.NAME)
public class HangingAgentHook implements AgentHook {
    public static final String NAME = "containment-hanging-agent";

    private final Release release = new Release();

    @Override
    public Optional<Labels> slaveRunTaskLabelDecorator(TaskInfo taskInfo, ExecutorInfo executorInfo,
            FrameworkInfo frameworkInfo, AgentInfo agentInfo) {
        release.awaitRelease();
        return Optional.empty();
    }

    @Deactivate
    void deactivate() {
        release.release();
    }
}
