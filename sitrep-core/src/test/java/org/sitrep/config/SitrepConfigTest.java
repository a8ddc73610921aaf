package org.sitrep.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitrepConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsAreTheFastPath() {
    SitrepConfig config = SitrepConfig.defaults();
    assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.disabledStages()).isEmpty();
    assertThat(config.parse()).isTrue();
    assertThat(config.nerModels()).isEqualTo(SitrepConfig.DEFAULT_NER_MODELS);
  }

  @Test
  void loadsAPropertiesFile() throws IOException {
    Path file = dir.resolve("sitrep.properties");
    Files.writeString(file, "threads=3\nstages.disabled=brief\nread.maxArticleChars=5000\ncorenlp.pos.maxlen=80\n");
    SitrepConfig config = SitrepConfig.load(file).build();
    assertThat(config.threads()).isEqualTo(3);
    assertThat(config.isEnabled("brief")).isFalse();
    assertThat(config.isEnabled("nlp")).isTrue();
    assertThat(config.readLimits().maxArticleChars()).isEqualTo(5000);
    assertThat(config.coreNlpOverrides()).containsEntry("pos.maxlen", "80");
  }

  @Test
  void flagsOverrideTheFile() throws IOException {
    Path file = dir.resolve("sitrep.properties");
    Files.writeString(file, "threads=3\n");
    assertThat(SitrepConfig.load(file).threads(1).build().threads()).isEqualTo(1);
  }

  @Test
  void errorsNameTheFileTheKeyAndTheReason() throws IOException {
    Path file = dir.resolve("bad.properties");
    Files.writeString(file, "threads=many\n");
    assertThatThrownBy(() -> SitrepConfig.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config file " + file + ": threads must be an integer, got 'many'");
    Files.writeString(file, "thread=2\n");
    assertThatThrownBy(() -> SitrepConfig.load(file)).hasMessageContaining("unknown key 'thread'");
    assertThatThrownBy(() -> SitrepConfig.load(dir.resolve("missing.properties"))).hasMessageContaining("cannot read");
  }

  @Test
  void rejectsInvalidValues() {
    assertThatThrownBy(() -> SitrepConfig.builder().threads(0)).hasMessageContaining("threads must be between 1 and 1024, got 0");
    assertThatThrownBy(() -> SitrepConfig.builder().disableStages(List.of("coref")))
        .hasMessageContaining("unknown stage 'coref'")
        .hasMessageContaining("nlp, actors, events, positions, brief");
    assertThatThrownBy(() -> SitrepConfig.builder().set("nlp.parse", "maybe")).hasMessageContaining("true or false");
    assertThatThrownBy(() -> SitrepConfig.builder().nerModels(List.of())).hasMessageContaining("at least one model");
  }
}
