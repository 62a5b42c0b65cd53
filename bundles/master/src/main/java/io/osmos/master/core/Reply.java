package io.osmos.master.core;

/** The HTTP answer to a call the master processed: 202, or an error status with a one-line reason. */
public record Reply(int status, String message) {
    public static final Reply ACCEPTED = new Reply(202, "");

    public static Reply badRequest(String message) {
        return new Reply(400, message);
    }

    public static Reply forbidden(String message) {
        return new Reply(403, message);
    }

    public static Reply notImplemented(String message) {
        return new Reply(501, message);
    }
}
