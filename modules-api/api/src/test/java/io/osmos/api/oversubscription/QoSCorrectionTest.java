package io.osmos.api.oversubscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.protocol.v1.Protos.ContainerID;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QoSCorrectionTest {

    private static final FrameworkID FRAMEWORK = FrameworkID.newBuilder().setValue("f1").build();
    private static final ExecutorID EXECUTOR = ExecutorID.newBuilder().setValue("e1").build();

    @Test
    void killNamesTheExecutorAndOptionallyItsContainer() {
        ContainerID container = ContainerID.newBuilder().setValue("c1").build();

        QoSCorrection anyContainer = QoSCorrection.kill(FRAMEWORK, EXECUTOR);
        QoSCorrection thisContainer = QoSCorrection.kill(FRAMEWORK, EXECUTOR, container);

        assertEquals(QoSCorrection.Type.KILL, anyContainer.type());
        assertTrue(anyContainer.containerId().isEmpty());
        assertEquals(Optional.of(container), thisContainer.containerId());
        assertEquals(EXECUTOR, thisContainer.executorId());
    }
}
