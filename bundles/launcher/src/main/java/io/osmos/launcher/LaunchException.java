package io.osmos.launcher;

/** Start-up cannot go on; the message is the one line the user sees after "Failed to start osmos MODE: ". */
public final class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    public LaunchException(String message) {
        super(message);
    }

    /** A cause chain flattened to one line: Felix and activators nest the real reason. */
    static String reason(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            if (out.indexOf(message) < 0) {
                out.append(out.length() == 0 ? "" : ": ").append(t == error ? message : describe(t, message));
            }
        }
        return out.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String describe(Throwable t, String message) {
        return message.equals(t.getClass().getName()) ? message : t.getClass().getSimpleName() + ": " + message;
    }
}
