package org.sitrep.corpus;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.analysis.Analysis.ActorJson;
import org.sitrep.analysis.Analysis.EventJson;

/**
 * Stored events as CSV rows in the column order of GDELT 2.0's event table, so that tools made for
 * GDELT read them, followed by five Sitrep columns. Each row is one event as one article reports
 * it. Columns Sitrep has nothing for stay empty: the ethnic and religion codes, the second and
 * third type codes, AvgTone and every geography column (Sitrep does not geocode).
 */
public final class GdeltCsv {

  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL",
      "SitrepStoryId", "SitrepPloverType", "SitrepCertainty", "SitrepNegated", "SitrepEvidence");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
  private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private GdeltCsv() {}

  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** One event's row. */
  public static String row(StoredEvent e) {
    ZonedDateTime time = e.time().atZone(ZoneOffset.UTC);
    EventJson event = e.event();
    String cameo = event.cameo() == null ? "" : event.cameo();
    List<String> cells = new ArrayList<>(COLUMNS.size());
    cells.add(Long.toString(e.articleId() * 10_000 + e.number()));
    cells.add(DAY.format(time));
    cells.add(DAY.format(time).substring(0, 6));
    cells.add(Integer.toString(time.getYear()));
    cells.add(String.format(Locale.ROOT, "%.4f", time.getYear() + (time.getDayOfYear() - 1) / (double) time.toLocalDate().lengthOfYear()));
    addActor(cells, e.source());
    addActor(cells, e.target());
    cells.add(e.inLeadParagraph() ? "1" : "0");
    cells.add(cameo);
    cells.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
    cells.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
    cells.add(Integer.toString(event.quadClass()));
    cells.add(String.format(Locale.ROOT, "%.1f", event.goldstein()));
    cells.add("1");
    cells.add("1");
    cells.add("1");
    cells.add("");
    for (int i = 0; i < 24; i++) {
      cells.add("");
    }
    cells.add(SECOND.format(e.ingested().atZone(ZoneOffset.UTC)));
    cells.add(e.url() == null ? "" : e.url());
    cells.add(Long.toString(e.storyId()));
    cells.add(event.type());
    cells.add(event.certainty());
    cells.add(event.negated() ? "1" : "0");
    cells.add(event.evidence() == null ? "" : event.evidence().text());
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    return line.toString();
  }

  private static void addActor(List<String> cells, ActorJson actor) {
    if (actor == null) {
      for (int i = 0; i < 10; i++) {
        cells.add("");
      }
      return;
    }
    cells.add(actor.code() == null ? "" : actor.code());
    cells.add(actor.name().toUpperCase(Locale.ROOT));
    cells.add(actor.country() == null ? "" : actor.country());
    cells.add(actor.org() == null ? "" : actor.org());
    cells.add("");
    cells.add("");
    cells.add("");
    cells.add(actor.sector() == null ? "" : actor.sector());
    cells.add("");
    cells.add("");
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
