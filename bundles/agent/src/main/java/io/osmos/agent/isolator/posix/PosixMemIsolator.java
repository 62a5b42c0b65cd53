package io.osmos.agent.isolator.posix;

import io.osmos.api.Modules;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** {@code posix/mem}: a container's resident memory. */
@Component(service = Isolator.class, property = Modules.NAME + "=posix/mem")
public final class PosixMemIsolator extends PosixIsolator {

    @Override
    ResourceStatistics statistics(SessionUsage usage) {
        return ResourceStatistics.newBuilder().setTimestamp(0).setMemRssBytes(usage.residentBytes()).build();
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
