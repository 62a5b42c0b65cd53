package io.osmos.api.state;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored value: its name, the version it was stored with, and its bytes. Immutable: the bytes are
 * copied in and out, so neither the storage nor its caller can change an entry the other holds.
 *
 * @param version changes with every successful {@link Storage#set}; compare-and-set compares it
 */
public record Entry(String name, UUID version, byte[] value) {

    /** @throws IllegalArgumentException if the name is blank, since nothing can be looked up by it */
    public Entry {
        Objects.requireNonNull(name, "entry name");
        Objects.requireNonNull(version, "entry version");
        Objects.requireNonNull(value, "entry value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an entry name must not be blank");
        }
        value = value.clone();
    }

    /** A copy of the stored bytes. */
    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Entry that && name.equals(that.name) && version.equals(that.version)
                && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "Entry[name=" + name + ", version=" + version + ", " + value.length + " bytes]";
    }
}
