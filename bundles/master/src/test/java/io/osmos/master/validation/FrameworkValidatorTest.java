package io.osmos.master.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.FrameworkInfo;
import io.osmos.protocol.v1.scheduler.Protos.OfferConstraints;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FrameworkInfo checks on SUBSCRIBE and UPDATE_FRAMEWORK, with Mesos's messages. */
class FrameworkValidatorTest {
    private static final FrameworkInfo MULTI = FrameworkInfo.newBuilder().setUser("u").setName("n")
            .addCapabilities(FrameworkInfo.Capability.newBuilder().setType(FrameworkInfo.Capability.Type.MULTI_ROLE))
            .build();

    @Test
    void rolesIdsAndTimeoutsAreCheckedAsMesosDoes() {
        assertEquals("'FrameworkInfo.roles' contains duplicate items: { a }",
                FrameworkValidator.validate(MULTI.toBuilder().addRoles("a").addRoles("a").build()).orElseThrow());
        assertEquals("'FrameworkInfo.role' must not be set when the framework is MULTI_ROLE capable",
                FrameworkValidator.validate(MULTI.toBuilder().setRole("a").build()).orElseThrow());
        assertEquals("'FrameworkInfo.roles' contains invalid role: Role '/a' cannot start or end with a slash",
                FrameworkValidator.validate(MULTI.toBuilder().addRoles("/a").build()).orElseThrow());
        assertEquals("'a/b' contains invalid characters", FrameworkValidator.validate(MULTI.toBuilder()
                .setId(FrameworkID.newBuilder().setValue("a/b")).build()).orElseThrow());
        assertEquals("The framework failover_timeout (NaN) is invalid",
                FrameworkValidator.validate(MULTI.toBuilder().setFailoverTimeout(Double.NaN).build()).orElseThrow());
    }

    @Test
    void anUpdateKeepsPrincipalUserAndCheckpointing() {
        assertEquals("Changing framework's principal is not allowed.",
                FrameworkValidator.validateUpdate(MULTI, MULTI.toBuilder().setPrincipal("p").build()).orElseThrow());
        assertEquals("Updating 'FrameworkInfo.checkpoint' is unsupported; attempted to update from 'false' to 'true'",
                FrameworkValidator.validateUpdate(MULTI, MULTI.toBuilder().setCheckpoint(true).build()).orElseThrow());
        assertEquals("Offer constraints specify `role_constraints` for a role 'x'not contained in the set of roles",
                FrameworkValidator.options(MULTI.toBuilder().addRoles("a").build(), List.of(), OfferConstraints
                        .newBuilder().putRoleConstraints("x", OfferConstraints.RoleConstraints.getDefaultInstance())
                        .build()).orElseThrow());
    }
}
