package io.osmos.agent.checkpoint;

/** Recovery cannot go on: the message says what could not be recovered and why. */
public final class RecoveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RecoveryException(String message, Throwable cause) {
        super(message, cause);
    }

    public RecoveryException(String message) {
        super(message);
    }
}
