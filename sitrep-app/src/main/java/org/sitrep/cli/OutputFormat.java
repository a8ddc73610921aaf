package org.sitrep.cli;

/** How the corpus commands print: Markdown for people, JSON Lines for programs. */
enum OutputFormat {
  markdown,
  json
}
