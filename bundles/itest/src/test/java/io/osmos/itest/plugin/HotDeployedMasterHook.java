package io.osmos.itest.plugin;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * The plugin HotDeployIT drops into a running platform. It is packed into its own bundle while the
 * test runs; it imports only the API and the protocol, as a third-party hook would.
 */
@Component(property = Modules.NAME + "=" + HotDeployedMasterHook.NAME)
public class HotDeployedMasterHook implements MasterHook {
    /** The plugin bundle's symbolic name: this package. */
    public static final String BUNDLE = "io.osmos.itest.plugin";
    public static final String NAME = "itest-hot-deployed";
    public static final String LABEL_KEY = "osmos.itest.hot_deployed";

    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo taskInfo, FrameworkInfo frameworkInfo,
            AgentInfo agentInfo) {
        Label mark = Label.newBuilder().setKey(LABEL_KEY).setValue("true").build();
        return Optional.of(taskInfo.getLabels().toBuilder().addLabels(mark).build());
    }
}
