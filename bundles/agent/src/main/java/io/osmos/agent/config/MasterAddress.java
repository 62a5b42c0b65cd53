package io.osmos.agent.config;

import java.net.URI;

/**
 * Where the leading master is, found by standalone detection: the {@code --master} flag names it
 * directly as {@code host:port}. Port 0 stands for this process's own HTTP server, which is how
 * {@code osmos local} started with {@code --port=0} points its agent at its master.
 */
public record MasterAddress(String host, int port) {
    public MasterAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("master host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("master port must be between 0 and 65535, got " + port);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with the flag */
    public static MasterAddress parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("master is required: the leading master as host:port");
        }
        if (value.startsWith("zk://") || value.startsWith("file://") || value.startsWith("etcd://")) {
            throw new IllegalArgumentException("master '" + value + "' needs a master detector that is not "
                    + "available yet; only standalone detection (host:port) is supported");
        }
        if (value.startsWith("http://")) {
            value = value.substring("http://".length());
        }
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("master '" + text + "' must be host:port, e.g. 10.0.0.1:5050");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new MasterAddress(host, Integer.parseInt(value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("master '" + text + "' has no valid port: must be host:port");
        }
    }

    /** This address with port 0 replaced by the local HTTP server's port. */
    public MasterAddress resolve(int localPort) {
        return port == 0 ? new MasterAddress(host, localPort) : this;
    }

    /** The master's agent endpoint. */
    public URI agentApi() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port + "/api/v1/agent");
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
