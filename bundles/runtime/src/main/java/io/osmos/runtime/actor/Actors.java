package io.osmos.runtime.actor;

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
}
