package com.example.hook;

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
 * A master hook: the master calls it for every task it launches. Override other methods of
 * MasterHook (or implement AgentHook instead) for other hook points; those you leave alone do nothing.
 */
@Component(property = Modules.NAME + "=my_hook")
public class MyHook implements MasterHook {

    @Override
    public Optional<Labels> masterLaunchTaskLabelDecorator(TaskInfo task, FrameworkInfo framework, AgentInfo agent) {
        // Edit here: the labels returned replace the task's; Optional.empty() leaves them as they are.
        Label hello = Label.newBuilder().setKey("example.com/hello").setValue("world").build();
        return Optional.of(task.getLabels().toBuilder().addLabels(hello).build());
    }
}
