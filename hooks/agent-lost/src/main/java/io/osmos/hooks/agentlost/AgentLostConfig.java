package io.osmos.hooks.agentlost;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code io.osmos.hooks.agentlost}, e.g. {@code deploy/io.osmos.hooks.agentlost.cfg}. */
@ObjectClassDefinition(name = "Agent-lost notifier", description = "Where to record agents the master removes")
public @interface AgentLostConfig {
    @AttributeDefinition(description = "File each removed agent is appended to as one line; empty: the log only")
    String file() default "";
}
