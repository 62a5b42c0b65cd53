package io.osmos.agent.containerizer;

import io.osmos.api.isolator.Isolator;

/** An isolator with the {@code --isolation} name it was selected by, so every error can name it. */
public record NamedIsolator(String name, Isolator isolator) {
}
