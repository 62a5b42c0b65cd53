package io.osmos.agent.containerizer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One process as /proc/&lt;pid&gt;/stat describes it: the fields the agent needs to tell whether a
 * process still runs (and is the same process, by its start time) and what it uses. Times are in
 * clock ticks, memory in pages, as the kernel reports them.
 */
public record ProcStat(long pid, char state, long parentPid, long processGroup, long session, long userTicks,
        long systemTicks, long childUserTicks, long childSystemTicks, int threads, long startTicks,
        long residentPages) {
    private static final Path PROC = Path.of("/proc");

    /** The process, or empty when it does not exist (or /proc cannot be read). */
    public static Optional<ProcStat> read(long pid) {
        try {
            return Optional.of(parse(pid, Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every process on the host that can be read; processes that end while listing are skipped. */
    public static List<ProcStat> all() {
        List<ProcStat> processes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, p -> isNumber(p.getFileName().toString()))) {
            for (Path entry : entries) {
                read(Long.parseLong(entry.getFileName().toString())).ifPresent(processes::add);
            }
        } catch (IOException e) {
            return processes;
        }
        return processes;
    }

    /**
     * True while the process with this pid is the one that started at {@code startTicks} and has not
     * ended. A zombie has ended: it runs nothing and only waits for a parent (which, after an agent
     * restart, may never come) to reap it.
     */
    public static boolean isRunning(long pid, long startTicks) {
        return read(pid).filter(p -> p.startTicks == startTicks && !p.isZombie()).isPresent();
    }

    public boolean isZombie() {
        return state == 'Z' || state == 'X' || state == 'x';
    }

    static ProcStat parse(long pid, String stat) {
        // The command name sits in parentheses and may itself hold spaces and parentheses.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return new ProcStat(pid, f[0].charAt(0), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]),
                Integer.parseInt(f[17]), Long.parseLong(f[19]), Long.parseLong(f[21]));
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }
}
