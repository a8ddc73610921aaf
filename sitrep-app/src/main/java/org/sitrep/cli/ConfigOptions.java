package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.config.SitrepConfig;
import picocli.CommandLine.Option;

/** The options every pipeline command shares: they build the one {@link SitrepConfig}. */
final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file with configuration keys (see README).")
  Path configFile;

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel (default: cores).")
  Integer threads;

  @Option(
      names = "--disable",
      paramLabel = "STAGE",
      split = ",",
      completionCandidates = StageNames.class,
      description = "Stages to skip: ${COMPLETION-CANDIDATES}.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--actors", paramLabel = "FILE", description = "Your own actor knowledge-base file (TSV, see docs/actor-kb.md); its entries win. Repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any configuration key, e.g. --set nlp.parse=false.")
  Map<String, String> settings = Map.of();

  /** The stage names, for help and completion. */
  static final class StageNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return SitrepConfig.STAGES.iterator();
    }
  }

  /** The configuration: defaults, then the file, then {@code --set}, then the dedicated flags. */
  SitrepConfig toConfig() {
    SitrepConfig.Builder builder = configFile == null ? SitrepConfig.builder() : SitrepConfig.load(configFile);
    settings.forEach(builder::set);
    if (threads != null) {
      builder.threads(threads);
    }
    builder.disableStages(disabled);
    actorFiles.forEach(builder::actorFile);
    return builder.build();
  }
}
