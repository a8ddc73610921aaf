package org.sitrep.pipeline;

import org.sitrep.data.DataFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorResolverStage;
import org.sitrep.actors.kb.ActorKb;
import org.sitrep.brief.BriefStage;
import org.sitrep.config.ConfigException;
import org.sitrep.config.SitrepConfig;
import org.sitrep.doc.Document;
import org.sitrep.events.EventStage;
import org.sitrep.positions.PositionStage;
import org.sitrep.nlp.CoreNlpSettings;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.read.Article;

/**
 * The analysis of one article: named stages run in order over one {@link Document}.
 *
 * <ol>
 *   <li>Assemble once per process with {@link #fromConfig}; stages load their models then.
 *   <li>Call {@link #process} from any number of threads: the pipeline holds no per-document state.
 *   <li>Read the result off the document's layers (see {@code org.sitrep.analysis}).
 * </ol>
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final StageTimings timings;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    this.timings = new StageTimings(this.stages.stream().map(Stage::name).toList());
  }

  /**
   * The pipeline a configuration describes: every stage of {@link SitrepConfig#STAGES} that is not
   * disabled, in that order. This is the one place stages are assembled.
   *
   * @throws ConfigException when an enabled stage needs a disabled one
   */
  public static Pipeline fromConfig(SitrepConfig config) {
    List<Stage> stages = new ArrayList<>();
    for (String name : SitrepConfig.STAGES) {
      if (config.isEnabled(name)) {
        stages.add(createStage(name, config));
      }
    }
    return of(stages);
  }

  private static Stage createStage(String name, SitrepConfig config) {
    return switch (name) {
      case CoreNlpStage.NAME -> new CoreNlpStage(CoreNlpSettings.properties(config));
      case ActorResolverStage.NAME -> new ActorResolverStage(loadKb(config));
      case EventStage.NAME -> new EventStage();
      case PositionStage.NAME -> new PositionStage();
      case BriefStage.NAME -> new BriefStage(config.bodyRatio());
      default -> throw new IllegalStateException("SitrepConfig.STAGES lists '" + name + "' but no stage is built for it");
    };
  }

  private static ActorKb loadKb(SitrepConfig config) {
    try {
      return ActorKb.load(config.actorFiles());
    } catch (DataFileException e) {
      throw new ConfigException("actor knowledge base: " + e.getMessage());
    }
  }

  /**
   * A pipeline of the given stages, in order.
   *
   * @throws ConfigException when two stages share a name or a stage needs one that is not before it
   */
  public static Pipeline of(List<Stage> stages) {
    Set<String> before = new HashSet<>();
    for (Stage stage : stages) {
      for (String needed : stage.requires()) {
        if (!before.contains(needed)) {
          throw new ConfigException("stage '" + stage.name() + "' needs stage '" + needed + "', which is disabled or not before it");
        }
      }
      if (!before.add(stage.name())) {
        throw new ConfigException("two stages are named '" + stage.name() + "'");
      }
    }
    return new Pipeline(stages);
  }

  /**
   * Analyses one article.
   *
   * @throws StageFailure when a stage throws; the message names the stage
   */
  public Document process(Article article) {
    Document document = Document.of(article);
    for (Stage stage : stages) {
      long start = System.nanoTime();
      try {
        stage.process(document);
      } catch (RuntimeException | StackOverflowError e) {
        throw new StageFailure(stage.name(), e);
      }
      timings.add(stage.name(), System.nanoTime() - start);
    }
    timings.countDocument();
    return document;
  }

  public List<String> stageNames() {
    return stages.stream().map(Stage::name).toList();
  }

  /** Time spent per stage since the pipeline was built or the timings were reset. */
  public StageTimings timings() {
    return timings;
  }
}
