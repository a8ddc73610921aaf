package org.sitrep.brief;

import java.util.List;
import org.sitrep.data.Tsv;

/**
 * Words a web page puts around an article for its reader ("Scroll down for video", "Click here
 * to"), which text extraction can leave glued to the start of the article's next sentence. The
 * brief drops them there. The phrases are data: {@code brief/page-furniture.tsv}.
 */
final class PageFurniture {
  private static final List<String> PHRASES = Tsv.resource("/org/sitrep/brief/page-furniture.tsv").stream().map(r -> r.get("phrase")).toList();

  private PageFurniture() {}

  /** The phrases, lowercase words separated by single spaces. */
  static List<String> phrases() {
    return PHRASES;
  }
}
