package io.osmos.api.state;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A versioned key/value store for the registry: the Mesos state storage. Writes are compare-and-set on
 * the entry's version, so two masters that both believe they lead cannot overwrite each other. Register
 * it with {@link io.osmos.api.Modules#NAME} set, e.g. {@code zookeeper}.
 *
 * <p><b>Threading.</b> Called from any thread, concurrently (the registrar's actor, operator requests);
 * it must be thread-safe and must not block. Stages complete on any thread.
 *
 * <p><b>Errors.</b> A stage that completes exceptionally means the storage could not answer (unreachable,
 * I/O error), which is different from a lost compare-and-set ({@code false}). The registrar treats it as
 * Mesos does: the master gives up leadership rather than run on a registry it cannot read or write.
 */
@ConsumerType
public interface Storage {

    /** Called to read an entry; empty if none has that name. */
    CompletionStage<Optional<Entry>> get(String name);

    /**
     * Called to write an entry, which then replaces the one stored under its name.
     *
     * @param expectedVersion the version the stored entry must still have
     * @return true if written: no entry had that name, or the stored one had {@code expectedVersion};
     *     false, leaving the stored entry unchanged, if another write came first
     */
    CompletionStage<Boolean> set(Entry entry, UUID expectedVersion);

    /**
     * Called to delete an entry.
     *
     * @return true if deleted; false if no entry has that name or the stored one's version is not
     *     {@code entry.version()}
     */
    CompletionStage<Boolean> expunge(Entry entry);

    /** Called to list the names of all stored entries. */
    CompletionStage<Set<String>> names();
}
