package io.osmos.modules.view;

/** A selection refused, with the HTTP status that says why: 400 for a bad request, 409 for a module not installed. */
public final class SelectionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    public SelectionException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
