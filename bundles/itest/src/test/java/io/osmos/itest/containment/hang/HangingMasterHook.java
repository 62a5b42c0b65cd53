package io.osmos.itest.containment.hang;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A master hook that never returns from its label decorator while it is active. Stopping its bundle
 * (the test's last step) releases every call it holds, so no thread outlives the test.
 */
@Component(property = Modules.NAME + "=" + HangingMasterHook.NAME)
public class HangingMasterHook implements MasterHook {
    public static final String NAME = "containment-hanging-master";

    private final Release release = new Release();

    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo taskInfo, FrameworkInfo frameworkInfo,
            AgentInfo agentInfo) {
        release.awaitRelease();
        return Optional.empty();
    }

    @Deactivate
    void deactivate() {
        release.release();
    }
}
