package io.osmos.runtime.internal.http;

/** What the HTTP server is told: where to listen, which endpoints are off, how big a body may be. */
public record ServerSettings(String ip, int port, FirewallRules firewallRules, int maxBodyBytes) {
    public static final int DEFAULT_PORT = 5050;
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

    public ServerSettings {
        if (ip == null || ip.isBlank()) {
            throw new IllegalArgumentException("ip must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("max_body_bytes must be positive, got " + maxBodyBytes);
        }
        firewallRules = firewallRules == null ? FirewallRules.NONE : firewallRules;
    }

    /** Loopback on a free port with the defaults: what tests want. */
    public static ServerSettings loopback() {
        return new ServerSettings("127.0.0.1", 0, FirewallRules.NONE, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerSettings withFirewallRules(FirewallRules rules) {
        return new ServerSettings(ip, port, rules, maxBodyBytes);
    }

    public ServerSettings withMaxBodyBytes(int max) {
        return new ServerSettings(ip, port, firewallRules, max);
    }
}
