package io.osmos.agent.containerizer;

/** An isolator call that failed; the message names the isolator, the step and the reason. */
public final class IsolatorFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IsolatorFailure(String isolator, String step, Throwable cause) {
        super("Isolator '" + isolator + "' failed to " + step + ": " + reason(cause), cause);
    }

    IsolatorFailure(String message) {
        super(message);
    }

    static String reason(Throwable failure) {
        Throwable cause = Stages.unwrap(failure);
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
    }
}
