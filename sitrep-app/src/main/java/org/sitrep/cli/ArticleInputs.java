package org.sitrep.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.config.SitrepConfig;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.ReadItem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The articles a command reads: files, folders and web addresses, with how to fetch the latter. */
final class ArticleInputs {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL", description = "Text (.txt, .md), JSON Lines (.jsonl), web pages (.html), web archives (.warc, .warc.gz) or feeds (.rss, .atom, .xml), folders of them, or http(s) URLs of pages or feeds.")
  List<String> inputs;

  @Mixin WebOptions web;

  /** The items of every input, lazily, in order; close the stream. Fetch warnings go to {@code warnings}. */
  Stream<ReadItem> read(SitrepConfig config, Consumer<String> warnings) {
    return ArticleReaders.read(inputs, config.readLimits(), web.reader(config.readLimits(), warnings)::read);
  }
}
