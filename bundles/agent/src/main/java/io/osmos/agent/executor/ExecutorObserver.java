package io.osmos.agent.executor;

/**
 * Told, on the agent's actor, when an executor's sandbox comes into use (created, or found again
 * after a restart) and when the executor is gone for good (ended and every update of its tasks
 * acknowledged): the points where the files API attaches a sandbox and garbage collection schedules it.
 */
public interface ExecutorObserver {
    ExecutorObserver NONE = new ExecutorObserver() {
        @Override
        public void sandboxInUse(Executor executor) {
        }

        @Override
        public void executorRemoved(Executor executor) {
        }
    };

    void sandboxInUse(Executor executor);

    void executorRemoved(Executor executor);
}
