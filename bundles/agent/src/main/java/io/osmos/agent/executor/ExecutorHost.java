package io.osmos.agent.executor;

import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.TaskStatus;

/** What the executors need from the agent; called on the agent's actor. */
public interface ExecutorHost {
    AgentID agentId();

    /** The agent's info as the master knows it, for SUBSCRIBED. */
    AgentInfo agentInfo();

    /**
     * A status update of one of the executor's tasks, from the executor (or the agent acting as one):
     * decorated by the hooks, recorded as the task's latest state, and handed to the status update
     * manager.
     */
    void statusUpdate(Executor executor, TaskStatus status);

    /** A call to the master on the current stream; dropped when there is none. */
    void send(AgentCall call);

    /** The executor has ended and all its tasks with it. */
    void executorTerminated(Executor executor);
}
