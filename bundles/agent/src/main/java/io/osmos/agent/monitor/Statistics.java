package io.osmos.agent.monitor;

import io.osmos.protocol.v1.Protos.ResourceStatistics;

/** Adds up the samples of several containers, for an executor whose tasks run in nested containers. */
public final class Statistics {
    private Statistics() {
    }

    public static ResourceStatistics sum(ResourceStatistics a, ResourceStatistics b) {
        return ResourceStatistics.newBuilder()
                .setTimestamp(Math.max(a.getTimestamp(), b.getTimestamp()))
                .setProcesses(a.getProcesses() + b.getProcesses())
                .setThreads(a.getThreads() + b.getThreads())
                .setCpusUserTimeSecs(a.getCpusUserTimeSecs() + b.getCpusUserTimeSecs())
                .setCpusSystemTimeSecs(a.getCpusSystemTimeSecs() + b.getCpusSystemTimeSecs())
                .setCpusLimit(a.getCpusLimit() + b.getCpusLimit())
                .setMemRssBytes(a.getMemRssBytes() + b.getMemRssBytes())
                .setMemLimitBytes(a.getMemLimitBytes() + b.getMemLimitBytes())
                .build();
    }
}
