package io.osmos.runtime.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Label;
import io.osmos.protocol.v1.Protos.Labels;
import io.osmos.protocol.v1.Protos.OfferFilters;
import io.osmos.protocol.v1.Protos.Resource;
import io.osmos.protocol.v1.Protos.Task;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.Protos.Value;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Printing from the encoded bytes gives exactly what printing through protobuf's reflection gives. */
class WireJsonTest {
    private static final Task TASK = Task.newBuilder().setName("web-1 \"quoted\" \\ é \uD83D\uDE80 \n")
            .setTaskId(TaskID.newBuilder().setValue("t-1")).setFrameworkId(FrameworkID.newBuilder().setValue("f"))
            .setAgentId(AgentID.newBuilder().setValue("a")).setState(TaskState.TASK_RUNNING)
            .addResources(Resource.newBuilder().setName("cpus").setType(Value.Type.SCALAR)
                    .setScalar(Value.Scalar.newBuilder().setValue(0.1))
                    .setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole("web")))
            .addResources(Resource.newBuilder().setName("ports").setType(Value.Type.RANGES)
                    .setRanges(Value.Ranges.newBuilder().addRange(Value.Range.newBuilder().setBegin(31000)
                            .setEnd(-1L))))
            .addResources(Resource.newBuilder().setName("disks").setType(Value.Type.SET)
                    .setSet(Value.Set.newBuilder().addItem("sda").addItem("sdb")))
            .addStatuses(TaskStatus.newBuilder().setTaskId(TaskID.newBuilder().setValue("t-1"))
                    .setState(TaskState.TASK_STARTING).setTimestamp(1.7672256123E9)
                    .setUuid(ByteString.copyFrom(new byte[] {0, -1, 2, 3, 4, 5, 6, 7}))
                    .setData(ByteString.copyFromUtf8("payload")).setSource(TaskStatus.Source.SOURCE_EXECUTOR)
                    .setHealthy(false).setMessage(""))
            .setLabels(Labels.newBuilder().addLabels(Label.newBuilder().setKey("k").setValue("v"))
                    .addLabels(Label.newBuilder().setKey("only-key")))
            .putLimits("cpus", Value.Scalar.newBuilder().setValue(2).build())
            .putLimits("mem", Value.Scalar.newBuilder().setValue(1e-4).build())
            .build();

    @Test
    void aMesosTaskPrintsTheSame() {
        assertSame(TASK);
        assertSame(FrameworkInfo.newBuilder().setUser("u").setName("n").setFailoverTimeout(1e7).addRoles("a")
                .addRoles("b").addCapabilities(FrameworkInfo.Capability.newBuilder()
                        .setType(FrameworkInfo.Capability.Type.MULTI_ROLE))
                .putOfferFilters("a", OfferFilters.getDefaultInstance()).build());
    }

    @Test
    void unknownFieldsAndUnknownValuesOfClosedEnumsAreLeftOutAsWhenParsed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        out.writeMessage(1, TaskID.newBuilder().setValue("t").build());
        out.writeEnum(2, 999); // state: no such TaskState
        out.writeString(4, "hi");
        out.writeUInt64(6, 5); // timestamp, a double, sent as a varint
        out.writeString(99, "a field this build does not know");
        out.flush();
        TaskStatus parsed = TaskStatus.parser().parsePartialFrom(bytes.toByteArray());
        assertSame(parsed);
        assertEquals("{\"task_id\":{\"value\":\"t\"},\"message\":\"hi\"}", JsonPrinter.print(parsed));
    }

    @Test
    void packedValuesOpenEnumsNumericMapKeysAndOddNumbersPrintTheSame() throws Exception {
        Descriptor type = schema();
        Descriptor nested = type.findNestedTypeByName("Nested");
        Message message = DynamicMessage.newBuilder(type)
                .addRepeatedField(type.findFieldByName("packed"), 1)
                .addRepeatedField(type.findFieldByName("packed"), -2)
                .setField(type.findFieldByName("big"), -1L)
                .setField(type.findFieldByName("zigzag"), -7)
                .setField(type.findFieldByName("ratio"), Float.NaN)
                .setField(type.findFieldByName("open"),
                        type.findEnumTypeByName("Color").findValueByNumberCreatingIfUnknown(42))
                .addRepeatedField(type.findFieldByName("nested"), DynamicMessage.newBuilder(nested)
                        .setField(nested.findFieldByName("text"), "x").build())
                .addRepeatedField(type.findFieldByName("nested"), DynamicMessage.newBuilder(nested).build())
                .addRepeatedField(type.findFieldByName("numbered"), entry(type, 7, "seven"))
                .addRepeatedField(type.findFieldByName("numbered"), entry(type, -3, "minus three"))
                .build();
        assertSame(message);
        assertTrue(JsonPrinter.print(message).contains("\"open\":42"), JsonPrinter.print(message));
    }

    @Test
    void aMessageTooBigToEncodeAtOnceIsWalkedAndItsPartsPrintedFromTheirBytes() {
        Labels.Builder many = Labels.newBuilder();
        for (int i = 0; i < 30_000; i++) {
            many.addLabels(Label.newBuilder().setKey("key-" + i).setValue("value-" + i));
        }
        Labels big = many.build();
        assertTrue(big.getSerializedSize() > 256 * 1024, "bigger than what is encoded at once");
        assertSame(big);
        assertSame(Task.newBuilder(TASK).setLabels(big).build());
    }

    private static void assertSame(Message message) {
        assertEquals(JsonPrinter.printByReflection(message), JsonPrinter.print(message));
    }

    private static Message entry(Descriptor type, int key, String value) {
        Descriptor entry = type.findFieldByName("numbered").getMessageType();
        return DynamicMessage.newBuilder(entry).setField(entry.findFieldByNumber(1), key)
                .setField(entry.findFieldByNumber(2), value).build();
    }

    /** A proto3 type with what the Mesos protos lack: packed values, an open enum, a numeric map key. */
    private static Descriptor schema() throws Exception {
        DescriptorProto entry = DescriptorProto.newBuilder().setName("NumberedEntry")
                .setOptions(MessageOptions.newBuilder().setMapEntry(true))
                .addField(field("key", 1, FieldDescriptorProto.Type.TYPE_SINT32, false))
                .addField(field("value", 2, FieldDescriptorProto.Type.TYPE_STRING, false)).build();
        DescriptorProto type = DescriptorProto.newBuilder().setName("Odd")
                .addField(field("packed", 1, FieldDescriptorProto.Type.TYPE_INT32, true).toBuilder()
                        .setOptions(FieldOptions.newBuilder().setPacked(true)))
                .addField(field("big", 2, FieldDescriptorProto.Type.TYPE_UINT64, false))
                .addField(field("zigzag", 3, FieldDescriptorProto.Type.TYPE_SINT32, false))
                .addField(field("ratio", 4, FieldDescriptorProto.Type.TYPE_FLOAT, false))
                .addField(field("open", 5, FieldDescriptorProto.Type.TYPE_ENUM, false).toBuilder().setTypeName("Color"))
                .addField(field("nested", 6, FieldDescriptorProto.Type.TYPE_MESSAGE, true).toBuilder()
                        .setTypeName("Nested"))
                .addField(field("numbered", 7, FieldDescriptorProto.Type.TYPE_MESSAGE, true).toBuilder()
                        .setTypeName("NumberedEntry"))
                .addNestedType(DescriptorProto.newBuilder().setName("Nested")
                        .addField(field("text", 1, FieldDescriptorProto.Type.TYPE_STRING, false)))
                .addNestedType(entry)
                .addEnumType(EnumDescriptorProto.newBuilder().setName("Color")
                        .addValue(EnumValueDescriptorProto.newBuilder().setName("RED").setNumber(0)))
                .build();
        FileDescriptorProto file = FileDescriptorProto.newBuilder().setName("odd.proto").setPackage("test")
                .setSyntax("proto3").addMessageType(type).build();
        return FileDescriptor.buildFrom(file, new FileDescriptor[0]).findMessageTypeByName("Odd");
    }

    private static FieldDescriptorProto field(String name, int number, FieldDescriptorProto.Type type,
            boolean repeated) {
        return FieldDescriptorProto.newBuilder().setName(name).setNumber(number).setType(type)
                .setLabel(repeated ? FieldDescriptorProto.Label.LABEL_REPEATED
                        : FieldDescriptorProto.Label.LABEL_OPTIONAL)
                .build();
    }
}
