package io.osmos.master.core;

import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskInfo;
import java.util.ArrayList;
import java.util.List;

/** The tasks of LAUNCH and LAUNCH_GROUP operations, in order. */
final class Tasks {
    private Tasks() {
    }

    static List<TaskInfo> of(List<Offer.Operation> operations) {
        List<TaskInfo> tasks = new ArrayList<>();
        for (Offer.Operation operation : operations) {
            tasks.addAll(operation.getLaunch().getTaskInfosList());
            tasks.addAll(operation.getLaunchGroup().getTaskGroup().getTasksList());
        }
        return tasks;
    }
}
