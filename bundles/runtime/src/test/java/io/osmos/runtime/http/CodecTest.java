package io.osmos.runtime.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.Value;
import io.osmos.protocol.v1.scheduler.Protos.Call;
import io.osmos.protocol.v1.scheduler.Protos.OfferConstraints;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CodecTest {
    private static final Call SUBSCRIBE = Call.newBuilder()
            .setType(Call.Type.SUBSCRIBE)
            .setSubscribe(Call.Subscribe.newBuilder()
                    .setFrameworkInfo(FrameworkInfo.newBuilder().setUser("root").setName("marathon")
                            .addRoles("web").setFailoverTimeout(604800.5))
                    .addSuppressedRoles("batch")
                    .setOfferConstraints(OfferConstraints.newBuilder().putRoleConstraints("web",
                            OfferConstraints.RoleConstraints.getDefaultInstance())))
            .build();

    @Test
    void jsonUsesProtoFieldNamesAndRoundTrips() {
        String json = new String(Codec.encode(SUBSCRIBE, MediaType.JSON), UTF_8);
        assertEquals("{\"type\":\"SUBSCRIBE\",\"subscribe\":{\"framework_info\":"
                + "{\"user\":\"root\",\"name\":\"marathon\","
                + "\"failover_timeout\":604800.5,\"roles\":[\"web\"]},\"suppressed_roles\":[\"batch\"],"
                + "\"offer_constraints\":{\"role_constraints\":{\"web\":{}}}}}", json);
        assertEquals(SUBSCRIBE, Codec.parse(json.getBytes(UTF_8), MediaType.JSON, Call.getDefaultInstance()));
    }

    @Test
    void writingToAStreamGivesTheSameBytesAsEncodingEvenAcrossBlocksAndSurrogatePairs() throws Exception {
        FrameworkInfo.Builder big = FrameworkInfo.newBuilder().setUser("u").setName("n");
        for (int i = 0; i < 5000; i++) {
            big.addRoles("role-" + i + "-\uD83D\uDE80-é"); // a rocket (two chars) and an accented letter
        }
        for (MediaType type : MediaType.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Codec.write(big.build(), type, out);
            assertArrayEquals(Codec.encode(big.build(), type), out.toByteArray(), type.toString());
        }
    }

    @Test
    void largeAndSmallDoublesPrintAsPlainDecimalsAsMesosDoes() {
        FrameworkInfo week = FrameworkInfo.newBuilder().setUser("u").setName("n")
                .setFailoverTimeout(1.7672256E9).build();
        Value.Scalar tiny = Value.Scalar.newBuilder().setValue(1.0E-4).build();
        assertEquals("{\"user\":\"u\",\"name\":\"n\",\"failover_timeout\":1767225600}",
                new String(Codec.encode(week, MediaType.JSON), UTF_8));
        assertEquals("{\"value\":0.0001}", new String(Codec.encode(tiny, MediaType.JSON), UTF_8));
        assertEquals(week, Codec.parse(Codec.encode(week, MediaType.JSON), MediaType.JSON,
                FrameworkInfo.getDefaultInstance()));
    }

    @Test
    void protobufRoundTrips() {
        byte[] wire = Codec.encode(SUBSCRIBE, MediaType.PROTOBUF);
        assertEquals(SUBSCRIBE, Codec.parse(wire, MediaType.PROTOBUF, Call.getDefaultInstance()));
    }

    @Test
    void sixtyFourBitIntegersAreJsonNumbersAsInMesos() {
        Value ports = Value.newBuilder().setType(Value.Type.RANGES).setRanges(Value.Ranges.newBuilder()
                .addRange(Value.Range.newBuilder().setBegin(31000).setEnd(32000))
                .addRange(Value.Range.newBuilder().setBegin(-1L).setEnd(-1L))) // the largest uint64
                .build();
        String json = Codec.toJson(ports);
        assertEquals("{\"type\":\"RANGES\",\"ranges\":{\"range\":[{\"begin\":31000,\"end\":32000},"
                + "{\"begin\":18446744073709551615,\"end\":18446744073709551615}]}}", json);
        assertEquals(ports, Codec.fromJson(json, Value.getDefaultInstance()));
    }

    @Test
    void explicitNullsAndUnknownFieldsAreAccepted() {
        String json = "{\"type\":\"SUBSCRIBE\",\"framework_id\":null,\"not_a_mesos_field\":[1,2],"
                + "\"subscribe\":{\"framework_info\":{\"user\":\"root\",\"name\":\"marathon\",\"roles\":null}}}";
        Call call = Codec.parse(json.getBytes(UTF_8), MediaType.JSON, Call.getDefaultInstance());
        assertFalse(call.hasFrameworkId());
        assertEquals(0, call.getSubscribe().getFrameworkInfo().getRolesCount());
        assertEquals("marathon", call.getSubscribe().getFrameworkInfo().getName());
    }

    @Test
    void aJsonNumberWhereAMessageBelongsIsA400NamingTheType() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> Codec.parse("3".getBytes(UTF_8), MediaType.JSON, Call.getDefaultInstance()));
        assertEquals(400, e.status());
        assertEquals("Failed to parse body into Call: Expect message object but got: 3", e.getMessage());
    }

    @Test
    void malformedJsonIsA400() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> Codec.fromJson("{\"type\":", Call.getDefaultInstance()));
        assertEquals(400, e.status());
        assertEquals(true, e.getMessage().startsWith("Failed to parse body into Call: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void missingRequiredFieldsAreA400InBothEncodings() {
        BadRequestException json = assertThrows(BadRequestException.class,
                () -> Codec.fromJson("{\"value\":\"\"}", FrameworkInfo.getDefaultInstance()));
        assertEquals("Failed to parse body into FrameworkInfo: Message missing required fields: user, name",
                json.getMessage());
        byte[] partial = FrameworkInfo.newBuilder().setUser("root").buildPartial().toByteArray();
        BadRequestException proto = assertThrows(BadRequestException.class,
                () -> Codec.parse(partial, MediaType.PROTOBUF, FrameworkInfo.getDefaultInstance()));
        assertEquals("Failed to parse body into FrameworkInfo: Message missing required fields: name",
                proto.getMessage());
    }

    @Test
    void garbageProtobufIsA400() {
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> Codec.parse(new byte[] {(byte) 0xff, 0x01}, MediaType.PROTOBUF,
                        FrameworkID.getDefaultInstance()));
        assertEquals(400, e.status());
        assertEquals(true, e.getMessage().startsWith("Failed to parse body into FrameworkID: "), e.getMessage());
    }
}
