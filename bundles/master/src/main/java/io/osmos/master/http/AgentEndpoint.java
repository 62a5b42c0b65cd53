package io.osmos.master.http;

import io.osmos.master.core.Master;
import io.osmos.protocol.internal.Internal.AgentCall;
import io.osmos.runtime.http.BadRequestException;
import io.osmos.runtime.http.Codec;
import io.osmos.runtime.http.EventStream;
import io.osmos.runtime.http.HttpExchange;
import io.osmos.runtime.http.whiteboard.HttpEndpoint;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /api/v1/agent}, Osmos's master-agent protocol: REGISTER and REREGISTER open the
 * agent's event stream, every other call is answered 202 (or refused, telling the agent to
 * reregister).
 */
public final class AgentEndpoint implements HttpEndpoint {
    public static final String PATH = "/api/v1/agent";

    private final Master master;

    public AgentEndpoint(Master master) {
        this.master = master;
    }

    @Override
    public void handle(HttpExchange exchange) {
        Exchanges.requireMethod(exchange, "POST");
        AgentCall call = Codec.parse(exchange.body(), exchange.contentType(), AgentCall.getDefaultInstance());
        String invalid = validate(call);
        if (invalid != null) {
            throw new BadRequestException("Failed to validate AgentCall: " + invalid);
        }
        String streamId = exchange.header(SchedulerEndpoint.STREAM_ID);
        if (call.getType() != AgentCall.Type.REGISTER && call.getType() != AgentCall.Type.REREGISTER) {
            Exchanges.reply(master, exchange, master.agentCall(call, streamId));
            return;
        }
        String newStreamId = UUID.randomUUID().toString();
        EventStream stream = exchange.stream(200, Map.of(SchedulerEndpoint.STREAM_ID, newStreamId));
        if (call.getType() == AgentCall.Type.REGISTER) {
            master.registerAgent(call.getRegister(), stream, newStreamId);
        } else {
            master.reregisterAgent(call.getReregister(), stream, newStreamId);
        }
    }

    private static String validate(AgentCall call) {
        if (!call.hasType() || call.getType() == AgentCall.Type.UNKNOWN) {
            return "Expecting 'type' to be present";
        }
        return switch (call.getType()) {
            case REGISTER -> call.hasRegister() ? null : "Expecting 'register' to be present";
            case REREGISTER -> !call.hasReregister() ? "Expecting 'reregister' to be present"
                    : call.getReregister().getAgentInfo().hasId() ? null
                    : "Expecting 'reregister.agent_info.id' to be present";
            default -> !call.hasAgentId() ? "Expecting 'agent_id' to be present" : body(call);
        };
    }

    private static String body(AgentCall call) {
        return switch (call.getType()) {
            case STATUS_UPDATE -> call.hasStatusUpdate() ? null : "Expecting 'status_update' to be present";
            case EXITED_EXECUTOR -> call.hasExitedExecutor() ? null : "Expecting 'exited_executor' to be present";
            case EXECUTOR_MESSAGE -> call.hasExecutorMessage() ? null : "Expecting 'executor_message' to be present";
            default -> null;
        };
    }
}
