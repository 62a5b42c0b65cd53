package io.osmos.itest.plugins.hook.v2;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** Version 2 of the versioned test plugin: labels tasks {@code osmos.itest/plugin_version=2}. */
@Component(property = Modules.NAME + "=itest_versioned")
public class VersionedHook implements MasterHook {
    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework, AgentInfo agent) {
        Label version = Label.newBuilder().setKey("osmos.itest/plugin_version").setValue("2").build();
        return Optional.of(task.getLabels().toBuilder().addLabels(version).build());
    }
}
