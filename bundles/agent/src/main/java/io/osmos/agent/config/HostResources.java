package io.osmos.agent.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this host has, measured the way the Mesos agent measures it, with the Mesos fallbacks
 * (1 cpu, 1 GB, 10 GB) when a measurement fails. Memory keeps 1 GB free (half when the host has less
 * than 2 GB); disk keeps 5 GB free on the work_dir's file system (half below 10 GB).
 */
public record HostResources(double cpus, long memMegabytes, long diskMegabytes) {
    public static final String DEFAULT_PORTS = "[31000-32000]";
    private static final Logger LOG = LoggerFactory.getLogger(HostResources.class);
    private static final long MB = 1024L * 1024;
    private static final long GB = 1024L * MB;

    /** Measures this host; disk is the size of the file system holding {@code workDir}. */
    public static HostResources detect(Path workDir) {
        long memory = totalMemory();
        long disk = totalDisk(workDir);
        return new HostResources(Runtime.getRuntime().availableProcessors(),
                (memory < 0 ? GB : usableMemory(memory)) / MB, (disk < 0 ? 10 * GB : usableDisk(disk)) / MB);
    }

    static long usableMemory(long total) {
        return total >= 2 * GB ? total - GB : total / 2;
    }

    static long usableDisk(long total) {
        return total >= 10 * GB ? total - 5 * GB : total / 2;
    }

    private static long totalMemory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Failed to detect the size of main memory ({}); defaulting to 1 GB", e.toString());
            return -1;
        }
        LOG.warn("Failed to detect the size of main memory (no MemTotal in /proc/meminfo); defaulting to 1 GB");
        return -1;
    }

    private static long totalDisk(Path workDir) {
        try {
            return Files.getFileStore(workDir).getTotalSpace();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Failed to detect the disk space of {} ({}); defaulting to 10 GB", workDir, e.toString());
            return -1;
        }
    }
}
