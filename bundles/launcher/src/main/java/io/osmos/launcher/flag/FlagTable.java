package io.osmos.launcher.flag;

import static io.osmos.launcher.flag.Mode.AGENT;
import static io.osmos.launcher.flag.Mode.LOCAL;
import static io.osmos.launcher.flag.Mode.MASTER;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every flag osmos understands, in the order help lists them; the allocator's are in
 * {@link AllocatorFlags}. To add one: append a row (defaults may refer to flags above it) and, if a
 * bundle reads it, say which PID and property it sets. Help, parsing, environment variables and
 * the {@code io.osmos.flags} configuration follow from the row.
 */
public final class FlagTable {
    public static final String RUNTIME_HTTP_PID = "io.osmos.runtime.http";
    public static final String MASTER_PID = "io.osmos.master";
    public static final String AGENT_PID = "io.osmos.agent";
    public static final String MODULES_PID = "io.osmos.modules";
    /** Every effective flag as a string property, for the master's and agent's /flags endpoint. */
    public static final String FLAGS_PID = "io.osmos.flags";

    private static final EnumSet<Mode> MASTER_SIDE = EnumSet.of(MASTER, LOCAL);
    private static final EnumSet<Mode> AGENT_SIDE = EnumSet.of(AGENT, LOCAL);

    private static final List<FlagSpec> FLAGS = Stream.of(List.of(
            FlagSpec.of("ip", FlagType.IP, "IP address to listen on.")
                    .byDefault("0.0.0.0").configures(RUNTIME_HTTP_PID, "ip"),
            FlagSpec.of("port", FlagType.PORT, "Port to listen on.")
                    .byDefault(MASTER, "5050").byDefault(LOCAL, "5050").byDefault(AGENT, "5051")
                    .configures(RUNTIME_HTTP_PID, "port"),
            FlagSpec.of("hostname", FlagType.STRING,
                            "Host name to advertise to frameworks and agents; unset means the name --ip resolves to.")
                    .configures(MASTER_PID, "hostname", MASTER_SIDE).configures(AGENT_PID, "hostname", AGENT_SIDE),
            FlagSpec.of("work_dir", FlagType.PATH,
                            "Where the registry (master), sandboxes and checkpoints (agent) and the bundle cache "
                                    + "(felix-cache) live.")
                    .byDefault("${tmp}/osmos-${mode}")
                    .configures(MASTER_PID, "work_dir", MASTER_SIDE).configures(AGENT_PID, "work_dir", AGENT_SIDE),
            FlagSpec.of("master", FlagType.MASTER,
                            "Master to register with: host:port, zk://host1:port1,host2:port2/path or file:///path.")
                    .in(AGENT, LOCAL).requiredIn(AGENT).byDefault(LOCAL, "127.0.0.1:${port}")
                    .configures(AGENT_PID, "master"),
            FlagSpec.of("resources", FlagType.RESOURCES,
                            "Resources this agent offers, e.g. cpus:4;mem:8192;disk:20000;ports:[31000-32000] "
                                    + "or a JSON array; unset means detect them.")
                    .in(AGENT, LOCAL).configures(AGENT_PID, "resources"),
            FlagSpec.of("attributes", FlagType.ATTRIBUTES, "Attributes of this agent, e.g. rack:r1;zone:a.")
                    .in(AGENT, LOCAL).configures(AGENT_PID, "attributes"),
            agent("recover", FlagType.STRING,
                    "After a restart: reconnect to what still runs, or cleanup (kill everything recovered).", "reconnect"),
            agent("strict", FlagType.BOOL,
                    "A checkpoint that cannot be read stops the agent; false skips it and logs why.", "true"),
            agent("recovery_timeout", FlagType.DURATION,
                    "How long recovered executors have to subscribe again.", "15mins"),
            agent("containerizers", FlagType.STRING,
                    "Containerizers, comma separated, asked in this order: mesos, docker.", "mesos"),
            agent("switch_user", FlagType.BOOL,
                    "Run tasks as their command's, else their framework's, user (agent running as root).", "true"),
            agent("docker", FlagType.STRING, "The docker CLI the docker containerizer runs.", "docker"),
            agent("isolation", FlagType.STRING,
                    "Isolator modules (osmos.module.name), comma separated, called in this order.",
                    "posix/cpu,posix/mem"),
            agent("executor_registration_timeout", FlagType.DURATION,
                    "How long a new executor has to subscribe.", "1mins"),
            agent("executor_shutdown_grace_period", FlagType.DURATION,
                    "How long an executor has to exit after SHUTDOWN before it is killed.", "5secs"),
            agent("task_kill_grace_period", FlagType.DURATION,
                    "Between SIGTERM and SIGKILL for a command task without a kill policy.", "3secs"),
            agent("registration_backoff_factor", FlagType.DURATION,
                    "First wait before (re)registering with the master; doubles up to 1mins.", "1secs"),
            agent("status_update_retry_interval_min", FlagType.DURATION,
                    "First resend of an unacknowledged status update; doubles each time.", "10secs"),
            agent("status_update_retry_interval_max", FlagType.DURATION,
                    "Longest wait between resends of an unacknowledged status update.", "10mins"),
            agent("fetcher_cache_dir", FlagType.PATH,
                    "Where the fetcher caches URIs marked cache: true; unset means <work_dir>/fetch.", null),
            agent("fetcher_cache_size", FlagType.STRING, "Size of the fetcher cache, e.g. 2GB; 0B turns caching off.", "2GB"),
            agent("fetcher_stall_timeout", FlagType.DURATION,
                    "A download that receives nothing for this long is abandoned.", "1mins"),
            agent("gc_delay", FlagType.DURATION, "How long a finished executor's sandbox is kept.", "1weeks"),
            agent("disk_watch_interval", FlagType.DURATION, "How often the agent checks disk usage.", "1mins"),
            agent("gc_disk_headroom", FlagType.FRACTION,
                    "Fraction of the disk to keep free; sandboxes are pruned early to keep it.", "0.1")),
            AllocatorFlags.ROWS,
            List.of(
            FlagSpec.of("offer_timeout", FlagType.DURATION,
                            "How long an offer stays outstanding before it is rescinded; unset means forever.")
                    .in(MASTER, LOCAL).configures(MASTER_PID, "offer_timeout"),
            FlagSpec.of("heartbeat_interval", FlagType.DURATION,
                            "How often subscribed frameworks get a HEARTBEAT event.")
                    .in(MASTER, LOCAL).byDefault("15secs").configures(MASTER_PID, "heartbeat_interval"),
            master("default_allocator", FlagType.STRING,
                    "Allocator to fall back to when the chosen one is not registered (e.g. its bundle was removed).",
                    "hierarchical"),
            master("max_agent_ping_timeouts", FlagType.INT,
                    "Missed pongs in a row after which an agent is marked unreachable.", "5"),
            master("agent_removal_rate_limit", FlagType.STRING,
                    "How fast agents failing health checks are removed, e.g. 1/10mins; unset means at once.", null),
            FlagSpec.of("hooks", FlagType.STRING,
                            "Hooks (osmos.module.name) to call first, comma separated, in this order; others follow by "
                                    + "service.ranking.")
                    .configures(MASTER_PID, "hooks", MASTER_SIDE).configures(AGENT_PID, "hooks", AGENT_SIDE),
            master("authorizers", FlagType.STRING,
                    "Authorizer module (osmos.module.name) asked whether a principal may act; unset means none.", null),
            master("http_authenticators", FlagType.STRING,
                    "HTTP authenticator modules (osmos.module.name), comma separated; unset means none.", null),
            master("master_contender", FlagType.STRING,
                    "Master contender module (osmos.module.name) for leader election; unset means standalone.", null),
            FlagSpec.of("master_detector", FlagType.STRING,
                            "Master detector module (osmos.module.name) that finds the leading master; unset means "
                                    + "--master (agent) or standalone (master).")
                    .configures(MASTER_PID, "master_detector", MASTER_SIDE)
                    .configures(AGENT_PID, "master_detector", AGENT_SIDE),
            agent("qos_controller", FlagType.STRING,
                    "QoS controller module (osmos.module.name) that corrects revocable resources; unset means none.",
                    null),
            agent("resource_estimator", FlagType.STRING,
                    "Resource estimator module (osmos.module.name) that estimates oversubscribable resources; unset "
                            + "means none.", null),
            master("max_subscriber_backlog", FlagType.BYTES,
                    "Bytes an event stream may hold for a reader that does not keep up before it is cut off, "
                            + "e.g. 16MB.", "16MB"),
            FlagSpec.of("agent_ping_timeout", FlagType.DURATION,
                            "How long the master waits for an agent to answer a ping.")
                    .in(MASTER, LOCAL).byDefault("15secs").configures(MASTER_PID, "agent_ping_timeout"),
            FlagSpec.of("hook_timeout", FlagType.DURATION,
                            "How long one hook call may take before it is skipped and counted.")
                    .byDefault("5secs")
                    .configures(MASTER_PID, "hook_timeout", MASTER_SIDE).configures(AGENT_PID, "hook_timeout", AGENT_SIDE),
            agent("isolator_timeout", FlagType.DURATION,
                    "How long one isolator call may stay unanswered before its step fails.", "1mins"),
            FlagSpec.of("modules", FlagType.STRING,
                            "Mesos module manifest: inline JSON, a path or a file:// URL; a library is a bundle jar.")
                    .configures(MODULES_PID, "modules"),
            FlagSpec.of("modules_dir", FlagType.PATH,
                            "Folder whose *.json files are Mesos module manifests, applied in name order.")
                    .configures(MODULES_PID, "modules_dir"),
            FlagSpec.of("firewall_rules", FlagType.JSON_OR_FILE,
                            "Endpoints to refuse, as JSON or a file holding it, "
                                    + "e.g. {\"disabled_endpoints\":{\"paths\":[\"/flags\"]}}.")
                    .configures(RUNTIME_HTTP_PID, "firewall_rules"),
            FlagSpec.of("logging_level", FlagType.LEVEL,
                            "Lowest level logged: INFO, WARNING or ERROR (DEBUG and TRACE also work).")
                    .byDefault("INFO"),
            FlagSpec.of("deploy_dir", FlagType.PATH,
                            "Folder watched for bundles (.jar) and configurations (.cfg, .config) to install while running.")
                    .byDefault("${home}/deploy"),
            FlagSpec.of("feature", FlagType.PATH, "Feature file naming the bundles and configuration to boot.")
                    .byDefault("${home}/features/${mode}.json"),
            FlagSpec.of("shell", FlagType.BOOL,
                            "Offer the Gogo shell on the terminal; never offered when stdin or stdout is not a terminal.")
                    .byDefault("true")))
            .flatMap(List::stream).toList();

    private FlagTable() {
    }

    /** A master flag whose property on {@code io.osmos.master} has the flag's name. */
    private static FlagSpec master(String name, FlagType type, String help, String byDefault) {
        FlagSpec spec = FlagSpec.of(name, type, help).in(MASTER, LOCAL).configures(MASTER_PID, name);
        return byDefault == null ? spec : spec.byDefault(byDefault);
    }

    /** An agent flag whose property on {@code io.osmos.agent} has the flag's name. */
    private static FlagSpec agent(String name, FlagType type, String help, String byDefault) {
        FlagSpec spec = FlagSpec.of(name, type, help).in(AGENT, LOCAL).configures(AGENT_PID, name);
        return byDefault == null ? spec : spec.byDefault(byDefault);
    }

    public static List<FlagSpec> all() {
        return FLAGS;
    }

    public static List<FlagSpec> forMode(Mode mode) {
        return FLAGS.stream().filter(f -> f.appliesTo(mode)).toList();
    }

    public static Optional<FlagSpec> find(String name) {
        return FLAGS.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
