package io.osmos.agent.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the agent, PID {@code io.osmos.agent}. Keys are the Mesos agent flags; a double
 * underscore in a method name is how a component property type spells one underscore in the key.
 * Durations are written as Mesos writes them: {@code 500ms}, {@code 10secs}, {@code 10mins}.
 */
@ObjectClassDefinition(name = "Osmos agent", description = "Runs tasks on this host for the leading master")
public @interface AgentConfig {
    String PID = "io.osmos.agent";

    @AttributeDefinition(description = "The leading master as host:port (standalone detection); "
            + "port 0 means this process's own HTTP server")
    String master() default "";

    @AttributeDefinition(description = "Where sandboxes and checkpoints live; required. The launcher "
            + "defaults it to <tmp>/osmos-agent")
    String work__dir() default "";

    @AttributeDefinition(description = "Resources to offer, e.g. cpus:4;mem:8192;ports:[31000-32000], or a JSON "
            + "array of Resource objects; cpus, mem, disk and ports left out are detected")
    String resources() default "";

    @AttributeDefinition(description = "Attributes of this agent, e.g. rack:r1;zone:a")
    String attributes() default "";

    @AttributeDefinition(description = "Host name to advertise; empty means the local host name")
    String hostname() default "";

    @AttributeDefinition(description = "Port to advertise; 0 means the port of this process's HTTP server")
    int advertise__port() default 0;

    @AttributeDefinition(description = "Path prefix of the agent's own HTTP endpoints: empty when the agent "
            + "has its process to itself, /slave(1) when it shares the HTTP server with a master")
    String http__prefix() default "";

    @AttributeDefinition(description = "First (re)registration waits a random time up to this; each retry "
            + "doubles the bound, up to 1mins")
    String registration__backoff__factor() default "1secs";

    @AttributeDefinition(description = "Grace between SIGTERM and SIGKILL when the agent shuts a task down "
            + "(framework shut down, agent stopping)")
    String executor__shutdown__grace__period() default "5secs";

    @AttributeDefinition(description = "Grace between SIGTERM and SIGKILL when a task is killed and neither "
            + "the task nor the kill names a kill policy")
    String task__kill__grace__period() default "3secs";

    @AttributeDefinition(description = "First resend of an unacknowledged status update; doubles each time")
    String status__update__retry__interval__min() default "10secs";

    @AttributeDefinition(description = "Longest wait between resends of an unacknowledged status update")
    String status__update__retry__interval__max() default "10mins";

    @AttributeDefinition(description = "After a restart: reconnect to the executors and tasks found again, or "
            + "cleanup (kill them all and report them)")
    String recover() default "reconnect";

    @AttributeDefinition(description = "true: a checkpoint that cannot be recovered stops the agent; false: it is "
            + "skipped and logged")
    boolean strict() default true;

    @AttributeDefinition(description = "How long recovered executors have to subscribe to the agent again before "
            + "they are shut down")
    String recovery__timeout() default "15mins";

    @AttributeDefinition(description = "Comma-separated containerizers, asked in this order whether they run a "
            + "container: mesos (process groups with isolators), docker (the docker CLI)")
    String containerizers() default "mesos";

    @AttributeDefinition(description = "Run each task as its command's user, else its framework's, when the agent "
            + "runs as root; false runs every task as the agent's user")
    boolean switch__user() default true;

    @AttributeDefinition(description = "The docker CLI the docker containerizer runs: a name on the PATH or a path")
    String docker() default "docker";

    @AttributeDefinition(description = "Comma-separated isolators by module name, called in this order, "
            + "e.g. posix/cpu,posix/mem")
    String isolation() default "posix/cpu,posix/mem";

    @AttributeDefinition(description = "How long one isolator call (prepare, isolate, update, usage, cleanup, "
            + "recover) may take; one still unanswered then fails its step, e.g. the launch")
    String isolator__timeout() default "1mins";

    @AttributeDefinition(description = "How long one agent hook call may take; one that overruns is skipped and "
            + "counted, and the agent goes on without its result")
    String hook__timeout() default "5secs";

    @AttributeDefinition(description = "Agent hooks (osmos.module.name) to call first, comma separated, in this "
            + "order; the others follow by service.ranking (--hooks)")
    String hooks() default "";

    @AttributeDefinition(description = "How long a framework's executor has to subscribe after it was launched "
            + "before it is killed and its tasks fail")
    String executor__registration__timeout() default "1mins";

    @AttributeDefinition(description = "Where the fetcher keeps cached downloads; empty means <work_dir>/fetch. "
            + "Emptied when the agent starts")
    String fetcher__cache__dir() default "";

    @AttributeDefinition(description = "The most the fetcher cache may hold, e.g. 2GB; 0B turns caching off")
    String fetcher__cache__size() default "2GB";

    @AttributeDefinition(description = "A download that receives no data for this long is abandoned")
    String fetcher__stall__timeout() default "1mins";

    @AttributeDefinition(description = "How long the sandbox of a finished executor is kept")
    String gc__delay() default "1weeks";

    @AttributeDefinition(description = "How often the disk usage of the work_dir's file system is checked to "
            + "delete sandboxes sooner when it fills up")
    String disk__watch__interval() default "1mins";

    @AttributeDefinition(description = "The fraction of the disk to keep free, between 0.0 and 1.0")
    double gc__disk__headroom() default 0.1;
}
