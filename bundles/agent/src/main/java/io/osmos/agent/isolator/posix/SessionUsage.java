package io.osmos.agent.isolator.posix;

import io.osmos.agent.containerizer.ProcStat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the processes of one container use, from /proc: every process in the container's session
 * (the supervisor's pid), which holds everything the command started unless it left with setsid.
 * Times include what the processes' reaped children used, so work done by short-lived children is
 * not lost.
 */
record SessionUsage(int processes, int threads, double userSeconds, double systemSeconds, long residentBytes) {
    private static final long TICKS_PER_SECOND = sysconf("CLK_TCK", 100);
    private static final long PAGE_SIZE = sysconf("PAGESIZE", 4096);

    static SessionUsage of(long session) {
        List<ProcStat> members = ProcStat.all().stream()
                .filter(p -> p.session() == session && !p.isZombie()).toList();
        long user = 0;
        long system = 0;
        long pages = 0;
        int threads = 0;
        for (ProcStat p : members) {
            user += p.userTicks() + p.childUserTicks();
            system += p.systemTicks() + p.childSystemTicks();
            pages += p.residentPages();
            threads += p.threads();
        }
        return new SessionUsage(members.size(), threads, (double) user / TICKS_PER_SECOND,
                (double) system / TICKS_PER_SECOND, pages * PAGE_SIZE);
    }

    // The kernel's units, which Java cannot ask for directly; Linux's usual values if getconf fails.
    private static long sysconf(String name, long fallback) {
        try {
            Process getconf = new ProcessBuilder("getconf", name).redirectErrorStream(true).start();
            try (InputStream out = getconf.getInputStream()) {
                return Long.parseLong(new String(out.readAllBytes(), StandardCharsets.US_ASCII).trim());
            }
        } catch (IOException | NumberFormatException e) {
            return fallback;
        }
    }
}
