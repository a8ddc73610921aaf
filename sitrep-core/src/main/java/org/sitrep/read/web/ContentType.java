package org.sitrep.read.web;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A Content-Type header read leniently: the media type and the charset parameter.
 *
 * @param mediaType lower-case, without parameters; null when the header is missing or empty
 * @param charset the declared charset; null when none is declared or this JVM does not know it
 */
record ContentType(String mediaType, Charset charset) {

  static ContentType parse(String header) {
    if (header == null) {
      return new ContentType(null, null);
    }
    String[] parts = header.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    Charset charset = null;
    for (int i = 1; i < parts.length && charset == null; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
        charset = charsetOrNull(unquote(parameter[1].strip()));
      }
    }
    return new ContentType(mediaType.isEmpty() ? null : mediaType, charset);
  }

  private static String unquote(String value) {
    boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    return quoted ? value.substring(1, value.length() - 1).strip() : value;
  }

  // Servers send made-up and misspelt names; the page's own <meta> is the better guide then.
  private static Charset charsetOrNull(String name) {
    try {
      return name.isEmpty() ? null : Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
