package io.osmos.api.allocator.callback;

import io.osmos.api.resources.Resources;
import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where an allocator sends its decisions: the master turns them into offers and sends them to the
 * framework. Implemented by the master and handed to the allocator in
 * {@link io.osmos.api.allocator.Allocator#initialize}.
 */
@ProviderType
public interface OfferCallback {

    /**
     * Called by the allocator, from any thread, when it allocates resources to a framework. Returns at
     * once: the master copies the arguments and handles them later on its own actor, so the allocator
     * may call this while holding its own locks. Never throws.
     *
     * <p>Resources the master cannot offer (the framework is gone or inactive, the agent was removed or
     * deactivated meanwhile) come straight back through
     * {@link io.osmos.api.allocator.Allocator#recoverResources} without a filter. After this allocator
     * has been swapped out, its callback ignores further calls.
     *
     * @param resources per role, per agent: what the framework is offered; each agent's resources
     *     carry their allocation role
     */
    void offers(FrameworkID frameworkId, Map<String, Map<AgentID, Resources>> resources);

    /**
     * Called by the allocator, from any thread, when it failed on its own thread (an event it could not
     * handle, an allocation run that threw), so that what it knows may no longer match what the master
     * knows. Returns at once; never throws. The master counts and logs the failure and, as when a call
     * into the allocator throws, replaces the allocator in use with another registered one, seeded from
     * the master's state. After this allocator has been swapped out, further calls are only counted.
     *
     * @since 1.1
     */
    default void failed(Throwable cause) {
    }
}
