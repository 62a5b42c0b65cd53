package io.osmos.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModulesTest {

    @Test
    void filterSelectsTheNamedModule() {
        assertEquals("(osmos.module.name=hierarchical)", Modules.filter("hierarchical"));
        assertEquals("(osmos.module.name=posix/cpu)", Modules.filter("posix/cpu"));
    }

    @Test
    void filterEscapesWhatLdapReserves() {
        assertEquals("(osmos.module.name=a\\(b\\)\\*\\\\)", Modules.filter("a(b)*\\"));
    }

    @Test
    void blankNameIsRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Modules.filter(" "));
        assertEquals("module name must not be blank", e.getMessage());
    }
}
