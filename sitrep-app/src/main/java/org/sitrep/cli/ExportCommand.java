package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.corpus.CorpusJson;
import org.sitrep.corpus.GdeltCsv;
import org.sitrep.corpus.SqliteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: the corpus in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports what the corpus holds.", subcommands = ExportCommand.Events.class)
final class ExportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to export: events");
  }

  enum Format {
    csv,
    jsonl
  }

  @Command(name = "events", mixinStandardHelpOptions = true, description = {
    "Every event of the stored articles (copies left out), in time order. " +
        "csv: GDELT 2.0 event-table columns then five Sitrep columns (docs/corpus.md says which are empty). " +
        "jsonl: one object per event with its article, story and actors."
  })
  static final class Events implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "csv|jsonl", defaultValue = "csv", description = "csv or jsonl. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced only when the export is complete) instead of standard output.")
    Path output;

    @Mixin DbOption db;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      try (SqliteStore store = db.open(true)) {
        if (output == null) {
          PrintWriter out = spec.commandLine().getOut();
          write(store, out);
          out.flush();
          return ExitCode.OK;
        }
        Path absolute = output.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".part");
        try {
          try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8))) {
            write(store, w);
          }
          Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (UncheckedIOException e) {
          throw new ConfigException(output + ": cannot write: " + e.getCause().getMessage());
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      return ExitCode.OK;
    }

    private void write(SqliteStore store, Writer out) {
      try {
        if (format == Format.csv) {
          out.write(GdeltCsv.header() + "\n");
        }
        store.forEachEvent(e -> {
          try {
            out.write((format == Format.csv ? GdeltCsv.row(e) : CorpusJson.line(e)) + "\n");
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
