package io.osmos.agent.executor;

import java.nio.file.Path;
import java.util.List;

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

    /** Several observers told in turn. */
    static ExecutorObserver all(ExecutorObserver... observers) {
        List<ExecutorObserver> each = List.of(observers);
        return new ExecutorObserver() {
            @Override
            public void sandboxInUse(Executor executor) {
                each.forEach(o -> o.sandboxInUse(executor));
            }

            @Override
            public void taskRemoved(Executor executor, TaskRecord task) {
                each.forEach(o -> o.taskRemoved(executor, task));
            }

            @Override
            public void executorRemoved(Executor executor) {
                each.forEach(o -> o.executorRemoved(executor));
            }

            @Override
            public void leftover(Path directory) {
                each.forEach(o -> o.leftover(directory));
            }
        };
    }

    void sandboxInUse(Executor executor);

    /** A task of a running executor ended and every update of it was acknowledged: it is dropped. */
    default void taskRemoved(Executor executor, TaskRecord task) {
    }

    void executorRemoved(Executor executor);

    /**
     * A directory that nothing will use again was found on disk when the agent recovered: the sandbox
     * or checkpoints of an earlier run or of an earlier agent. It is collected gc_delay after it was
     * last modified, as a Mesos agent does.
     */
    default void leftover(Path directory) {
    }
}
