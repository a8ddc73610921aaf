package org.sitrep.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sitrep.config.ConfigException;
import org.sitrep.corpus.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line: one subcommand per job. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = SitrepCommand.Version.class,
    description = "Reads news articles and tells who did what to whom, who says so, and how sure.",
    subcommands = {
      AnalyzeCommand.class, PageCommand.class, IngestCommand.class, WatchCommand.class, StoriesCommand.class, StoryCommand.class, SearchCommand.class, ExportCommand.class,
      BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class
    })
public final class SitrepCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = execute(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line, writing results to {@code out} and messages to {@code err}.
   *
   * @return the exit code (see {@link ExitCode})
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SitrepCommand());
    cli.setOut(out);
    cli.setErr(err);
    // picocli exits with 2 on usage errors already; configuration errors are usage errors too.
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ConfigException || e instanceof StoreException) {
            commandLine.getErr().println("sitrep: " + e.getMessage());
          } else {
            commandLine.getErr().println("sitrep: internal error: " + e);
            if (System.getenv("SITREP_DEBUG") != null) {
              e.printStackTrace(commandLine.getErr());
            } else {
              commandLine.getErr().println("sitrep: set SITREP_DEBUG=1 for the stack trace");
            }
          }
          return ExitCode.NOTHING_DONE;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SitrepCommand.class.getPackage().getImplementationVersion();
      return new String[] {"sitrep " + (v == null ? "development" : v)};
    }
  }
}
