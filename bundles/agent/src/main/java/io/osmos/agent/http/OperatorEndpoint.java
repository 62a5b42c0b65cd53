package io.osmos.agent.http;

import io.osmos.agent.Agent;
import io.osmos.agent.view.Containers;
import io.osmos.agent.view.OperatorViews;
import io.osmos.agent.view.SandboxFiles;
import io.osmos.protocol.v1.agent.Protos.Call;
import io.osmos.protocol.v1.agent.Protos.Response;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import io.osmos.runtime.metrics.MetricsSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code POST <http_prefix>/api/v1}, the agent's Mesos v1 operator API for the read calls: a Call in
 * JSON or protobuf, a Response in the encoding the client accepts. Calls that change something, and
 * standalone containers, are refused with 501 naming the call.
 */
final class OperatorEndpoint implements HttpEndpoint {
    private final Agent agent;
    private final Executor io;
    private final MetricsSources others;

    OperatorEndpoint(Agent agent, Executor io, MetricsSources others) {
        this.agent = agent;
        this.io = io;
        this.others = others;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "POST");
        Call call = Codec.parse(exchange.body(), exchange.contentType(), Call.getDefaultInstance());
        exchange.accept(); // 406 now, before any work, when neither encoding is acceptable
        Exchanges.answer(exchange, answer(call), response -> exchange.respond(200, response));
    }

    private CompletableFuture<Response> answer(Call call) {
        return switch (call.getType()) {
            case GET_HEALTH -> CompletableFuture.completedFuture(OperatorViews.health());
            case GET_VERSION -> CompletableFuture.completedFuture(OperatorViews.version());
            case GET_FLAGS -> agent.read(OperatorViews::flags);
            case GET_METRICS -> AgentEndpoints.metrics(agent, others).thenApply(OperatorViews::metrics);
            case GET_STATE -> agent.read(OperatorViews::state);
            case GET_FRAMEWORKS -> agent.read(OperatorViews::frameworksResponse);
            case GET_EXECUTORS -> agent.read(OperatorViews::executorsResponse);
            case GET_TASKS -> agent.read(OperatorViews::tasksResponse);
            case GET_CONTAINERS -> agent.read(view -> Containers.of(view, call.getGetContainers().getShowNested()))
                    .thenCompose(containers -> containers);
            case LIST_FILES -> files(call.hasListFiles(), "list_files", files -> files.list(
                    call.getListFiles().getPath()));
            case READ_FILE -> files(call.hasReadFile(), "read_file", files -> files.read(call.getReadFile().getPath(),
                    call.getReadFile().getOffset(), call.getReadFile().hasLength() ? call.getReadFile().getLength() : -1));
            case UNKNOWN -> throw new BadRequestException("Failed to validate agent::Call: Expecting 'type' to be present");
            default -> throw new BadRequestException(501, "The agent does not implement " + call.getType()
                    + "; it answers the read calls GET_HEALTH, GET_FLAGS, GET_VERSION, GET_METRICS, GET_STATE, "
                    + "GET_CONTAINERS, GET_FRAMEWORKS, GET_EXECUTORS, GET_TASKS, LIST_FILES and READ_FILE");
        };
    }

    private interface FileCall {
        Response on(SandboxFiles files) throws IOException;
    }

    private CompletableFuture<Response> files(boolean present, String field, FileCall call) {
        if (!present) {
            throw new BadRequestException("Failed to validate agent::Call: Expecting '" + field + "' to be present");
        }
        return agent.read(SandboxFiles::of).thenApplyAsync(files -> {
            try {
                return call.on(files);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sandbox: " + e.getMessage(), e);
            }
        }, io);
    }
}
