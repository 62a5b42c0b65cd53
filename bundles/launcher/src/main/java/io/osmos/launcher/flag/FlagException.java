package io.osmos.launcher.flag;

/** A command line or environment that cannot be run; the message is the one line the user sees. */
public final class FlagException extends Exception {
    private static final long serialVersionUID = 1L;

    public FlagException(String message) {
        super(message);
    }

    static FlagException general(String reason) {
        return new FlagException("Failed to load flags: " + reason);
    }

    static FlagException flag(String name, String reason) {
        return new FlagException("Failed to load flag '" + name + "': " + reason);
    }
}
