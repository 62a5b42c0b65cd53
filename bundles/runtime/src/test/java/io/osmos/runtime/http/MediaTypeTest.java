package io.osmos.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MediaTypeTest {
    @Test
    void negotiationPrefersJsonAsMesosDoes() {
        assertEquals(MediaType.JSON, MediaType.negotiate(null));
        assertEquals(MediaType.JSON, MediaType.negotiate(""));
        assertEquals(MediaType.JSON, MediaType.negotiate("*/*"));
        assertEquals(MediaType.JSON, MediaType.negotiate("application/*"));
        assertEquals(MediaType.JSON, MediaType.negotiate("application/json"));
        assertEquals(MediaType.JSON, MediaType.negotiate("application/x-protobuf, application/json"));
        assertEquals(MediaType.PROTOBUF, MediaType.negotiate("application/x-protobuf"));
        assertEquals(MediaType.PROTOBUF, MediaType.negotiate("Application/X-Protobuf; q=0.9"));
        assertEquals(MediaType.PROTOBUF, MediaType.negotiate("application/json;q=0, */*"));
    }

    @Test
    void anAcceptHeaderAllowingNeitherIs406() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> MediaType.negotiate("text/html"));
        assertEquals(406, e.status());
        assertEquals("Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'", e.getMessage());
        assertEquals(406, assertThrows(BadRequestException.class,
                () -> MediaType.negotiate("application/json;q=0")).status());
    }

    @Test
    void contentTypeIgnoresParametersAndCase() {
        assertEquals(MediaType.JSON, MediaType.ofContentType("application/json; charset=utf-8"));
        assertEquals(MediaType.PROTOBUF, MediaType.ofContentType("APPLICATION/X-PROTOBUF"));
    }

    @Test
    void anUnsupportedContentTypeIs415AndAMissingOneIs400() {
        BadRequestException unsupported = assertThrows(BadRequestException.class,
                () -> MediaType.ofContentType("text/plain"));
        assertEquals(415, unsupported.status());
        assertEquals("Expecting 'Content-Type' of application/json or application/x-protobuf",
                unsupported.getMessage());
        BadRequestException missing = assertThrows(BadRequestException.class, () -> MediaType.ofContentType(null));
        assertEquals(400, missing.status());
        assertEquals("Expecting 'Content-Type' to be present", missing.getMessage());
    }
}
