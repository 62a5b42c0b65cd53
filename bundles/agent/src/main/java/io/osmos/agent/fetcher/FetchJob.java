package io.osmos.agent.fetcher;

import java.nio.file.Path;
import java.util.Optional;

/** One container's fetch in progress: where it fetches to, for whom, and whether it was called off. */
final class FetchJob {
    private final String containerId;
    private final Path sandbox;
    private final Optional<String> user;
    private volatile boolean killed;
    private volatile Runnable abort;

    FetchJob(String containerId, Path sandbox, Optional<String> user) {
        this.containerId = containerId;
        this.sandbox = sandbox;
        this.user = user;
    }

    String containerId() {
        return containerId;
    }

    Path sandbox() {
        return sandbox;
    }

    Optional<String> user() {
        return user;
    }

    boolean isKilled() {
        return killed;
    }

    /** Kills the fetch; the download in hand, if any, is aborted at once. */
    void kill() {
        killed = true;
        Runnable action = abort;
        if (action != null) {
            action.run();
        }
    }

    /** What aborts the download in hand (null when there is none); runs at once if already killed. */
    void onKill(Runnable action) {
        abort = action;
        if (killed && action != null) {
            action.run();
        }
    }
}
