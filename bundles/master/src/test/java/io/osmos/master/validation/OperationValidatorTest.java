package io.osmos.master.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Resource.ReservationInfo;
import io.osmos.protocol.v1.Protos.Volume;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RESERVE, UNRESERVE, CREATE and DESTROY refused with Mesos's reasons. */
class OperationValidatorTest {
    private static final List<AgentInfo.Capability> NONE = List.of();
    private static final OperationContext OPERATOR = new OperationContext(Optional.empty(), NONE, Resources.EMPTY,
            Resources.EMPTY);

    @Test
    void aReservationMustBeDynamicAndMatchTheAllocation() {
        assertEquals("Resource cpus:1 is not dynamically reserved",
                reserve(OPERATOR, Resources.parse("cpus:1").toProtos().get(0)));
        assertEquals("Resource cpus(reservations: [(DYNAMIC,a/b)]):1 with reservation for hierarchical role 'a/b'"
                + " cannot be reserved on an agent without HIERARCHICAL_ROLE capability",
                reserve(OPERATOR, reserved("cpus", "a/b")));
        OperationContext framework = new OperationContext(Optional.of(FrameworkInfo.newBuilder().setUser("u")
                .setName("n").setRole("web").build()), NONE, Resources.EMPTY, Resources.EMPTY);
        assertEquals("A reserve operation was attempted on unallocated resource cpus(reservations: [(DYNAMIC,web)]):1,"
                + " but frameworks can only perform reservations on allocated resources",
                reserve(framework, reserved("cpus", "web")));
        assertEquals("A reserve operation was attempted with an allocated resource, but the operator API only"
                + " allows reservations to be made to unallocated resources", reserve(OPERATOR, reserved("cpus", "web")
                .toBuilder().setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole("web")).build()));
    }

    @Test
    void volumesMustBePersistentUniqueAndPresent() {
        Resource volume = reserved("disk", "db").toBuilder().setDisk(Resource.DiskInfo.newBuilder()
                .setPersistence(Resource.DiskInfo.Persistence.newBuilder().setId("v1"))
                .setVolume(Volume.newBuilder().setMode(Volume.Mode.RW).setContainerPath("data"))).build();
        assertEquals("Not a persistent volume: Resource disk(reservations: [(DYNAMIC,db)]):1 does not have DiskInfo",
                validate(OPERATOR, Offer.Operation.Type.CREATE, reserved("disk", "db")));
        OperationContext holding = new OperationContext(Optional.empty(), NONE, Resources.of(volume), Resources.EMPTY);
        assertEquals("Persistence ID 'v1' is not unique", validate(holding, Offer.Operation.Type.CREATE, volume));
        assertEquals("Persistent volumes not found", validate(OPERATOR, Offer.Operation.Type.DESTROY, volume));
        OperationContext inUse = new OperationContext(Optional.empty(), NONE, Resources.of(volume), Resources.of(volume));
        assertEquals("Persistent volumes in use", validate(inUse, Offer.Operation.Type.DESTROY, volume));
        assertEquals("Invalid resources: Invalid DiskInfo: Persistent volumes cannot be created from unreserved"
                + " resources", validate(OPERATOR, Offer.Operation.Type.CREATE, volume.toBuilder().clearReservations()
                .build()));
    }

    private static String reserve(OperationContext context, Resource resource) {
        return OperationValidator.validate(Offer.Operation.newBuilder().setType(Offer.Operation.Type.RESERVE)
                .setReserve(Offer.Operation.Reserve.newBuilder().addResources(resource)).build(), context).orElse("");
    }

    private static String validate(OperationContext context, Offer.Operation.Type type, Resource volume) {
        Offer.Operation.Builder operation = Offer.Operation.newBuilder().setType(type);
        if (type == Offer.Operation.Type.CREATE) {
            operation.setCreate(Offer.Operation.Create.newBuilder().addVolumes(volume));
        } else {
            operation.setDestroy(Offer.Operation.Destroy.newBuilder().addVolumes(volume));
        }
        return OperationValidator.validate(operation.build(), context).orElse("");
    }

    private static Resource reserved(String name, String role) {
        return Resource.newBuilder(Resources.parse(name + ":1").toProtos().get(0)).addReservations(ReservationInfo
                .newBuilder().setType(ReservationInfo.Type.DYNAMIC).setRole(role)).build();
    }
}
