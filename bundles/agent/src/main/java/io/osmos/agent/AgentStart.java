package io.osmos.agent;

import io.osmos.agent.containerizer.Containerizer;
import io.osmos.runtime.actor.Actor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The order an agent starts in: its containerizers must be ready first (the isolators --isolation
 * names registered, docker answering), because recovery hands them their containers; then recovery,
 * and only then the master.
 */
final class AgentStart {
    private AgentStart() {
    }

    static CompletableFuture<Void> start(Actor actor, Containerizer containerizer,
            Supplier<CompletionStage<Void>> recover, Runnable connect) {
        return containerizer.ready()
                .thenCompose(ready -> actor.askAsync(recover))
                .thenRun(() -> actor.tell(connect));
    }
}
