package io.osmos.itest.support;

import io.osmos.api.Modules;
import io.osmos.api.hook.MasterHook;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Tracks master hooks registered under one module name the way the master's hook whiteboard
 * would, completing a future when one comes and another when it goes. Kept apart from the test
 * classes so the API package is only loaded once the feature's bundles have started.
 */
public final class MasterHooks extends ServiceTracker<MasterHook, MasterHook> {
    private final CompletableFuture<ServiceReference<MasterHook>> added = new CompletableFuture<>();
    private final CompletableFuture<ServiceReference<MasterHook>> removed = new CompletableFuture<>();

    public MasterHooks(BundleContext context, String moduleName) {
        super(context, filter(context, moduleName), null);
    }

    private static org.osgi.framework.Filter filter(BundleContext context, String moduleName) {
        try {
            return context.createFilter("(&(objectClass=" + MasterHook.class.getName() + ")"
                    + Modules.filter(moduleName) + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("bad module name " + moduleName, e);
        }
    }

    @Override
    public MasterHook addingService(ServiceReference<MasterHook> reference) {
        MasterHook hook = super.addingService(reference);
        added.complete(reference);
        return hook;
    }

    @Override
    public void removedService(ServiceReference<MasterHook> reference, MasterHook service) {
        removed.complete(reference);
        super.removedService(reference, service);
    }

    public CompletableFuture<ServiceReference<MasterHook>> added() {
        return added;
    }

    public CompletableFuture<ServiceReference<MasterHook>> removed() {
        return removed;
    }

    /** The symbolic name of the bundle that registered the tracked hook. */
    public static String provider(ServiceReference<?> reference) {
        return reference.getBundle() == null ? "(unregistered)" : reference.getBundle().getSymbolicName();
    }

    /**
     * Calls the hook's label decorator for a bare task, as the master would; returns the keys of the
     * labels it gives. Takes the reference {@link #added()} gave: the tracker itself may not list the
     * service yet when that future completes.
     */
    public Optional<String> decorateLabels(ServiceReference<MasterHook> reference) {
        MasterHook hook = context.getService(reference);
        if (hook == null) {
            throw new AssertionError("the hook service is gone: " + reference);
        }
        try {
            // a bare task: the required ids do not matter to a label decorator
            TaskInfo task = TaskInfo.newBuilder().setName("itest").buildPartial();
            return hook.masterLaunchTaskLabelDecorator(task, FrameworkInfo.getDefaultInstance(),
                    AgentInfo.getDefaultInstance()).map(labels -> labels.getLabelsList().stream().map(Label::getKey)
                    .reduce((a, b) -> a + "," + b).orElse(""));
        } finally {
            context.ungetService(reference);
        }
    }
}
