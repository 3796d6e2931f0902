package dev.cncfcontrib.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * A resolver for tests that never asks a real one: "localhost" and names ending in ".test" are the loopback
 * address, everything else does not exist. No request of a test can leave the machine.
 */
public final class LoopbackDns implements Dns {

    /** Fails every name, as on a machine without network. */
    public static final Dns NOTHING_RESOLVES = hostname -> {
        throw new UnknownHostException(hostname + ": no network in this test");
    };

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        if (hostname.equals("localhost") || hostname.endsWith(".test")) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        throw new UnknownHostException(hostname + ": not a test host");
    }

    public static Network network() {
        return Network.withDns(new LoopbackDns());
    }
}
