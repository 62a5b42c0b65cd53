package io.osmos.hooks.tasklabel;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code io.osmos.hooks.tasklabel}, e.g. {@code deploy/io.osmos.hooks.tasklabel.cfg}. */
@ObjectClassDefinition(name = "Task label hook", description = "Labels every task the master launches")
public @interface TaskLabelConfig {
    @AttributeDefinition(description = "Fixed labels for every task, e.g. team=infra,cost_center=42")
    String labels() default "";
}
