package io.osmos.agent.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kernel's id of this boot. When the one checkpointed differs, the host rebooted while the
 * agent was down: every process it knew is gone and their pids may now name other processes.
 */
public final class BootId {
    private static final Path CURRENT = Path.of("/proc/sys/kernel/random/boot_id");

    private BootId() {
    }

    public static Optional<String> current() {
        return read(CURRENT);
    }

    public static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file).trim()).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
