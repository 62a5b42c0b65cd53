package io.osmos.hooks.executorenv;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of PID {@code io.osmos.hooks.executorenv}, e.g. {@code deploy/io.osmos.hooks.executorenv.cfg}. */
@ObjectClassDefinition(name = "Executor environment hook", description = "Variables every executor gets")
public @interface ExecutorEnvironmentConfig {
    @AttributeDefinition(description = "Variables for every executor, e.g. HTTP_PROXY=http://proxy:3128,OSMOS_SITE=eu-1")
    String environment() default "OSMOS_SITE=local";
}
