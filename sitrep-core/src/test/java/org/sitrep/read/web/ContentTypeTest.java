package org.sitrep.read.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void readsTheMediaTypeInLowerCaseAndTheCharset() {
    ContentType type = ContentType.parse("Text/HTML; Charset=ISO-8859-1");

    assertThat(type.mediaType()).isEqualTo("text/html");
    assertThat(type.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void findsTheCharsetAmongOtherParametersAndInQuotes() {
    ContentType type = ContentType.parse("application/rss+xml ; q=1 ; charset=\"utf-8\"");

    assertThat(type.mediaType()).isEqualTo("application/rss+xml");
    assertThat(type.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void noCharsetOrAnUnknownOneIsNull() {
    assertThat(ContentType.parse("text/html").charset()).isNull();
    assertThat(ContentType.parse("text/html; charset=x-no-such-charset").charset()).isNull();
    assertThat(ContentType.parse("text/html; charset=bad name!").charset()).isNull();
    assertThat(ContentType.parse("text/html; charset=").charset()).isNull();
  }

  @Test
  void aMissingOrEmptyHeaderHasNoMediaType() {
    assertThat(ContentType.parse(null)).isEqualTo(new ContentType(null, null));
    assertThat(ContentType.parse("  ").mediaType()).isNull();
  }
}
