package io.osmos.simulator.agent;

import io.osmos.simulator.wire.CallPool;
import io.osmos.simulator.wire.Wire;

/**
 * What every agent of a fleet shares.
 *
 * @param taskStarting whether a launch reports TASK_STARTING before TASK_RUNNING, as Mesos's command
 *     executor does
 */
record AgentContext(Wire wire, CallPool calls, AgentCounters counters, boolean taskStarting) {
}
