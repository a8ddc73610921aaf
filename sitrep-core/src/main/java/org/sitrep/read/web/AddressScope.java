package org.sitrep.read.web;

import java.net.InetAddress;

/**
 * Where an IP address leads: the public internet, or somewhere a fetched URL must not reach
 * unless the user allows it.
 *
 * <p>IPv6 forms that carry an IPv4 address (IPv4-mapped {@code ::ffff:a.b.c.d}, the deprecated
 * IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96} and 6to4 {@code 2002::/16}) take
 * the scope of the IPv4 address they carry, because that is where a packet to them can end up.
 */
enum AddressScope {
  PUBLIC("a public address"),
  UNSPECIFIED("an unspecified (any-local) address"),
  LOOPBACK("a loopback address"),
  PRIVATE("a private address"),
  CARRIER_GRADE_NAT("a carrier-grade NAT address"),
  LINK_LOCAL("a link-local address"),
  MULTICAST("a multicast address"),
  RESERVED("a reserved address");

  private final String description;

  AddressScope(String description) {
    this.description = description;
  }

  /** How a message names this scope, e.g. {@code "a private address"}. */
  String description() {
    return description;
  }

  static AddressScope of(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 4 ? ofIpv4(bytes) : ofIpv6(bytes);
  }

  private static AddressScope ofIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0) {
      // 0.0.0.0 means "this host" when connected to; the rest of 0/8 is "this network".
      return isZero(b, 0, 4) ? UNSPECIFIED : RESERVED;
    }
    if (first == 127) {
      return LOOPBACK;
    }
    if (first == 10 || (first == 172 && (second & 0xf0) == 16) || (first == 192 && second == 168)) {
      return PRIVATE;
    }
    if (first == 100 && (second & 0xc0) == 64) {
      return CARRIER_GRADE_NAT;
    }
    if (first == 169 && second == 254) {
      return LINK_LOCAL;
    }
    if (first >= 224 && first <= 239) {
      return MULTICAST;
    }
    return first >= 240 ? RESERVED : PUBLIC;
  }

  private static AddressScope ofIpv6(byte[] b) {
    if (isZero(b, 0, 15)) {
      int last = b[15] & 0xff;
      return last == 0 ? UNSPECIFIED : last == 1 ? LOOPBACK : ofIpv4(copy(b, 12));
    }
    boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = isZero(b, 0, 12);
    boolean nat64 = (b[0] & 0xff) == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return ofIpv4(copy(b, 12));
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0x20 && second == 0x02) {
      return ofIpv4(copy(b, 2));
    }
    if ((first & 0xfe) == 0xfc) {
      return PRIVATE; // unique local, fc00::/7
    }
    if (first == 0xfe && (second & 0xc0) == 0x80) {
      return LINK_LOCAL;
    }
    if (first == 0xfe && (second & 0xc0) == 0xc0) {
      return PRIVATE; // site-local fec0::/10, deprecated but still routed by some networks
    }
    if (first == 0xff) {
      return MULTICAST;
    }
    // Only 2000::/3 is assigned as global unicast; the rest is reserved.
    return (first & 0xe0) == 0x20 ? PUBLIC : RESERVED;
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] copy(byte[] bytes, int from) {
    byte[] ipv4 = new byte[4];
    System.arraycopy(bytes, from, ipv4, 0, 4);
    return ipv4;
  }
}
