package io.osmos.master.core;

import io.osmos.protocol.v1.Protos.ExecutorInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.TaskGroupInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;

/**
 * What the master fills into an ACCEPT's operations before checking them, as Mesos does: the offers'
 * allocation role on resources that lack one, the framework id of executors, and the group's
 * executor on each task of a LAUNCH_GROUP.
 */
final class OperationPrep {
    private OperationPrep() {
    }

    /** @param role the offers' allocation role, or null when they carry none */
    static Offer.Operation prepare(Offer.Operation operation, String role, FrameworkID framework) {
        Offer.Operation.Builder prepared = operation.toBuilder();
        switch (operation.getType()) {
            case LAUNCH -> {
                Offer.Operation.Launch.Builder launch = prepared.getLaunchBuilder().clearTaskInfos();
                operation.getLaunch().getTaskInfosList().forEach(task -> launch.addTaskInfos(task(task, role, framework)));
            }
            case LAUNCH_GROUP -> {
                ExecutorInfo executor = executor(operation.getLaunchGroup().getExecutor(), role, framework);
                TaskGroupInfo.Builder group = TaskGroupInfo.newBuilder();
                for (TaskInfo task : operation.getLaunchGroup().getTaskGroup().getTasksList()) {
                    TaskInfo withExecutor = task.hasExecutor() ? task : task.toBuilder().setExecutor(executor).build();
                    group.addTasks(task(withExecutor, role, framework));
                }
                prepared.getLaunchGroupBuilder().setExecutor(executor).setTaskGroup(group);
            }
            case RESERVE -> prepared.getReserveBuilder().clearResources().addAllResources(
                    ResourceRoles.allocate(operation.getReserve().getResourcesList(), role));
            case UNRESERVE -> prepared.getUnreserveBuilder().clearResources().addAllResources(
                    ResourceRoles.allocate(operation.getUnreserve().getResourcesList(), role));
            case CREATE -> prepared.getCreateBuilder().clearVolumes().addAllVolumes(
                    ResourceRoles.allocate(operation.getCreate().getVolumesList(), role));
            case DESTROY -> prepared.getDestroyBuilder().clearVolumes().addAllVolumes(
                    ResourceRoles.allocate(operation.getDestroy().getVolumesList(), role));
            default -> {
                // nothing to fill in for operations this master does not carry out
            }
        }
        return prepared.build();
    }

    private static TaskInfo task(TaskInfo task, String role, FrameworkID framework) {
        TaskInfo.Builder prepared = task.toBuilder().clearResources()
                .addAllResources(ResourceRoles.allocate(task.getResourcesList(), role));
        if (task.hasExecutor()) {
            prepared.setExecutor(executor(task.getExecutor(), role, framework));
        }
        return prepared.build();
    }

    private static ExecutorInfo executor(ExecutorInfo executor, String role, FrameworkID framework) {
        ExecutorInfo.Builder prepared = executor.toBuilder().clearResources()
                .addAllResources(ResourceRoles.allocate(executor.getResourcesList(), role));
        if (!executor.hasFrameworkId()) {
            prepared.setFrameworkId(framework);
        }
        return prepared.build();
    }
}
