package io.osmos.agent.hooks;

import io.osmos.api.hook.AgentHook;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One registered hook with what orders it and what names it in logs and metrics.
 *
 * @param name its {@code osmos.module.name}, else its class name
 * @param origin the bundle that supplied it, symbolic name and version
 * @param busy true while a call of it runs on a hook thread
 */
record RankedHook(AgentHook hook, int ranking, long serviceId, String name, String origin, AtomicBoolean busy) {
}
