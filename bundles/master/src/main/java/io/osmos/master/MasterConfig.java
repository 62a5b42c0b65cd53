package io.osmos.master;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@code io.osmos.master}. Keys are Mesos flag names; durations are written
 * as Mesos writes them ("1secs", "500ms", "15mins").
 */
@ObjectClassDefinition(name = "Osmos master", description = "The Mesos master: frameworks, agents, offers, tasks")
public @interface MasterConfig {
    @AttributeDefinition(description = "Host name advertised to frameworks and agents; empty means this machine's"
            + " own name. Read at start-up only.")
    String hostname() default "";

    @AttributeDefinition(description = "How often the allocator offers resources in a batch (--allocation_interval)")
    String allocation__interval() default "1secs";

    @AttributeDefinition(description = "Smallest resources worth offering: alternatives separated by '|', each"
            + " ';'-separated quantities; empty offers any non-empty resources (--min_allocatable_resources)")
    String min__allocatable__resources() default "cpus:0.01|mem:32";

    @AttributeDefinition(description = "Resource names, comma separated, left out of the fair share, e.g. 'gpus'"
            + " (--fair_sharing_excluded_resource_names)")
    String fair__sharing__excluded__resource__names() default "";

    @AttributeDefinition(description = "Offer agents with GPUs only to frameworks with the GPU_RESOURCES"
            + " capability: true or false (--filter_gpu_resources)")
    String filter__gpu__resources() default "true";

    @AttributeDefinition(description = "After a master failover with quota, the share of agents, within [0, 1],"
            + " whose re-registration ends the allocator's wait (--allocator_agent_recovery_factor)")
    String allocator__agent__recovery__factor() default "0.80";

    @AttributeDefinition(description = "After a master failover with quota, the longest the allocator waits for"
            + " agents before it offers (--allocator_recovery_timeout)")
    String allocator__recovery__timeout() default "10mins";

    @AttributeDefinition(description = "Whether the allocator publishes metrics per framework as well as per role:"
            + " true or false (--publish_per_framework_metrics)")
    String publish__per__framework__metrics() default "true";

    @AttributeDefinition(description = "How long an offer stays outstanding before it is rescinded, or 'none'"
            + " (--offer_timeout)")
    String offer__timeout() default "none";

    @AttributeDefinition(description = "How often subscribed frameworks get a HEARTBEAT event (Mesos fixes it at"
            + " 15secs)")
    String heartbeat__interval() default "15secs";

    @AttributeDefinition(description = "How often the master pings each agent (--agent_ping_timeout)")
    String agent__ping__timeout() default "15secs";

    @AttributeDefinition(description = "The osmos.module.name of the allocator to use (--allocator); changing it"
            + " swaps the allocator live")
    String allocator() default "hierarchical";

    @AttributeDefinition(description = "The osmos.module.name of the allocator the master falls back to while the"
            + " one named by 'allocator' is not registered (e.g. its bundle was uninstalled); Osmos's own")
    String default__allocator() default "hierarchical";

    @AttributeDefinition(description = "Missed pongs in a row after which an agent is unreachable"
            + " (--max_agent_ping_timeouts)")
    String max__agent__ping__timeouts() default "5";

    @AttributeDefinition(description = "How fast agents failing health checks are removed, e.g. '1/10mins';"
            + " empty means at once (--agent_removal_rate_limit)")
    String agent__removal__rate__limit() default "";

    @AttributeDefinition(description = "osmos.module.name of master hooks to call first, comma separated, in"
            + " order (--hooks); the others follow by service.ranking")
    String hooks() default "";

    @AttributeDefinition(description = "How long one hook call may take before it is skipped and counted")
    String hook__timeout() default "5secs";

    @AttributeDefinition(description = "Bytes an event stream may hold for a subscriber that does not read"
            + " before the master cuts it off")
    String max__subscriber__backlog() default "16777216";
}
