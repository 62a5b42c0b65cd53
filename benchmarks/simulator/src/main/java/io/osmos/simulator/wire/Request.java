package io.osmos.simulator.wire;

import com.google.protobuf.MessageLite;

/**
 * One HTTP request to the master. Bodies are protobuf: the cheapest encoding for both sides, and
 * what a high-rate framework would choose.
 *
 * @param streamId the Mesos-Stream-Id header, or null
 */
public record Request(String method, String path, String streamId, byte[] body) {
    public static final String PROTOBUF = "application/x-protobuf";

    public static Request post(String path, MessageLite message, String streamId) {
        return new Request("POST", path, streamId, message.toByteArray());
    }
}
