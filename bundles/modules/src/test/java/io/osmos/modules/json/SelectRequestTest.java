package io.osmos.modules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.osmos.modules.view.SelectionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectRequestTest {
    @Test
    void kindAndNameAsTheEndpointDocumentsThem() throws SelectionException {
        SelectRequest request = SelectRequest.parse("{\"kind\":\"allocator\",\"name\":\"hierarchical\"}");
        assertEquals("allocator", request.kind());
        assertEquals(List.of("hierarchical"), request.names());
    }

    @Test
    void severalNamesAsACommaListOrAnArray() throws SelectionException {
        assertEquals(List.of("a", "b"), SelectRequest.parse("{\"kind\":\"master_hook\",\"name\":\"a, b\"}").names());
        assertEquals(List.of("a", "b"), SelectRequest.parse("{\"kind\":\"master_hook\",\"name\":[\"a\",\"b\"]}").names());
    }

    @Test
    void aBodyThatIsNotAnObjectOrHasNoNameIsABadRequest() {
        SelectionException notJson = assertThrows(SelectionException.class, () -> SelectRequest.parse("kind=allocator"));
        assertEquals(400, notJson.status());
        SelectionException noName = assertThrows(SelectionException.class,
                () -> SelectRequest.parse("{\"kind\":\"allocator\"}"));
        assertEquals(400, noName.status());
        assertTrue(noName.getMessage().startsWith("'name' is missing"), noName.getMessage());
        assertEquals(400, assertThrows(SelectionException.class,
                () -> SelectRequest.parse("{\"kind\":7,\"name\":\"x\"}")).status());
    }
}
