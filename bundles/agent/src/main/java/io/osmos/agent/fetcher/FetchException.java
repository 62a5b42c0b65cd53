package io.osmos.agent.fetcher;

import java.util.concurrent.CompletionException;

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

    /** A failure about the URI as a FetchException: itself if it is one, else one carrying its reason. */
    static FetchException of(String uri, Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof FetchException f ? f : new FetchException(uri, reason(cause));
    }

    /** What a CompletionException wraps. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
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
