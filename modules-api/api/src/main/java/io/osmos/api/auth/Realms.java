package io.osmos.api.auth;

/**
 * The authentication realms Mesos defines for its endpoints; {@link AuthenticationRequest#realm()}
 * holds one of these. An authenticator puts the realm in its challenge, e.g.
 * {@code Basic realm="mesos-master-readwrite"}.
 */
public final class Realms {

    /** Master endpoints that only read, e.g. {@code /state}. */
    public static final String MASTER_READONLY = "mesos-master-readonly";
    /** Master endpoints that change state, e.g. the operator API. */
    public static final String MASTER_READWRITE = "mesos-master-readwrite";
    /** The scheduler API, {@code /api/v1/scheduler}. */
    public static final String MASTER_SCHEDULER = "mesos-master-scheduler";
    /** Agent endpoints that only read. */
    public static final String AGENT_READONLY = "mesos-agent-readonly";
    /** Agent endpoints that change state. */
    public static final String AGENT_READWRITE = "mesos-agent-readwrite";
    /** The executor API, {@code /api/v1/executor}. */
    public static final String AGENT_EXECUTOR = "mesos-agent-executor";

    private Realms() {
    }
}
