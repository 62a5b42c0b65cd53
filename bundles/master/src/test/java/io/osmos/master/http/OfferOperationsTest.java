package io.osmos.master.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.FakeAgent;
import io.osmos.master.support.Scheduler;
import io.osmos.master.support.TestMaster;
import io.osmos.protocol.internal.Internal.AgentEvent;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OperationID;
import io.osmos.protocol.v1.Protos.OperationState;
import io.osmos.protocol.v1.Protos.OperationStatus;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.Volume;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.Event;
import io.osmos.runtime.http.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RESERVE, CREATE, DESTROY and UNRESERVE inside ACCEPT, with operation status feedback, as Mesos does them. */
class OfferOperationsTest {
    private final TestMaster master = new TestMaster();
    private final FakeAgent agent = new FakeAgent(master);
    private final Scheduler scheduler = new Scheduler(master, MediaType.PROTOBUF);

    @AfterEach
    void close() {
        scheduler.close();
        agent.close();
        master.close();
    }

    @Test
    void operationsApplyInOrderAndReportTheirStatus() {
        scheduler.subscribe(FrameworkInfo.newBuilder().setUser("test").setName("db").setPrincipal("ops").addRoles("db")
                .addCapabilities(capability(FrameworkInfo.Capability.Type.MULTI_ROLE))
                .addCapabilities(capability(FrameworkInfo.Capability.Type.RESERVATION_REFINEMENT)).build());
        agent.register(FakeAgent.info("agent-1", "cpus:2;mem:256;disk:200"));
        Offer offer = scheduler.awaitOffer();
        assertEquals("db", offer.getAllocationInfo().getRole(), "MULTI_ROLE frameworks see allocation_info");

        Resource cpus = reserved("cpus", 1, "db");
        Resource disk = reserved("disk", 100, "db");
        Resource volume = disk.toBuilder().setDisk(Resource.DiskInfo.newBuilder()
                .setPersistence(Resource.DiskInfo.Persistence.newBuilder().setId("v1"))
                .setVolume(Volume.newBuilder().setMode(Volume.Mode.RW).setContainerPath("data"))).build();
        List<Offer.Operation> operations = new ArrayList<>();
        operations.add(operation("r0", Offer.Operation.newBuilder().setType(Offer.Operation.Type.RESERVE)
                .setReserve(Offer.Operation.Reserve.newBuilder().addResources(reserved("mem", 10, "other")))));
        operations.add(operation("r1", Offer.Operation.newBuilder().setType(Offer.Operation.Type.RESERVE)
                .setReserve(Offer.Operation.Reserve.newBuilder().addResources(cpus).addResources(disk))));
        operations.add(operation("c1", Offer.Operation.newBuilder().setType(Offer.Operation.Type.CREATE)
                .setCreate(Offer.Operation.Create.newBuilder().addVolumes(volume))));
        operations.add(operation("d1", Offer.Operation.newBuilder().setType(Offer.Operation.Type.DESTROY)
                .setDestroy(Offer.Operation.Destroy.newBuilder().addVolumes(volume))));
        operations.add(operation("u1", Offer.Operation.newBuilder().setType(Offer.Operation.Type.UNRESERVE)
                .setUnreserve(Offer.Operation.Unreserve.newBuilder().addResources(disk))));
        TaskInfo task = Scheduler.task("t1", agent.agentId, "mem:64").toBuilder().addResources(cpus).build();
        operations.add(Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH)
                .setLaunch(Offer.Operation.Launch.newBuilder().addTaskInfos(task)).build());
        operations.add(operation("l1", Offer.Operation.newBuilder().setType(Offer.Operation.Type.LAUNCH)
                .setLaunch(Offer.Operation.Launch.newBuilder().addTaskInfos(Scheduler.task("t2", agent.agentId,
                        "mem:1")))));
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.ACCEPT).setAccept(Call.Accept
                .newBuilder().addOfferIds(offer.getId()).addAllOperations(operations))).statusCode());

        OperationStatus refused = status("r0");
        assertEquals(OperationState.OPERATION_ERROR, refused.getState());
        assertEquals("A reserve operation was attempted for a resource with role 'other', but the resource was"
                + " allocated to role 'db'; on agent " + agent.agentId.getValue(), refused.getMessage());
        OperationStatus reserve = status("r1");
        assertEquals(OperationState.OPERATION_FINISHED, reserve.getState());
        assertEquals(16, reserve.getUuid().getValue().size());
        assertEquals(agent.agentId, reserve.getAgentId());
        assertEquals(Resources.of(cpus, disk).allocate("db"), Resources.of(reserve.getConvertedResourcesList()));
        for (String id : List.of("c1", "d1", "u1")) {
            assertEquals(OperationState.OPERATION_FINISHED, status(id).getState(), id);
        }
        assertEquals("The `id` field cannot be set on LAUNCH operations",
                scheduler.awaitUpdate("t2", TaskState.TASK_ERROR).getMessage());
        AgentEvent.RunTask run = agent.await(AgentEvent.Type.RUN_TASK).getRunTask();
        assertTrue(Resources.of(run.getTask().getResourcesList()).contains(Resources.of(cpus).allocate("db")));
        master.allocator.awaitCall("updateAllocation " + scheduler.frameworkId.getValue() + " "
                + agent.agentId.getValue() + " [RESERVE, CREATE, DESTROY, UNRESERVE]");
        String agents = master.operatorOk("{\"type\":\"GET_AGENTS\"}");
        assertTrue(agents.contains("{\"name\":\"cpus\",\"type\":\"SCALAR\",\"scalar\":{\"value\":1.0},"
                + "\"reservations\":[{\"principal\":\"ops\",\"role\":\"db\",\"type\":\"DYNAMIC\"}]}"), agents);
        assertFalse(agents.contains("\"persistence\""), agents);

        scheduler.call(Call.newBuilder().setType(Call.Type.RECONCILE_OPERATIONS)
                .setReconcileOperations(Call.ReconcileOperations.getDefaultInstance()));
        OperationStatus reconciled = status("r1");
        assertEquals(OperationState.OPERATION_FINISHED, reconciled.getState());
        assertFalse(reconciled.hasUuid(), "reconciliation is not acknowledged");
        assertEquals(202, scheduler.call(Call.newBuilder().setType(Call.Type.ACKNOWLEDGE_OPERATION_STATUS)
                .setAcknowledgeOperationStatus(Call.AcknowledgeOperationStatus.newBuilder().setAgentId(agent.agentId)
                        .setOperationId(id("r1")).setUuid(reserve.getUuid().getValue()))).statusCode());
        scheduler.call(Call.newBuilder().setType(Call.Type.RECONCILE_OPERATIONS).setReconcileOperations(
                Call.ReconcileOperations.newBuilder().addOperations(Call.ReconcileOperations.Operation.newBuilder()
                        .setOperationId(id("r1")).setAgentId(agent.agentId))
                        .addOperations(Call.ReconcileOperations.Operation.newBuilder().setOperationId(id("zz")))));
        OperationStatus forgotten = status("r1");
        assertEquals(OperationState.OPERATION_UNKNOWN, forgotten.getState());
        assertEquals("Reconciliation: Operation is unknown", forgotten.getMessage());
        assertEquals("Reconciliation: Operation is unknown and no 'agent_id' was provided", status("zz").getMessage());
    }

    private OperationStatus status(String operation) {
        return scheduler.events.await("UPDATE_OPERATION_STATUS of " + operation, e ->
                e.getType() == Event.Type.UPDATE_OPERATION_STATUS
                        && e.getUpdateOperationStatus().getStatus().getOperationId().getValue().equals(operation))
                .getUpdateOperationStatus().getStatus();
    }

    private static Offer.Operation operation(String id, Offer.Operation.Builder operation) {
        return operation.setId(id(id)).build();
    }

    private static OperationID id(String id) {
        return OperationID.newBuilder().setValue(id).build();
    }

    private static Resource reserved(String name, double amount, String role) {
        return Resource.newBuilder(Resources.parse(name + ":" + amount).toProtos().get(0)).addReservations(
                ReservationInfo.newBuilder().setType(ReservationInfo.Type.DYNAMIC).setRole(role).setPrincipal("ops"))
                .build();
    }

    private static FrameworkInfo.Capability capability(FrameworkInfo.Capability.Type type) {
        return FrameworkInfo.Capability.newBuilder().setType(type).build();
    }
}
