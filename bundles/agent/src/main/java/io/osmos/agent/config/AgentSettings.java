package io.osmos.agent.config;

import io.osmos.agent.fetcher.FetcherSettings;
import io.osmos.agent.fetcher.MesosBytes;
import io.osmos.agent.gc.GcSettings;
import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.Attribute;
import io.osmos.runtime.flags.Durations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The agent's configuration, checked and resolved: what the agent runs with. */
public record AgentSettings(
        MasterAddress master,
        Path workDir,
        Resources resources,
        List<Attribute> attributes,
        String hostname,
        int port,
        String httpPrefix,
        Duration registrationBackoffFactor,
        Duration executorShutdownGracePeriod,
        Duration taskKillGracePeriod,
        Duration statusUpdateRetryMin,
        Duration statusUpdateRetryMax,
        RecoverySettings recovery,
        ContainerizerSettings containerizer,
        FetcherSettings fetcher,
        GcSettings gc,
        Duration hookTimeout) {

    /**
     * Checks the configuration, creates the work_dir and detects the host's resources.
     *
     * @param serverPort the port this process's HTTP server listens on
     * @throws IllegalArgumentException naming the first bad key and why
     */
    public static AgentSettings from(AgentConfig config, int serverPort) {
        return from(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
    }

    /**
     * Checks the configuration, creates the work_dir and detects the host's resources.
     *
     * @param server the address this process's HTTP server listens on
     * @throws IllegalArgumentException naming the first bad key and why
     */
    public static AgentSettings from(AgentConfig config, InetSocketAddress server) {
        int serverPort = server.getPort();
        MasterAddress master = MasterAddress.parse(config.master()).resolve(serverPort);
        Path workDir = workDir(config.work__dir());
        List<Attribute> attributes = AttributesParser.parse(config.attributes());
        Resources resources = AgentResources.of(config.resources(), HostResources.detect(workDir));
        int port = config.advertise__port() == 0 ? serverPort : config.advertise__port();
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("advertise_port must be between 1 and 65535, got " + port);
        }
        Duration retryMin = Durations.parsePositive("status_update_retry_interval_min",
                config.status__update__retry__interval__min());
        Duration retryMax = Durations.parsePositive("status_update_retry_interval_max",
                config.status__update__retry__interval__max());
        if (retryMax.compareTo(retryMin) < 0) {
            throw new IllegalArgumentException("status_update_retry_interval_max (" + Durations.format(retryMax)
                    + ") must not be below status_update_retry_interval_min (" + Durations.format(retryMin) + ")");
        }
        return new AgentSettings(master, workDir, resources, attributes, hostname(config.hostname()), port,
                httpPrefix(config.http__prefix()),
                Durations.parsePositive("registration_backoff_factor", config.registration__backoff__factor()),
                Durations.parse("executor_shutdown_grace_period", config.executor__shutdown__grace__period()),
                Durations.parse("task_kill_grace_period", config.task__kill__grace__period()),
                retryMin, retryMax, recovery(config), containerizer(config, server), fetcher(config, workDir),
                new GcSettings(Durations.parse("gc_delay", config.gc__delay()),
                        Durations.parsePositive("disk_watch_interval", config.disk__watch__interval()),
                        config.gc__disk__headroom()),
                Durations.parsePositive("hook_timeout", config.hook__timeout()));
    }

    private static RecoverySettings recovery(AgentConfig config) {
        return new RecoverySettings(RecoverySettings.mode(config.recover()), config.strict(),
                Durations.parsePositive("recovery_timeout", config.recovery__timeout()));
    }

    private static FetcherSettings fetcher(AgentConfig config, Path workDir) {
        String dir = config.fetcher__cache__dir();
        return new FetcherSettings(dir == null || dir.isBlank() ? workDir.resolve("fetch") : Path.of(dir.trim()),
                MesosBytes.parse("fetcher_cache_size", config.fetcher__cache__size()),
                Durations.parsePositive("fetcher_stall_timeout", config.fetcher__stall__timeout()));
    }

    private static ContainerizerSettings containerizer(AgentConfig config, InetSocketAddress server) {
        // Executors run on this host: a server on every address is reached on loopback.
        InetAddress ip = server.getAddress() == null || server.getAddress().isAnyLocalAddress()
                ? InetAddress.getLoopbackAddress() : server.getAddress();
        return new ContainerizerSettings(ContainerizerSettings.containerizers(config.containerizers()),
                ContainerizerSettings.list(config.isolation()),
                Durations.parsePositive("executor_registration_timeout", config.executor__registration__timeout()),
                ip.getHostAddress() + ":" + server.getPort(),
                Durations.parsePositive("isolator_timeout", config.isolator__timeout()),
                config.switch__user(), ContainerizerSettings.docker(config.docker()));
    }

    private static Path workDir(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("work_dir is required: the folder for sandboxes and checkpoints");
        }
        Path dir = Path.of(text.trim()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("work_dir " + dir + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("work_dir " + dir + " is not writable");
        }
        return dir;
    }

    private static String hostname(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost"; // a host without a resolvable name still runs tasks
        }
    }

    private static String httpPrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim();
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.isEmpty() && !p.startsWith("/")) {
            throw new IllegalArgumentException("http_prefix '" + prefix + "' must be empty or start with '/'");
        }
        return p;
    }
}
