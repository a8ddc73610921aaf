package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ReadMessagesTest {

  @Test
  void writesByteSizesForPeople() {
    assertThat(ReadMessages.byteSize(0)).isEqualTo("0 bytes");
    assertThat(ReadMessages.byteSize(1)).isEqualTo("1 byte");
    assertThat(ReadMessages.byteSize(1023)).isEqualTo("1023 bytes");
    assertThat(ReadMessages.byteSize(1536)).isEqualTo("1.5 KB");
    assertThat(ReadMessages.byteSize(1024 * 1024 - 1)).isEqualTo("1.0 MB");
    assertThat(ReadMessages.byteSize(10L * 1024 * 1024)).isEqualTo("10.0 MB");
    assertThat(ReadMessages.byteSize(3L * 1024 * 1024 * 1024)).isEqualTo("3.0 GB");
  }

  @Test
  void showsExactCountsWhenRoundingWouldHideTheDifference() {
    assertThat(ReadMessages.fileTooLarge(10L * 1024 * 1024 + 1, 10L * 1024 * 1024))
        .isEqualTo("file is 10485761 bytes, over the 10485760 bytes limit");
  }

  @Test
  void describesIoFailuresWithoutThePath() {
    assertThat(ReadMessages.ioReason(new AccessDeniedException("/x/y")))
        .isEqualTo("permission denied");
    assertThat(ReadMessages.ioReason(new NoSuchFileException("/x/y")))
        .isEqualTo("no such file or directory");
    assertThat(ReadMessages.ioReason(new FileSystemException("/x/y", null, "Is a directory")))
        .isEqualTo("is a directory");
    assertThat(ReadMessages.ioReason(new IOException("Stale NFS\nfile handle")))
        .isEqualTo("stale NFS file handle");
    assertThat(ReadMessages.ioReason(new IOException())).isEqualTo("i/o error (IOException)");
  }

  @Test
  void keepsAcronymsAtTheStart() {
    assertThat(ReadMessages.lowerFirst("UTF-8 error")).isEqualTo("UTF-8 error");
    assertThat(ReadMessages.lowerFirst("Bad thing")).isEqualTo("bad thing");
  }

  @Test
  void quotesValuesOnOneShortLine() {
    assertThat(ReadMessages.quote("two\nlines")).isEqualTo("'two lines'");
    assertThat(ReadMessages.quote("x".repeat(200))).hasSize(83).endsWith("…'");
  }
}
