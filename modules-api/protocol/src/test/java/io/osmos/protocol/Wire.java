package io.osmos.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

/** Encodes and decodes messages the way the Osmos HTTP endpoints do. */
final class Wire {
  // Mesos clients send fields newer than ours; they must not make a call fail.
  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();
  private static final JsonFormat.Printer PRINTER = JsonFormat.printer().preservingProtoFieldNames();

  private Wire() {}

  @SuppressWarnings("unchecked")
  static <T extends Message> T fromJson(String json, T prototype) {
    Message.Builder builder = prototype.newBuilderForType();
    try {
      PARSER.merge(json, builder);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return (T) builder.build();
  }

  static String toJson(Message message) {
    try {
      return PRINTER.print(message);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asserts the message survives JSON and binary encoding unchanged, and returns its JSON. */
  static String assertRoundTrips(Message message) {
    String json = toJson(message);
    assertEquals(message, fromJson(json, message.getDefaultInstanceForType()), json);
    try {
      Message decoded = message.getParserForType().parseFrom(message.toByteArray());
      assertEquals(message, decoded);
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
    return json;
  }
}
