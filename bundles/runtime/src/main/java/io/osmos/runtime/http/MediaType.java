package io.osmos.runtime.http;

import io.osmos.runtime.internal.codec.AcceptHeader;
import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/** The two encodings of the Mesos v1 HTTP APIs. */
@ProviderType
public enum MediaType {
    JSON("application/json"),
    PROTOBUF("application/x-protobuf");

    private final String contentType;

    MediaType(String contentType) {
        this.contentType = contentType;
    }

    /** The media type as written in Content-Type and Accept headers. */
    public String contentType() {
        return contentType;
    }

    /**
     * The response encoding for an Accept header, as Mesos chooses it: JSON when JSON is acceptable
     * (also for a missing header or a wildcard), else protobuf when that is acceptable.
     *
     * @throws BadRequestException 406 Not Acceptable when the header allows neither
     */
    public static MediaType negotiate(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return JSON;
        }
        AcceptHeader accept = AcceptHeader.parse(acceptHeader);
        if (accept.accepts(JSON.contentType)) {
            return JSON;
        }
        if (accept.accepts(PROTOBUF.contentType)) {
            return PROTOBUF;
        }
        throw new BadRequestException(406, "Expecting 'Accept' to allow '" + PROTOBUF.contentType + "' or '"
                + JSON.contentType + "'");
    }

    /**
     * The request encoding named by a Content-Type header; parameters such as charset are ignored.
     *
     * @throws BadRequestException 400 when the header is missing, 415 Unsupported Media Type when it
     *     names neither encoding
     */
    public static MediaType ofContentType(String contentTypeHeader) {
        if (contentTypeHeader == null || contentTypeHeader.isBlank()) {
            throw new BadRequestException("Expecting 'Content-Type' to be present");
        }
        int semicolon = contentTypeHeader.indexOf(';');
        String bare = (semicolon < 0 ? contentTypeHeader : contentTypeHeader.substring(0, semicolon))
                .trim().toLowerCase(Locale.ROOT);
        for (MediaType type : values()) {
            if (type.contentType.equals(bare)) {
                return type;
            }
        }
        throw new BadRequestException(415, "Expecting 'Content-Type' of " + JSON.contentType + " or "
                + PROTOBUF.contentType);
    }
}
