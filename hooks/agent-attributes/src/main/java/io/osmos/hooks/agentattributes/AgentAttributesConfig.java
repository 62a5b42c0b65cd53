package io.osmos.hooks.agentattributes;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code io.osmos.hooks.agentattributes}; read when the agent (re)registers. */
@ObjectClassDefinition(name = "Agent attributes hook", description = "What the agent advertises besides its flags")
public @interface AgentAttributesConfig {
    @AttributeDefinition(description = "Extra attributes as Mesos writes them, e.g. rack:r1;zone:a (text values)")
    String attributes() default "";

    @AttributeDefinition(description = "Extra resources as Mesos writes them, e.g. licenses:4;gpus_virtual:2")
    String resources() default "";
}
