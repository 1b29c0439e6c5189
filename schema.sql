-- claimtrack's database schema: the only definition of it.
-- Applied in one transaction when a database is opened; its version is PRAGMA user_version.
-- Version 2: claim clusters across articles (version 1 had none; see MIGRATIONS in src/store.rs).
-- Version 3: fact-checkers' verdicts on claims (reviews).
-- Version 4: the blocking index keeps each key's newest claims in one row (key_postings), not one
-- row per key and claim (claim_keys).
-- Version 5: no index on claims (stance) nor attributions (anonymous, position): no query reads
-- them, and every insert paid for them.

-- One row per article, with its text, so that claim offsets stay meaningful.
CREATE TABLE IF NOT EXISTS articles (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE,      -- the URL, or the path (with #id for JSONL records)
    path          TEXT NOT NULL,
    record_id     TEXT,                      -- the JSONL record's id
    url           TEXT,
    title         TEXT,
    outlet        TEXT,
    published     TEXT,                      -- ISO 8601 date, as given
    language      TEXT NOT NULL,
    content_hash  TEXT NOT NULL,             -- SHA-256 of the NFC body
    body          TEXT NOT NULL,
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
CREATE INDEX IF NOT EXISTS articles_path ON articles (path);
CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);

-- One row per attributed statement.
CREATE TABLE IF NOT EXISTS claims (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,          -- the claim's number in its article, from 1
    sentence      TEXT NOT NULL,
    char_start    INTEGER NOT NULL,          -- Unicode scalar values into the article body
    char_end      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    cue           TEXT,
    stance        TEXT NOT NULL CHECK (stance IN ('assert', 'deny', 'no_comment')),
    quote         INTEGER NOT NULL CHECK (quote IN (0, 1)),
    quotes        TEXT NOT NULL,             -- JSON array of the quoted passages
    contested     INTEGER NOT NULL DEFAULT 0 CHECK (contested IN (0, 1)),
    -- What the claim rests on, kept here so that reports need not scan attributions:
    primary_anonymous INTEGER NOT NULL CHECK (primary_anonymous IN (0, 1)),
    all_anonymous     INTEGER NOT NULL CHECK (all_anonymous IN (0, 1)),     -- every source unnamed
    single_anonymous  INTEGER NOT NULL CHECK (single_anonymous IN (0, 1)),  -- one unnamed source, count 1
    any_named         INTEGER NOT NULL CHECK (any_named IN (0, 1)),         -- a person, organization or document
    cluster_id        INTEGER REFERENCES clusters (id) ON DELETE SET NULL,  -- claims that state the same thing
    later_denied      INTEGER NOT NULL DEFAULT 0,  -- denied by a later article
    later_corroborated INTEGER NOT NULL DEFAULT 0, -- corroborated by a later article on a stronger source
    link_keys         TEXT,                          -- what the claim says, as keys (see claim_keys)
    UNIQUE (article_id, seq)
);
CREATE INDEX IF NOT EXISTS claims_contested ON claims (contested);
-- Covers the figures of `stats`, so that they are read from the index alone.
CREATE INDEX IF NOT EXISTS claims_figures ON claims (article_id, stance, all_anonymous, single_anonymous, any_named, contested, later_denied, later_corroborated);

-- Sources as entities: the same person or organization across articles is one row, found by
-- kind and normalized name. Anonymous sources are kept by their normalized descriptor.
CREATE TABLE IF NOT EXISTS sources (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'anonymous', 'document')),
    name          TEXT NOT NULL,             -- the name as first seen
    norm_name     TEXT NOT NULL,
    UNIQUE (kind, norm_name)
);
CREATE INDEX IF NOT EXISTS sources_norm_name ON sources (norm_name);

-- Which sources a claim rests on; position 0 is the primary source.
CREATE TABLE IF NOT EXISTS attributions (
    claim_id          INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    source_id         INTEGER NOT NULL REFERENCES sources (id),
    name              TEXT NOT NULL,         -- as written in this article
    anonymous         INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    count             INTEGER,               -- NULL for an uncounted plural
    descriptor        TEXT,
    anonymity_reason  TEXT,
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX IF NOT EXISTS attributions_source ON attributions (source_id);
CREATE INDEX IF NOT EXISTS attributions_article ON attributions (article_id);
CREATE INDEX IF NOT EXISTS attributions_anon_stats ON attributions (anonymous, article_id, count, anonymity_reason);

-- A claim that denies or rebuts another.
CREATE TABLE IF NOT EXISTS rebuttals (
    claim_id      INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    target_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    scope         TEXT NOT NULL CHECK (scope IN ('article', 'cross_article')),
    confidence    REAL,                      -- for links across articles
    PRIMARY KEY (claim_id, target_id)
);
CREATE INDEX IF NOT EXISTS rebuttals_target ON rebuttals (target_id);

-- Groups of claims, across articles and languages, that state the same thing.
CREATE TABLE IF NOT EXISTS clusters (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS claims_cluster ON claims (cluster_id);

-- What a claim says, as keys that cross languages: names (e:), whole names (f:), numbers, amounts
-- and places (n:) and events (v:), all kept in claims.link_keys. The specific ones are the
-- blocking index: claims that share one are compared; no claim is compared with every other. For
-- each key, the ids of the newest claims stored with it (a JSON array, newest first, at most 40):
-- linking compares a claim with no more than that per key. Ids of claims deleted since are
-- skipped when the list is read.
CREATE TABLE IF NOT EXISTS key_postings (
    key           TEXT PRIMARY KEY,
    claims        TEXT NOT NULL
) WITHOUT ROWID;

-- Links between claims of different articles: the same claim repeated, or corroborated by a
-- stronger source. (Denials are in rebuttals, with scope 'cross_article'.)
CREATE TABLE IF NOT EXISTS claim_links (
    claim_id      INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,  -- the later claim
    other_id      INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,  -- the earlier claim
    relation      TEXT NOT NULL CHECK (relation IN ('same', 'corroborates')),
    confidence    REAL NOT NULL,
    PRIMARY KEY (claim_id, other_id)
);
CREATE INDEX IF NOT EXISTS claim_links_other ON claim_links (other_id);

-- Fact-checkers' verdicts on claims, exported as schema.org ClaimReview. One per claim and
-- reviewer; a new verdict by the same reviewer replaces the old one. A claim replaced by
-- re-ingesting an edited article loses its verdicts with it.
CREATE TABLE IF NOT EXISTS reviews (
    claim_id      INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    reviewer      TEXT NOT NULL DEFAULT '',  -- the organization that rated it; '' when not given
    rating        TEXT NOT NULL,             -- the verdict as the reviewer words it ("False")
    url           TEXT,                      -- where the review is published
    reviewed_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d', 'now')),
    PRIMARY KEY (claim_id, reviewer)
);
