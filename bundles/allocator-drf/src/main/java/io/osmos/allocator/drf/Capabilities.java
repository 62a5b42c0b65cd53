package io.osmos.allocator.drf;

import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.Protos.FrameworkInfo.Capability;

/**
 * The framework capabilities the allocator acts on. {@link #strip()} is a small number naming what must
 * be taken out of an offer for such a framework, so offers can be cached per kind of framework.
 */
record Capabilities(boolean multiRole, boolean revocable, boolean gpus, boolean shared, boolean refinement) {

    static Capabilities of(FrameworkInfo info) {
        boolean multiRole = false;
        boolean revocable = false;
        boolean gpus = false;
        boolean shared = false;
        boolean refinement = false;
        for (Capability capability : info.getCapabilitiesList()) {
            switch (capability.getType()) {
                case MULTI_ROLE -> multiRole = true;
                case REVOCABLE_RESOURCES -> revocable = true;
                case GPU_RESOURCES -> gpus = true;
                case SHARED_RESOURCES -> shared = true;
                case RESERVATION_REFINEMENT -> refinement = true;
                default -> {
                    // the others do not change what may be offered
                }
            }
        }
        return new Capabilities(multiRole, revocable, gpus, shared, refinement);
    }

    /** Bits for the resource kinds this framework cannot take: 1 revocable, 2 shared, 4 refined. */
    int strip() {
        return (revocable ? 0 : 1) | (shared ? 0 : 2) | (refinement ? 0 : 4);
    }
}
