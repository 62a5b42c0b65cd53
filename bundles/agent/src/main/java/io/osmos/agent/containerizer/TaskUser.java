package io.osmos.agent.containerizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The user a task runs as when the agent switches users (--switch_user, as a Mesos agent does when it
 * runs as root): the command's user, else the framework's. Its commands are started through
 * setpriv(1) with that user's uid, primary gid and supplementary groups, and its sandbox is theirs.
 */
public record TaskUser(String name, int uid, int gid) {

    /**
     * Who to run as, or empty to run as the agent's own user.
     *
     * @param wanted the command's user, else the framework's; empty runs as the agent's user
     * @throws IllegalArgumentException naming the user when they do not exist, or when the agent, not
     *     being root, cannot become them
     */
    public static Optional<TaskUser> resolve(Optional<String> wanted) {
        if (wanted.isEmpty() || wanted.get().isEmpty() || wanted.get().equals(System.getProperty("user.name"))) {
            return Optional.empty();
        }
        String name = wanted.get();
        TaskUser user = lookup(name).orElseThrow(() -> new IllegalArgumentException("user '" + name
                + "' does not exist on this agent"));
        if (agentUid() != 0) {
            throw new IllegalArgumentException("cannot run as user '" + name + "': the agent runs as '"
                    + System.getProperty("user.name") + "', not root, so it cannot switch users (--switch_user)");
        }
        return Optional.of(user);
    }

    /** The argv that runs {@code command} as this user. */
    public List<String> wrap(List<String> command) {
        return Stream.concat(Stream.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--init-groups", "--"),
                command.stream()).toList();
    }

    /** Gives the sandbox, and everything already in it, to this user; links are not followed. */
    public void own(Path sandbox) throws IOException {
        UserPrincipalLookupService lookup = sandbox.getFileSystem().getUserPrincipalLookupService();
        var owner = lookup.lookupPrincipalByName(Integer.toString(uid));
        var group = lookup.lookupPrincipalByGroupName(Integer.toString(gid));
        try (Stream<Path> files = Files.walk(sandbox)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                view.setOwner(owner);
                view.setGroup(group);
            }
        }
    }

    /** The user's uid and primary gid from the name service (getent), as the C library sees them. */
    static Optional<TaskUser> lookup(String name) {
        if (name.startsWith("-") || name.contains(":") || name.contains("\n")) {
            return Optional.empty();
        }
        try {
            Process getent = new ProcessBuilder("getent", "passwd", name).redirectErrorStream(true).start();
            String line;
            try (InputStream out = getent.getInputStream()) {
                line = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!getent.waitFor(10, TimeUnit.SECONDS) || getent.exitValue() != 0) {
                return Optional.empty();
            }
            String[] fields = line.split(":");
            return fields.length < 4 ? Optional.empty()
                    : Optional.of(new TaskUser(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("Failed to look user '" + name + "' up: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("Interrupted while looking user '" + name + "' up", e);
        }
    }

    /** The agent process's real uid: the owner of /proc/self. */
    static int agentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1; // unknown: never pretend to be root
        }
    }
}
