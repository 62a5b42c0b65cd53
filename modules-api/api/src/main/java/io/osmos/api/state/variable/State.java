package io.osmos.api.state.variable;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Read-modify-write of named values with optimistic concurrency, over whichever
 * {@link io.osmos.api.state.Storage} is selected. Typical use: {@code fetch}, {@code mutate} the
 * variable, {@code store}; if {@code store} answers empty, someone else wrote first, so fetch again.
 *
 * <p>Thread-safe; call it from any thread. No method blocks; stages complete on any thread. A stage
 * that completes exceptionally carries the storage's failure (unreachable, I/O error).
 */
@ProviderType
public interface State {

    /**
     * The variable stored under {@code name}, or, if there is none, a new one with no bytes and a fresh
     * version that a first {@link #store} will create.
     */
    CompletionStage<Variable> fetch(String name);

    /**
     * Writes the variable if its version is still the stored one (or nothing is stored yet).
     *
     * @return the stored variable, carrying its new version, to mutate and store next; empty if the
     *     stored version moved since this variable was fetched, in which case nothing was written
     */
    CompletionStage<Optional<Variable>> store(Variable variable);

    /** Deletes the variable; false if nothing is stored under its name or its version moved. */
    CompletionStage<Boolean> expunge(Variable variable);

    /** The names of all stored variables. */
    CompletionStage<Set<String>> names();
}
