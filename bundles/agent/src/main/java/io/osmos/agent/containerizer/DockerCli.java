package io.osmos.agent.containerizer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Runs one docker command to its end on a thread that may block, collecting what it printed. */
final class DockerCli {
    private final Executor threads;

    DockerCli(Executor threads) {
        this.threads = threads;
    }

    /** What a command printed (stderr after stdout) and its exit status. */
    record Output(int status, String text) {
        /** The last line printed, for a one-line reason. */
        String lastLine() {
            String trimmed = text.strip();
            return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
        }
    }

    /** Fails when the command cannot be started or outlives the timeout (it is then killed). */
    CompletableFuture<Output> run(List<String> argv, Duration timeout) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Process process = new ProcessBuilder(argv).redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
                String text;
                try (InputStream out = process.getInputStream()) {
                    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAll(out), threads);
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        throw new IllegalStateException("'" + String.join(" ", argv) + "' did not answer within "
                                + timeout.toSeconds() + " s");
                    }
                    text = new String(read.join(), StandardCharsets.UTF_8);
                }
                return new Output(process.exitValue(), text);
            } catch (IOException e) {
                throw new IllegalStateException("'" + String.join(" ", argv) + "' cannot run: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + argv.get(0), e);
            }
        }, threads);
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0]; // the process went away; its status tells the rest
        }
    }
}
