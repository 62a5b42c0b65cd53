package io.osmos.simulator.wire;

/** What an event stream tells its owner; every call comes on the stream's event loop, in order. */
public interface StreamListener {
    /** The master answered 200; records follow. */
    void opened(String streamId);

    /** One RecordIO record of the body. */
    void record(byte[] record);

    /**
     * The stream is over: the master closed it, refused it (the cause names the status and the
     * master's reason), or the connection broke. Called once.
     */
    void closed(Throwable cause);
}
