package io.osmos.master.core;

import io.osmos.protocol.v1.Protos.Address;
import io.osmos.protocol.v1.Protos.MasterInfo;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Builds the MasterInfo frameworks and agents are told, from where the HTTP server listens. */
final class MasterInfos {
    private MasterInfos() {
    }

    static MasterInfo of(String id, String configuredHostname, InetSocketAddress listening) {
        InetAddress ip = advertised(listening.getAddress());
        String hostname = configuredHostname.isBlank() ? hostnameOf(ip) : configuredHostname;
        String ipText = ip.getHostAddress();
        int port = listening.getPort();
        return MasterInfo.newBuilder()
                .setId(id)
                .setIp(packed(ip))
                .setPort(port)
                .setPid("master@" + ipText + ":" + port)
                .setHostname(hostname)
                .setVersion(MasterVersion.MESOS_VERSION)
                .setAddress(Address.newBuilder().setHostname(hostname).setIp(ipText).setPort(port))
                .build();
    }

    // Listening on every interface says nothing about where to reach us: pick this host's address.
    private static InetAddress advertised(InetAddress bound) {
        if (!bound.isAnyLocalAddress()) {
            return bound;
        }
        try {
            return InetAddress.getLocalHost();
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    private static String hostnameOf(InetAddress ip) {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ip.getHostAddress();
        }
    }

    // Mesos stores the IPv4 address in network byte order inside a host integer, as old clients expect.
    private static int packed(InetAddress ip) {
        if (!(ip instanceof Inet4Address)) {
            return 0;
        }
        byte[] b = ip.getAddress();
        return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }
}
