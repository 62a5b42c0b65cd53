package io.osmos.runtime.actor;

import java.util.Objects;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/** Factory for actors, for code that reads better as "spawn" than as a constructor call. */
@ProviderType
public final class Actors {
    private Actors() {
    }

    /** A new running actor with the given name; the name appears in logs when a message fails. */
    public static Actor spawn(String name) {
        return new Actor(name);
    }

    /**
     * A new running actor whose failing messages go to {@code onFailure} instead of the log, e.g. so a
     * plugin can tell its host it is no longer fit to serve. See {@link Actor#Actor(String, Consumer)}.
     *
     * @since 1.2
     */
    public static Actor spawn(String name, Consumer<Throwable> onFailure) {
        return new Actor(name, Objects.requireNonNull(onFailure, "onFailure"));
    }
}
