package io.osmos.master.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.osmos.protocol.v1.Protos.AgentID;
import io.osmos.protocol.v1.Protos.FrameworkID;
import io.osmos.protocol.v1.Protos.Offer;
import io.osmos.protocol.v1.Protos.OfferID;
import io.osmos.protocol.v1.Protos.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferValidatorTest {
    private static final FrameworkID MINE = FrameworkID.newBuilder().setValue("m-0000").build();
    private static final FrameworkID OTHER = FrameworkID.newBuilder().setValue("m-0001").build();

    private final Map<OfferID, Offer> outstanding = Map.of(
            id("O1"), offer("O1", MINE, "S1", "*"),
            id("O2"), offer("O2", MINE, "S1", "*"),
            id("O3"), offer("O3", MINE, "S2", "*"),
            id("O4"), offer("O4", OTHER, "S1", "*"),
            id("O5"), offer("O5", MINE, "S1", "web"));

    @Test
    void offersOfOneAgentAndRoleMadeToTheFrameworkAreAccepted() {
        assertEquals(Optional.empty(), validate(id("O1"), id("O2")));
    }

    @Test
    void anAcceptWithoutOffersIsRefused() {
        assertEquals(Optional.of("No offers specified"), validate());
    }

    @Test
    void anOfferListedTwiceIsRefused() {
        assertEquals(Optional.of("Duplicate offer O1 in offer list"), validate(id("O1"), id("O1")));
    }

    @Test
    void anOfferThatIsNotOutstandingIsRefused() {
        assertEquals(Optional.of("Offer O9 is no longer valid"), validate(id("O1"), id("O9")));
    }

    @Test
    void anOfferOfAnotherFrameworkIsRefused() {
        assertEquals(Optional.of("Offer O4 has invalid framework m-0001 while framework m-0000 is expected"),
                validate(id("O1"), id("O4")));
    }

    @Test
    void offersOnTwoAgentsAreRefused() {
        assertEquals(Optional.of("Aggregated offers must belong to one single agent. Offer O3 uses agent S2 and"
                + " agent S1"), validate(id("O1"), id("O3")));
    }

    @Test
    void offersOfTwoRolesAreRefused() {
        assertEquals(Optional.of("Aggregated offers must be allocated to the same role. Offer O5 uses role web and"
                + " offer O1 uses role *"), validate(id("O1"), id("O5")));
    }

    private Optional<String> validate(OfferID... ids) {
        return OfferValidator.validate(List.of(ids), MINE, outstanding::get);
    }

    private static OfferID id(String value) {
        return OfferID.newBuilder().setValue(value).build();
    }

    private static Offer offer(String id, FrameworkID framework, String agent, String role) {
        return Offer.newBuilder().setId(id(id)).setFrameworkId(framework)
                .setAgentId(AgentID.newBuilder().setValue(agent)).setHostname("h")
                .setAllocationInfo(Resource.AllocationInfo.newBuilder().setRole(role)).build();
    }
}
