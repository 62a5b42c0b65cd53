package io.osmos.master.state;

/** When a framework registered, last reregistered and last disconnected, in epoch milliseconds (0: never). */
public final class FrameworkTimes {
    private final long registered;
    private long reregistered;
    private long unregistered;

    FrameworkTimes(long registeredMillis) {
        this.registered = registeredMillis;
    }

    // A new stream after an earlier one (or after a disconnection) is a reregistration.
    void attached(boolean hadStream, long nowMillis) {
        if (hadStream || unregistered != 0) {
            reregistered = nowMillis;
        }
        unregistered = 0;
    }

    void detached(long nowMillis) {
        unregistered = nowMillis;
    }

    public long registeredMillis() {
        return registered;
    }

    public long reregisteredMillis() {
        return reregistered;
    }

    public long unregisteredMillis() {
        return unregistered;
    }
}
