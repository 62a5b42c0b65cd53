package io.osmos.itest.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The distribution's {@code bin/osmos} run as a real process, as an operator would start it from a
 * service manager: no stdin, output to files, stopped with SIGTERM.
 */
public final class OsmosProcess implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private OsmosProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code bin/osmos args...}, its output going to files under {@code logDir}. */
    public static OsmosProcess start(Path osmos, Path logDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(osmos.toString());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(logDir);
            String name = "osmos_" + String.join("_", args).replaceAll("[^A-Za-z0-9_=.-]", "")
                    + "-" + System.nanoTime();
            Path stdout = logDir.resolve(name + ".out");
            Path stderr = logDir.resolve(name + ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            // flags come from the command line only, whatever the machine running the build exports
            builder.environment().keySet().removeIf(key -> key.startsWith("OSMOS_"));
            return new OsmosProcess(builder.start(), stdout, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM, as {@link Process#destroy()} does on Linux. */
    public void terminate() {
        process.destroy();
    }

    /** The exit code, or empty if the process is still running after {@code timeout}. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Both streams, for failure messages. */
    public String output() {
        return "--- stdout (" + stdout + ")\n" + stdout() + "\n--- stderr (" + stderr + ")\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /** Never leaves a process behind, whatever the test did. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
    }
}
