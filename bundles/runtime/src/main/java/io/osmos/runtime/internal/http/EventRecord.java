package io.osmos.runtime.internal.http;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.MediaType;
import io.osmos.runtime.http.RecordIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One event of a stream: encoded as a RecordIO record in one chunk when the connection's outbox hands
 * it over (on the event loop), and counted in the stream's pending bytes until it is written.
 */
final class EventRecord implements Supplier<Object>, ChannelFutureListener {
    private final Message event;
    private final MediaType type;
    private final Channel channel;
    private final AtomicLong pending;
    // Until encoded, the protobuf size (computed once and kept by the message) stands for the record;
    // JSON is somewhat longer.
    private long counted;

    /** @param pending the stream's count of bytes not yet written, which this record adds to */
    EventRecord(Message event, MediaType type, Channel channel, AtomicLong pending) {
        this.event = event;
        this.type = type;
        this.channel = channel;
        this.pending = pending;
        this.counted = event.getSerializedSize();
        pending.addAndGet(counted);
    }

    @Override
    public Object get() {
        byte[] record = type == MediaType.PROTOBUF ? framed(event) : RecordIO.frame(Codec.encode(event, type));
        pending.addAndGet(record.length - counted);
        counted = record.length;
        return new DefaultHttpContent(Unpooled.wrappedBuffer(record));
    }

    @Override
    public void operationComplete(ChannelFuture written) {
        pending.addAndGet(-counted);
        if (!written.isSuccess()) {
            channel.close();
        }
    }

    /** The record of a protobuf event, encoded straight into it rather than copied there. */
    private static byte[] framed(Message event) {
        int size = event.getSerializedSize();
        byte[] header = (size + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] record = Arrays.copyOf(header, header.length + size);
        CodedOutputStream out = CodedOutputStream.newInstance(record, header.length, size);
        try {
            event.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getDescriptorForType().getName(), e);
        }
        out.checkNoSpaceLeft();
        return record;
    }
}
