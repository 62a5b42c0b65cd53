package io.osmos.runtime.http;

/**
 * A request the server refuses, with the HTTP status to answer and a one-line reason. Thrown by
 * negotiation and parsing, and by endpoints: the server turns it into that status and message.
 */
public final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    /** A 400 Bad Request. */
    public BadRequestException(String message) {
        this(400, message);
    }

    public BadRequestException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP error status: " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }
}
