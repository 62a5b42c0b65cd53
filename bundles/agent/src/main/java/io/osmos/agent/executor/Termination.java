package io.osmos.agent.executor;

/**
 * Describes how a task's process ended, in the words of the Mesos command executor. The JDK reports
 * death by signal N as exit value 128+N, the convention shells use too, so values above 128 are read
 * as signals.
 */
final class Termination {
    private static final String[] SIGNALS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated"};

    private Termination() {
    }

    static String describe(int exitValue) {
        if (exitValue > 128 && exitValue < 128 + 65) {
            return "Command terminated with signal " + signalName(exitValue - 128);
        }
        return "Command exited with status " + exitValue;
    }

    static String signalName(int signal) {
        return signal > 0 && signal < SIGNALS.length ? SIGNALS[signal] : "Signal " + signal;
    }
}
