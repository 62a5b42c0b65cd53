package io.osmos.master.view;

import io.osmos.master.core.MasterView;
import io.osmos.protocol.v1.Protos.Flag;
import io.osmos.protocol.v1.Protos.Metric;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Role;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.WeightInfo;
import io.osmos.protocol.v1.master.Protos.Response;
import io.osmos.protocol.v1.quota.Protos.QuotaInfo;
import io.osmos.protocol.v1.quota.Protos.QuotaStatus;
import java.util.List;
import java.util.Map;

/** The operator API's calls about the master itself and its roles, in the shapes of master.proto. */
public final class ClusterViews {
    private static final List<String> ROLE_RESOURCES = List.of("cpus", "mem", "disk", "gpus");

    private ClusterViews() {
    }

    /** The rest: call inside {@link io.osmos.master.core.Master#read}. */
    public static Response flags(MasterView view) {
        Response.GetFlags.Builder flags = Response.GetFlags.newBuilder();
        Flags.of(view).forEach((name, value) -> flags.addFlags(Flag.newBuilder().setName(name).setValue(value)));
        return Response.newBuilder().setType(Response.Type.GET_FLAGS).setGetFlags(flags).build();
    }

    /** @param metrics the snapshot, allocator's included */
    public static Response metrics(Map<String, Number> metrics) {
        Response.GetMetrics.Builder all = Response.GetMetrics.newBuilder();
        metrics.forEach((name, value) -> all.addMetrics(Metric.newBuilder().setName(name)
                .setValue(value.doubleValue())));
        return Response.newBuilder().setType(Response.Type.GET_METRICS).setGetMetrics(all).build();
    }

    public static Response loggingLevel(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_LOGGING_LEVEL).setGetLoggingLevel(
                Response.GetLoggingLevel.newBuilder().setLevel(view.loggingLevel())).build();
    }

    public static Response master(MasterView view) {
        double started = view.startMillis() / 1000.0;
        return Response.newBuilder().setType(Response.Type.GET_MASTER).setGetMaster(Response.GetMaster.newBuilder()
                .setMasterInfo(view.info()).setStartTime(started).setElectedTime(started)).build();
    }

    public static Response weights(MasterView view) {
        Response.GetWeights.Builder weights = Response.GetWeights.newBuilder();
        view.roles().weights().forEach((role, weight) ->
                weights.addWeightInfos(WeightInfo.newBuilder().setRole(role).setWeight(weight)));
        return Response.newBuilder().setType(Response.Type.GET_WEIGHTS).setGetWeights(weights).build();
    }

    public static Response quota(MasterView view) {
        QuotaStatus.Builder status = QuotaStatus.newBuilder();
        view.roles().quotas().forEach((role, config) -> {
            status.addConfigs(config);
            QuotaInfo.Builder info = status.addInfosBuilder().setRole(role);
            config.getGuaranteesMap().forEach((name, value) -> info.addGuarantee(scalar(name, value.getValue())));
        });
        return Response.newBuilder().setType(Response.Type.GET_QUOTA)
                .setGetQuota(Response.GetQuota.newBuilder().setStatus(status)).build();
    }

    public static Response roles(MasterView view) {
        Response.GetRoles.Builder roles = Response.GetRoles.newBuilder();
        for (KnownRoles.Role known : KnownRoles.of(view, new Usage(view))) {
            Role.Builder role = roles.addRolesBuilder().setName(known.name())
                    .setWeight(view.roles().weight(known.name())).addAllFrameworks(known.frameworks());
            Map<String, Double> quantities = known.allocated().plus(known.offered()).unallocated().toUnreserved()
                    .scalarTotals();
            for (String name : ROLE_RESOURCES) {
                if (quantities.containsKey(name)) {
                    role.addResources(scalar(name, quantities.get(name)));
                }
            }
        }
        return Response.newBuilder().setType(Response.Type.GET_ROLES).setGetRoles(roles).build();
    }

    public static Response operations(MasterView view) {
        return Response.newBuilder().setType(Response.Type.GET_OPERATIONS).setGetOperations(Response.GetOperations
                .newBuilder().addAllOperations(view.operations())).build();
    }

    private static Resource scalar(String name, double value) {
        return Resource.newBuilder().setName(name).setType(Value.Type.SCALAR)
                .setScalar(Value.Scalar.newBuilder().setValue(value)).build();
    }
}
