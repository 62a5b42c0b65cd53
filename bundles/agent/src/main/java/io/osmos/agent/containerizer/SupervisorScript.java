package io.osmos.agent.containerizer;

import java.util.List;

/**
 * The shell script that supervises a container: the posix launcher's counterpart of the Mesos
 * executor process. It waits for the agent's go-ahead (sent once every isolator has isolated it),
 * runs the pre-exec commands and then the command as its child, and writes the command's exit status
 * to the runtime directory before it exits. The agent can die at any point and still learn, when it
 * comes back, how the command ended.
 *
 * <p>A kill signals the whole process group, the supervisor included: it catches SIGTERM with a trap
 * that only takes note (a caught signal, unlike an ignored one, is reset to the default in the
 * children it starts, and the shell runs the trap only once the command it waits for has ended), so it
 * outlives the command and records its status; a SIGTERM before the command started means it never
 * starts. SIGKILL takes the supervisor too; the
 * agent only sends that as the last step of a kill, which it is there to observe.
 */
final class SupervisorScript {
    private SupervisorScript() {
    }

    /**
     * @param command argv of the command
     * @param preExec argv of each command to run, each to success, before it
     */
    static String build(List<String> command, List<List<String>> preExec, RuntimeDir runtime) {
        String status = quote(runtime.statusFile().toString());
        String temporary = quote(runtime.statusFile() + ".tmp");
        String record = "printf '%s\\n' \"$s\" > " + temporary + " && mv -f " + temporary + " " + status;
        StringBuilder script = new StringBuilder()
                .append("# Osmos container supervisor: runs the command, then records how it ended.\n")
                .append("trap 'terminated=143' TERM\n")
                .append("IFS= read -r go || exit 125\n")
                .append("[ \"$go\" = go ] || exit 125\n")
                .append("exec </dev/null\n");
        // A kill that came before the command started ends the container as if it had hit the command.
        String killedEarly = "[ -z \"$terminated\" ] || { s=$terminated; " + record + "; exit \"$s\"; }\n";
        for (List<String> pre : preExec) {
            script.append(killedEarly).append(argv(pre)).append(" || { s=$?; echo \"Pre-exec command failed with status $s: \"")
                    .append(quote(String.join(" ", pre))).append(" >&2; ").append(record).append("; exit \"$s\"; }\n");
        }
        return script.append(killedEarly).append(argv(command)).append('\n')
                .append("s=$?\n")
                .append(record).append('\n')
                .append("exit \"$s\"\n")
                .toString();
    }

    static String argv(List<String> argv) {
        StringBuilder line = new StringBuilder();
        for (String arg : argv) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(quote(arg));
        }
        return line.toString();
    }

    /** Single quotes keep everything literal; a quote inside is closed, escaped and reopened. */
    static String quote(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A command argument cannot contain a NUL character");
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
