package io.osmos.agent.status;

import io.osmos.agent.checkpoint.UpdateLog;
import java.io.IOException;
import java.time.Duration;

/** One task's stream in the status update manager, with its checkpoint and its retry timer. */
final class Entry {
    interface Write {
        void to(UpdateLog log) throws IOException;
    }

    final StatusUpdateStream stream;
    final UpdateLog log; // null: not checkpointed
    Duration interval;
    Runnable retry; // cancels the pending resend

    Entry(StatusUpdateStream stream, UpdateLog log, Duration interval) {
        this.stream = stream;
        this.log = log;
        this.interval = interval;
    }

    void cancelRetry() {
        if (retry != null) {
            retry.run();
            retry = null;
        }
    }
}
