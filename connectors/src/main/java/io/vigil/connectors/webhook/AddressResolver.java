package io.vigil.connectors.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to all its addresses; the system resolver in production, a fixed table in tests. */
@FunctionalInterface
public interface AddressResolver {

    AddressResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
