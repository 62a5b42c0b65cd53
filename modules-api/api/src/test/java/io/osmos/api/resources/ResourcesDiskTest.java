package io.osmos.api.resources;

import static io.osmos.api.resources.ResourcesViewsTest.scalar;
import static io.osmos.api.resources.ResourcesViewsTest.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos;
import io.osmos.protocol.v1.Protos.Resource.DiskInfo;
import org.junit.jupiter.api.Test;

/** Disks: PATH disks merge, MOUNT disks and persistent volumes are each one indivisible thing. */
class ResourcesDiskTest {
    private static Protos.Resource disk(double megabytes, DiskInfo info) {
        return scalar("disk", megabytes).toBuilder().setDisk(info).build();
    }

    private static DiskInfo source(DiskInfo.Source.Type type, String root) {
        DiskInfo.Source.Builder source = DiskInfo.Source.newBuilder().setType(type);
        if (type == DiskInfo.Source.Type.MOUNT) {
            source.getMountBuilder().setRoot(root);
        } else {
            source.getPathBuilder().setRoot(root);
        }
        return DiskInfo.newBuilder().setSource(source).build();
    }

    private static DiskInfo volume(String id, String containerPath) {
        DiskInfo.Builder info = DiskInfo.newBuilder();
        info.getPersistenceBuilder().setId(id);
        info.getVolumeBuilder().setContainerPath(containerPath).setMode(Protos.Volume.Mode.RW);
        return info.build();
    }

    @Test
    void pathDisksOnTheSameRootMerge() {
        DiskInfo path = source(DiskInfo.Source.Type.PATH, "/data");
        Resources disks = Resources.of(disk(10, path), disk(20, path));

        assertEquals(1, disks.size());
        assertEquals(30, disks.disk());
        assertEquals("disk[PATH:/data]:30", disks.toString());
    }

    @Test
    void mountDisksNeverMergeAndLeaveOnlyWhole() {
        DiskInfo mount = source(DiskInfo.Source.Type.MOUNT, "/mnt/a");
        Resources disks = Resources.of(disk(100, mount), disk(100, mount));

        assertEquals(2, disks.size());
        assertEquals(Resources.of(disk(100, mount)), disks.minus(Resources.of(disk(100, mount))));
        assertEquals(disks, disks.minus(Resources.of(disk(50, mount))), "half a mount disk cannot be taken");
        assertFalse(disks.contains(Resources.of(disk(50, mount))));
        assertTrue(disks.contains(Resources.of(disk(100, mount), disk(100, mount))));
        assertFalse(disks.contains(Resources.of(disk(100, mount), disk(100, mount), disk(100, mount))));
        assertNotEquals(Resources.of(disk(100, mount)), disks);
    }

    @Test
    void persistentVolumesAreIdentifiedByIdNotByVolume() {
        Resources volume = Resources.of(disk(64, volume("pv1", "data")));

        assertEquals(volume, Resources.of(disk(64, volume("pv1", "elsewhere"))));
        assertNotEquals(volume, Resources.of(disk(64, volume("pv2", "data"))));
        assertEquals(volume, volume.persistentVolumes());
        assertTrue(Resources.parse("disk:64").persistentVolumes().isEmpty());
        assertEquals("disk[pv1:data]:64", volume.toString());
    }

    @Test
    void sharedVolumesCountCopies() {
        Protos.Resource shared = disk(64, volume("pv1", "data")).toBuilder()
            .setShared(Protos.Resource.SharedInfo.getDefaultInstance()).build();
        Resources twice = Resources.of(shared, shared);

        assertEquals(1, twice.size());
        assertEquals(2, twice.toProtos().size(), "each copy is listed");
        assertEquals(64, twice.disk(), "one disk however often it is shared");
        assertEquals("disk[pv1:data]<SHARED>:64<2>", twice.toString());
        assertEquals(Resources.of(shared), twice.minus(Resources.of(shared)));
        assertTrue(twice.contains(Resources.of(times(2, shared))));
        assertFalse(twice.contains(Resources.of(times(3, shared))));
        assertEquals(twice, twice.shared());
        assertTrue(twice.nonShared().isEmpty());
        assertEquals(twice, Resources.of(twice));
    }

    @Test
    void diskInfoIsNotReadFromText() {
        Resources volume = Resources.of(disk(64, volume("pv1", "data")));

        assertThrows(IllegalArgumentException.class, () -> Resources.parse(volume.toString()));
    }
}
