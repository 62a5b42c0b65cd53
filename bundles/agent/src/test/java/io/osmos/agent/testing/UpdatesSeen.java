package io.osmos.agent.testing;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status updates a framework received, per task, as the framework counts them: an update sent
 * again (the same uuid) is the same update, not a new one.
 */
public final class UpdatesSeen {
    private final Map<String, List<TaskState>> received = new LinkedHashMap<>();
    private final Map<String, TaskStatus> last = new HashMap<>();
    private final Set<ByteString> uuids = new HashSet<>();

    /** @return true when the update is new */
    public boolean add(TaskStatus status) {
        String task = status.getTaskId().getValue();
        last.put(task, status);
        if (!uuids.add(status.getUuid())) {
            return false;
        }
        received.computeIfAbsent(task, t -> new ArrayList<>()).add(status.getState());
        return true;
    }

    /** The states received, per task, in the order they came. */
    public Map<String, List<TaskState>> received() {
        return Map.copyOf(received);
    }

    /** True while every task's updates so far are the start of what is expected of it. */
    public boolean inOrder(Map<String, List<TaskState>> expected) {
        return received.entrySet().stream().allMatch(e -> expected.containsKey(e.getKey())
                && e.getValue().size() <= expected.get(e.getKey()).size()
                && e.getValue().equals(expected.get(e.getKey()).subList(0, e.getValue().size())));
    }

    /** The latest update of a task. */
    public TaskStatus last(String task) {
        TaskStatus status = last.get(task);
        if (status == null) {
            throw new AssertionError("No update of " + task + " yet");
        }
        return status;
    }
}
