package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressScopeTest {

  @ParameterizedTest
  @CsvSource({
    "8.8.8.8, PUBLIC",
    "93.184.216.34, PUBLIC",
    "0.0.0.0, UNSPECIFIED",
    "0.1.2.3, RESERVED",
    "127.0.0.1, LOOPBACK",
    "127.255.255.254, LOOPBACK",
    "9.255.255.255, PUBLIC",
    "10.0.0.0, PRIVATE",
    "10.255.255.255, PRIVATE",
    "11.0.0.0, PUBLIC",
    "172.15.255.255, PUBLIC",
    "172.16.0.0, PRIVATE",
    "172.31.255.255, PRIVATE",
    "172.32.0.0, PUBLIC",
    "192.167.255.255, PUBLIC",
    "192.168.0.1, PRIVATE",
    "192.169.0.0, PUBLIC",
    "100.63.255.255, PUBLIC",
    "100.64.0.0, CARRIER_GRADE_NAT",
    "100.127.255.255, CARRIER_GRADE_NAT",
    "100.128.0.0, PUBLIC",
    "169.253.255.255, PUBLIC",
    "169.254.169.254, LINK_LOCAL",
    "169.255.0.0, PUBLIC",
    "223.255.255.255, PUBLIC",
    "224.0.0.1, MULTICAST",
    "239.255.255.255, MULTICAST",
    "240.0.0.1, RESERVED",
    "255.255.255.255, RESERVED",
    "::, UNSPECIFIED",
    "::1, LOOPBACK",
    "2606:2800:220:1:248:1893:25c8:1946, PUBLIC",
    "3fff::1, PUBLIC",
    "4000::1, RESERVED",
    "fbff::1, RESERVED",
    "fc00::1, PRIVATE",
    "fdff:ffff::1, PRIVATE",
    "fe80::1, LINK_LOCAL",
    "febf::1, LINK_LOCAL",
    "fec0::1, PRIVATE",
    "ff02::1, MULTICAST",
    "64:ff9b::a00:1, PRIVATE",
    "64:ff9b::808:808, PUBLIC",
    "2002:7f00:1::1, LOOPBACK",
    "2002:808:808::1, PUBLIC",
    "::a00:1, PRIVATE",
  })
  void classifiesAddresses(String literal, AddressScope expected) throws Exception {
    assertThat(AddressScope.of(InetAddress.getByName(literal))).isEqualTo(expected);
  }

  @Test
  void ipv4MappedIpv6AddressesTakeTheScopeOfTheirIpv4Address() throws Exception {
    // InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address; build a true IPv6 one.
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 10;
    mapped[15] = 1;
    byte[] mappedPublic = mapped.clone();
    mappedPublic[12] = 8;

    assertThat(AddressScope.of(Inet6Address.getByAddress(null, mapped, -1)))
        .isEqualTo(AddressScope.PRIVATE);
    assertThat(AddressScope.of(Inet6Address.getByAddress(null, mappedPublic, -1)))
        .isEqualTo(AddressScope.PUBLIC);
  }
}
