package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.corpus.SqliteStore;
import picocli.CommandLine.Option;

/** The {@code --db} option of the corpus commands. */
final class DbOption {

  @Option(names = "--db", paramLabel = "FILE", defaultValue = "sitrep.db", description = "The corpus database (SQLite). Default: ${DEFAULT-VALUE}.")
  Path file;

  /** Opens the store; for reading commands the file must exist, so that a typo does not create an empty one. */
  SqliteStore open(boolean mustExist) {
    if (mustExist && !java.nio.file.Files.isRegularFile(file)) {
      throw new org.sitrep.config.ConfigException(file + ": no such database (run sitrep ingest first, or pass --db FILE)");
    }
    return SqliteStore.open(file);
  }
}
