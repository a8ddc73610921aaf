package org.sitrep.read;

import java.util.Objects;

/**
 * An input that could not be read as an article, or a part of one that was dropped.
 *
 * <p>{@link Severity#ERROR} means no article came from {@code origin}; {@link Severity#WARNING}
 * means the article was read but something in it was ignored (e.g. an unparsable date).
 *
 * @param origin the file, or {@code path:line}
 * @param reason what is wrong, in a few words a user can act on
 */
public record ReadProblem(String origin, String reason, Severity severity) implements ReadItem {

  /** How bad a problem is. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public ReadProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(severity, "severity");
  }

  public static ReadProblem error(String origin, String reason) {
    return new ReadProblem(origin, reason, Severity.ERROR);
  }

  public static ReadProblem warning(String origin, String reason) {
    return new ReadProblem(origin, reason, Severity.WARNING);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one line printed for this problem, e.g. {@code "notes.bin: not UTF-8 text (binary file?)"}. */
  @Override
  public String toString() {
    return (severity == Severity.WARNING ? "warning: " : "") + origin + ": " + reason;
  }
}
