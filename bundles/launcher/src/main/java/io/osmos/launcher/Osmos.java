package io.osmos.launcher;

import io.osmos.launcher.flag.Command;
import io.osmos.launcher.flag.FlagException;
import io.osmos.launcher.flag.FlagParser;
import io.osmos.launcher.flag.Flags;
import io.osmos.launcher.flag.Help;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.osgi.framework.FrameworkEvent;
import org.slf4j.LoggerFactory;

/**
 * The {@code osmos} command: {@code osmos master|agent|local [--flag=value ...]}, {@code --help},
 * {@code --version}. {@code -Dosmos.home} (set by bin/osmos) names the distribution folder.
 */
public final class Osmos {
    private Osmos() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs the command and returns the exit status; for a run, only after the framework has stopped. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Optional<Path> home = Optional.ofNullable(System.getProperty("osmos.home")).map(Path::of);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Command command;
        try {
            command = new FlagParser(environment, home, tmp).parse(args);
        } catch (FlagException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (command instanceof Command.Help help) {
            out.print(new Help(home, tmp).render(help.mode()));
            return 0;
        }
        if (command instanceof Command.Version) {
            out.println("osmos " + version());
            return 0;
        }
        return boot(((Command.Run) command).flags(), home, err);
    }

    private static int boot(Flags flags, Optional<Path> home, PrintStream err) {
        Logging.configure((String) flags.value("logging_level"));
        Shutdown shutdown = Shutdown.install();
        Platform platform;
        try {
            platform = Platform.launch(flags, home, System.console() != null);
        } catch (LaunchException e) {
            err.println("Failed to start osmos " + flags.mode() + ": " + e.getMessage());
            return 1;
        }
        shutdown.attach(platform);
        platform.httpReady().thenAccept(address -> LoggerFactory.getLogger(Osmos.class).info(
                "Osmos {} ready on http://{} in {} ms", flags.mode(), hostPort(address, flags),
                ManagementFactory.getRuntimeMXBean().getUptime()));
        try {
            FrameworkEvent stopped = platform.awaitStop();
            LoggerFactory.getLogger(Osmos.class).info("Osmos {} stopped", flags.mode());
            return stopped.getType() == FrameworkEvent.ERROR ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** What to put in a URL: the advertised host name, else the bound IP, else (wildcard) localhost. */
    static String hostPort(InetSocketAddress address, Flags flags) {
        String host = flags.get("hostname").map(v -> v.raw())
                .orElseGet(() -> address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                        ? "localhost" : address.getAddress().getHostAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = Osmos.class.getResourceAsStream("osmos-launcher.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": a missing version must not stop anything
        }
        return properties.getProperty("version", "unknown");
    }
}
