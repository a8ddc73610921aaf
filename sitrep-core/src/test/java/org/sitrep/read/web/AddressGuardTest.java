package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  private final AddressGuard guard = new AddressGuard(false);

  @Test
  void refusesPrivateAddressNamingItAndTheWayOut() {
    assertThatThrownBy(() -> guard.check(URI.create("http://10.0.0.1/")))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "http://10.0.0.1/: refused: 10.0.0.1 is a private address"
                + " (use --allow-private to allow)");
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1/, 127.0.0.1 is a loopback address",
    "http://127.1.2.3:8080/x, 127.1.2.3 is a loopback address",
    "http://[::1]/, ::1 is a loopback address",
    "http://169.254.169.254/latest/meta-data/, 169.254.169.254 is a link-local address",
    "http://192.168.1.1/, 192.168.1.1 is a private address",
    "http://172.20.0.5/, 172.20.0.5 is a private address",
    "http://100.64.0.1/, 100.64.0.1 is a carrier-grade NAT address",
    "http://0.0.0.0/, 0.0.0.0 is an unspecified (any-local) address",
    "http://[::]/, :: is an unspecified (any-local) address",
    "http://224.0.0.1/, 224.0.0.1 is a multicast address",
    "http://[fd12:3456::1]/, fd12:3456::1 is a private address",
    "http://[fe80::1]/, fe80::1 is a link-local address",
    "http://[::ffff:10.0.0.1]/, ::ffff:10.0.0.1 is a private address",
    "http://[::ffff:127.0.0.1]/, ::ffff:127.0.0.1 is a loopback address",
  })
  void refusesNonPublicAddresses(String url, String reason) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(url + ": refused: " + reason);
  }

  @Test
  void refusesAHostNameThatResolvesToLoopback() {
    assertThatThrownBy(() -> guard.check(URI.create("http://localhost/")))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith("http://localhost/: refused: localhost resolves to ")
        .hasMessageContaining(", a loopback address");
  }

  @Test
  void refusesANameWhenAnyOfItsAddressesIsPrivate() {
    AddressGuard withFakeDns =
        new AddressGuard(
            false,
            address -> false,
            host -> new InetAddress[] {literal("93.184.216.34"), literal("10.1.2.3")});

    assertThatThrownBy(() -> withFakeDns.check(URI.create("https://mixed.example/")))
        .isInstanceOf(FetchException.class)
        .hasMessage(
            "https://mixed.example/: refused: mixed.example resolves to 10.1.2.3, a private"
                + " address (use --allow-private to allow)");
  }

  @Test
  void reportsAnUnknownHost() {
    AddressGuard withFakeDns =
        new AddressGuard(false, address -> false, host -> {
          throw new UnknownHostException(host);
        });

    assertThatThrownBy(() -> withFakeDns.check(URI.create("http://nowhere.invalid/a")))
        .isInstanceOf(FetchException.class)
        .hasMessage("http://nowhere.invalid/a: unknown host");
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://example.com/, scheme ftp is not http or https",
    "file:///etc/passwd, scheme file is not http or https",
    "javascript:alert(1), scheme javascript is not http or https",
    "/relative/path, not an absolute URL",
    "http:///no-host, no host",
  })
  void refusesWhatIsNotAnHttpUrl(String url, String reason) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(FetchException.class)
        .hasMessage(url + ": refused: " + reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://93.184.216.34/",
        "https://93.184.216.34:8443/news?id=1",
        "http://[2606:2800:220:1:248:1893:25c8:1946]/",
        "HTTP://8.8.8.8/"
      })
  void allowsPublicAddresses(String url) {
    assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
  }

  @Test
  void allowPrivateLetsLoopbackAndPrivateNetworksThrough() {
    AddressGuard trusting = new AddressGuard(true);

    assertThatCode(() -> {
      trusting.check(URI.create("http://127.0.0.1:8080/"));
      trusting.check(URI.create("http://localhost/"));
      trusting.check(URI.create("http://10.0.0.1/"));
    }).doesNotThrowAnyException();
  }

  @Test
  void allowPrivateStillRefusesOtherSchemes() {
    assertThatThrownBy(() -> new AddressGuard(true).check(URI.create("ftp://127.0.0.1/")))
        .hasMessage("ftp://127.0.0.1/: refused: scheme ftp is not http or https");
  }

  @Test
  void alsoAllowedLetsLoopbackThroughButStillRefusesOtherPrivateAddresses() {
    AddressGuard loopbackOnly = new AddressGuard(false, InetAddress::isLoopbackAddress);

    assertThatCode(() -> loopbackOnly.check(URI.create("http://127.0.0.1:9/")))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> loopbackOnly.check(URI.create("http://10.0.0.1/")))
        .hasMessageContaining("10.0.0.1 is a private address");
  }

  private static InetAddress literal(String address) {
    try {
      return InetAddress.getByName(address); // a literal: no DNS lookup
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
