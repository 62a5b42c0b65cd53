package io.osmos.itest.containment.hook;

import io.osmos.api.Modules;
import io.osmos.api.hook.AgentHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.Environment;
import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** An agent hook failing in the two decorators every command task goes through. */
@Component(property = Modules.NAME + "=" + ThrowingAgentHook.NAME)
public class ThrowingAgentHook implements AgentHook {
    public static final String NAME = "containment-throwing-agent";

    @Override
    public Optional<Labels> slaveRunTaskLabelDecorator(TaskInfo taskInfo, ExecutorInfo executorInfo,
            FrameworkInfo frameworkInfo, AgentInfo agentInfo) {
        throw new IllegalStateException("containment test: run task label decorator broken on purpose");
    }

    @Override
    public Optional<Environment> slaveExecutorEnvironmentDecorator(ExecutorInfo executorInfo) {
        throw new IllegalStateException("containment test: executor environment decorator broken on purpose");
    }
}
