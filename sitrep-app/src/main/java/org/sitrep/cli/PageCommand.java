package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.config.ConfigException;
import org.sitrep.read.ArticleReaders;
import org.sitrep.read.CappedFile;
import org.sitrep.read.ReadLimits;
import org.sitrep.read.html.HtmlArticleReader;
import org.sitrep.read.html.PageMetadata;
import org.sitrep.read.web.FetchException;
import org.sitrep.read.web.FetchedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep page}: what Sitrep reads out of one web page, and where each value came from. */
@Command(name = "page", mixinStandardHelpOptions = true, description = {
  "Shows what Sitrep reads out of one web page (a saved .html file, gzipped or not, or a URL): " +
      "title, publication date, authors, outlet, canonical URL and language, each with where it was " +
      "found (JSON-LD, a meta tag, a time element, the URL ...), and the size of the main text. " +
      "--text prints the main text too."
})
final class PageCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE|URL", description = "A saved web page or an http(s) URL.")
  String input;

  @Option(names = "--text", description = "Print the main text after the metadata.")
  boolean text;

  @Mixin WebOptions web;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    byte[] html;
    Charset charset = null;
    String url = null;
    if (ArticleReaders.isUrl(input)) {
      try {
        FetchedPage page = web.fetcher(spec.commandLine().getErr()::println).fetch(input);
        html = page.body();
        charset = page.charset();
        url = page.finalUri().toString();
      } catch (FetchException e) {
        throw new ConfigException(e.getMessage());
      }
    } else {
      CappedFile file = CappedFile.read(Path.of(input), ReadLimits.DEFAULT, input.toLowerCase(Locale.ROOT).endsWith(".gz"));
      if (file.problem() != null) {
        throw new ConfigException(file.problem().toString());
      }
      html = file.bytes();
    }
    HtmlArticleReader.Page page = HtmlArticleReader.page(html, charset, url);
    PageMetadata m = page.metadata();
    PrintWriter out = spec.commandLine().getOut();
    line(out, "title", m.title());
    line(out, "published", m.published());
    line(out, "authors", m.authors());
    line(out, "outlet", m.siteName());
    line(out, "url", m.canonicalUrl());
    line(out, "language", m.language());
    int words = page.text().isBlank() ? 0 : page.text().split("\\s+").length;
    out.printf(Locale.ROOT, "%-10s %d paragraphs, %d words%n", "text", page.paragraphs().size(), words);
    if (text) {
      out.println();
      out.println(page.text());
    }
    out.flush();
    return words == 0 ? ExitCode.PARTIAL : ExitCode.OK;
  }

  private static void line(PrintWriter out, String name, PageMetadata.Sourced<?> value) {
    Object v = value.value() instanceof List<?> list ? String.join(", ", list.stream().map(Object::toString).toList()) : value.value();
    out.printf(Locale.ROOT, "%-10s %s%s%n", name, v == null ? "-" : v, value.source() == null ? "" : "   (" + value.source() + ")");
  }
}
