package io.osmos.api.authorizer;

/**
 * The actions Mesos authorizes, with the numbers of {@code authorization::Action} in Mesos's
 * {@code authorizer.proto}. Each says what the {@link AuthorizationObject} carries.
 */
public enum Action {
    /** Subscribe a framework: value = role, framework info. */
    REGISTER_FRAMEWORK(1),
    /** Launch a task: task info, framework info. */
    RUN_TASK(2),
    /** Tear a framework down: value = the framework's principal, framework info. */
    TEARDOWN_FRAMEWORK(3),
    /** Reserve resources: resource (carrying its reservation role). */
    RESERVE_RESOURCES(4),
    /** Unreserve resources: resource; value = the reserver's principal. */
    UNRESERVE_RESOURCES(5),
    /** Create a persistent volume: resource. */
    CREATE_VOLUME(6),
    /** Destroy a persistent volume: resource; value = the creator's principal. */
    DESTROY_VOLUME(7),
    /** Read a classic endpoint: value = the path, e.g. {@code /metrics/snapshot}. */
    GET_ENDPOINT_WITH_PATH(8),
    /** See a role: value = role. */
    VIEW_ROLE(9),
    /** Change a role's weight: value = role, weight info. */
    UPDATE_WEIGHT(10),
    /** Read a role's quota: value = role. */
    GET_QUOTA(11),
    /** Set a role's quota: value = role (Mesos {@code UPDATE_QUOTA_WITH_CONFIG}). */
    UPDATE_QUOTA(50),
    /** See a framework: framework info. */
    VIEW_FRAMEWORK(13),
    /** See a task: task or task info, framework info. */
    VIEW_TASK(14),
    /** See an executor: executor info, framework info. */
    VIEW_EXECUTOR(15),
    /** Read an executor's sandbox: executor info, framework info. */
    ACCESS_SANDBOX(16),
    /** Read the Mesos log: no object. */
    ACCESS_MESOS_LOG(17),
    /** Read the flags: no object. */
    VIEW_FLAGS(18),
    /** Launch a nested container: executor info, framework info, command info, container id. */
    LAUNCH_NESTED_CONTAINER(19),
    /** Kill a nested container: executor info, framework info, container id. */
    KILL_NESTED_CONTAINER(20),
    /** Wait on a nested container: executor info, framework info, container id. */
    WAIT_NESTED_CONTAINER(21),
    /** Launch a nested container session: executor info, framework info, command info, container id. */
    LAUNCH_NESTED_CONTAINER_SESSION(22),
    /** Attach to a container's input: executor info, framework info, container id. */
    ATTACH_CONTAINER_INPUT(23),
    /** Attach to a container's output: executor info, framework info, container id. */
    ATTACH_CONTAINER_OUTPUT(24),
    /** See a container: executor info, framework info, container id. */
    VIEW_CONTAINER(25),
    /** Change the log level: no object. */
    SET_LOG_LEVEL(26),
    /** Remove a nested container: executor info, framework info, container id. */
    REMOVE_NESTED_CONTAINER(27),
    /** Register an agent: no object (the agent's principal is the subject). */
    REGISTER_AGENT(28),
    /** Replace the maintenance schedule: machine id. */
    UPDATE_MAINTENANCE_SCHEDULE(29),
    /** Read the maintenance schedule: machine id. */
    GET_MAINTENANCE_SCHEDULE(30),
    /** Start maintenance: machine id. */
    START_MAINTENANCE(31),
    /** Stop maintenance: machine id. */
    STOP_MAINTENANCE(32),
    /** Read maintenance status: machine id. */
    GET_MAINTENANCE_STATUS(33),
    /** Mark an agent gone: no object. */
    MARK_AGENT_GONE(34),
    /** Drain an agent: no object. */
    DRAIN_AGENT(51),
    /** Deactivate an agent: no object. */
    DEACTIVATE_AGENT(52),
    /** Reactivate an agent: no object. */
    REACTIVATE_AGENT(53);

    private final int number;

    Action(int number) {
        this.number = number;
    }

    /** The number Mesos gives this action, for logs and tools that speak Mesos. */
    public int number() {
        return number;
    }
}
