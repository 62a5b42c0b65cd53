package io.osmos.api.state.variable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariableTest {

    @Test
    void mutateKeepsNameAndVersionAndChangesTheValue() {
        UUID version = UUID.randomUUID();
        Variable fetched = Variable.of("registry", version, new byte[0]);

        Variable mutated = fetched.mutate("agents".getBytes(StandardCharsets.UTF_8));

        assertEquals("registry", mutated.name());
        assertEquals(version, mutated.version());
        assertArrayEquals("agents".getBytes(StandardCharsets.UTF_8), mutated.value());
        assertArrayEquals(new byte[0], fetched.value());
        assertNotEquals(fetched, mutated);
    }

    @Test
    void bytesPassedToMutateAreCopied() {
        byte[] value = {1, 2, 3};
        Variable variable = Variable.of("registry", UUID.randomUUID(), new byte[0]).mutate(value);

        value[0] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, variable.value());
    }
}
