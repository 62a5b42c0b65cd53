package io.osmos.agent.isolator.posix;

import io.osmos.api.Modules;
import io.osmos.api.isolator.Isolator;
import io.osmos.protocol.v1.Protos.ResourceStatistics;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/** {@code posix/cpu}: a container's user and system cpu time. */
@Component(service = Isolator.class, property = Modules.NAME + "=posix/cpu")
public final class PosixCpuIsolator extends PosixIsolator {

    @Override
    ResourceStatistics statistics(SessionUsage usage) {
        return ResourceStatistics.newBuilder().setTimestamp(0).setCpusUserTimeSecs(usage.userSeconds())
                .setCpusSystemTimeSecs(usage.systemSeconds()).setProcesses(usage.processes())
                .setThreads(usage.threads()).build();
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
