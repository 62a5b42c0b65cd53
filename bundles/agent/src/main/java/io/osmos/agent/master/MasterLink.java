package io.osmos.agent.master;

import io.osmos.agent.config.MasterAddress;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.runtime.actor.Actor;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's connection to the master: subscribes, keeps the stream id for calls, notices when the
 * stream is gone (it ended, a call was refused on it, or the master stopped pinging) and subscribes
 * again after a backoff. Runs on the agent's actor; every attempt has a generation so that news from
 * an abandoned stream is ignored.
 */
public final class MasterLink {
    private static final Logger LOG = LoggerFactory.getLogger(MasterLink.class);
    /** As Mesos: a master is given up after this many missed pings (max_agent_ping_timeouts). */
    static final int MAX_MISSED_PINGS = 5;

    /** The agent's side of the link. */
    public interface Handler {
        /** REGISTER or REREGISTER, built when an attempt starts so it says what runs right now. */
        AgentCall subscription();

        void onEvent(AgentEvent event);

        /** The stream is gone; a new attempt is scheduled. */
        void onDisconnected(String reason);
    }

    private enum State { IDLE, CONNECTING, CONNECTED, STOPPED }

    private final Actor actor;
    private final MasterClient client;
    private final URI uri;
    private final Backoff backoff;
    private final Handler handler;
    private State state = State.IDLE;
    private long generation;
    private String streamId;
    private MasterClient.Subscription subscription;
    private ScheduledFuture<?> nextAttempt;
    private final PingWatchdog watchdog;

    public MasterLink(Actor actor, MasterClient client, MasterAddress master, Backoff backoff, Handler handler) {
        this.actor = actor;
        this.client = client;
        this.uri = master.agentApi();
        this.backoff = backoff;
        this.handler = handler;
        this.watchdog = new PingWatchdog(actor);
    }

    /** Starts the first attempt after a random part of the backoff factor, as a Mesos agent does. */
    public void start() {
        if (state == State.IDLE && nextAttempt == null) {
            schedule(backoff.next());
        }
    }

    /** Called once the master answered REGISTERED or REREGISTERED on the current stream. */
    public void registered(double heartbeatIntervalSeconds) {
        backoff.reset();
        if (heartbeatIntervalSeconds > 0) {
            Duration timeout = Duration.ofNanos((long) (heartbeatIntervalSeconds * 1e9)).multipliedBy(MAX_MISSED_PINGS);
            long current = generation;
            watchdog.arm(timeout, () -> {
                if (current == generation) {
                    lost("no event from the master for " + timeout.toMillis() + " ms");
                }
            });
        }
    }

    /** Sends a call on the current stream; without one it is dropped (status updates are resent later). */
    public void send(AgentCall call) {
        if (state != State.CONNECTED) {
            LOG.debug("Not connected to the master; dropping {} call", call.getType());
            return;
        }
        long sentOn = generation;
        client.post(uri, call, streamId).whenCompleteAsync((response, failure) -> {
            if (sentOn != generation || state != State.CONNECTED) {
                return;
            }
            if (failure != null) {
                LOG.debug("{} call to {} failed: {}", call.getType(), uri, MasterClient.rootMessage(failure));
            } else if (response.statusCode() >= 400 && response.statusCode() < 500) {
                lost("the master refused a " + call.getType() + " call with " + response.statusCode()
                        + (response.body().isBlank() ? "" : ": " + response.body().trim()));
            } else if (response.statusCode() >= 300) {
                LOG.warn("The master answered {} to a {} call: {}", response.statusCode(), call.getType(),
                        response.body());
            }
        }, actor);
    }

    /** Closes the stream for good. */
    public void stop() {
        state = State.STOPPED;
        generation++;
        drop();
        if (nextAttempt != null) {
            nextAttempt.cancel(false);
        }
    }

    private void schedule(Duration wait) {
        state = State.IDLE;
        LOG.debug("Subscribing to the master at {} in {} ms", uri, wait.toMillis());
        nextAttempt = actor.delay(wait, this::connect);
    }

    private void connect() {
        nextAttempt = null;
        if (state != State.IDLE) {
            return;
        }
        state = State.CONNECTING;
        long current = ++generation;
        AgentCall call = handler.subscription();
        LOG.info("Sending {} to the master at {}", call.getType(), uri);
        subscription = client.subscribe(uri, call, new LinkListener(actor, this, current));
    }

    void streamOpened(long attempt, String id) {
        if (attempt == generation && state == State.CONNECTING) {
            streamId = id;
            state = State.CONNECTED;
        }
    }

    void streamEvent(long attempt, AgentEvent event) {
        if (attempt == generation && state == State.CONNECTED) {
            watchdog.kick();
            handler.onEvent(event);
        }
    }

    void streamClosed(long attempt, String reason) {
        if (attempt == generation) {
            lost(reason);
        }
    }

    private void lost(String reason) {
        if (state == State.STOPPED) {
            return;
        }
        generation++;
        drop();
        Duration wait = backoff.next();
        LOG.warn("Lost the master at {} ({}); subscribing again in {} ms", uri, reason, wait.toMillis());
        handler.onDisconnected(reason);
        schedule(wait);
    }

    private void drop() {
        streamId = null;
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        watchdog.disarm();
    }
}
