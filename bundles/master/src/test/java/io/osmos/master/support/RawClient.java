package io.osmos.master.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written HTTP/1.1 client on a plain socket, for clients that misbehave: one that stops
 * reading its response, or one that sends its body a few bytes at a time.
 */
public final class RawClient implements AutoCloseable {
    private final Socket socket = new Socket();

    /** @param receiveBuffer the socket's receive buffer, small to make a slow reader fall behind fast */
    public RawClient(int port, int receiveBuffer) {
        try {
            socket.setReceiveBufferSize(receiveBuffer);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends request headers and the first part of a body that claims to be {@code length} bytes long. */
    public void start(String path, String contentType, int length, byte[] firstPart) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                + "\r\nAccept: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n";
        send(head.getBytes(StandardCharsets.US_ASCII));
        send(firstPart);
    }

    public void send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until {@code marker} has arrived (and a little more); returns all read so far as text. */
    public String readUntil(String marker) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[512];
            while (!read.toString(StandardCharsets.UTF_8).contains(marker)) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IllegalStateException("Connection closed before '" + marker + "': " + read);
                }
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort
        }
    }
}
