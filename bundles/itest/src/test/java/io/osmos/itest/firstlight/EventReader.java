package io.osmos.itest.firstlight;

import io.osmos.protocol.v1.scheduler.Protos.Event;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The thread that turns a subscription's RecordIO body into events in a mailbox, as they arrive. */
final class EventReader implements Runnable {
  private final InputStream body;
  private final Encoding encoding;
  private final EventMailbox mailbox;

  private EventReader(InputStream body, Encoding encoding, EventMailbox mailbox) {
    this.body = body;
    this.encoding = encoding;
    this.mailbox = mailbox;
  }

  static void start(String framework, InputStream body, Encoding encoding, EventMailbox mailbox) {
    Thread thread = new Thread(new EventReader(body, encoding, mailbox), "events-of-" + framework);
    // a test that fails mid-way must not keep the JVM alive through this thread
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    RecordIoReader records = new RecordIoReader(body);
    try {
      Optional<byte[]> record;
      while ((record = records.next()).isPresent()) {
        mailbox.deliver(decode(record.get()));
      }
      mailbox.close(new EOFException("the master ended the subscription stream"));
    } catch (IOException | RuntimeException e) {
      mailbox.close(e);
    }
  }

  private Event decode(byte[] record) throws IOException {
    try {
      return encoding.decodeEvent(record);
    } catch (IOException | RuntimeException e) {
      String shown = encoding instanceof JsonEncoding
          ? new String(record, StandardCharsets.UTF_8) : record.length + " bytes";
      throw new IOException("an event record that is not a valid Mesos v1 Event (" + e.getMessage()
          + "): " + shown, e);
    }
  }
}
