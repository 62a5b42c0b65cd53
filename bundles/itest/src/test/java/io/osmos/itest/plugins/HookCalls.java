package io.osmos.itest.plugins;

import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Calls a registered master hook as the master would, for a bare task. Kept apart from the test
 * classes so the hook API is loaded only once the platform runs.
 */
final class HookCalls {
    private HookCalls() {
    }

    /** The labels (key=value) the hook named {@code moduleName} gives a task without labels. */
    static List<String> taskLabels(BundleContext context, String moduleName) {
        ServiceReference<MasterHook> reference;
        try {
            reference = context.getServiceReferences(MasterHook.class, "(osmos.module.name=" + moduleName + ")")
                    .stream().findFirst().orElseThrow(() -> new AssertionError("no master hook " + moduleName));
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(moduleName, e);
        }
        MasterHook hook = context.getService(reference);
        try {
            TaskInfo task = TaskInfo.newBuilder().setName("itest").buildPartial();
            return hook.masterLaunchTaskLabelDecorator(task, FrameworkInfo.getDefaultInstance(),
                    AgentInfo.getDefaultInstance()).map(labels -> labels.getLabelsList().stream()
                    .map(l -> l.getKey() + "=" + l.getValue()).toList()).orElse(List.of());
        } finally {
            context.ungetService(reference);
        }
    }
}
