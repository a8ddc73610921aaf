package org.sitrep.read;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Turns one input path into the files to read, or the problems that prevent it. */
final class InputExpander {

  static final String EMPTY_DIRECTORY = "no .txt, .md, .jsonl, .html, .warc or feed files in directory";

  private InputExpander() {}

  /**
   * The entries for {@code input}: the file itself, or for a directory the files under it (see
   * {@link #expandDirectory}); never throws for a bad path.
   */
  static List<InputEntry> expand(Path input) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(input, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return List.of(problem(input, missingReason(input)));
    } catch (IOException e) {
      return List.of(problem(input, "cannot read: " + ReadMessages.ioReason(e)));
    }
    if (attributes.isDirectory()) {
      return expandDirectory(input);
    }
    if (!attributes.isRegularFile()) {
      // Devices and pipes could block or never end.
      return List.of(problem(input, "not a regular file or directory"));
    }
    return List.of(new InputEntry.FileToRead(input, InputFormat.ofNamedFile(input)));
  }

  /**
   * The files under {@code directory} with a known extension, recursively, following symbolic
   * links, skipping hidden files and directories (name starting with {@code .}), sorted by their
   * path relative to {@code directory} so that every run reads them in the same order. Problems
   * met on the way (unreadable subdirectories, broken links) take the place of the files they hide.
   */
  static List<InputEntry> expandDirectory(Path directory) {
    List<SortableEntry> found = new ArrayList<>();
    Collector collector = new Collector(directory, found);
    try {
      Files.walkFileTree(
          directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
    } catch (IOException e) {
      // The walk hands I/O failures to the collector, which never throws; this is a safety net.
      found.add(
          new SortableEntry("", problem(directory, "cannot read: " + ReadMessages.ioReason(e))));
    }
    found.sort(Comparator.comparing(SortableEntry::key));
    if (found.stream().noneMatch(InputExpander::readsOrExplains)) {
      // Warnings alone (a skipped link loop) do not tell the user that nothing will be read.
      found.add(new SortableEntry("", problem(directory, EMPTY_DIRECTORY)));
    }
    return found.stream().map(SortableEntry::entry).toList();
  }

  /** Whether the entry is a file to read or an error that says why there is none. */
  private static boolean readsOrExplains(SortableEntry found) {
    return found.entry() instanceof InputEntry.FileToRead
        || (found.entry() instanceof InputEntry.Problem problem && problem.problem().isError());
  }

  private static String missingReason(Path input) {
    return Files.isSymbolicLink(input)
        ? "no such file or directory (broken symbolic link)"
        : "no such file or directory";
  }

  private static InputEntry problem(Path path, String reason) {
    return new InputEntry.Problem(ReadProblem.error(path.toString(), reason));
  }

  /** An entry and its sort key, the relative path with {@code /} separators on every system. */
  private record SortableEntry(String key, InputEntry entry) {}

  /** Walks one directory tree, adding what it finds. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<SortableEntry> found;

    Collector(Path root, List<SortableEntry> found) {
      this.root = root;
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      InputFormat format = InputFormat.ofFileInDirectory(file).orElse(null);
      if (format == null) {
        return FileVisitResult.CONTINUE;
      }
      if (attributes.isRegularFile()) {
        add(file, new InputEntry.FileToRead(file, format));
      } else if (attributes.isSymbolicLink() && !Files.exists(file)) {
        // Following links, the walk reports a link as a link only when its target is gone.
        add(file, problem(file, "no such file or directory (broken symbolic link)"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (e instanceof FileSystemLoopException) {
        // The files in the loop are read on the other way in; only the repetition is skipped.
        add(
            file,
            new InputEntry.Problem(
                ReadProblem.warning(
                    file.toString(), "skipped: symbolic link loops back to a parent directory")));
      } else if (Files.isDirectory(file) || InputFormat.ofFileInDirectory(file).isPresent()) {
        // Stay silent about files we would have skipped anyway.
        add(file, problem(file, "cannot read: " + ReadMessages.ioReason(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        add(dir, problem(dir, "cannot read: " + ReadMessages.ioReason(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    /** Hidden below the root; the root itself is read even if hidden, since the user named it. */
    private boolean isHidden(Path path) {
      if (path.equals(root)) {
        return false;
      }
      Path name = path.getFileName();
      return name != null && name.toString().startsWith(".");
    }

    private void add(Path path, InputEntry entry) {
      String key = root.relativize(path).toString().replace(File.separatorChar, '/');
      found.add(new SortableEntry(key, entry));
    }
  }
}
