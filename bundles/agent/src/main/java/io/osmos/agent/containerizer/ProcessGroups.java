package io.osmos.agent.containerizer;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signals whole process groups. A task runs in its own session whose id is the task process's pid,
 * so signalling that group reaches every process the task started, even those that left the tree.
 * The JDK can only signal single processes, hence the kill(1) utility.
 */
public final class ProcessGroups {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessGroups.class);

    public enum Signal { TERM, KILL }

    private ProcessGroups() {
    }

    /** Sends the signal to the group without waiting; a group that is already gone is no error. */
    public static void signal(long pgid, Signal signal) {
        if (pgid <= 1) {
            throw new IllegalArgumentException("Refusing to signal process group " + pgid);
        }
        try {
            new ProcessBuilder(List.of("kill", "-" + signal.name(), "--", "-" + pgid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("Cannot run kill(1) ({}); signalling the process tree of {} instead", e.getMessage(), pgid);
            ProcessHandle.of(pgid).ifPresent(leader -> {
                leader.descendants().forEach(p -> stop(p, signal));
                stop(leader, signal);
            });
        }
    }

    private static void stop(ProcessHandle process, Signal signal) {
        // On Linux the JDK sends SIGTERM for destroy and SIGKILL for destroyForcibly.
        if (signal == Signal.KILL) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
    }
}
