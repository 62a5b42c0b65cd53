package io.osmos.master.core;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;

/**
 * The master's verbosity, Mesos's glog {@code --v} level that SET_LOGGING_LEVEL raises for a while:
 * messages of level n (Mesos's VLOG(n)) are logged at INFO while the level is at least n. The
 * logger's own threshold ({@code --logging_level}) is fixed when the process starts and does not
 * change here. Actor-confined, except {@link #level()}.
 */
final class Verbosity {
    private volatile int level;
    private ScheduledFuture<?> revert;

    int level() {
        return level;
    }

    /** Sets the level for {@code duration}, then back to 0, as Mesos does. */
    void set(int next, Duration duration, Master master) {
        if (revert != null) {
            revert.cancel(false);
        }
        level = next;
        revert = master.actor.delay(duration, () -> {
            level = 0;
            revert = null;
        });
    }

    /** Logs a VLOG(n) message at INFO when the verbosity allows it. */
    void log(Logger log, int at, String format, Object... arguments) {
        if (level >= at) {
            log.info(format, arguments);
        } else {
            log.debug(format, arguments);
        }
    }
}
