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
    String allocator() default "random";
}
