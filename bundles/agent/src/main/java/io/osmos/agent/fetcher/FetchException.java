package io.osmos.agent.fetcher;

/**
 * Why a fetch failed, in one line that names the URI: the agent puts this message in the task's
 * TASK_FAILED status as it stands, e.g. {@code Failed to fetch 'http://h/app.tgz': HTTP status 404}.
 */
public final class FetchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FetchException(String uri, String reason) {
        this("Failed to fetch '" + uri + "': " + reason);
    }

    FetchException(String message) {
        super(oneLine(message));
    }

    static String oneLine(String text) {
        return text == null ? "unknown error" : text.replaceAll("\\s*\\R\\s*", "; ").trim();
    }

    /** The reason an exception gives: its message, or its cause's, or else its type. */
    static String reason(Throwable t) {
        for (Throwable at = t; at != null; at = at.getCause()) {
            if (at.getMessage() != null && !at.getMessage().isBlank()) {
                return at.getMessage();
            }
        }
        return t.getClass().getSimpleName();
    }
}
