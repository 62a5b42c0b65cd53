package io.osmos.launcher.feature;

/** A feature that cannot be booted; the message is one line naming the file or bundle and the reason. */
public final class FeatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeatureException(String message) {
        super(message);
    }
}
