package io.osmos.agent.fetcher;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A {@code CommandInfo.URI} value read the way the Mesos fetcher reads it: {@code http://} and
 * {@code https://} are downloaded, {@code file://} and plain absolute paths are copied. Exactly one
 * of {@link #uri} and {@link #localPath} is set. {@link #basename} is the name the download gets in
 * the sandbox when no output_file is given; it is empty for a URL that names no file.
 */
record UriSource(String value, URI uri, Path localPath, String basename) {
    private static final String FILE_PREFIX = "file://";

    /** @throws FetchException naming the URI and what is wrong with it */
    static UriSource parse(String raw) {
        String value = raw == null ? "" : raw.stripLeading(); // Mesos trims leading whitespace too
        if (value.isEmpty()) {
            throw new FetchException(value, "the URI is empty");
        }
        if (value.indexOf('\\') >= 0 || value.indexOf('\'') >= 0 || value.indexOf('\0') >= 0) {
            throw new FetchException(value, "Illegal characters in URI");
        }
        if (value.startsWith(FILE_PREFIX)) {
            String path = value.substring(FILE_PREFIX.length());
            path = path.startsWith("localhost/") ? path.substring("localhost".length()) : path;
            if (!path.startsWith("/")) {
                throw new FetchException(value, "File URI only supports absolute paths");
            }
            return local(value, path);
        }
        int scheme = value.indexOf("://");
        if (scheme < 0) {
            if (!value.startsWith("/")) {
                throw new FetchException(value, "a relative path needs a frameworks home, which Osmos does not "
                        + "support: give an absolute path or a file:// URI");
            }
            return local(value, value);
        }
        String name = value.substring(0, scheme).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https")) {
            throw new FetchException(value, "the scheme '" + name + "' is not supported (http, https and file are)");
        }
        return remote(value);
    }

    boolean isLocal() {
        return localPath != null;
    }

    private static UriSource local(String value, String path) {
        Path file = Path.of(path).normalize();
        if (file.getFileName() == null) {
            throw new FetchException(value, "the path names no file");
        }
        return new UriSource(value, null, file, file.getFileName().toString());
    }

    private static UriSource remote(String value) {
        URI uri;
        try {
            uri = new URI(value);
            uri.toURL(); // the same checks an HTTP client makes, made before anything is fetched
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new FetchException(value, "Malformed URI: " + FetchException.reason(e));
        }
        if (uri.getHost() == null) {
            throw new FetchException(value, "Malformed URI (missing host)");
        }
        // Unlike Mesos, the query string is not part of the file name, so "app.tgz?sig=1" still unpacks.
        // An empty name is only an error when no output_file names the target (see FetchPlan).
        String path = uri.getPath() == null ? "" : uri.getPath();
        String basename = path.substring(path.lastIndexOf('/') + 1);
        return new UriSource(value, uri, null, basename);
    }
}
