package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.master.view.ClusterViews;
import io.osmos.master.view.OperatorViews;
import io.osmos.protocol.v1.maintenance.Protos.ClusterStatus;
import io.osmos.protocol.v1.maintenance.Protos.Schedule;
import io.osmos.protocol.v1.master.Protos.Call;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.metrics.MetricsSources;
import java.util.concurrent.CompletableFuture;

/** The operator API's read calls: each a consistent read of the master's state on its actor. */
final class OperatorReads {
    private OperatorReads() {
    }

    /** The answer to a read call, or null when the call changes something. */
    static CompletableFuture<Response> read(Master master, MetricsSources sources, Call call) {
        return switch (call.getType()) {
            case GET_HEALTH -> CompletableFuture.completedFuture(OperatorViews.health());
            case GET_VERSION -> CompletableFuture.completedFuture(OperatorViews.version());
            case GET_FLAGS -> master.read(ClusterViews::flags);
            case GET_METRICS -> MetricsEndpoint.all(master, sources).thenApply(ClusterViews::metrics);
            case GET_LOGGING_LEVEL -> master.read(ClusterViews::loggingLevel);
            case GET_STATE -> master.read(OperatorViews::state);
            case GET_AGENTS -> master.read(OperatorViews::agents);
            case GET_FRAMEWORKS -> master.read(OperatorViews::frameworks);
            case GET_EXECUTORS -> master.read(OperatorViews::executors);
            case GET_OPERATIONS -> master.read(ClusterViews::operations);
            case GET_TASKS -> master.read(OperatorViews::tasks);
            case GET_ROLES -> master.read(ClusterViews::roles);
            case GET_WEIGHTS -> master.read(ClusterViews::weights);
            case GET_MASTER -> master.read(ClusterViews::master);
            case GET_QUOTA -> master.read(ClusterViews::quota);
            case GET_MAINTENANCE_STATUS -> CompletableFuture.completedFuture(Response.newBuilder()
                    .setType(Response.Type.GET_MAINTENANCE_STATUS).setGetMaintenanceStatus(Response
                            .GetMaintenanceStatus.newBuilder().setStatus(ClusterStatus.getDefaultInstance())).build());
            case GET_MAINTENANCE_SCHEDULE -> CompletableFuture.completedFuture(Response.newBuilder()
                    .setType(Response.Type.GET_MAINTENANCE_SCHEDULE).setGetMaintenanceSchedule(Response
                            .GetMaintenanceSchedule.newBuilder().setSchedule(Schedule.getDefaultInstance())).build());
            case LIST_FILES, READ_FILE -> throw new BadRequestException(404, "No file or directory found at path '"
                    + (call.hasListFiles() ? call.getListFiles().getPath() : call.getReadFile().getPath())
                    + "': this master serves no files");
            default -> null;
        };
    }
}
