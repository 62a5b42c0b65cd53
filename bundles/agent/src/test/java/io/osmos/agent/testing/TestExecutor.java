package io.osmos.agent.testing;

import com.google.protobuf.ByteString;
import io.osmos.protocol.v1.Protos.ExecutorID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.TaskID;
import io.osmos.protocol.v1.Protos.TaskInfo;
import io.osmos.protocol.v1.Protos.TaskState;
import io.osmos.protocol.v1.Protos.TaskStatus;
import io.osmos.protocol.v1.executor.Protos.Call;
import io.osmos.protocol.v1.executor.Protos.Event;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A framework's executor written against the raw v1 executor API, run by the agent as its own
 * process ({@code java -cp <test classpath> io.osmos.agent.testing.TestExecutor}). It finds the agent
 * the way Mesos executor libraries do (MESOS_SLAVE_PID), subscribes, and for each task: TASK_RUNNING,
 * then TASK_FINISHED when the task's data is "finish", or waits for a KILL. Messages are echoed back.
 * After the agent goes away it subscribes again, within MESOS_RECOVERY_TIMEOUT, when checkpointing.
 * It leaves notes in its sandbox for the test to read.
 */
public final class TestExecutor {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI api;
    private final FrameworkID framework;
    private final ExecutorID executor;
    private final Path sandbox;
    private final Map<ByteString, Call.Update> unacknowledged = new LinkedHashMap<>();

    private TestExecutor(Map<String, String> env) {
        String pid = env.get("MESOS_SLAVE_PID");
        api = URI.create("http://" + pid.substring(pid.indexOf('@') + 1) + "/" + pid.substring(0, pid.indexOf('@'))
                + "/api/v1/executor");
        framework = FrameworkID.newBuilder().setValue(env.get("MESOS_FRAMEWORK_ID")).build();
        executor = ExecutorID.newBuilder().setValue(env.get("MESOS_EXECUTOR_ID")).build();
        sandbox = Path.of(env.get("MESOS_SANDBOX"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        TestExecutor self = new TestExecutor(env);
        Map<String, String> mesos = new TreeMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("MESOS_")) {
                mesos.put(k, v);
            }
        });
        StringBuilder notes = new StringBuilder();
        mesos.forEach((k, v) -> notes.append(k).append('=').append(v).append('\n'));
        Files.writeString(self.sandbox.resolve("environment"), notes);
        boolean checkpoint = "1".equals(env.get("MESOS_CHECKPOINT"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                self.subscribe();
            } catch (IOException e) {
                self.note("disconnected", e.toString());
            }
            if (!checkpoint || System.nanoTime() > deadline) {
                System.exit(1);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L); // the agent's restart backoff
        }
    }

    private void subscribe() throws IOException, InterruptedException {
        Call.Subscribe.Builder subscribe = Call.Subscribe.newBuilder().addAllUnacknowledgedUpdates(unacknowledged.values());
        HttpResponse<InputStream> response = http.send(request(call(Call.Type.SUBSCRIBE).setSubscribe(subscribe)),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("SUBSCRIBE answered " + response.statusCode());
        }
        try (InputStream events = response.body()) {
            byte[] record;
            while ((record = next(events)) != null) {
                handle(Event.parseFrom(record));
            }
        }
        throw new IOException("the event stream ended");
    }

    private void handle(Event event) throws IOException, InterruptedException {
        switch (event.getType()) {
            case SUBSCRIBED -> note("subscribed", event.getSubscribed().getContainerId().getValue());
            case LAUNCH -> launch(event.getLaunch().getTask());
            case LAUNCH_GROUP -> {
                for (TaskInfo task : event.getLaunchGroup().getTaskGroup().getTasksList()) {
                    launch(task);
                }
            }
            case KILL -> update(event.getKill().getTaskId(), TaskState.TASK_KILLED);
            case ACKNOWLEDGED -> {
                unacknowledged.remove(event.getAcknowledged().getUuid());
                note("acknowledged-" + event.getAcknowledged().getTaskId().getValue(), "");
            }
            case MESSAGE -> send(call(Call.Type.MESSAGE).setMessage(Call.Message.newBuilder()
                    .setData(ByteString.copyFromUtf8("echo:" + event.getMessage().getData().toStringUtf8()))));
            case SHUTDOWN -> {
                note("shutdown", "");
                System.exit(0);
            }
            default -> { }
        }
    }

    private void launch(TaskInfo task) throws IOException, InterruptedException {
        update(task.getTaskId(), TaskState.TASK_RUNNING);
        if (task.getData().toStringUtf8().equals("finish")) {
            update(task.getTaskId(), TaskState.TASK_FINISHED);
        }
    }

    private void update(TaskID task, TaskState state) throws IOException, InterruptedException {
        UUID id = UUID.randomUUID();
        ByteString uuid = ByteString.copyFrom(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
        Call.Update update = Call.Update.newBuilder().setStatus(TaskStatus.newBuilder().setTaskId(task)
                .setState(state).setUuid(uuid).setSource(TaskStatus.Source.SOURCE_EXECUTOR)).build();
        unacknowledged.put(uuid, update);
        send(call(Call.Type.UPDATE).setUpdate(update));
    }

    private void send(Call.Builder call) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(call), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException(call.getType() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private Call.Builder call(Call.Type type) {
        return Call.newBuilder().setType(type).setFrameworkId(framework).setExecutorId(executor);
    }

    private HttpRequest request(Call.Builder call) {
        return HttpRequest.newBuilder(api).header("Content-Type", "application/x-protobuf")
                .header("Accept", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(call.build().toByteArray())).build();
    }

    private void note(String name, String text) throws IOException {
        Files.writeString(sandbox.resolve(name), text + "\n");
    }

    /** One RecordIO record: its length in decimal, a newline, then that many bytes; null at the end. */
    private static byte[] next(InputStream in) throws IOException {
        ByteArrayOutputStream length = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return null;
            }
            length.write(c);
        }
        return in.readNBytes(Integer.parseInt(length.toString(StandardCharsets.US_ASCII)));
    }
}
