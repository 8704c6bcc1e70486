package newsdesk.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the fetcher may connect to: public unicast only, unless the admin allowed a private
 * network. A feed or a clipped URL is chosen by whoever typed it, so without this a URL could reach the
 * machine's own services (databases, admin ports) or the cloud metadata address.
 */
final class AddressRules {

    /** Blocks of IPv4 that are not the public internet (RFC 6890 and friends). */
    private static final List<Cidr> NOT_PUBLIC_V4 = List.of(
            Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"),
            Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.0.0.0/24"), Cidr.parse("192.0.2.0/24"), Cidr.parse("192.88.99.0/24"),
            Cidr.parse("192.168.0.0/16"), Cidr.parse("198.18.0.0/15"), Cidr.parse("198.51.100.0/24"),
            Cidr.parse("203.0.113.0/24"), Cidr.parse("224.0.0.0/4"), Cidr.parse("240.0.0.0/4"));

    /** IPv6 blocks that are not global unicast, beside those InetAddress already names. */
    private static final List<Cidr> NOT_PUBLIC_V6 = List.of(
            Cidr.parse("::/96"), Cidr.parse("::ffff:0:0:0/96"), Cidr.parse("64:ff9b:1::/48"), Cidr.parse("100::/64"),
            Cidr.parse("2001::/23"), Cidr.parse("2001:db8::/32"), Cidr.parse("3fff::/20"), Cidr.parse("5f00::/16"),
            Cidr.parse("fc00::/7"), Cidr.parse("fe80::/10"), Cidr.parse("fec0::/10"), Cidr.parse("ff00::/8"));

    private final List<Cidr> allowed;

    AddressRules(List<Cidr> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** True when the fetcher may connect to this address. */
    boolean permits(InetAddress address) {
        for (Cidr c : allowed) {
            if (c.contains(address)) {
                return true;
            }
        }
        return isPublic(address);
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address) {
            return NOT_PUBLIC_V4.stream().noneMatch(c -> c.contains(address));
        }
        Inet4Address embedded = embeddedIpv4((Inet6Address) address);
        if (embedded != null) {
            return isPublic(embedded);
        }
        return NOT_PUBLIC_V6.stream().noneMatch(c -> c.contains(address));
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) or 6to4
     * (2002:aabb:ccdd::) address, which would reach that IPv4 host. IPv4-compatible (::a.b.c.d) is
     * deprecated and blocked with the rest of ::/96.
     */
    private static Inet4Address embeddedIpv4(Inet6Address a) {
        byte[] b = a.getAddress();
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && b[10] == (byte) 0xff && b[11] == (byte) 0xff;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        try {
            if (mapped || nat64) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(new byte[] {b[2], b[3], b[4], b[5]});
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
        return null;
    }

    /** A network in CIDR notation, "192.168.1.0/24" or "fd00::/8"; a bare address is a /32 or /128. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String s = text.strip();
            int slash = s.indexOf('/');
            String host = slash < 0 ? s : s.substring(0, slash);
            // Only the full forms: InetAddress reads "192.168.1" as 192.168.0.1, and a dotted hex word as a host name.
            boolean v4 = host.matches("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
            boolean v6 = host.contains(":") && host.matches("[0-9a-fA-F:.]+");
            if (!v4 && !v6) {
                throw new IllegalArgumentException("not a network address: " + text + " (use a form like 192.168.1.0/24)");
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(host).getAddress(); // a literal: no name lookup
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not a network address: " + text);
            }
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a prefix length in " + text);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix length out of range in " + text);
            }
            return new Cidr(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
            } catch (UnknownHostException e) {
                return "?/" + prefix;
            }
        }
    }
}
