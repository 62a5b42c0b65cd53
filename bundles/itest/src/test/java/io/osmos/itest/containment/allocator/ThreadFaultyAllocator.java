package io.osmos.itest.containment.allocator;

import io.osmos.api.Modules;
import io.osmos.api.allocator.Allocator;
import io.osmos.api.allocator.AllocatorOptions;
import io.osmos.api.allocator.callback.OfferCallback;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Comes up cleanly like {@link LateFaultyAllocator}, but takes a framework's arrival on a thread of its
 * own, where it fails and tells the master through its callback, as an allocator with its own actor
 * does. No call into it throws before that report.
 */
@Component(service = Allocator.class, scope = ServiceScope.PROTOTYPE,
        property = Modules.NAME + "=" + ThreadFaultyAllocator.NAME)
public class ThreadFaultyAllocator extends LateFaultyAllocator {
    public static final String NAME = "faulty-thread";

    private volatile OfferCallback callback;

    @Override
    public void initialize(AllocatorOptions options, OfferCallback master) {
        callback = master;
    }

    @Override
    public void addFramework(FrameworkID frameworkId, FrameworkInfo frameworkInfo, Map<AgentID, Resources> used,
            boolean active, Set<String> suppressedRoles) {
        OfferCallback master = callback;
        Thread thread = new Thread(() -> {
            try {
                broken("addFramework, on its own thread");
            } catch (IllegalStateException e) {
                master.failed(e);
            }
        }, "allocator-" + NAME);
        thread.start();
    }
}
