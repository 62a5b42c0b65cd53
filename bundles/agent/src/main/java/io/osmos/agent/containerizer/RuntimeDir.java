package io.osmos.agent.containerizer;

import io.osmos.protocol.v1.Protos.ContainerID;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A container's runtime directory, {@code <work_dir>/containers/<id>} (nested containers under
 * {@code <parent>/containers/<id>}), the way Mesos keeps one under its runtime_dir. It holds what must
 * outlive the agent process: the supervisor script, the supervisor's pid with its start time, and the
 * exit status the supervisor writes when the command ends. It exists from before the fork until the
 * container is cleaned up, for every container whether or not its framework checkpoints, so that
 * after a restart the agent finds every container it ever started and can clean up the ones it no
 * longer knows.
 */
public record RuntimeDir(Path directory) {

    /** The supervisor's pid and the start time that tells it apart from a later process with its pid. */
    public record Pid(long pid, long startTicks) {
    }

    public static Path root(Path workDir) {
        return workDir.resolve("containers");
    }

    public static RuntimeDir of(Path workDir, ContainerID id) {
        Path parent = id.hasParent() ? of(workDir, id.getParent()).directory.resolve("containers") : root(workDir);
        return new RuntimeDir(parent.resolve(Segments.check("container", id.getValue())));
    }

    /** Every container with a runtime directory, nested ones with their parent set. */
    public static List<ContainerID> list(Path workDir) {
        List<ContainerID> ids = new ArrayList<>();
        collect(root(workDir), null, ids);
        return ids;
    }

    public boolean exists() {
        return Files.isDirectory(directory);
    }

    public void create() throws IOException {
        Files.createDirectories(directory);
    }

    public Path supervisor() {
        return directory.resolve("supervisor.sh");
    }

    public Path statusFile() {
        return directory.resolve("status");
    }

    public void writePid(long pid, long startTicks) throws IOException {
        writeAtomically(directory.resolve("pid"), pid + " " + startTicks + "\n");
    }

    /** The checkpointed supervisor, or empty when it was never forked (or the file is unreadable). */
    public Optional<Pid> pid() {
        try {
            String[] parts = Files.readString(directory.resolve("pid")).trim().split("\\s+");
            return Optional.of(new Pid(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The command's exit status as the supervisor recorded it: 0-255, where 128+N means signal N. Empty
     * while the command runs, or when the supervisor itself was killed before it could write it.
     */
    public Optional<Integer> exitStatus() {
        try {
            return Optional.of(Integer.parseInt(Files.readString(statusFile()).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the directory and everything in it (nested containers' directories too). */
    public void delete() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (NoSuchFileException gone) {
            // removed meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove runtime directory " + directory, e);
        }
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void collect(Path dir, ContainerID parent, List<ContainerID> ids) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path entry : entries) {
                ContainerID.Builder id = ContainerID.newBuilder().setValue(entry.getFileName().toString());
                if (parent != null) {
                    id.setParent(parent);
                }
                ContainerID built = id.build();
                ids.add(built);
                collect(entry.resolve("containers"), built, ids);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list container runtime directories in " + dir, e);
        }
    }
}
