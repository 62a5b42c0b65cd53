package io.osmos.agent.containerizer;

import io.osmos.agent.config.ContainerizerSettings;
import io.osmos.runtime.actor.Actor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Builds the containerizers --containerizers names, in its order, composed into one. */
public final class Containerizers {
    private Containerizers() {
    }

    /**
     * @param supplied containerizers by name that replace the built-in ones of that name (tests stand in
     *     for docker with one, since no docker daemon runs there)
     */
    public static ComposingContainerizer create(Actor actor, Path workDir, Isolators isolators,
            ContainerizerSettings settings, Map<String, Function<Actor, Containerizer>> supplied) {
        Map<String, Containerizer> named = new LinkedHashMap<>();
        for (String name : settings.containerizers()) {
            Function<Actor, Containerizer> make = supplied.get(name);
            named.put(name, make != null ? make.apply(actor) : switch (name) {
                case "mesos" -> new MesosContainerizer(actor, workDir, isolators, settings.isolation(),
                        settings.isolatorTimeout());
                case "docker" -> new DockerContainerizer(actor, settings.docker());
                default -> throw new IllegalArgumentException("containerizers: unknown containerizer '" + name + "'");
            });
        }
        return new ComposingContainerizer(named);
    }
}
