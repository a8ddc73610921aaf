-- Sitrep corpus schema, version 1. Applied once, in one transaction; later versions add files.

-- Each stored article and its analysis (the sitrep/analysis-v1 JSON). A near-duplicate points at
-- its canonical article and shares its story.
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT NOT NULL,
  published TEXT,
  time INTEGER NOT NULL,
  ingested TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  analysis TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id, time);
CREATE INDEX articles_time ON articles(time);

CREATE TABLE actors (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  actor_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  code TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE events (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  event_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  source_actor TEXT,
  target_actor TEXT,
  certainty TEXT NOT NULL,
  negated INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
) WITHOUT ROWID;
CREATE INDEX events_type ON events(type);

-- MinHash band keys of canonical articles, to find near-duplicates without comparing all pairs.
CREATE TABLE signatures (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  signature BLOB NOT NULL
);
CREATE TABLE signature_bands (
  band_key INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX signature_bands_key ON signature_bands(band_key);

-- Stories with the clusterer's state; a merged story points at the story it became part of.
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  merged_into INTEGER REFERENCES stories(id),
  state TEXT NOT NULL
);
CREATE INDEX stories_last_seen ON stories(last_seen);

-- Document frequencies of the terms of stored articles and of the actors of canonical ones, for tf-idf.
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
) WITHOUT ROWID;

-- Full text of each article; rowid = articles.id.
CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'porter unicode61');
