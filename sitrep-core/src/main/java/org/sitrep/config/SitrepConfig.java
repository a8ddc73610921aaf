package org.sitrep.config;

import java.time.Duration;
import org.sitrep.corpus.ClusteringSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.read.ReadLimits;

/**
 * Everything that can be configured, validated in one place. Immutable; build one with {@link
 * #builder()}, from a properties file with {@link #load(Path)}, or both (file first, then flags).
 *
 * <p>Keys, as written in a properties file or given to {@link Builder#set(String, String)}:
 *
 * <ul>
 *   <li>{@code threads}: articles analysed in parallel (default: the number of cores)
 *   <li>{@code stages.disabled}: comma-separated stage names to skip (see {@link #STAGES})
 *   <li>{@code read.maxFileBytes}: largest text file read (default 10485760)
 *   <li>{@code read.maxArticleChars}: largest article accepted (default 200000)
 *   <li>{@code nlp.nerModels}: comma-separated CoreNLP NER model paths (default: the 3-class and
 *       CoNLL 4-class English models, which tag PERSON, ORGANIZATION, LOCATION and MISC)
 *   <li>{@code nlp.parse}: whether to run the dependency parser (default true)
 *   <li>{@code actors.files}: comma-separated actor knowledge-base files added to the shipped one
 *       (format: docs/actor-kb.md); their entries win
 *   <li>{@code brief.bodyRatio}: the condensed body's share of the body's words, above 0 and at
 *       most 1 (default 0.35)
 *   <li>{@code stories.threshold}: the score from which an article joins a story, between 0 and 1
 *       (default 0.27)
 *   <li>{@code stories.mergeThreshold}: centroid similarity from which two stories an article
 *       joins both of are merged (default 0.45)
 *   <li>{@code stories.windowDays}: days a story stays open without a new article (default 10)
 *   <li>{@code stories.decayDays}: days over which a story's score decays by a factor e (default 7)
 *   <li>{@code corenlp.*}: any CoreNLP property, passed through as is (minus the prefix) and
 *       winning over Sitrep's choices; for experiments
 * </ul>
 */
public final class SitrepConfig {

  /** The pipeline's stages, in the order they run. */
  public static final List<String> STAGES = List.of("nlp", "actors", "events", "positions", "brief");

  /** CoreNLP's fast NER models: together they cover PERSON, ORGANIZATION, LOCATION and MISC. */
  public static final List<String> DEFAULT_NER_MODELS =
      List.of(
          "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  private static final String CORENLP_PREFIX = "corenlp.";
  private static final List<String> KEYS =
      List.of(
          "threads",
          "stages.disabled",
          "read.maxFileBytes",
          "read.maxArticleChars",
          "nlp.nerModels",
          "nlp.parse",
          "actors.files",
          "brief.bodyRatio",
          "stories.threshold",
          "stories.mergeThreshold",
          "stories.windowDays",
          "stories.decayDays");

  private final int threads;
  private final Set<String> disabledStages;
  private final ReadLimits readLimits;
  private final List<String> nerModels;
  private final boolean parse;
  private final List<Path> actorFiles;
  private final double bodyRatio;
  private final ClusteringSettings clustering;
  private final Map<String, String> coreNlpOverrides;

  private SitrepConfig(Builder b) {
    threads = b.threads;
    disabledStages = Set.copyOf(b.disabledStages);
    readLimits = new ReadLimits(b.maxFileBytes, b.maxArticleChars);
    nerModels = List.copyOf(b.nerModels);
    parse = b.parse;
    actorFiles = List.copyOf(b.actorFiles);
    bodyRatio = b.bodyRatio;
    clustering = b.clustering();
    coreNlpOverrides = Map.copyOf(b.coreNlpOverrides);
  }

  /** The defaults: the fast, good path. */
  public static SitrepConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding the values of a properties file (UTF-8), to override further or build.
   *
   * @throws ConfigException naming the file and the key when the file cannot be read or a key is
   *     unknown or invalid
   */
  public static Builder load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("config file " + file + ": cannot read: " + e.getMessage());
    }
    Builder builder = builder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      try {
        builder.set(key, properties.getProperty(key));
      } catch (ConfigException e) {
        throw new ConfigException("config file " + file + ": " + e.getMessage());
      }
    }
    return builder;
  }

  public int threads() {
    return threads;
  }

  public boolean isEnabled(String stage) {
    return !disabledStages.contains(stage);
  }

  public Set<String> disabledStages() {
    return disabledStages;
  }

  public ReadLimits readLimits() {
    return readLimits;
  }

  public List<String> nerModels() {
    return nerModels;
  }

  public boolean parse() {
    return parse;
  }

  /** The user's actor knowledge-base files, in the order given. */
  public List<Path> actorFiles() {
    return actorFiles;
  }

  /** The condensed body's share of the body's words. */
  public double bodyRatio() {
    return bodyRatio;
  }

  /** How articles are grouped into stories. */
  public ClusteringSettings clustering() {
    return clustering;
  }

  /** CoreNLP properties given with the {@code corenlp.} prefix, prefix removed. */
  public Map<String, String> coreNlpOverrides() {
    return coreNlpOverrides;
  }

  /** Builds a {@link SitrepConfig}; every setter validates its value at once. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private final Set<String> disabledStages = new LinkedHashSet<>();
    private long maxFileBytes = ReadLimits.DEFAULT.maxFileBytes();
    private int maxArticleChars = ReadLimits.DEFAULT.maxArticleChars();
    private List<String> nerModels = DEFAULT_NER_MODELS;
    private boolean parse = true;
    private final List<Path> actorFiles = new java.util.ArrayList<>();
    private double bodyRatio = org.sitrep.brief.BriefStage.DEFAULT_BODY_RATIO;
    private double storyThreshold = ClusteringSettings.DEFAULTS.threshold();
    private double mergeThreshold = ClusteringSettings.DEFAULTS.mergeThreshold();
    private double windowDays = ClusteringSettings.DEFAULTS.window().toHours() / 24.0;
    private double decayDays = ClusteringSettings.DEFAULTS.decayDays();
    private final Map<String, String> coreNlpOverrides = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets one key from its text form, as a properties file or a {@code --set key=value} flag
     * gives it.
     *
     * @throws ConfigException naming the key when it is unknown or its value invalid
     */
    public Builder set(String key, String value) {
      String v = value == null ? "" : value.trim();
      if (key.startsWith(CORENLP_PREFIX) && key.length() > CORENLP_PREFIX.length()) {
        coreNlpOverrides.put(key.substring(CORENLP_PREFIX.length()), v);
        return this;
      }
      switch (key) {
        case "threads" -> threads(parseInt(key, v));
        case "stages.disabled" -> {
          disabledStages.clear();
          disableStages(splitList(v));
        }
        case "read.maxFileBytes" -> maxFileBytes(parseLong(key, v));
        case "read.maxArticleChars" -> maxArticleChars(parseInt(key, v));
        case "nlp.nerModels" -> nerModels(splitList(v));
        case "nlp.parse" -> parse(parseBoolean(key, v));
        case "actors.files" -> {
          actorFiles.clear();
          splitList(v).forEach(f -> actorFile(Path.of(f)));
        }
        case "brief.bodyRatio" -> bodyRatio(parseDouble(key, v));
        case "stories.threshold" -> storyThreshold = fraction(key, parseDouble(key, v));
        case "stories.mergeThreshold" -> mergeThreshold = fraction(key, parseDouble(key, v));
        case "stories.windowDays" -> windowDays = positive(key, parseDouble(key, v));
        case "stories.decayDays" -> decayDays = positive(key, parseDouble(key, v));
        default -> throw new ConfigException(
            "unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ", corenlp.*)");
      }
      return this;
    }

    public Builder threads(int threads) {
      if (threads < 1 || threads > 1024) {
        throw new ConfigException("threads must be between 1 and 1024, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Adds stages to skip; their layers will be missing from the output. */
    public Builder disableStages(List<String> stages) {
      for (String stage : stages) {
        if (!STAGES.contains(stage)) {
          throw new ConfigException(
              "stages.disabled: unknown stage '" + stage + "' (stages: " + String.join(", ", STAGES) + ")");
        }
        disabledStages.add(stage);
      }
      return this;
    }

    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new ConfigException("read.maxFileBytes must be positive, got " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    public Builder maxArticleChars(int chars) {
      if (chars < 1) {
        throw new ConfigException("read.maxArticleChars must be positive, got " + chars);
      }
      this.maxArticleChars = chars;
      return this;
    }

    public Builder nerModels(List<String> models) {
      if (models.isEmpty()) {
        throw new ConfigException("nlp.nerModels must name at least one model");
      }
      this.nerModels = List.copyOf(models);
      return this;
    }

    /** Adds a user actor file; it must exist (its content is checked when the pipeline loads it). */
    public Builder actorFile(Path file) {
      if (!Files.isRegularFile(file)) {
        throw new ConfigException("actors.files: no such file: " + file);
      }
      actorFiles.add(file);
      return this;
    }

    private static double fraction(String key, double value) {
      if (!(value > 0 && value < 1)) {
        throw new ConfigException(key + " must be above 0 and below 1, got " + value);
      }
      return value;
    }

    private static double positive(String key, double value) {
      if (!(value > 0) || Double.isInfinite(value)) {
        throw new ConfigException(key + " must be a positive number, got " + value);
      }
      return value;
    }

    private ClusteringSettings clustering() {
      ClusteringSettings d = ClusteringSettings.DEFAULTS;
      return new ClusteringSettings(storyThreshold, mergeThreshold, Duration.ofMinutes(Math.round(windowDays * 24 * 60)), decayDays,
          d.termWeight(), d.actorWeight(), d.eventWeight());
    }

    public Builder bodyRatio(double ratio) {
      if (!(ratio > 0 && ratio <= 1)) {
        throw new ConfigException("brief.bodyRatio must be above 0 and at most 1, got " + ratio);
      }
      this.bodyRatio = ratio;
      return this;
    }

    public Builder parse(boolean parse) {
      this.parse = parse;
      return this;
    }

    /** Builds; which stages need which is checked where the pipeline is assembled. */
    public SitrepConfig build() {
      return new SitrepConfig(this);
    }

    private static List<String> splitList(String value) {
      return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static double parseDouble(String key, String value) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " must be a number, got '" + value + "'");
      }
    }

    private static int parseInt(String key, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " must be an integer, got '" + value + "'");
      }
    }

    private static long parseLong(String key, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " must be an integer, got '" + value + "'");
      }
    }

    private static boolean parseBoolean(String key, String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on" -> true;
        case "false", "no", "off" -> false;
        default -> throw new ConfigException(key + " must be true or false, got '" + value + "'");
      };
    }
  }
}
