package newsdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal); // literals only: no lookup leaves the machine
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
        "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1", "255.255.255.255", "192.0.2.7", "198.18.0.1",
        "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1",
        "::2", "::0.0.0.5", "::8.8.8.8", "64:ff9b:1::a9fe:a9fe", "2001::1", "2001:2::1", "3fff::1", "5f00::1"})
    void privateLoopbackLinkLocalAndReservedAddressesAreNotPublic(String literal) throws UnknownHostException {
        assertThat(AddressRules.isPublic(ip(literal))).as(literal).isFalse();
        assertThat(new AddressRules(List.of()).permits(ip(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
        "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void publicAddressesArePermitted(String literal) throws UnknownHostException {
        assertThat(AddressRules.isPublic(ip(literal))).as(literal).isTrue();
    }

    @Test
    void anAllowedNetworkOpensThatNetworkOnly() throws UnknownHostException {
        AddressRules rules = new AddressRules(List.of(AddressRules.Cidr.parse("192.168.10.0/23"),
                AddressRules.Cidr.parse("127.0.0.1")));

        assertThat(rules.permits(ip("192.168.10.20"))).isTrue();
        assertThat(rules.permits(ip("192.168.11.254"))).isTrue();
        assertThat(rules.permits(ip("192.168.12.1"))).isFalse();
        assertThat(rules.permits(ip("127.0.0.1"))).isTrue();
        assertThat(rules.permits(ip("127.0.0.2"))).isFalse();
        assertThat(rules.permits(ip("::1"))).isFalse();
    }

    @Test
    void aBadNetworkIsRefusedWhenThePolicyIsMade() {
        assertThatThrownBy(() -> FetchPolicy.defaults().withAllowedNetworks(List.of("intranet.local/24")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a network address");
        assertThatThrownBy(() -> FetchPolicy.defaults().withAllowedNetworks(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        // short forms InetAddress would read as another network (192.168.1 is 192.168.0.1), and dotted hex words
        for (String bad : List.of("192.168.1/24", "10.1/16", "dead.beef", "192.168.1.256/24", "0x7f.0.0.1")) {
            assertThatThrownBy(() -> AddressRules.Cidr.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a network address");
        }
    }

    @Test
    void aSizeLimitBeyondWhatMemoryShouldHoldIsRefused() {
        assertThatThrownBy(() -> FetchPolicy.defaults().withMaxBytes(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    }
}
