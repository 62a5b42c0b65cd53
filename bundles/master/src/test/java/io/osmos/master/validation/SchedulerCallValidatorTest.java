package io.osmos.master.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerCallValidatorTest {
    private static final FrameworkID ID = FrameworkID.newBuilder().setValue("m-0000").build();

    @Test
    void aCallWithoutTypeIsRefused() {
        assertEquals(Optional.of("Expecting 'type' to be present"),
                SchedulerCallValidator.validate(Call.getDefaultInstance()));
    }

    @Test
    void subscribeNeedsItsBodyAndMatchingIds() {
        Call.Builder call = Call.newBuilder().setType(Call.Type.SUBSCRIBE);
        assertEquals(Optional.of("Expecting 'subscribe' to be present"), SchedulerCallValidator.validate(call.build()));
        call.setSubscribe(Call.Subscribe.newBuilder().setFrameworkInfo(FrameworkInfo.newBuilder().setUser("u")
                .setName("n"))).setFrameworkId(ID);
        assertEquals(Optional.of("'framework_id' differs from 'subscribe.framework_info.id'"),
                SchedulerCallValidator.validate(call.build()));
    }

    @Test
    void otherCallsNeedTheFrameworkIdAndTheirBody() {
        assertEquals(Optional.of("Expecting 'framework_id' to be present"),
                SchedulerCallValidator.validate(Call.newBuilder().setType(Call.Type.DECLINE).build()));
        assertEquals(Optional.of("Expecting 'decline' to be present"),
                SchedulerCallValidator.validate(Call.newBuilder().setType(Call.Type.DECLINE).setFrameworkId(ID)
                        .build()));
    }

    @Test
    void anAcknowledgementNeedsASixteenByteUuid() {
        Call call = Call.newBuilder().setType(Call.Type.ACKNOWLEDGE).setFrameworkId(ID).setAcknowledge(
                Call.Acknowledge.newBuilder().setAgentId(AgentID.newBuilder().setValue("a"))
                        .setTaskId(TaskID.newBuilder().setValue("t")).setUuid(ByteString.copyFromUtf8("short")))
                .build();
        assertEquals(Optional.of("Expecting 'acknowledge.uuid' to be a 16-byte UUID, got 5 bytes"),
                SchedulerCallValidator.validate(call));
    }
}
