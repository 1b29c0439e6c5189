//! The SQLite store: articles, claims, sources, attributions and rebuttals, kept once.
//!
//! The schema lives in `schema.sql` at the top of the repository, embedded here and applied in a
//! transaction when a database is opened; its version is `PRAGMA user_version`, and a database
//! from a newer claimtrack is refused. Databases use WAL mode (readers never block the writer)
//! and foreign keys, so deleting an article removes its claims.
//!
//! Ingest is idempotent by content hash: an article already stored with the same text changes
//! nothing; one whose text changed has its claims replaced; the same text under another name is
//! a duplicate. Articles are written in transactions of up to [`BATCH`] articles, so a crash
//! never leaves half an article. Every query below is a fixed statement with parameters.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use rustc_hash::FxHashMap;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::attributions::{Claim, Stance};
use crate::clusters::Keys;
use crate::error::{Error, Result};
use crate::input::Article;
use crate::sources::{Source, SourceKind};
use crate::{ArticleClaims, ArticleInfo, Extractor};

/// The schema, applied when a database is opened.
pub const SCHEMA: &str = include_str!("../schema.sql");
/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = 5;

/// Statements that bring a database of an earlier version up to the next one, by version; the
/// schema itself (new tables and indexes) is then applied from `schema.sql`. Version 3 only adds a
/// table, so it needs no statement here.
const MIGRATIONS: &[(i64, &str)] = &[
    (
        1,
        "ALTER TABLE claims ADD COLUMN cluster_id INTEGER REFERENCES clusters (id) ON DELETE SET NULL;
         ALTER TABLE claims ADD COLUMN later_denied INTEGER NOT NULL DEFAULT 0;
         ALTER TABLE claims ADD COLUMN later_corroborated INTEGER NOT NULL DEFAULT 0;
         ALTER TABLE claims ADD COLUMN link_keys TEXT;
         ALTER TABLE rebuttals ADD COLUMN confidence REAL;
         DROP INDEX IF EXISTS claims_flags;",
    ),
    (
        3,
        // The rows of claim_keys (created here when the database predates it) become one list
        // per key, newest claims first.
        "CREATE TABLE IF NOT EXISTS claim_keys (
             key TEXT NOT NULL, claim_id INTEGER NOT NULL, PRIMARY KEY (key, claim_id)
         ) WITHOUT ROWID;
         CREATE TABLE IF NOT EXISTS key_postings (
             key TEXT PRIMARY KEY, claims TEXT NOT NULL
         ) WITHOUT ROWID;
         INSERT OR REPLACE INTO key_postings (key, claims)
             SELECT key, json_group_array(claim_id) FROM (
                 SELECT k.key, k.claim_id,
                        row_number() OVER (PARTITION BY k.key ORDER BY k.claim_id DESC) AS rank
                 FROM claim_keys k JOIN claims c ON c.id = k.claim_id
                 ORDER BY k.key, k.claim_id DESC)
             WHERE rank <= 40 GROUP BY key;
         DROP TABLE claim_keys;",
    ),
    (
        4,
        "DROP INDEX IF EXISTS claims_stance;
         DROP INDEX IF EXISTS attributions_anonymous;",
    ),
];
/// Articles with their claims, written in one transaction.
type Batch = Vec<(Article, ArticleClaims, Vec<Option<Arc<Keys>>>)>;

/// Articles written per transaction during ingest.
pub const BATCH: usize = 200;

/// An open claimtrack database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Whether ingest links claims across articles (on by default).
    pub link_across_articles: bool,
    /// Articles written per transaction during ingest ([`BATCH`] by default). A crash loses
    /// at most the batch being written.
    pub batch_size: usize,
    cache: crate::clusters::Cache,
    /// Source row ids by kind and normalized name, so that a source met again is not looked up.
    source_ids: SourceIds,
}

/// Source row ids by kind and normalized name.
type SourceIds = HashMap<(&'static str, String), i64>;

/// Sources whose ids are kept at most; beyond, the map starts afresh.
const SOURCE_IDS_LIMIT: usize = 100_000;

/// What happened to one article during ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A new article was stored.
    Added,
    /// A stored article's text changed; its claims were replaced.
    Updated,
    /// The same article with the same text was already stored.
    Unchanged,
    /// The same text is stored under another name.
    Duplicate,
}

/// The result of an ingest run.
#[derive(Debug, Default, Clone)]
pub struct IngestSummary {
    /// New articles.
    pub added: usize,
    /// Articles whose claims were replaced.
    pub updated: usize,
    /// Articles already stored as they are.
    pub unchanged: usize,
    /// Articles whose text is stored under another name.
    pub duplicates: usize,
    /// Files or lines that could not be read, with the reason.
    pub errors: Vec<String>,
}

/// Totals over the whole database.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    /// Articles stored.
    pub articles: i64,
    /// Claims stored.
    pub claims: i64,
    /// Distinct sources.
    pub sources: i64,
    /// Contested claims.
    pub contested: i64,
}

fn db_err(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| {
        let path = path.display().to_string();
        match e.sqlite_error_code() {
            // Another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED): say so plainly.
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                Error::Busy { path }
            }
            Some(rusqlite::ErrorCode::CannotOpen) => Error::CannotOpen { path },
            _ => Error::Db { path, source: e },
        }
    }
}

/// The content hash of an article's text.
pub fn content_hash(body: &str) -> String {
    let digest = Sha256::digest(body.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The name under which a source is the same entity across articles: lower case, single spaces,
/// no surrounding punctuation.
pub fn normalize_name(name: &str) -> String {
    crate::normalize::normalize_field(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// The key an article is stored under: its URL, or its path (with the record id for JSONL).
pub fn article_key(a: &Article) -> String {
    if let Some(url) = a.url.as_deref().filter(|u| !u.is_empty()) {
        return url.to_string();
    }
    match &a.id {
        Some(id) if a.path.ends_with(".jsonl") || a.path == "-" => format!("{}#{}", a.path, id),
        _ => a.path.clone(),
    }
}

impl Store {
    /// Opens a database for reports: as [`Store::open`], and reads the file through memory
    /// mapping rather than one system call per page, which makes large reports faster.
    pub fn open_for_reports(path: &Path) -> Result<Store> {
        let store = Store::open(path)?;
        store
            .conn
            .pragma_update(None, "mmap_size", 1i64 << 30)
            .map_err(db_err(path))?;
        Ok(store)
    }

    /// Opens (creating if needed) a database and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let err = db_err(path);
        let mut conn = Connection::open(path).map_err(&err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(&err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(&err)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(&err)?;
        if version > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                path: path.display().to_string(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // WAL cannot be switched on inside a transaction, and an in-memory database has none.
        let _: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(&err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(&err)?;
        // Ingest and reports use a few dozen statements; keep them all prepared. A 32 MB page
        // cache keeps the indexes that linking reads in memory, and ingest's peak memory under
        // 200 MB beside the allocator's per-thread pools.
        conn.set_prepared_statement_cache_capacity(64);
        conn.pragma_update(None, "cache_size", -32768)
            .map_err(&err)?;
        if version < SCHEMA_VERSION {
            // Take the write lock first, so that a second process waits (up to the busy
            // timeout) instead of failing, and read the version again under it: the other
            // process may have just brought the schema up to date.
            let tx = conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(&err)?;
            let version: i64 = tx
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .map_err(&err)?;
            if version > 0 && version < SCHEMA_VERSION {
                for (from, sql) in MIGRATIONS {
                    if *from >= version {
                        tx.execute_batch(sql).map_err(&err)?;
                    }
                }
            }
            if version < SCHEMA_VERSION {
                tx.execute_batch(SCHEMA).map_err(&err)?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION)
                    .map_err(&err)?;
            }
            tx.commit().map_err(&err)?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            link_across_articles: true,
            batch_size: BATCH,
            cache: crate::clusters::Cache::default(),
            source_ids: SourceIds::new(),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying connection, for queries of the library's users.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Extracts and stores articles. `progress` is told how many articles have been read so far.
    pub fn ingest<I>(
        &mut self,
        items: I,
        extractor: &Extractor,
        mut progress: impl FnMut(usize),
    ) -> Result<IngestSummary>
    where
        I: IntoIterator<Item = Result<Article>>,
    {
        // Extraction of the next batch runs on all cores while one thread writes this one.
        let batch_size = self.batch_size.max(1);
        let link = self.link_across_articles;
        let (send, receive) = std::sync::mpsc::sync_channel::<(Batch, Vec<String>)>(1);
        // The single writer is the stage that cannot be shared out: extraction runs on threads
        // of lower priority, which take the cores whenever the writer does not need them.
        let pool = rayon::ThreadPoolBuilder::new()
            .start_handler(|_| yield_to_writer())
            .build()
            .ok();
        let summary = std::thread::scope(|scope| {
            let writer = scope.spawn(|| -> Result<IngestSummary> {
                let mut summary = IngestSummary::default();
                for (batch, errors) in receive {
                    summary.errors.extend(errors);
                    self.write_batch(&batch, &mut summary)?;
                    // Freeing a batch's many small allocations is left to the extracting
                    // threads, which have time to spare while the writer works.
                    match &pool {
                        Some(pool) => pool.spawn(move || drop(batch)),
                        None => drop(batch),
                    }
                }
                Ok(summary)
            });
            let mut seen = 0usize;
            for chunk in crate::batches(items, batch_size) {
                seen += chunk.len();
                let mut batch: Batch = Vec::with_capacity(chunk.len());
                let mut errors = Vec::new();
                for result in on(pool.as_ref(), || extractor.extract_batch(chunk)) {
                    match result {
                        Ok((article, claims)) => batch.push((article, claims, Vec::new())),
                        Err(e) => errors.push(e.to_string()),
                    }
                }
                // The keys that link claims across articles, on all cores too.
                if link {
                    on(pool.as_ref(), || {
                        batch.par_iter_mut().for_each(|(_, claims, keys)| {
                            if let Some(lex) = extractor.lexicons().get(&claims.article.language) {
                                *keys = crate::clusters::article_keys(
                                    claims.article.title.as_deref(),
                                    &claims.claims,
                                    lex,
                                );
                            }
                        })
                    });
                }
                // The writer stopped on an error, which `join` returns.
                if send.send((batch, errors)).is_err() {
                    break;
                }
                progress(seen);
            }
            drop(send);
            writer
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })?;
        // Fold the write-ahead log into the database, so that readers start from a small log.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(db_err(&self.path))?;
        Ok(summary)
    }

    fn write_batch(&mut self, batch: &Batch, summary: &mut IngestSummary) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let err = db_err(&path);
        let link = self.link_across_articles;
        // Immediate: wait for another writer (up to the busy timeout) rather than fail at the
        // first write.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(&err)?;
        let mut written = Ok(());
        for (article, claims, keys) in batch {
            let keys = Some(keys.as_slice()).filter(|_| link);
            let cache = (&mut self.cache, &mut self.source_ids);
            match write_article(&tx, article, claims, keys, cache) {
                Ok(Outcome::Added) => summary.added += 1,
                Ok(Outcome::Updated) => summary.updated += 1,
                Ok(Outcome::Unchanged) => summary.unchanged += 1,
                Ok(Outcome::Duplicate) => summary.duplicates += 1,
                Err(e) => {
                    written = Err(e);
                    break;
                }
            }
        }
        let written = written.and_then(|()| self.cache.flush(&tx));
        let done = written.and_then(|()| tx.commit());
        if done.is_err() {
            // The batch is rolled back: ids remembered from it may name rows that are gone.
            self.cache = crate::clusters::Cache::default();
            self.source_ids.clear();
        }
        done.map_err(&err)
    }

    /// Totals over the whole database.
    pub fn totals(&self) -> Result<Totals> {
        let err = db_err(&self.path);
        self.conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims),
                        (SELECT COUNT(*) FROM sources), (SELECT COUNT(*) FROM claims WHERE contested = 1)",
                [],
                |r| {
                    Ok(Totals {
                        articles: r.get(0)?,
                        claims: r.get(1)?,
                        sources: r.get(2)?,
                        contested: r.get(3)?,
                    })
                },
            )
            .map_err(err)
    }

    /// Runs `PRAGMA integrity_check` and returns its first line ("ok" when sound).
    pub fn integrity_check(&self) -> Result<String> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(db_err(&self.path))
    }
}

/// Runs `f` on `pool`, or on the global pool when there is none.
fn on<R: Send>(pool: Option<&rayon::ThreadPool>, f: impl FnOnce() -> R + Send) -> R {
    match pool {
        Some(pool) => pool.install(f),
        None => f(),
    }
}

/// Lowers the priority of the calling thread, so that the writer thread runs first when both
/// are ready. On Linux the nice value belongs to the thread; elsewhere this does nothing.
fn yield_to_writer() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; `0` names the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

fn write_article(
    tx: &Transaction,
    article: &Article,
    extracted: &ArticleClaims,
    link_with: Option<&[Option<Arc<Keys>>]>,
    (cache, source_ids): (&mut crate::clusters::Cache, &mut SourceIds),
) -> rusqlite::Result<Outcome> {
    let key = article_key(article);
    let hash = content_hash(&article.body);
    let existing: Option<(i64, String)> = tx
        .prepare_cached("SELECT id, content_hash FROM articles WHERE key = ?1")?
        .query_row([&key], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let outcome = match &existing {
        Some((_, h)) if *h == hash => return Ok(Outcome::Unchanged),
        Some((id, _)) => {
            tx.prepare_cached("DELETE FROM articles WHERE id = ?1")?
                .execute([id])?;
            Outcome::Updated
        }
        None => {
            let dup: Option<i64> = tx
                .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1 LIMIT 1")?
                .query_row([&hash], |r| r.get(0))
                .optional()?;
            if dup.is_some() {
                return Ok(Outcome::Duplicate);
            }
            Outcome::Added
        }
    };
    let info = &extracted.article;
    tx.prepare_cached(
        "INSERT INTO articles (key, path, record_id, url, title, outlet, published, language, content_hash, body)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        key,
        info.path,
        info.id,
        info.url,
        info.title,
        info.outlet,
        info.published,
        info.language,
        hash,
        article.body
    ])?;
    let article_id = tx.last_insert_rowid();
    let mut ids: rustc_hash::FxHashMap<u32, i64> = rustc_hash::FxHashMap::default();
    for (i, c) in extracted.claims.iter().enumerate() {
        let quotes = serde_json::to_string(&c.quotes).unwrap_or_else(|_| "[]".into());
        // The claim's linking keys, kept with it so that later articles can be compared with it.
        let link_keys = link_with
            .and_then(|keys| keys.get(i)?.as_ref())
            .map(|k| k.stored.as_str());
        tx.prepare_cached(
            "INSERT INTO claims (article_id, seq, sentence, char_start, char_end, text, cue, stance, quote, quotes,
                                 contested, primary_anonymous, all_anonymous, single_anonymous, any_named,
                                 link_keys)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        )?
        .execute(params![
            article_id,
            c.id,
            c.sentence,
            c.start as i64,
            c.end as i64,
            c.text,
            c.cue,
            c.stance.as_str(),
            c.quote,
            quotes,
            c.contested,
            c.sources.first().is_some_and(|s| s.anonymous),
            !c.sources.is_empty() && c.sources.iter().all(|s| s.anonymous),
            c.sources.len() == 1 && c.sources[0].anonymous && c.sources[0].count == Some(1),
            c.sources.iter().any(|s| !s.anonymous),
            link_keys
        ])?;
        let claim_id = tx.last_insert_rowid();
        ids.insert(c.id, claim_id);
        for (position, s) in c.sources.iter().enumerate() {
            let norm = normalize_name(if s.kind == SourceKind::Anonymous {
                s.descriptor.as_deref().unwrap_or(&s.name)
            } else {
                &s.name
            });
            let source_key = (s.kind.as_str(), norm);
            let source_id = match source_ids.get(&source_key) {
                Some(&id) => id,
                None => {
                    let (kind, norm) = &source_key;
                    tx.prepare_cached(
                        "INSERT OR IGNORE INTO sources (kind, name, norm_name) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![kind, s.name, norm])?;
                    let id: i64 = tx
                        .prepare_cached(
                            "SELECT id FROM sources WHERE kind = ?1 AND norm_name = ?2",
                        )?
                        .query_row(params![kind, norm], |r| r.get(0))?;
                    if source_ids.len() >= SOURCE_IDS_LIMIT {
                        source_ids.clear();
                    }
                    source_ids.insert(source_key, id);
                    id
                }
            };
            tx.prepare_cached(
                "INSERT INTO attributions (claim_id, article_id, position, source_id, name, anonymous, count, descriptor, anonymity_reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )?
            .execute(params![
                claim_id,
                article_id,
                position as i64,
                source_id,
                s.name,
                s.anonymous,
                s.count,
                s.descriptor,
                s.anonymity_reason
            ])?;
        }
    }
    for c in &extracted.claims {
        for target in &c.rebuts {
            if let (Some(from), Some(to)) = (ids.get(&c.id), ids.get(target)) {
                tx.prepare_cached("INSERT OR IGNORE INTO rebuttals (claim_id, target_id, scope) VALUES (?1, ?2, 'article')")?
                    .execute(params![from, to])?;
            }
        }
    }
    if let Some(keys) = link_with {
        crate::clusters::link_article(
            tx,
            cache,
            article_id,
            info.published.as_deref(),
            &extracted.claims,
            keys,
            &ids,
        )?;
    }
    Ok(outcome)
}

/// An article as stored, for reports.
#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    /// The article's row id.
    pub id: i64,
    /// The key it is stored under.
    pub key: String,
    /// The file it came from.
    pub path: String,
    /// Its title.
    pub title: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// Its language.
    pub language: String,
}

/// A stored claim with its article. Its `id` and `rebuts` are database-wide claim ids.
#[derive(Debug, Clone, Serialize)]
pub struct StoredClaim {
    /// The claim, as `extract` reports it, with database-wide ids.
    #[serde(flatten)]
    pub claim: Claim,
    /// The claim's number within its article.
    pub seq: u32,
    /// The article it appears in.
    pub article: Arc<StoredArticle>,
    /// The cluster of claims, across articles, that state the same thing.
    pub cluster: Option<i64>,
}

/// Filters for the `claims` report. Every field is optional; `None` means no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimFilter {
    /// The article: its row id, key, path or URL.
    pub article: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The language code.
    pub language: Option<String>,
    /// Published on or after this ISO date.
    pub since: Option<String>,
    /// Published on or before this ISO date.
    pub until: Option<String>,
    /// A source whose name contains this text (case-insensitive).
    pub source: Option<String>,
    /// Only claims whose primary source is anonymous.
    pub anonymous: bool,
    /// Only contested claims.
    pub contested: bool,
    /// At most this many claims (the first in date order).
    pub limit: Option<usize>,
    /// Only claims of this cluster.
    pub cluster: Option<i64>,
}

impl ClaimFilter {
    /// Whether the filter passes every contested claim of the database: it names no article,
    /// outlet, date, source or cluster, and sets no limit.
    pub fn is_whole_database(&self) -> bool {
        self.limit.is_none() && self.only_contested_or_limited()
    }

    /// Whether the filter asks for nothing but contested claims, or a limit.
    fn only_contested_or_limited(&self) -> bool {
        *self
            == ClaimFilter {
                contested: self.contested,
                limit: self.limit,
                ..ClaimFilter::default()
            }
    }
}

/// The claim filter: one condition with optional parameters (?1 … ?8), shared by the statements
/// below at compile time, never assembled at run time.
macro_rules! claim_filter {
    () => {
        "(?1 IS NULL OR c.article_id = ?1)
          AND (?2 IS NULL OR a.outlet = ?2)
          AND (?3 IS NULL OR a.language = ?3)
          AND (?4 IS NULL OR a.published >= ?4)
          AND (?5 IS NULL OR a.published <= ?5 || 'T99')
          AND (?6 IS NULL OR EXISTS (SELECT 1 FROM attributions x WHERE x.claim_id = c.id AND instr(lower(x.name), lower(?6)) > 0))
          AND (?7 = 0 OR c.primary_anonymous = 1)
          AND (?8 = 0 OR c.contested = 1)
          AND (?9 IS NULL OR c.cluster_id = ?9)"
    };
}

/// The columns of a claim and its article, in the order `read_row` reads them.
macro_rules! claim_columns {
    () => {
        "c.id, c.seq, c.sentence, c.char_start, c.char_end, c.text, c.cue, c.stance, c.quote, c.quotes, c.contested,
         c.article_id, c.cluster_id"
    };
}

/// The claims that pass the filter, `lead` (a plain condition on an indexed column) first: the
/// ids are chosen and limited in date order, and the rows read after, so that SQLite sorts ids
/// rather than whole rows. The caller puts the rows in date order again ([`in_date_order`]).
macro_rules! filtered_claims {
    ($lead:literal) => {
        concat!(
            "SELECT ",
            claim_columns!(),
            " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (
                SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE ",
            $lead,
            claim_filter!(),
            " ORDER BY a.published, a.id, c.seq LIMIT ?10)"
        )
    };
}

const FILTERED_CLAIMS: &str = filtered_claims!("");

/// [`FILTERED_CLAIMS`] when it names an article, a cluster, or asks for contested claims: the
/// same filter, led by a plain condition on an indexed column, so that SQLite reads only those
/// claims rather than scanning them all (a parameter that may be NULL hides the index from it).
const ARTICLE_CLAIMS: &str = filtered_claims!("c.article_id = ?1 AND ");
const CLUSTER_CLAIMS: &str = filtered_claims!("c.cluster_id = ?9 AND ");
const CONTESTED_CLAIMS: &str = filtered_claims!("c.contested = 1 AND ");

/// Every claim whose id is between ?10 and ?11 that passes the filter, with no limit: one pass
/// over that range of the table, with no list of ids to sort and look up again. A whole-database
/// report reads two ranges at once, on two connections ([`Store::claims`]).
const CLAIMS_IN_RANGE: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id BETWEEN ?10 AND ?11 AND ",
    claim_filter!()
);

/// [`CLAIMS_IN_RANGE`] for contested claims, read from the contested index.
const CONTESTED_IN_RANGE: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.contested = 1 AND c.id BETWEEN ?10 AND ?11 AND ",
    claim_filter!()
);

/// How many claims pass the filter.
const COUNT_CLAIMS: &str = concat!(
    "SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE ",
    claim_filter!()
);

/// The sources of the claims whose ids are in the JSON array ?1.
const ATTRIBUTIONS_OF: &str = "
    SELECT at.claim_id, at.name, s.kind, at.anonymous, at.count, at.descriptor, at.anonymity_reason
    FROM attributions at JOIN sources s ON s.id = at.source_id
    WHERE at.claim_id IN (SELECT value FROM json_each(?1))
    ORDER BY at.claim_id, at.position";

/// The rebuttal links from the claims whose ids are in the JSON array ?1: what each rebuts.
const REBUTTALS_OF: &str = "
    SELECT r.claim_id, r.target_id FROM rebuttals r
    WHERE r.claim_id IN (SELECT value FROM json_each(?1))";

/// The articles of the claims of the clusters whose ids are in the JSON array ?1, each cluster's
/// earliest first.
const FIRST_APPEARANCES: &str = "
    SELECT c.cluster_id, a.id, a.key, a.path, a.title, a.outlet, a.published, a.url, a.language
    FROM claims c JOIN articles a ON a.id = c.article_id
    WHERE c.cluster_id IN (SELECT value FROM json_each(?1))
    ORDER BY c.cluster_id, a.published IS NULL, a.published, a.id";

/// A page of stored articles after the id ?1, at most ?2 of them.
const ARTICLES_AFTER: &str =
    "SELECT id, path, record_id, url, title, outlet, published, language, body
    FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2";

/// The verdicts on the claims whose ids are in the JSON array ?1.
const REVIEWS_OF: &str = "SELECT claim_id, reviewer, rating, url, reviewed_at FROM reviews
    WHERE claim_id IN (SELECT value FROM json_each(?1)) ORDER BY claim_id, reviewer";

/// The rebuttals aimed at the claims whose ids are in the JSON array ?1.
const REBUTTERS_OF: &str =
    "SELECT claim_id, target_id FROM rebuttals WHERE target_id IN (SELECT value FROM json_each(?1))";

/// Articles by id, for the ids in the JSON array ?1: the columns `read_article` reads.
const ARTICLES_BY_ID: &str = "
    SELECT a.id, a.key, a.path, a.title, a.outlet, a.published, a.url, a.language
    FROM articles a WHERE a.id IN (SELECT value FROM json_each(?1))";

/// The rebuttal links to the contested claims that pass the claim filter.
const REBUTTERS_OF_FILTERED: &str = concat!(
    "SELECT r.claim_id, r.target_id FROM rebuttals r
     JOIN claims c ON c.id = r.target_id JOIN articles a ON a.id = c.article_id
     WHERE c.contested = 1 AND ",
    claim_filter!()
);

/// Every rebuttal link: with no filter, the links to the contested claims are all of them, since
/// a claim is contested when something rebuts it.
const ALL_REBUTTALS: &str = "SELECT r.claim_id, r.target_id FROM rebuttals r";

/// Every claim that rebuts another, in one pass (no list of ids to look up one by one).
const ALL_REBUTTING_CLAIMS: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.id IN (SELECT claim_id FROM rebuttals)"
);

/// The claims with ids in (?1, ?2] that are contested or rebut another, in one pass over the
/// table: for every contested claim of an archive, a scan reads each page once, where looking
/// the claims up one by one reads the tree's upper pages again for each. The unary plus keeps
/// SQLite from the `contested` index.
const CLAIMS_IN_REBUTTALS: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c WHERE c.id > ?1 AND c.id <= ?2
       AND (+c.contested = 1 OR +c.id IN (SELECT claim_id FROM rebuttals))"
);

/// Every claim's sources, in one pass over the table, in no order. The caller keeps those of the
/// claims it wants (a probe of a hash set in Rust is quicker than one of SQLite's for a list of
/// ids) and puts each claim's in order of position.
const ALL_ATTRIBUTIONS: &str = "
    SELECT at.claim_id, at.name, at.source_id, at.anonymous, at.count, at.descriptor,
           at.anonymity_reason, at.position
    FROM attributions at";

/// The kind of every source.
const SOURCE_KINDS: &str = "SELECT id, kind FROM sources";

/// Every article: the columns `read_article` reads.
const ALL_ARTICLES: &str =
    "SELECT a.id, a.key, a.path, a.title, a.outlet, a.published, a.url, a.language FROM articles a";

/// The claims whose ids are in the JSON array ?1, in no order ([`in_date_order`] sorts them).
const CLAIMS_BY_ID: &str = concat!(
    "SELECT ",
    claim_columns!(),
    " FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.id IN (SELECT value FROM json_each(?1))"
);

/// An article's row id, found by row id, key, path or URL.
const ARTICLE_ID: &str = "
    SELECT id FROM articles WHERE key = ?1
    UNION ALL SELECT id FROM articles WHERE url = ?1
    UNION ALL SELECT id FROM articles WHERE path = ?1
    UNION ALL SELECT id FROM articles WHERE CAST(id AS TEXT) = ?1 AND ?1 GLOB '[0-9]*'
    LIMIT 1";

fn kind_of(s: &str) -> SourceKind {
    match s {
        "person" => SourceKind::Person,
        "organization" => SourceKind::Organization,
        "document" => SourceKind::Document,
        _ => SourceKind::Anonymous,
    }
}

pub(crate) fn stance_of(s: &str) -> Stance {
    match s {
        "deny" => Stance::Deny,
        "no_comment" => Stance::NoComment,
        _ => Stance::Assert,
    }
}

struct Row {
    claim: Claim,
    seq: u32,
    article: i64,
    cluster: Option<i64>,
}

/// Puts claims in date order: by their article's date (undated first), article, and place in
/// the article, as SQLite orders them.
fn in_date_order(rows: &mut [StoredClaim]) {
    rows.par_sort_unstable_by(|x, y| {
        (&x.article.published, x.article.id, x.seq).cmp(&(
            &y.article.published,
            y.article.id,
            y.seq,
        ))
    });
}

fn read_row(r: &rusqlite::Row) -> rusqlite::Result<Row> {
    let quotes: String = r.get(9)?;
    let stance: String = r.get(7)?;
    let seq: i64 = r.get(1)?;
    let start: i64 = r.get(3)?;
    let end: i64 = r.get(4)?;
    let id: i64 = r.get(0)?;
    Ok(Row {
        claim: Claim {
            id: u32::try_from(id).unwrap_or(u32::MAX),
            sentence: r.get(2)?,
            start: usize::try_from(start).unwrap_or(0),
            end: usize::try_from(end).unwrap_or(0),
            text: r.get(5)?,
            cue: r.get(6)?,
            stance: stance_of(&stance),
            quote: r.get(8)?,
            quotes: serde_json::from_str(&quotes).unwrap_or_default(),
            sources: Vec::new(),
            rebuts: Vec::new(),
            contested: r.get(10)?,
            byte_start: 0,
            byte_end: 0,
            deny_cues: None,
        },
        seq: u32::try_from(seq).unwrap_or(0),
        article: r.get(11)?,
        cluster: r.get(12)?,
    })
}

/// An article from the row's columns id, key, path, title, outlet, published, url, language, in
/// that order from `at`.
fn read_article(r: &rusqlite::Row, at: usize) -> rusqlite::Result<StoredArticle> {
    Ok(StoredArticle {
        id: r.get(at)?,
        key: r.get(at + 1)?,
        path: r.get(at + 2)?,
        title: r.get(at + 3)?,
        outlet: r.get(at + 4)?,
        published: r.get(at + 5)?,
        url: r.get(at + 6)?,
        language: r.get(at + 7)?,
    })
}

fn read_source(r: &rusqlite::Row) -> rusqlite::Result<(i64, Source)> {
    let kind: String = r.get(2)?;
    source_of(r, kind_of(&kind))
}

/// A claim's id and one of its sources from the row's columns claim id, name, (kind), anonymous,
/// count, descriptor and reason, in that order; the kind given.
fn source_of(r: &rusqlite::Row, kind: SourceKind) -> rusqlite::Result<(i64, Source)> {
    let count: Option<i64> = r.get(4)?;
    Ok((
        r.get(0)?,
        Source {
            name: r.get(1)?,
            kind,
            anonymous: r.get(3)?,
            count: count.and_then(|c| u32::try_from(c).ok()),
            descriptor: r.get(5)?,
            anonymity_reason: r.get(6)?,
            subgroup: false,
            backref: false,
            apposed: false,
        },
    ))
}

/// Each contested claim with the claims that rebut it: `rebutters_of` gives their ids (taken
/// out as they are used), `by_id` the claims.
fn with_rebuttals<S: std::hash::BuildHasher, T: std::hash::BuildHasher>(
    claims: Vec<StoredClaim>,
    rebutters_of: &mut HashMap<u32, Vec<u32>, S>,
    by_id: &HashMap<u32, Arc<StoredClaim>, T>,
) -> Vec<ContestedClaim> {
    claims
        .into_iter()
        .map(|claim| {
            let froms = rebutters_of.remove(&claim.claim.id).unwrap_or_default();
            let rebuttals = froms.iter().filter_map(|f| by_id.get(f).cloned()).collect();
            ContestedClaim { claim, rebuttals }
        })
        .collect()
}

fn claim_id(id: i64) -> u32 {
    u32::try_from(id).unwrap_or(u32::MAX)
}

/// What the report of every contested claim reads besides the claims: the rebuttal links, by
/// rebutting claim and by target, the sources of the claims in them, and every article.
struct RebuttalTables {
    /// What each rebutting claim rebuts, in id order.
    rebuts: FxHashMap<u32, Vec<u32>>,
    /// What rebuts each rebutted claim, in id order.
    rebutters_of: FxHashMap<u32, Vec<u32>>,
    sources: FxHashMap<u32, Vec<Source>>,
    articles: FxHashMap<i64, Arc<StoredArticle>>,
}

/// A claim that is contested or rebuts another, read for [`Store::every_contested_json`]: its
/// own fields already written as JSON, as [`StoredClaim`] writes them, up to its sources.
struct ClaimHead {
    id: u32,
    article: i64,
    seq: u32,
    cluster: Option<i64>,
    contested: bool,
    json: Vec<u8>,
}

/// Appends one field of a JSON object to `json`, opening the object at its first field.
fn json_field(json: &mut Vec<u8>, name: &str, value: &(impl Serialize + ?Sized)) {
    json.push(if json.is_empty() { b'{' } else { b',' });
    json.push(b'"');
    json.extend_from_slice(name.as_bytes());
    json.extend_from_slice(b"\":");
    // Writing to memory cannot fail.
    let _ = serde_json::to_writer(&mut *json, value);
}

/// A text column read in place, without a copy.
fn text_at<'r>(r: &'r rusqlite::Row, at: usize) -> rusqlite::Result<Option<&'r str>> {
    r.get_ref(at)?.as_str_or_null().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(at, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A [`ClaimHead`] from the columns of `claim_columns!`: the fields [`read_row`] reads, written
/// in the order and form in which a [`Claim`] serializes them.
fn read_head(r: &rusqlite::Row) -> rusqlite::Result<ClaimHead> {
    let id = claim_id(r.get(0)?);
    let seq: i64 = r.get(1)?;
    let start: i64 = r.get(3)?;
    let end: i64 = r.get(4)?;
    let quotes = text_at(r, 9)?.unwrap_or("[]");
    let quotes: Vec<String> = if quotes == "[]" {
        Vec::new()
    } else {
        serde_json::from_str(quotes).unwrap_or_default()
    };
    let sentence = text_at(r, 2)?.unwrap_or("");
    let text = text_at(r, 5)?.unwrap_or("");
    // Room for the claim's fields and its sources, so that it is not copied as it grows; its
    // article is written apart ([`ContestedJson::write_claim`]).
    let quoted: usize = quotes.iter().map(String::len).sum();
    let mut json = Vec::with_capacity(sentence.len() + text.len() + quoted + 640);
    json_field(&mut json, "id", &id);
    json_field(&mut json, "sentence", sentence);
    json_field(&mut json, "start", &usize::try_from(start).unwrap_or(0));
    json_field(&mut json, "end", &usize::try_from(end).unwrap_or(0));
    json_field(&mut json, "text", text);
    json_field(&mut json, "cue", &text_at(r, 6)?);
    json_field(
        &mut json,
        "stance",
        &stance_of(text_at(r, 7)?.unwrap_or("")),
    );
    json_field(&mut json, "quote", &r.get::<_, bool>(8)?);
    json_field(&mut json, "quotes", &quotes);
    Ok(ClaimHead {
        id,
        article: r.get(11)?,
        seq: u32::try_from(seq).unwrap_or(0),
        cluster: r.get(12)?,
        contested: r.get(10)?,
        json,
    })
}

/// The `contested` report of a whole database as JSON ([`Store::every_contested_json`]): each
/// claim written once, however many claims it rebuts.
pub struct ContestedJson {
    /// Each claim's JSON, as [`StoredClaim`] writes it, but for its article and cluster.
    pub(crate) claims: Vec<ClaimJson>,
    /// Each article's JSON, written once for all its claims.
    pub(crate) articles: Vec<Vec<u8>>,
    /// The contested claims in date order: the place in `claims` of each and of the claims
    /// that rebut it, in id order.
    pub(crate) entries: Vec<(usize, Vec<usize>)>,
}

/// One claim of a [`ContestedJson`]: its JSON up to its last two fields, which are written with
/// it ([`ContestedJson::write_claim`]): its article, shared with the article's other claims, and
/// its cluster.
pub(crate) struct ClaimJson {
    /// The object's fields, from its opening brace to `seq`.
    pub(crate) json: Vec<u8>,
    /// Its article's place in [`ContestedJson::articles`].
    pub(crate) article: Option<usize>,
    pub(crate) cluster: Option<i64>,
}

impl ContestedJson {
    /// Writes the claim at place `i` in [`ContestedJson::claims`] as a JSON object.
    pub(crate) fn write_claim(&self, w: &mut dyn std::io::Write, i: usize) -> std::io::Result<()> {
        let c = &self.claims[i];
        w.write_all(&c.json)?;
        w.write_all(b",\"article\":")?;
        match c.article.and_then(|a| self.articles.get(a)) {
            Some(json) => w.write_all(json)?,
            None => w.write_all(b"null")?,
        }
        w.write_all(b",\"cluster\":")?;
        match c.cluster {
            Some(id) => write!(w, "{id}")?,
            None => w.write_all(b"null")?,
        }
        w.write_all(b"}")
    }

    /// How many contested claims it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Appends a claim's source to its list. Most claims have one source: the list is made with room
/// for one, where a vector's first push makes room for four (for a hundred thousand claims, tens
/// of megabytes the system must clear).
fn push_source<K, V, S>(lists: &mut HashMap<K, Vec<V>, S>, claim: K, source: V)
where
    K: std::hash::Hash + Eq,
    S: std::hash::BuildHasher,
{
    lists
        .entry(claim)
        .or_insert_with(|| Vec::with_capacity(1))
        .push(source);
}

/// Rebuttal links (rebutting claim, target) grouped by target, each target's rebutters in
/// order and without repeats.
fn by_target(
    rows: impl Iterator<Item = rusqlite::Result<(i64, i64)>>,
) -> rusqlite::Result<HashMap<u32, Vec<u32>>> {
    let mut rebutters_of: HashMap<u32, Vec<u32>> = HashMap::new();
    for row in rows {
        let (from, to) = row?;
        rebutters_of
            .entry(u32::try_from(to).unwrap_or(u32::MAX))
            .or_default()
            .push(u32::try_from(from).unwrap_or(u32::MAX));
    }
    for froms in rebutters_of.values_mut() {
        froms.sort_unstable();
        froms.dedup();
    }
    Ok(rebutters_of)
}

fn id_list<T: Serialize>(ids: impl IntoIterator<Item = T>) -> String {
    serde_json::to_string(&ids.into_iter().collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into())
}

impl Store {
    /// The row id of the article a selector names, if any.
    pub fn article_id(&self, selector: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached(ARTICLE_ID)
            .and_then(|mut s| s.query_row([selector], |r| r.get(0)).optional())
            .map_err(db_err(&self.path))
    }

    /// Gives claim rows their sources and rebuttal links, with one statement for each.
    fn complete(&self, rows: Vec<Row>) -> rusqlite::Result<Vec<StoredClaim>> {
        // Each article is read once, however many of its claims there are.
        let mut article_ids: Vec<i64> = rows.iter().map(|r| r.article).collect();
        article_ids.sort_unstable();
        article_ids.dedup();
        let mut articles: HashMap<i64, Arc<StoredArticle>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(ARTICLES_BY_ID)?;
        for item in stmt.query_map([id_list(article_ids)], |r| read_article(r, 0))? {
            let a = item?;
            articles.insert(a.id, Arc::new(a));
        }
        let ids = id_list(rows.iter().map(|r| r.claim.id));
        let mut sources: HashMap<i64, Vec<Source>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(ATTRIBUTIONS_OF)?;
        for item in stmt.query_map([&ids], read_source)? {
            let (id, source) = item?;
            push_source(&mut sources, id, source);
        }
        let mut rebuts: HashMap<u32, Vec<u32>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(REBUTTALS_OF)?;
        for item in stmt.query_map([&ids], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (from, to) = item?;
            let (from, to) = (
                u32::try_from(from).unwrap_or(u32::MAX),
                u32::try_from(to).unwrap_or(u32::MAX),
            );
            rebuts.entry(from).or_default().push(to);
        }
        let mut out: Vec<StoredClaim> = rows
            .into_iter()
            .filter_map(|mut row| {
                row.claim.sources = sources.remove(&i64::from(row.claim.id)).unwrap_or_default();
                let mut r = rebuts.remove(&row.claim.id).unwrap_or_default();
                r.sort_unstable();
                row.claim.rebuts = r;
                Some(StoredClaim {
                    claim: row.claim,
                    seq: row.seq,
                    article: Arc::clone(articles.get(&row.article)?),
                    cluster: row.cluster,
                })
            })
            .collect();
        in_date_order(&mut out);
        Ok(out)
    }

    /// The values of the parameters ?1 to ?10 of `claim_filter!` and its limit, the article
    /// resolved to its row id; `None` when the filter names an article that is not stored, which
    /// no claim passes. `contested` is that of the filter, or true.
    fn filter_values(
        &self,
        f: &ClaimFilter,
        contested: bool,
    ) -> Result<Option<[rusqlite::types::Value; 10]>> {
        use rusqlite::types::Value;
        let article = match &f.article {
            Some(sel) => match self.article_id(sel)? {
                Some(id) => Value::Integer(id),
                None => return Ok(None),
            },
            None => Value::Null,
        };
        let text = |v: &Option<String>| v.clone().map_or(Value::Null, Value::Text);
        Ok(Some([
            article,
            text(&f.outlet),
            text(&f.language),
            text(&f.since),
            text(&f.until),
            text(&f.source),
            Value::Integer(i64::from(f.anonymous)),
            Value::Integer(i64::from(f.contested || contested)),
            f.cluster.map_or(Value::Null, Value::Integer),
            Value::Integer(f.limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX))),
        ]))
    }

    /// The claims that pass a filter, in date order.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Vec<StoredClaim>> {
        let Some(values) = self.filter_values(f, false)? else {
            return Ok(Vec::new());
        };
        let (query, params) = if f.article.is_some() {
            (ARTICLE_CLAIMS, &values[..])
        } else if f.cluster.is_some() {
            (CLUSTER_CLAIMS, &values[..])
        } else if f.contested && f.limit.is_none() {
            return self.claims_in_halves(CONTESTED_IN_RANGE, &values);
        } else if f.contested {
            (CONTESTED_CLAIMS, &values[..])
        } else if f.limit.is_none() {
            return self.claims_in_halves(CLAIMS_IN_RANGE, &values);
        } else {
            (FILTERED_CLAIMS, &values[..])
        };
        self.read_claims(query, rusqlite::params_from_iter(params))
    }

    /// Every claim that passes a filter with no limit (`values` those of [`Store::filter_values`]),
    /// in date order: the lower half of the ids is read on a second connection, on another core,
    /// while this one reads the upper half. The second reads only if it sees the same state of the
    /// database; otherwise this one reads both.
    fn claims_in_halves(
        &self,
        query: &str,
        values: &[rusqlite::types::Value; 10],
    ) -> Result<Vec<StoredClaim>> {
        use rusqlite::types::Value;
        let err = db_err(&self.path);
        // One snapshot for both halves, unless the caller holds one already.
        let _snapshot = match self.conn.is_autocommit() {
            true => Some(self.conn.unchecked_transaction().map_err(&err)?),
            false => None,
        };
        let state = self.state()?;
        let Some(max) = state.0 else {
            return Ok(Vec::new());
        };
        let range = |lo: i64, hi: i64| {
            let mut params = values[..9].to_vec();
            params.extend([Value::Integer(lo), Value::Integer(hi)]);
            params
        };
        let mid = max / 2;
        let other = Store::open_for_reports(&self.path)?;
        let lower = std::thread::scope(|scope| {
            let lower = scope.spawn(move || {
                other.if_in_state(state, |other| {
                    other.read_claims(query, rusqlite::params_from_iter(range(i64::MIN, mid)))
                })
            });
            let upper = self.read_claims(query, rusqlite::params_from_iter(range(mid + 1, max)));
            let lower = lower
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            Ok::<_, Error>((lower, upper))
        });
        let (lower, upper) = lower?;
        let lower = match lower? {
            Some(lower) => lower,
            None => self.read_claims(query, rusqlite::params_from_iter(range(i64::MIN, mid)))?,
        };
        let mut rows = upper?;
        rows.extend(lower);
        in_date_order(&mut rows);
        Ok(rows)
    }

    /// The claims a statement reads (its columns those of `claim_columns!`), completed.
    fn read_claims(&self, query: &str, params: impl rusqlite::Params) -> Result<Vec<StoredClaim>> {
        let err = db_err(&self.path);
        let rows = self
            .conn
            .prepare_cached(query)
            .and_then(|mut stmt| {
                stmt.query_map(params, read_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(&err)?;
        self.complete(rows).map_err(&err)
    }

    /// How many claims pass a filter (its limit aside).
    pub fn count_claims(&self, f: &ClaimFilter) -> Result<i64> {
        let Some(values) = self.filter_values(f, false)? else {
            return Ok(0);
        };
        self.conn
            .prepare_cached(COUNT_CLAIMS)
            .and_then(|mut stmt| {
                stmt.query_row(rusqlite::params_from_iter(&values[..9]), |r| r.get(0))
            })
            .map_err(db_err(&self.path))
    }

    /// One claim by its database id.
    pub fn claim(&self, id: i64) -> Result<Option<StoredClaim>> {
        Ok(self
            .claims_by_id(&[u32::try_from(id).unwrap_or(u32::MAX)])?
            .pop())
    }

    /// Claims by their database ids.
    pub fn claims_by_id(&self, ids: &[u32]) -> Result<Vec<StoredClaim>> {
        self.read_claims(CLAIMS_BY_ID, [id_list(ids.iter().copied())])
    }

    /// The ids of the claims that rebut each of these claims, keyed by the rebutted claim, in
    /// id order.
    pub fn rebutters(&self, ids: impl Iterator<Item = u32>) -> Result<HashMap<u32, Vec<u32>>> {
        let err = db_err(&self.path);
        let ids = id_list(ids);
        let mut stmt = self.conn.prepare_cached(REBUTTERS_OF).map_err(&err)?;
        let rows = stmt
            .query_map([&ids], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .map_err(&err)?;
        by_target(rows).map_err(&err)
    }

    /// What identifies the database's contents between two commits of an ingest: its last
    /// claim and how many claims and rebuttals it holds.
    /// Runs `read` in one snapshot of the database, if this connection sees it in `state` (that
    /// another connection saw); `None` if it does not (an ingest committed in between).
    fn if_in_state<T>(
        &self,
        state: (Option<i64>, i64, i64),
        read: impl FnOnce(&Store) -> Result<T>,
    ) -> Result<Option<T>> {
        let _snapshot = self
            .conn
            .unchecked_transaction()
            .map_err(db_err(&self.path))?;
        if self.state()? != state {
            return Ok(None);
        }
        read(self).map(Some)
    }

    fn state(&self) -> Result<(Option<i64>, i64, i64)> {
        self.conn
            .query_row(
                "SELECT (SELECT max(id) FROM claims), (SELECT count(*) FROM claims),
                        (SELECT count(*) FROM rebuttals)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .map_err(db_err(&self.path))
    }

    /// [`Store::rebutters`] of the contested claims that pass a filter (its limit aside).
    fn rebutters_filtered(&self, f: &ClaimFilter) -> Result<HashMap<u32, Vec<u32>>> {
        let err = db_err(&self.path);
        if f.only_contested_or_limited() {
            let mut stmt = self.conn.prepare_cached(ALL_REBUTTALS).map_err(&err)?;
            let rows = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
                .map_err(&err)?;
            return by_target(rows).map_err(&err);
        }
        let Some(values) = self.filter_values(f, true)? else {
            return Ok(HashMap::new());
        };
        let mut stmt = self
            .conn
            .prepare_cached(REBUTTERS_OF_FILTERED)
            .map_err(&err)?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(&values[..9]), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
            })
            .map_err(&err)?;
        by_target(rows).map_err(&err)
    }

    /// Records a fact-checker's verdict on a claim, replacing the same reviewer's earlier one.
    /// Returns false when there is no such claim.
    pub fn review(&self, claim_id: i64, review: &Review) -> Result<bool> {
        let err = db_err(&self.path);
        let exists = self
            .conn
            .prepare_cached("SELECT 1 FROM claims WHERE id = ?1")
            .and_then(|mut stmt| stmt.exists([claim_id]))
            .map_err(&err)?;
        if !exists {
            return Ok(false);
        }
        self.conn
            .prepare_cached(
                "INSERT INTO reviews (claim_id, reviewer, rating, url, reviewed_at)
                 VALUES (?1, ?2, ?3, ?4, COALESCE(?5, strftime('%Y-%m-%d', 'now')))
                 ON CONFLICT (claim_id, reviewer) DO UPDATE SET
                     rating = excluded.rating, url = excluded.url,
                     reviewed_at = excluded.reviewed_at",
            )
            .and_then(|mut stmt| {
                stmt.execute(params![
                    claim_id,
                    review.reviewer.as_deref().unwrap_or(""),
                    review.rating,
                    review.url,
                    review.date
                ])
            })
            .map_err(&err)?;
        Ok(true)
    }

    /// The verdicts on each of these claims, keyed by claim id.
    pub fn reviews(&self, ids: impl Iterator<Item = u32>) -> Result<HashMap<u32, Vec<Review>>> {
        let err = db_err(&self.path);
        let ids = id_list(ids);
        let mut stmt = self.conn.prepare_cached(REVIEWS_OF).map_err(&err)?;
        let rows = stmt
            .query_map([&ids], |r| {
                let reviewer: String = r.get(1)?;
                Ok((
                    r.get::<_, i64>(0)?,
                    Review {
                        reviewer: (!reviewer.is_empty()).then_some(reviewer),
                        rating: r.get(2)?,
                        url: r.get(3)?,
                        date: r.get(4)?,
                    },
                ))
            })
            .map_err(&err)?;
        let mut out: HashMap<u32, Vec<Review>> = HashMap::new();
        for row in rows {
            let (id, review) = row.map_err(&err)?;
            out.entry(u32::try_from(id).unwrap_or(u32::MAX))
                .or_default()
                .push(review);
        }
        Ok(out)
    }

    /// For each of these clusters, the article where its claim first appeared (the earliest
    /// published; undated articles last).
    pub fn first_appearances(
        &self,
        clusters: impl Iterator<Item = i64>,
    ) -> Result<HashMap<i64, StoredArticle>> {
        let err = db_err(&self.path);
        let ids =
            serde_json::to_string(&clusters.collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into());
        let mut stmt = self.conn.prepare_cached(FIRST_APPEARANCES).map_err(&err)?;
        let rows = stmt
            .query_map([&ids], |r| Ok((r.get::<_, i64>(0)?, read_article(r, 1)?)))
            .map_err(&err)?;
        let mut first = HashMap::new();
        for row in rows {
            let (cluster, article) = row.map_err(&err)?;
            first.entry(cluster).or_insert(article);
        }
        Ok(first)
    }

    /// Every stored article, as it was read (its text and metadata, in the language it was read
    /// in), in id order, a page at a time: for merging databases.
    pub fn stored_articles(&self) -> impl Iterator<Item = Result<Article>> + '_ {
        let mut last = 0i64;
        let mut page: std::vec::IntoIter<Result<Article>> = Vec::new().into_iter();
        let mut done = false;
        std::iter::from_fn(move || loop {
            if let Some(item) = page.next() {
                return Some(item);
            }
            if done {
                return None;
            }
            let err = db_err(&self.path);
            let rows = self
                .conn
                .prepare_cached(ARTICLES_AFTER)
                .and_then(|mut stmt| {
                    stmt.query_map(params![last, BATCH as i64], |r| {
                        Ok((
                            r.get::<_, i64>(0)?,
                            Article {
                                path: r.get(1)?,
                                id: r.get(2)?,
                                url: r.get(3)?,
                                title: r.get(4)?,
                                outlet: r.get(5)?,
                                published: r.get(6)?,
                                language: r.get(7)?,
                                body: r.get(8)?,
                            },
                        ))
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()
                });
            match rows {
                Ok(rows) => {
                    done = rows.len() < BATCH;
                    last = rows.last().map_or(last, |(id, _)| *id);
                    page = rows
                        .into_iter()
                        .map(|(_, a)| Ok(a))
                        .collect::<Vec<_>>()
                        .into_iter();
                }
                Err(e) => {
                    done = true;
                    return Some(Err(err(e)));
                }
            }
        })
    }

    /// The claims named in a map of rebutters (see [`Store::rebutters`]), by id.
    /// `every` says the map holds every rebuttal link, so that every rebutting claim is read.
    fn rebutting_claims(
        &self,
        rebutters: &HashMap<u32, Vec<u32>>,
        every: bool,
    ) -> Result<HashMap<u32, Arc<StoredClaim>>> {
        let claims = if every {
            self.read_claims(ALL_REBUTTING_CLAIMS, [])?
        } else {
            let mut ids: Vec<u32> = rebutters.values().flatten().copied().collect();
            ids.sort_unstable();
            ids.dedup();
            self.claims_by_id(&ids)?
        };
        Ok(claims
            .into_iter()
            .map(|c| (c.claim.id, Arc::new(c)))
            .collect())
    }

    /// The tables [`Store::every_contested`] reads besides the claims, each in one pass.
    fn rebuttal_tables(&self) -> rusqlite::Result<RebuttalTables> {
        let mut links = Vec::new();
        let mut stmt = self.conn.prepare_cached(ALL_REBUTTALS)?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (from, to) = row?;
            links.push((claim_id(from), claim_id(to)));
        }
        let mut kinds = FxHashMap::default();
        let mut stmt = self.conn.prepare_cached(SOURCE_KINDS)?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (id, kind) = row?;
            kinds.insert(id, kind_of(&kind));
        }
        let wanted: rustc_hash::FxHashSet<u32> =
            links.iter().flat_map(|&(from, to)| [from, to]).collect();
        let mut placed: FxHashMap<u32, Vec<(i64, Source)>> =
            FxHashMap::with_capacity_and_hasher(wanted.len(), Default::default());
        let mut stmt = self.conn.prepare_cached(ALL_ATTRIBUTIONS)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let claim = claim_id(r.get(0)?);
            if !wanted.contains(&claim) {
                continue;
            }
            let kind = kinds.get(&r.get::<_, i64>(2)?).copied();
            let (_, source) = source_of(r, kind.unwrap_or(SourceKind::Anonymous))?;
            push_source(&mut placed, claim, (r.get::<_, i64>(7)?, source));
        }
        let sources = placed
            .into_iter()
            .map(|(claim, mut sources)| {
                sources.sort_unstable_by_key(|(position, _)| *position);
                (claim, sources.into_iter().map(|(_, s)| s).collect())
            })
            .collect();
        let mut articles = FxHashMap::default();
        let mut stmt = self.conn.prepare_cached(ALL_ARTICLES)?;
        for row in stmt.query_map([], |r| read_article(r, 0))? {
            let a = row?;
            articles.insert(a.id, Arc::new(a));
        }
        let mut rebuts: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        let mut rebutters_of: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for &(from, to) in &links {
            rebuts.entry(from).or_default().push(to);
            rebutters_of.entry(to).or_default().push(from);
        }
        for ids in rebuts.values_mut().chain(rebutters_of.values_mut()) {
            ids.sort_unstable();
            ids.dedup();
        }
        Ok(RebuttalTables {
            rebuts,
            rebutters_of,
            sources,
            articles,
        })
    }

    /// The claims with ids in (`after`, `upto`] that are contested or rebut another.
    fn claims_in_rebuttals(&self, after: i64, upto: i64) -> rusqlite::Result<Vec<Row>> {
        self.conn
            .prepare_cached(CLAIMS_IN_REBUTTALS)?
            .query_map([after, upto], read_row)?
            .collect()
    }

    /// The rebuttal tables and the claims that are contested or rebut another, each read by
    /// `read` in two parts: a second connection, on another core, reads the tables and then the
    /// last fifth of the claims, while this one reads the rest. The second reads only if it sees
    /// the same state of the database; if not, this one reads everything.
    fn read_in_rebuttals<T: Send>(
        &self,
        read: impl Fn(&Store, i64, i64) -> rusqlite::Result<Vec<T>> + Sync,
    ) -> Result<(RebuttalTables, Vec<T>, Vec<T>)> {
        let err = db_err(&self.path);
        let _snapshot = self.conn.unchecked_transaction().map_err(&err)?;
        let state = self.state()?;
        let last = state.0.unwrap_or(0);
        let split = last - last / 5;
        let other = Store::open_for_reports(&self.path)?;
        let read = &read;
        let (lower, side) = std::thread::scope(|scope| {
            let side = scope.spawn(move || -> Result<_> {
                let err = db_err(&other.path);
                let _snapshot = other.conn.unchecked_transaction().map_err(&err)?;
                if other.state()? != state {
                    return Ok(None);
                }
                let tables = other.rebuttal_tables().map_err(&err)?;
                let upper = read(&other, split, last).map_err(&err)?;
                Ok(Some((tables, upper)))
            });
            let lower = read(self, 0, split).map_err(&err);
            let side = side
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (lower, side)
        });
        let lower = lower?;
        let (tables, upper) = match side? {
            Some(found) => found,
            None => (
                self.rebuttal_tables().map_err(&err)?,
                read(self, split, last).map_err(&err)?,
            ),
        };
        Ok((tables, lower, upper))
    }

    /// Every contested claim, with the claims that rebut it: the `contested` report of a whole
    /// database. Each table is read in one pass, not a claim at a time
    /// ([`Store::read_in_rebuttals`]).
    fn every_contested(&self) -> Result<Vec<ContestedClaim>> {
        let (tables, lower, upper) =
            self.read_in_rebuttals(|store, after, upto| store.claims_in_rebuttals(after, upto))?;
        let read = lower.len() + upper.len();
        let RebuttalTables {
            mut rebuts,
            mut rebutters_of,
            mut sources,
            articles,
        } = tables;
        // Room for every row at once: growing these would copy them and touch fresh memory.
        let mut contested = Vec::with_capacity(read);
        let mut by_id: FxHashMap<u32, Arc<StoredClaim>> =
            FxHashMap::with_capacity_and_hasher(rebuts.len(), Default::default());
        for row in lower.into_iter().chain(upper) {
            let Some(article) = articles.get(&row.article) else {
                continue;
            };
            let id = row.claim.id;
            let mut claim = row.claim;
            claim.sources = sources.remove(&id).unwrap_or_default();
            claim.rebuts = rebuts.remove(&id).unwrap_or_default();
            let stored = StoredClaim {
                claim,
                seq: row.seq,
                article: Arc::clone(article),
                cluster: row.cluster,
            };
            match (stored.claim.contested, stored.claim.rebuts.is_empty()) {
                (true, true) => contested.push(stored),
                (true, false) => {
                    by_id.insert(id, Arc::new(stored.clone()));
                    contested.push(stored);
                }
                (false, false) => {
                    by_id.insert(id, Arc::new(stored));
                }
                (false, true) => {}
            }
        }
        in_date_order(&mut contested);
        Ok(with_rebuttals(contested, &mut rebutters_of, &by_id))
    }

    /// The claims with ids in (`after`, `upto`] that are contested or rebut another, each with
    /// its own fields written as JSON.
    fn heads_in_rebuttals(&self, after: i64, upto: i64) -> rusqlite::Result<Vec<ClaimHead>> {
        self.conn
            .prepare_cached(CLAIMS_IN_REBUTTALS)?
            .query_map([after, upto], read_head)?
            .collect()
    }

    /// The `contested` report of a whole database as JSON: what [`Store::contested`] gives for a
    /// filter that [`ClaimFilter::is_whole_database`], written as `write_json_lines` writes it,
    /// but with each claim's JSON made once, as it is read, and no claim held as a structure.
    pub fn every_contested_json(&self) -> Result<ContestedJson> {
        let (tables, mut heads, upper) =
            self.read_in_rebuttals(|store, after, upto| store.heads_in_rebuttals(after, upto))?;
        heads.extend(upper);
        let RebuttalTables {
            rebuts,
            mut rebutters_of,
            sources,
            articles,
        } = tables;
        heads.retain(|h| articles.contains_key(&h.article));
        // Each article's JSON, once, and its place among them.
        let article_ids: Vec<i64> = articles.keys().copied().collect();
        let article_json: Vec<Vec<u8>> = article_ids
            .par_iter()
            .map(|id| serde_json::to_vec(&articles[id]).unwrap_or_default())
            .collect();
        let article_at: FxHashMap<i64, usize> = article_ids
            .iter()
            .enumerate()
            .map(|(i, &id)| (id, i))
            .collect();
        heads.par_iter_mut().for_each(|h| {
            let json = &mut h.json;
            json_field(
                json,
                "sources",
                sources.get(&h.id).map_or(&[][..], Vec::as_slice),
            );
            json_field(
                json,
                "rebuts",
                rebuts.get(&h.id).map_or(&[][..], Vec::as_slice),
            );
            json_field(json, "contested", &h.contested);
            json_field(json, "seq", &h.seq);
        });
        let place: FxHashMap<u32, usize> =
            heads.iter().enumerate().map(|(i, h)| (h.id, i)).collect();
        let mut order: Vec<usize> = (0..heads.len()).filter(|&i| heads[i].contested).collect();
        let key = |h: &ClaimHead| {
            (
                articles.get(&h.article).map(|a| &a.published),
                h.article,
                h.seq,
            )
        };
        order.par_sort_unstable_by(|&x, &y| key(&heads[x]).cmp(&key(&heads[y])));
        let entries = order
            .into_iter()
            .map(|i| {
                let froms = rebutters_of.remove(&heads[i].id).unwrap_or_default();
                let rebuttals = froms.iter().filter_map(|f| place.get(f).copied()).collect();
                (i, rebuttals)
            })
            .collect();
        let claims = heads
            .into_iter()
            .map(|h| ClaimJson {
                article: article_at.get(&h.article).copied(),
                cluster: h.cluster,
                json: h.json,
            })
            .collect();
        // Freeing the tables' hundred thousand small values takes longer than writing the
        // report: another thread does it meanwhile.
        std::thread::spawn(move || drop((sources, articles, article_at, rebuts, place)));
        Ok(ContestedJson {
            claims,
            articles: article_json,
            entries,
        })
    }

    /// Every contested claim that passes a filter, with the claims that rebut it.
    pub fn contested(&self, f: &ClaimFilter) -> Result<Vec<ContestedClaim>> {
        if f.is_whole_database() {
            return self.every_contested();
        }
        let filter = ClaimFilter {
            contested: true,
            ..f.clone()
        };
        let err = db_err(&self.path);
        // One snapshot of the database for the whole report, though an ingest may commit
        // meanwhile.
        let _snapshot = self.conn.unchecked_transaction().map_err(&err)?;
        let state = self.state()?;
        let mut found = None;
        if filter.limit.is_none() {
            // Every contested claim: the claims that rebut them are found and read on a second
            // connection, on another core, while this one reads the contested claims. The second
            // reads only if it sees the same state of the database.
            let other = Store::open_for_reports(&self.path)?;
            let filter = &filter;
            found = std::thread::scope(|scope| {
                let rebutting = scope.spawn(move || {
                    other.if_in_state(state, |other| {
                        let rebutters_of = other.rebutters_filtered(filter)?;
                        let every = filter.only_contested_or_limited();
                        let by_id = other.rebutting_claims(&rebutters_of, every)?;
                        Ok((rebutters_of, by_id))
                    })
                });
                let claims = self.claims(filter);
                let rebutting = rebutting
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                Ok::<_, Error>(rebutting.map(|r| (claims, r)))
            })?
            .map(|(claims, (rebutters_of, by_id))| claims.map(|c| (c, rebutters_of, by_id)))
            .transpose()?;
        }
        let (claims, mut rebutters_of, by_id) = match found {
            Some(found) => found,
            None => {
                let claims = self.claims(&filter)?;
                let rebutters_of = self.rebutters(claims.iter().map(|c| c.claim.id))?;
                let by_id = self.rebutting_claims(&rebutters_of, false)?;
                (claims, rebutters_of, by_id)
            }
        };
        Ok(with_rebuttals(claims, &mut rebutters_of, &by_id))
    }

    /// An article with its text, its claims (numbered as in `extract`) and, for each contested
    /// claim, the claims that rebut it, in this article or another.
    pub fn article_page(&self, selector: &str) -> Result<Option<ArticlePage>> {
        let Some(claims) = self.article(selector)? else {
            return Ok(None);
        };
        let err = db_err(&self.path);
        let Some(id) = self.article_id(selector)? else {
            return Ok(None);
        };
        let body: String = self
            .conn
            .prepare_cached("SELECT body FROM articles WHERE id = ?1")
            .and_then(|mut stmt| stmt.query_row([id], |r| r.get(0)))
            .map_err(&err)?;
        let stored = self.claims(&ClaimFilter {
            article: Some(id.to_string()),
            ..ClaimFilter::default()
        })?;
        let seq_of: HashMap<u32, u32> = stored.iter().map(|c| (c.claim.id, c.seq)).collect();
        let rebutters = self.rebutters(stored.iter().map(|c| c.claim.id))?;
        let by_id = self.rebutting_claims(&rebutters, false)?;
        let mut rebuttals: HashMap<u32, Vec<PageRebuttal>> = HashMap::new();
        for (target, froms) in rebutters {
            let Some(&seq) = seq_of.get(&target) else {
                continue;
            };
            for from in froms {
                if let Some(claim) = by_id.get(&from) {
                    rebuttals.entry(seq).or_default().push(PageRebuttal {
                        seq: (claim.article.id == id).then_some(claim.seq),
                        claim: StoredClaim::clone(claim),
                    });
                }
            }
        }
        Ok(Some(ArticlePage {
            claims,
            body,
            rebuttals,
        }))
    }

    /// An article and its claims, chosen by row id, key, path or URL, numbered as in `extract`.
    pub fn article(&self, selector: &str) -> Result<Option<ArticleClaims>> {
        let claims = self.claims(&ClaimFilter {
            article: Some(selector.to_string()),
            ..ClaimFilter::default()
        })?;
        let err = db_err(&self.path);
        let article: Option<StoredArticle> = self
            .conn
            .prepare_cached("SELECT id, key, path, title, outlet, published, url, language FROM articles WHERE id = ?1")
            .map_err(&err)?
            .query_row([self.article_id(selector)?], |r| {
                read_article(r, 0)
            })
            .optional()
            .map_err(&err)?;
        let Some(a) = article else { return Ok(None) };
        let seq_of: HashMap<u32, u32> = claims.iter().map(|c| (c.claim.id, c.seq)).collect();
        let claims = claims
            .into_iter()
            .filter(|c| c.article.id == a.id)
            .map(|c| {
                let mut claim = c.claim;
                claim.id = c.seq;
                claim.rebuts = claim
                    .rebuts
                    .iter()
                    .filter_map(|r| seq_of.get(r).copied())
                    .collect();
                claim
            })
            .collect();
        Ok(Some(ArticleClaims {
            article: ArticleInfo {
                path: a.path,
                id: Some(a.id.to_string()),
                title: a.title,
                outlet: a.outlet,
                published: a.published,
                url: a.url,
                language: a.language,
            },
            claims,
        }))
    }
}

/// A stored article as the annotated page shows it.
#[derive(Debug, Clone)]
pub struct ArticlePage {
    /// The article and its claims, numbered from 1 as in `extract`.
    pub claims: ArticleClaims,
    /// The article's text, which the claims' offsets index.
    pub body: String,
    /// For each contested claim (by its number), the claims that rebut it.
    pub rebuttals: HashMap<u32, Vec<PageRebuttal>>,
}

/// A claim that rebuts one on the page.
#[derive(Debug, Clone)]
pub struct PageRebuttal {
    /// Its number, when it is in the same article.
    pub seq: Option<u32>,
    /// The claim, with its article.
    pub claim: StoredClaim,
}

/// One step of a claim's history across articles.
#[derive(Debug, Clone, Serialize)]
pub struct StoryEntry {
    /// "first report", "repeat", "denial" or "corroboration".
    pub role: &'static str,
    /// The claim, with its article.
    #[serde(flatten)]
    pub claim: StoredClaim,
}

impl Store {
    /// A claim's history in date order: its first report, repeats, denials and corroborations
    /// across articles. `None` when there is no such claim.
    pub fn story(&self, claim_id: i64) -> Result<Option<Vec<StoryEntry>>> {
        let err = db_err(&self.path);
        let Some(claim) = self.claim(claim_id)? else {
            return Ok(None);
        };
        let members = match claim.cluster {
            Some(cluster) => self.claims(&ClaimFilter {
                cluster: Some(cluster),
                ..ClaimFilter::default()
            })?,
            None => vec![claim],
        };
        let mut corroborating = std::collections::HashSet::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT claim_id FROM claim_links WHERE relation = 'corroborates' AND claim_id IN (SELECT value FROM json_each(?1))")
            .map_err(&err)?;
        let ids = id_list(members.iter().map(|m| m.claim.id));
        for id in stmt
            .query_map([&ids], |r| r.get::<_, i64>(0))
            .map_err(&err)?
        {
            corroborating.insert(id.map_err(&err)?);
        }
        Ok(Some(
            members
                .into_iter()
                .enumerate()
                .map(|(i, claim)| StoryEntry {
                    role: if i == 0 {
                        "first report"
                    } else if claim.claim.stance == Stance::Deny {
                        "denial"
                    } else if corroborating.contains(&i64::from(claim.claim.id)) {
                        "corroboration"
                    } else {
                        "repeat"
                    },
                    claim,
                })
                .collect(),
        ))
    }
}

/// A fact-checker's verdict on a claim.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Review {
    /// The verdict, as the reviewer words it ("False", "Misleading").
    pub rating: String,
    /// The organization that gave it.
    pub reviewer: Option<String>,
    /// Where the review is published.
    pub url: Option<String>,
    /// When it was given (ISO date); today when recorded without one.
    pub date: Option<String>,
}

/// A contested claim and the claims that rebut it.
#[derive(Debug, Clone, Serialize)]
pub struct ContestedClaim {
    /// The contested claim.
    pub claim: StoredClaim,
    /// The claims that rebut it, each with its article (shared by every claim it rebuts).
    pub rebuttals: Vec<Arc<StoredClaim>>,
}

/// How `stats` groups its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// One row per outlet.
    Outlet,
    /// One row per month of publication (YYYY-MM).
    Month,
    /// One row per language.
    Language,
    /// One row per article.
    Article,
    /// One row for everything.
    All,
}

/// One row of `stats`: the figures a media researcher reports. Shares are between 0 and 1.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatsRow {
    /// The group: an outlet, a month, a language or an article; "(none)" when unknown.
    pub group: String,
    /// Articles in the group.
    pub articles: i64,
    /// Claims of fact (non-responses excluded).
    pub claims: i64,
    /// Share of claims resting only on anonymous sources.
    pub anonymous_only_share: Option<f64>,
    /// Share of claims resting on a single anonymous source (count 1, no other source).
    pub single_anonymous_share: Option<f64>,
    /// Share of claims with a named source (person, organization or document).
    pub named_source_share: Option<f64>,
    /// Share of claims contested by another claim.
    pub contested_share: Option<f64>,
    /// Share of claims resting only on anonymous sources that a later article denies.
    pub anonymous_later_denied_share: Option<f64>,
    /// Share of claims resting only on anonymous sources that a later article corroborates with a
    /// stronger source.
    pub anonymous_later_corroborated_share: Option<f64>,
    /// Anonymous attributions in the group.
    pub anonymous_attributions: i64,
    /// Share of anonymous attributions that state how many sources there are.
    pub count_stated_share: Option<f64>,
    /// The mean stated count of anonymous attributions that state one.
    pub mean_stated_count: Option<f64>,
    /// Share of anonymous attributions that give a reason for anonymity.
    pub reason_stated_share: Option<f64>,
}

/// Claim-level figures, grouped by the expression given, as one fixed statement per grouping.
macro_rules! claim_stats_sql {
    ($group:literal) => {
        concat!(
            "SELECT COALESCE(", $group, ", '(none)') AS grp,
                    COUNT(DISTINCT a.id), COUNT(c.id),
                    AVG(c.all_anonymous), AVG(c.single_anonymous), AVG(c.any_named), AVG(c.contested),
                    AVG(CASE WHEN c.all_anonymous = 1 THEN c.later_denied END),
                    AVG(CASE WHEN c.all_anonymous = 1 THEN c.later_corroborated END)
             FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.stance != 'no_comment'
             GROUP BY grp ORDER BY grp"
        )
    };
}

/// Attribution-level figures (anonymous attributions only, non-responses included), grouped the
/// same way.
macro_rules! anon_stats_sql {
    ($group:literal) => {
        concat!(
            "SELECT COALESCE(",
            $group,
            ", '(none)') AS grp, COUNT(*),
                    AVG(CASE WHEN at.count IS NOT NULL THEN 1.0 ELSE 0.0 END),
                    AVG(at.count),
                    AVG(CASE WHEN at.anonymity_reason IS NOT NULL THEN 1.0 ELSE 0.0 END)
             FROM attributions at JOIN articles a ON a.id = at.article_id
             WHERE at.anonymous = 1
             GROUP BY grp"
        )
    };
}

impl GroupBy {
    fn sql(self) -> (&'static str, &'static str) {
        match self {
            GroupBy::Outlet => (claim_stats_sql!("a.outlet"), anon_stats_sql!("a.outlet")),
            GroupBy::Month => (
                claim_stats_sql!("substr(a.published, 1, 7)"),
                anon_stats_sql!("substr(a.published, 1, 7)"),
            ),
            GroupBy::Language => (
                claim_stats_sql!("a.language"),
                anon_stats_sql!("a.language"),
            ),
            GroupBy::Article => (claim_stats_sql!("a.key"), anon_stats_sql!("a.key")),
            GroupBy::All => (claim_stats_sql!("'all'"), anon_stats_sql!("'all'")),
        }
    }
}

/// Anonymous attributions in a group, the share stating a count, the mean count, the share
/// stating a reason.
type AnonFigures = (i64, Option<f64>, Option<f64>, Option<f64>);

impl Store {
    /// The figures of `stats`, one row per group.
    pub fn stats(&self, by: GroupBy) -> Result<Vec<StatsRow>> {
        let err = db_err(&self.path);
        let (claims_sql, anon_sql) = by.sql();
        let mut rows: Vec<StatsRow> = self
            .conn
            .prepare_cached(claims_sql)
            .map_err(&err)?
            .query_map([], |r| {
                Ok(StatsRow {
                    group: r.get(0)?,
                    articles: r.get(1)?,
                    claims: r.get(2)?,
                    anonymous_only_share: r.get(3)?,
                    single_anonymous_share: r.get(4)?,
                    named_source_share: r.get(5)?,
                    contested_share: r.get(6)?,
                    anonymous_later_denied_share: r.get(7)?,
                    anonymous_later_corroborated_share: r.get(8)?,
                    anonymous_attributions: 0,
                    count_stated_share: None,
                    mean_stated_count: None,
                    reason_stated_share: None,
                })
            })
            .map_err(&err)?
            .collect::<rusqlite::Result<_>>()
            .map_err(&err)?;
        let mut stmt = self.conn.prepare_cached(anon_sql).map_err(&err)?;
        let anon = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, Option<f64>>(2)?,
                    r.get::<_, Option<f64>>(3)?,
                    r.get::<_, Option<f64>>(4)?,
                ))
            })
            .map_err(&err)?;
        let mut by_group: HashMap<String, AnonFigures> = HashMap::new();
        for a in anon {
            let (g, n, stated, mean, reason) = a.map_err(&err)?;
            by_group.insert(g, (n, stated, mean, reason));
        }
        for row in &mut rows {
            if row.claims == 0 {
                row.anonymous_only_share = None;
                row.single_anonymous_share = None;
                row.named_source_share = None;
                row.contested_share = None;
            }
            if let Some((n, stated, mean, reason)) = by_group.get(&row.group) {
                row.anonymous_attributions = *n;
                row.count_stated_share = *stated;
                row.mean_stated_count = *mean;
                row.reason_stated_share = *reason;
            }
        }
        Ok(rows)
    }

    /// The most cited named sources and the most used anonymous descriptors.
    pub fn sources(&self, limit: usize) -> Result<SourcesReport> {
        let err = db_err(&self.path);
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let named = self
            .conn
            .prepare_cached(
                "SELECT s.kind, s.name, COUNT(*) AS citations, COUNT(DISTINCT at.article_id)
                 FROM attributions at JOIN sources s ON s.id = at.source_id
                 WHERE s.kind != 'anonymous'
                 GROUP BY s.id ORDER BY citations DESC, s.name LIMIT ?1",
            )
            .map_err(&err)?
            .query_map([limit], |r| {
                Ok(SourceRow {
                    kind: r.get(0)?,
                    name: r.get(1)?,
                    citations: r.get(2)?,
                    articles: r.get(3)?,
                    mean_count: None,
                })
            })
            .map_err(&err)?
            .collect::<rusqlite::Result<_>>()
            .map_err(&err)?;
        let anonymous = self
            .conn
            .prepare_cached(
                "SELECT s.kind, s.norm_name, COUNT(*) AS citations, COUNT(DISTINCT at.article_id), AVG(at.count)
                 FROM attributions at JOIN sources s ON s.id = at.source_id
                 WHERE s.kind = 'anonymous'
                 GROUP BY s.id ORDER BY citations DESC, s.norm_name LIMIT ?1",
            )
            .map_err(&err)?
            .query_map([limit], |r| {
                Ok(SourceRow {
                    kind: r.get(0)?,
                    name: r.get(1)?,
                    citations: r.get(2)?,
                    articles: r.get(3)?,
                    mean_count: r.get(4)?,
                })
            })
            .map_err(&err)?
            .collect::<rusqlite::Result<_>>()
            .map_err(&err)?;
        Ok(SourcesReport { named, anonymous })
    }
}

/// One row of the `sources` report.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRow {
    /// The source's kind.
    pub kind: String,
    /// Its name, or for anonymous sources the normalized descriptor.
    pub name: String,
    /// Claims attributed to it.
    pub citations: i64,
    /// Articles it is cited in.
    pub articles: i64,
    /// For anonymous descriptors, the mean stated count.
    pub mean_count: Option<f64>,
}

/// The `sources` report.
#[derive(Debug, Clone, Serialize)]
pub struct SourcesReport {
    /// The most cited people, organizations and documents.
    pub named: Vec<SourceRow>,
    /// The most used anonymous descriptors.
    pub anonymous: Vec<SourceRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("t.db")).unwrap();
        (dir, s)
    }

    fn article(path: &str, text: &str) -> Article {
        let mut a = Article::from_text(path, text);
        a.outlet = Some("Wire".into());
        a.published = Some("2026-11-02".into());
        a
    }

    #[test]
    fn ingest_is_idempotent_and_replaces_changed_text() {
        let (_d, mut s) = store();
        let ex = Extractor::builtin().unwrap();
        let a = article("a.txt", "Sales will fall, three people familiar with the matter said. The company denied the report.");
        let r = s.ingest(vec![Ok(a.clone())], &ex, |_| {}).unwrap();
        assert_eq!((r.added, r.unchanged), (1, 0));
        let before = s.totals().unwrap();
        assert_eq!(before.claims, 2);
        let r = s.ingest(vec![Ok(a)], &ex, |_| {}).unwrap();
        assert_eq!((r.added, r.unchanged), (0, 1));
        assert_eq!(s.totals().unwrap().claims, before.claims);
        let edited = article(
            "a.txt",
            "Sales will fall, two people familiar with the matter said.",
        );
        let r = s.ingest(vec![Ok(edited)], &ex, |_| {}).unwrap();
        assert_eq!(r.updated, 1);
        let t = s.totals().unwrap();
        assert_eq!((t.articles, t.claims), (1, 1));
        assert_eq!(s.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn the_same_text_under_another_name_is_a_duplicate() {
        let (_d, mut s) = store();
        let ex = Extractor::builtin().unwrap();
        let text = "Analysts said demand was weak.";
        let r = s
            .ingest(
                vec![Ok(article("a.txt", text)), Ok(article("b.txt", text))],
                &ex,
                |_| {},
            )
            .unwrap();
        assert_eq!((r.added, r.duplicates), (1, 1));
    }

    #[test]
    fn sources_are_shared_entities_across_articles() {
        let (_d, mut s) = store();
        let ex = Extractor::builtin().unwrap();
        s.ingest(
            vec![
                Ok(article("a.txt", "Nvidia said sales rose.")),
                Ok(article("b.txt", "Profit doubled, Nvidia said.")),
            ],
            &ex,
            |_| {},
        )
        .unwrap();
        let report = s.sources(10).unwrap();
        assert_eq!(report.named.len(), 1);
        assert_eq!(
            (report.named[0].citations, report.named[0].articles),
            (2, 2)
        );
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        {
            let c = Connection::open(&path).unwrap();
            c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
                .unwrap();
        }
        let e = Store::open(&path).err().unwrap();
        assert!(e.to_string().contains("newer"), "{e}");
    }

    #[test]
    fn stats_give_shares_per_group() {
        let (_d, mut s) = store();
        let ex = Extractor::builtin().unwrap();
        s.ingest(
            vec![Ok(article(
                "a.txt",
                "Sales will fall, a person familiar with the matter said. Prices rose, the company said.",
            ))],
            &ex,
            |_| {},
        )
        .unwrap();
        let rows = s.stats(GroupBy::Outlet).unwrap();
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!((r.group.as_str(), r.articles, r.claims), ("Wire", 1, 2));
        assert_eq!(r.anonymous_only_share, Some(0.5));
        assert_eq!(r.single_anonymous_share, Some(0.5));
        assert_eq!(r.count_stated_share, Some(1.0));
    }
}
