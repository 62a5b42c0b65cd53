package io.osmos.modules;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@code io.osmos.modules}: the Mesos flags {@code --modules} and
 * {@code --modules_dir}, which the launcher maps here. A double underscore spells one underscore.
 */
@ObjectClassDefinition(name = "Osmos modules", description = "Mesos module manifests to apply")
public @interface ModulesConfig {
    @AttributeDefinition(description = "A Mesos module manifest: inline JSON, a path, or a file:// URL (--modules)")
    String modules() default "";

    @AttributeDefinition(description = "A folder whose *.json files are each a module manifest (--modules_dir)")
    String modules__dir() default "";
}
