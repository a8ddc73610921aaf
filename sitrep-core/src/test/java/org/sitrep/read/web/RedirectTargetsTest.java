package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectTargetsTest {

  @ParameterizedTest
  @CsvSource({
    "http://example.com/a/b, /c, http://example.com/c",
    "http://example.com/a/b, c, http://example.com/a/c",
    "http://example.com/a/b/, ../c?x=1, http://example.com/a/c?x=1",
    "http://example.com/a/b, //cdn.example.net/c, http://cdn.example.net/c",
    "http://example.com/a/b, https://example.org/, https://example.org/",
    "http://example.com, a, http://example.com/a",
    "http://example.com/list/page?p=1, ?p=2, http://example.com/list/page?p=2",
    "http://example.com, ?p=2, http://example.com/?p=2",
    "https://example.com:8443/a, b, https://example.com:8443/b",
  })
  void locationsResolveAgainstTheUrlThatAnswered(String base, String location, String expected)
      throws Exception {
    assertThat(RedirectTargets.resolve(URI.create(base), location)).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "http://example.com/a#top, http://example.com/a",
    "http://example.com/a?q=1#x, http://example.com/a?q=1",
    "http://example.com/a, http://example.com/a",
  })
  void fragmentsAreDropped(String uri, String expected) {
    assertThat(RedirectTargets.withoutFragment(URI.create(uri))).isEqualTo(URI.create(expected));
  }
}
