package io.osmos.simulator.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Simulated agents in child JVMs (the simulator's {@code --role=agents}), so the master's JVM holds
 * only the master and its heap can be measured on its own. A child registers its agents, prints one
 * line saying how many registered, and runs them until its standard input closes.
 */
public final class AgentProcesses implements AutoCloseable {
    /** The line a child prints once every registration attempt has ended. */
    public static final String REGISTERED = "osmos-simulator-agents registered=";

    private final List<Process> children = new ArrayList<>();
    private final List<CompletableFuture<Integer>> registered = new ArrayList<>();

    /**
     * @param jvmOptions options of each child JVM, e.g. {@code -Xmx1g}
     * @param flags simulator flags every child gets (besides its share of agents)
     */
    public AgentProcesses(int processes, int agents, List<String> jvmOptions, Map<String, String> flags) {
        int first = 0;
        for (int i = 0; i < processes; i++) {
            int share = agents / processes + (i < agents % processes ? 1 : 0);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("io.osmos.simulator.Simulator");
            flags.forEach((name, value) -> command.add("--" + name + "=" + value));
            command.add("--role=agents");
            command.add("--agents=" + share);
            command.add("--first_agent=" + first);
            first += share;
            start(command, i);
        }
    }

    private void start(List<String> command, int number) {
        Process child;
        try {
            child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Cannot start agent process " + number + ": " + e.getMessage(), e);
        }
        children.add(child);
        CompletableFuture<Integer> count = new CompletableFuture<>();
        registered.add(count);
        Thread reader = new Thread(() -> relay(child, count), "agents-" + number + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Echoes the child's output and picks out its registration count. */
    private static void relay(Process child, CompletableFuture<Integer> count) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println("[agents pid " + child.pid() + "] " + line);
                if (line.startsWith(REGISTERED)) {
                    count.complete(Integer.parseInt(line.substring(REGISTERED.length()).split("\\s")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            count.completeExceptionally(e);
        }
        count.completeExceptionally(new IllegalStateException("Agent process " + child.pid()
                + " ended before registering its agents"));
    }

    /** How many agents registered over all children; waits for every child to say. */
    public int awaitRegistered(Duration timeout) throws Exception {
        CompletableFuture.allOf(registered.toArray(CompletableFuture[]::new))
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return registered.stream().mapToInt(CompletableFuture::join).sum();
    }

    /** The children's process ids, e.g. to count their CPU time. */
    public List<Long> pids() {
        return children.stream().map(Process::pid).toList();
    }

    /** Closes each child's input, which stops it; waits a little, then forces it. */
    @Override
    public void close() {
        for (Process child : children) {
            try {
                child.getOutputStream().close();
            } catch (IOException ignored) {
                // the child is gone already
            }
        }
        for (Process child : children) {
            try {
                if (!child.waitFor(10, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
        }
    }
}
