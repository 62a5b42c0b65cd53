package io.osmos.modules.manifest;

/** A manifest that cannot be read or applied; the message names the source, library and module at fault. */
public final class ManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
