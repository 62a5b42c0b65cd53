package io.osmos.api.state.variable;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A named value as read from {@link State}, with the version it was read at. Immutable: the bytes are
 * copied in and out, and {@link #mutate} returns a new variable.
 */
public final class Variable {

    private final String name;
    private final UUID version;
    private final byte[] value;

    private Variable(String name, UUID version, byte[] value) {
        this.name = name;
        this.version = version;
        this.value = value.clone();
    }

    /**
     * For {@link State} implementations: a variable as read from storage.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public static Variable of(String name, UUID version, byte[] value) {
        Objects.requireNonNull(name, "variable name");
        Objects.requireNonNull(version, "variable version");
        Objects.requireNonNull(value, "variable value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variable name must not be blank");
        }
        return new Variable(name, version, value);
    }

    public String name() {
        return name;
    }

    /** The version this variable was read at; {@link State#store} succeeds only if it is still current. */
    public UUID version() {
        return version;
    }

    /** A copy of the bytes; empty for a variable never stored. */
    public byte[] value() {
        return value.clone();
    }

    /** The same variable, same name and version, holding {@code newValue}; store it to write it. */
    public Variable mutate(byte[] newValue) {
        return new Variable(name, version, Objects.requireNonNull(newValue, "variable value"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Variable that && name.equals(that.name) && version.equals(that.version)
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "Variable[name=" + name + ", version=" + version + ", " + value.length + " bytes]";
    }
}
