package io.osmos.launcher;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C and SIGTERM stop the framework cleanly and let main exit with 0 (a plain shutdown hook would
 * leave the JVM's 130/143). A second signal gives up waiting. The shutdown hook covers every other way
 * the JVM ends. Installed before the platform launches: HTTP answers while later bundles still start,
 * and a signal in that window must stop the platform as soon as it is there, not kill the JVM.
 */
final class Shutdown {
    private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile Platform platform;

    private Shutdown() {
    }

    static Shutdown install() {
        Shutdown shutdown = new Shutdown();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                if (Signal.handle(new Signal(name), shutdown::onSignal) == SignalHandler.SIG_IGN) {
                    // A shell starts background jobs with SIGINT ignored, and the JVM keeps it so.
                    LOG.info("SIG{} is ignored in this process (started in the background?): stop it with SIGTERM",
                            name);
                }
            } catch (IllegalArgumentException e) {
                LOG.debug("Signal {} cannot be handled here; the shutdown hook covers it", name);
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stopNow, "osmos-shutdown"));
        return shutdown;
    }

    /** Hands over the launched platform; stops it at once when a signal came while it was launching. */
    void attach(Platform launched) {
        platform = launched;
        if (requested.get()) {
            stopNow();
        }
    }

    private void onSignal(Signal signal) {
        if (!requested.compareAndSet(false, true)) {
            LOG.warn("Second SIG{}: exiting without waiting for bundles to stop", signal.getName());
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        LOG.info("Received SIG{}, stopping", signal.getName());
        // Never block the signal dispatcher: a second signal must still get through.
        Thread stopper = new Thread(this::stopNow, "osmos-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private void stopNow() {
        Platform current = platform;
        if (current != null && !current.stop(STOP_TIMEOUT)) {
            LOG.error("Framework did not stop within {} s", STOP_TIMEOUT.toSeconds());
        }
    }
}
