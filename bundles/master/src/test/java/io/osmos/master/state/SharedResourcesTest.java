package io.osmos.master.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.osmos.api.resources.Resources;
import io.osmos.master.support.Await;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.AgentInfo;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.Protos.Volume;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal resource values the master holds share one instance, unless they print differently. */
class SharedResourcesTest {
    private final SharedResources shared = new SharedResources();

    @Test
    void equalValuesParsedApartShareTheFirstInstance() {
        Resources first = Resources.parse("cpus:2;mem:1024;ports:[31000-32000]");
        Resources second = Resources.parse("cpus:2;mem:1024;ports:[31000-32000]");
        assertNotSame(first, second);

        assertSame(first, shared.share(first));
        assertSame(first, shared.share(second));
        assertSame(first, shared.share(Resources.parse("cpus:1;mem:1024;ports:[31000-32000]")
                .plus(Resources.parse("cpus:1"))));
    }

    @Test
    void differentValuesStayApart() {
        Resources small = shared.share(Resources.parse("cpus:1;mem:128"));
        Resources reserved = Resources.parse("cpus(web):1;mem:128");

        assertSame(reserved, shared.share(reserved));
        assertSame(small, shared.share(Resources.parse("cpus:1;mem:128")));
        assertEquals(2, shared.size());
    }

    @Test
    void anEqualValueInAnotherOrderKeepsItsOwnForm() {
        Resources first = shared.share(Resources.parse("cpus:2;mem:1024"));
        Resources reordered = Resources.parse("mem:1024;cpus:2");
        assertEquals(first, reordered); // equal as Mesos resources...

        Resources kept = shared.share(reordered);
        assertSame(reordered, kept); // ...but each still prints as it was given
        assertEquals("mem:1024; cpus:2", kept.toString());
        assertSame(first, shared.share(Resources.parse("cpus:2;mem:1024")));
    }

    @Test
    void aVolumeMountedElsewhereIsNotSharedWithAnotherMount() {
        Resources atData = volume("data");
        Resources atLogs = volume("logs");
        assertEquals(atData, atLogs); // Mesos compares a disk by its persistence id, not where it is mounted

        assertSame(atData, shared.share(atData));
        Resources kept = shared.share(atLogs);
        assertSame(atLogs, kept);
        assertEquals("logs", kept.toProtos().get(0).getDisk().getVolume().getContainerPath());
    }

    @Test
    void nothingIsTheOneEmptyValue() {
        assertSame(Resources.EMPTY, shared.share(Resources.parse("cpus:1").minus(Resources.parse("cpus:1"))));
        assertEquals(0, shared.size());
    }

    @Test
    void aValueNobodyHoldsAnyMoreIsForgotten() {
        shared.share(Resources.parse("cpus:3;mem:333"));
        Await.until("the unheld value to be forgotten", () -> {
            System.gc();
            return shared.size();
        }, size -> size == 0);
    }

    @Test
    void agentsOfOneShapeShareTheirTotalsAndWhatTheirTasksUse() {
        AgentEntry one = agent("one", Resources.parse("cpus:24;mem:4096"));
        AgentEntry two = agent("two", Resources.parse("cpus:24;mem:4096"));
        assertSame(one.total(), two.total());

        FrameworkID framework = FrameworkID.newBuilder().setValue("f").build();
        for (AgentEntry agent : List.of(one, two)) {
            for (int i = 0; i < 3; i++) {
                agent.addTask(task(agent, framework, "t" + i));
            }
        }
        assertEquals(Resources.parse("cpus:3;mem:384"), one.allocated().get(framework));
        assertSame(one.allocated().get(framework), two.allocated().get(framework));

        one.total(Resources.parse("cpus:24;mem:2048").plus(Resources.parse("mem:2048")));
        assertSame(two.total(), one.total());
    }

    private AgentEntry agent(String name, Resources total) {
        AgentInfo info = AgentInfo.newBuilder().setHostname(name).setId(AgentID.newBuilder().setValue(name)).build();
        return new AgentEntry(info, total, "test", List.of(), 0, shared);
    }

    private static TaskEntry task(AgentEntry agent, FrameworkID framework, String id) {
        Resources resources = Resources.parse("cpus:1;mem:128");
        Task task = Task.newBuilder().setName(id).setTaskId(TaskID.newBuilder().setValue(id))
                .setFrameworkId(framework).setAgentId(agent.id()).setState(TaskState.TASK_STAGING)
                .addAllResources(resources.toProtos()).build();
        return new TaskEntry(task, resources);
    }

    private static Resources volume(String containerPath) {
        return Resources.of(Resource.newBuilder().setName("disk").setType(Value.Type.SCALAR)
                .setScalar(Value.Scalar.newBuilder().setValue(64))
                .addReservations(Resource.ReservationInfo.newBuilder().setType(Resource.ReservationInfo.Type.DYNAMIC)
                        .setRole("db").setPrincipal("ops"))
                .setDisk(Resource.DiskInfo.newBuilder()
                        .setPersistence(Resource.DiskInfo.Persistence.newBuilder().setId("volume-1"))
                        .setVolume(Volume.newBuilder().setContainerPath(containerPath).setMode(Volume.Mode.RW)))
                .build());
    }
}
