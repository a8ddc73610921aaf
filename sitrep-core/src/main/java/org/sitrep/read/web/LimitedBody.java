package org.sitrep.read.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A response body read up to a limit.
 *
 * @param bytes at most the limit's worth of bytes
 * @param truncated whether the body went on past the limit
 */
record LimitedBody(byte[] bytes, boolean truncated) {

  /**
   * Decodes a gzip body, keeping at most {@code limit} decoded bytes, so a small compressed body
   * cannot expand into gigabytes (a "gzip bomb").
   *
   * @throws IOException when the data is not valid gzip
   */
  LimitedBody gunzip(int limit) throws IOException {
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      while (decoded.size() < limit) {
        int read = in.read(buffer, 0, Math.min(buffer.length, limit - decoded.size()));
        if (read < 0) {
          return new LimitedBody(decoded.toByteArray(), truncated);
        }
        decoded.write(buffer, 0, read);
      }
      return new LimitedBody(decoded.toByteArray(), truncated || in.read() >= 0);
    } catch (EOFException e) {
      if (truncated) {
        return new LimitedBody(decoded.toByteArray(), true); // we cut the compressed stream short
      }
      throw e;
    }
  }
}
