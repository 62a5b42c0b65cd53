package io.osmos.itest.containment.hook;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** A master hook whose label decorator fails on every task, as a buggy third-party hook would. */
@Component(property = Modules.NAME + "=" + ThrowingMasterHook.NAME)
public class ThrowingMasterHook implements MasterHook {
    public static final String NAME = "containment-throwing-master";

    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo taskInfo, FrameworkInfo frameworkInfo,
            AgentInfo agentInfo) {
        throw new IllegalStateException("containment test: label decorator broken on purpose");
    }
}
