package org.sitrep.read;

import java.io.Closeable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Walks the inputs one at a time: a directory is listed only when reading reaches it, and at most
 * one file is open at any time.
 */
final class ReadItemIterator implements Iterator<ReadItem>, AutoCloseable {

  private final Iterator<Path> inputs;
  private final ReadLimits limits;
  private final Deque<InputEntry> entries = new ArrayDeque<>();
  private Iterator<ReadItem> items = Collections.emptyIterator();
  private Closeable openFile;
  private boolean closed;

  ReadItemIterator(List<Path> inputs, ReadLimits limits) {
    this.inputs = inputs.iterator();
    this.limits = limits;
  }

  @Override
  public boolean hasNext() {
    while (!closed && !items.hasNext()) {
      closeOpenFile();
      if (!entries.isEmpty()) {
        items = itemsOf(entries.removeFirst());
      } else if (inputs.hasNext()) {
        entries.addAll(InputExpander.expand(inputs.next()));
      } else {
        return false;
      }
    }
    return !closed;
  }

  @Override
  public ReadItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return items.next();
  }

  /** Closes the open file, if any; the iterator then has no more items. */
  @Override
  public void close() {
    closed = true;
    entries.clear();
    items = Collections.emptyIterator();
    closeOpenFile();
  }

  private Iterator<ReadItem> itemsOf(InputEntry entry) {
    if (entry instanceof InputEntry.Problem problem) {
      return List.<ReadItem>of(problem.problem()).iterator();
    }
    InputEntry.FileToRead file = (InputEntry.FileToRead) entry;
    switch (file.format()) {
      case TEXT:
        return TextArticleReader.read(file.file(), limits).iterator();
      case HTML:
        return HtmlFileReader.read(file.file(), limits).iterator();
      case FEED:
        return FeedArticleReader.read(file.file(), limits).iterator();
      default:
        break;
    }
    try {
      if (file.format() == InputFormat.WARC) {
        WarcArticleReader warc = WarcArticleReader.open(file.file(), limits);
        openFile = warc;
        return warc;
      }
      JsonLinesArticleReader lines = JsonLinesArticleReader.open(file.file(), limits);
      openFile = lines;
      return lines;
    } catch (IOException e) {
      ReadProblem problem =
          ReadProblem.error(file.file().toString(), "cannot read: " + ReadMessages.ioReason(e));
      return List.<ReadItem>of(problem).iterator();
    }
  }

  private void closeOpenFile() {
    if (openFile != null) {
      try {
        openFile.close();
      } catch (IOException e) {
        // Reading it is over; a failed close loses nothing.
      }
      openFile = null;
    }
  }
}
