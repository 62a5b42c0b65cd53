package io.osmos.api;

import java.util.Objects;

/**
 * The service property that names a module, and the LDAP filter the platform selects it with.
 *
 * <p>Mesos picks a module by the name given on the command line ({@code --allocator=...},
 * {@code --isolation=...}); Osmos does the same through this property. The platform's reference to a
 * module kind carries a target filter taken from configuration ({@code allocator.target} and so on), so
 * changing that one configuration value rebinds the module at runtime.
 *
 * <pre>{@code
 * @Component(property = Modules.NAME + "=hierarchical")
 * }</pre>
 */
public final class Modules {

    /** Service property naming a module, e.g. {@code hierarchical}, {@code zookeeper}, {@code posix/cpu}. */
    public static final String NAME = "osmos.module.name";

    private Modules() {
    }

    /**
     * The OSGi filter that selects the module registered under {@code name}, e.g.
     * {@code (osmos.module.name=hierarchical)}; the characters that LDAP filters reserve are escaped so a
     * name such as {@code posix/cpu} or {@code a(b)} matches literally.
     *
     * @throws IllegalArgumentException if {@code name} is blank, because no module can be named that
     */
    public static String filter(String name) {
        Objects.requireNonNull(name, "module name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("module name must not be blank");
        }
        StringBuilder filter = new StringBuilder("(").append(NAME).append('=');
        for (char c : name.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                filter.append('\\');
            }
            filter.append(c);
        }
        return filter.append(')').toString();
    }
}
