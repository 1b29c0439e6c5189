//! Claims across articles and languages: which state the same thing, which deny an earlier one,
//! which corroborate it.
//!
//! Each claim is reduced to keys that read the same in every language: names (`e:nvidia`, since
//! organization and person names are written alike in Vietnamese and English), numbers and amounts
//! in one canonical form (`n:12%`; "600 triệu USD" and "$600 million" are both `n:600000000`), and
//! events by concept (`v:acquire` for "mua lại" and "acquire", from the language files). A new
//! claim is compared only with stored claims of other articles that share a key, a few hundred at
//! most per key (blocking), so ingest does not slow down as the archive grows.
//!
//! Two claims state the same thing when they share a name and a number (and no conflicting event),
//! or a name, an event and a second name. A later denial of an earlier claim is stored as a
//! rebuttal across articles; a later claim on a stronger source (a named person, an organization,
//! a document, or more anonymous sources) corroborates the earlier one; otherwise it repeats it.
//! Linked claims share a cluster.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use std::sync::Arc;

use rusqlite::{params, OptionalExtension, Transaction};

use crate::attributions::{Claim, Stance};
use crate::lexicon::Lexicon;
use crate::sources::{break_before, tokenize, Tok};

/// How many of them, the best by shared keys, are compared in full.
const CANDIDATES_PER_CLAIM: usize = 6;
/// How many links a claim gets at most.
const LINKS_PER_CLAIM: usize = 4;

/// What a claim says, as keys that cross languages.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Keys {
    /// Names: `e:` and the lower-case word.
    pub entities: BTreeSet<String>,
    /// Numbers, amounts and percentages: `n:` and a canonical value.
    pub numbers: BTreeSet<String>,
    /// Events: `v:` and a concept.
    pub events: BTreeSet<String>,
    /// Whole names of two words or more, without a company suffix: `f:` and the words.
    pub names: BTreeSet<String>,
    /// Whether its names are only those of its article's title. Such a claim is found by later
    /// claims but does not search for earlier ones itself, which keeps linking cheap.
    pub borrowed: bool,
    /// Every key, tab-separated, as the store keeps them with the claim: joined on the
    /// extracting cores, not by the single writer.
    pub(crate) stored: String,
    /// The keys as hashes, for comparing claims without comparing strings: all that the
    /// linker keeps of a claim it has met.
    pub(crate) compact: Arc<Compact>,
}

/// A claim's keys as sorted hashes, and its whole names as the hashes of their first words.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Compact {
    entities: Vec<u64>,
    numbers: Vec<u64>,
    events: Vec<u64>,
    names: Vec<NameHashes>,
}

/// A whole name: the hash of its first word, of the whole, and of each run of its first words.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct NameHashes {
    first: u64,
    whole: u64,
    prefixes: Vec<u64>,
}

fn hash_of(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

impl Compact {
    fn of(k: &Keys) -> Compact {
        let sorted = |set: &BTreeSet<String>| {
            let mut v: Vec<u64> = set.iter().map(|s| hash_of(s)).collect();
            v.sort_unstable();
            v
        };
        let names = k
            .names
            .iter()
            .map(|n| {
                let words = &n[2..];
                let prefixes: Vec<u64> = words
                    .match_indices(' ')
                    .map(|(i, _)| hash_of(&words[..i]))
                    .chain(std::iter::once(hash_of(words)))
                    .collect();
                NameHashes {
                    first: prefixes[0],
                    whole: hash_of(words),
                    prefixes,
                }
            })
            .collect();
        Compact {
            entities: sorted(&k.entities),
            numbers: sorted(&k.numbers),
            events: sorted(&k.events),
            names,
        }
    }
}

impl Keys {
    pub(crate) fn all(&self) -> impl Iterator<Item = &String> {
        self.entities
            .iter()
            .chain(&self.numbers)
            .chain(&self.events)
            .chain(&self.names)
    }

    fn from_stored(keys: &[String]) -> Keys {
        let mut k = Keys::default();
        for key in keys {
            let set = match key.as_bytes().first() {
                Some(b'e') => &mut k.entities,
                Some(b'n') => &mut k.numbers,
                Some(b'f') => &mut k.names,
                _ => &mut k.events,
            };
            set.insert(key.clone());
        }
        k.compact = Arc::new(Compact::of(&k));
        k
    }
}

/// Parses a written number by the language's convention ("1,2" or "1.2"; "4.800" or "4,800").
pub(crate) fn parse_number(text: &str, decimal_comma: bool) -> Option<f64> {
    let t = text
        .trim_start_matches(['$', '€', '£', '¥', '₫'])
        .trim_end_matches(['%', '$']);
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let (thousands, decimal) = if decimal_comma {
        ('.', ',')
    } else {
        (',', '.')
    };
    let cleaned: String = t
        .chars()
        .filter(|c| *c != thousands)
        .map(|c| if c == decimal { '.' } else { c })
        .collect();
    cleaned.parse().ok()
}

fn canonical(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The keys of a claim's content (its text without the attribution, and its quotations).
pub fn keys(claim: &Claim, lex: &Lexicon) -> Keys {
    let mut out = Keys::default();
    let text = if claim.text.len() < 20 {
        &claim.sentence
    } else {
        &claim.text
    };
    let toks = tokenize(text);
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    let nums = &lex.numbers;
    // The place that starts at each word, and whether a word is inside one: looked up once.
    let place_at: Vec<Option<usize>> = (0..words.len())
        .map(|i| lex.places.match_at(&words, i))
        .collect();
    let mut in_place = vec![false; words.len()];
    for (s, k) in place_at.iter().enumerate() {
        if let Some(k) = k {
            in_place[s..(s + k).min(words.len())].fill(true);
        }
    }
    for (i, t) in toks.iter().enumerate() {
        // Numbers and amounts.
        if t.text.bytes().any(|b| b.is_ascii_digit()) {
            let Some(v) = parse_number(t.text, nums.decimal_comma) else {
                continue;
            };
            let percent = t.text.ends_with('%')
                || t.post.starts_with('%')
                || nums.percent.match_at(&words, i + 1).is_some();
            let scale = nums
                .scales
                .match_at(&words, i + 1)
                .and_then(|k| nums.scale_values.get(&words[i + 1..i + 1 + k].join(" ")))
                .copied();
            let year =
                (1900.0..=2100.0).contains(&v) && v.fract() == 0.0 && scale.is_none() && !percent;
            if percent {
                out.numbers.insert(format!("n:{}%", canonical(v)));
            } else if let Some(s) = scale {
                out.numbers.insert(format!("n:{}", canonical(v * s)));
            } else if v >= 10.0 && !year && !t.text.contains('/') {
                out.numbers.insert(format!("n:{}", canonical(v)));
            }
            continue;
        }
        // Only capitalized words name something.
        if !t.is_capitalized() {
            continue;
        }
        // A place is a detail of the claim, like a number: "đóng cửa nhà máy ở Thanh Hóa".
        if let Some(k) = place_at[i] {
            out.numbers
                .insert(format!("n:{}", words[i..i + k].join(" ")));
        }
        // Names: capitalized words that are not common words, not the sentence's first word
        // (unless written like a brand: OpenAI, FPT).
        // Places, months and units after a number ("USD", "GHz") say little about which claim
        // this is.
        let brand = || t.text.chars().skip(1).any(char::is_uppercase);
        if t.text.chars().nth(1).is_some()
            && (i > 0
                || brand()
                || toks
                    .get(1)
                    .is_some_and(|n| n.is_capitalized() && !break_before(&toks, 1)))
            && !in_place[i]
            && !follows_number(&words, i, lex)
            && !lex.legal_forms.contains(&*t.lower)
            && !lex.is_common_word(&t.lower)
            && !lex.org_prefixes.contains_word(&t.lower)
            && lex.org_prefixes.match_at(&words, i).is_none()
        {
            out.entities.insert(format!("e:{}", t.lower));
        }
    }
    out.names.extend(whole_names(&toks, &words, lex));
    // Events, read past numbers ("cut 1,200 jobs" is "cut jobs").
    let plain: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    for i in 0..plain.len() {
        if let Some(concept) = lex.event_at(&plain, i) {
            out.events.insert(format!("v:{concept}"));
        }
    }
    out
}

/// A denial also names the converse of its events: "gia đình tôi không có ý định bán 65% cổ
/// phần" denies "Kellbrook would buy a 65% stake from the founding family".
fn add_converses(k: &mut Keys, lex: &Lexicon) {
    let converses: Vec<String> = k
        .events
        .iter()
        .filter_map(|e| e.strip_prefix("v:"))
        .filter_map(|concept| lex.event_converses.get(concept))
        .map(|c| format!("v:{c}"))
        .collect();
    k.events.extend(converses);
}

/// Whole names, as keys: "Halvorsen Therapeutics" and "Halvorsen Semiconductor" are not one
/// company.
fn whole_names(toks: &[Tok], words: &[&str], lex: &Lexicon) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut e = i;
        while e < toks.len() && toks[e].is_capitalized() && (e == i || !break_before(toks, e)) {
            e += 1;
        }
        let mut core: Vec<&str> = words[i..e].to_vec();
        while core.len() > 1 && core.last().is_some_and(|w| lex.legal_forms.contains(*w)) {
            core.pop();
        }
        if core.len() >= 2 && !lex.is_common_word(core[0]) {
            out.push(format!("f:{}", core.join(" ")));
        }
        i = e.max(i + 1);
    }
    out
}

/// Names in a text, as keys (a title, a denier's name).
fn name_keys<'a>(text: &'a str, lex: &'a Lexicon) -> impl Iterator<Item = String> + 'a {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .collect();
    let lowers: Vec<String> = words.iter().map(|w| crate::lexicon::word_key(w)).collect();
    // A unit ("600 triệu USD") is part of an amount, not a name.
    let units: Vec<bool> = {
        let plain: Vec<&str> = lowers.iter().map(String::as_str).collect();
        (0..plain.len())
            .map(|i| follows_number(&plain, i, lex))
            .collect()
    };
    (0..words.len()).filter_map(move |i| {
        let (w, lower) = (words[i], &lowers[i]);
        let named = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && !lex.is_common_word(lower)
            && !lex.org_prefixes.contains_word(lower)
            && !lex.places.contains_word(lower)
            && !units[i];
        named.then(|| format!("e:{lower}"))
    })
}

/// Whether `words[i]` comes right after a number, or after a number and its scale ("600 triệu
/// USD", "$1.2 billion"): a unit, not a name.
fn follows_number(words: &[&str], i: usize, lex: &Lexicon) -> bool {
    let digits = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    match i {
        0 => false,
        1 => digits(words[0]),
        _ => {
            digits(words[i - 1])
                || (digits(words[i - 2]) && lex.numbers.scales.contains_word(words[i - 1]))
        }
    }
}

/// Whether two whole names start with the same word and then part ways ("halvorsen
/// therapeutics", "halvorsen semiconductor"); neither is the other's first words.
fn names_part_ways(x: &NameHashes, y: &NameHashes) -> bool {
    x.first == y.first && !y.prefixes.contains(&x.whole) && !x.prefixes.contains(&y.whole)
}

/// How well two claims' keys match; `None` when they do not state the same thing.
pub fn matches(a: &Keys, b: &Keys) -> Option<f64> {
    matches_compact(&Compact::of(a), &Compact::of(b))
}

fn matches_compact(a: &Compact, b: &Compact) -> Option<f64> {
    // Two whole names that start alike and then part ways name two companies.
    let conflict = a
        .names
        .iter()
        .any(|x| b.names.iter().any(|y| names_part_ways(x, y)));
    if conflict {
        return None;
    }
    let ents = crate::rebuttals::shared(&a.entities, &b.entities).count();
    let nums = crate::rebuttals::shared(&a.numbers, &b.numbers).count();
    let evs = crate::rebuttals::shared(&a.events, &b.events).count();
    // Different events ("sell" and "acquire") are different claims.
    if !a.events.is_empty() && !b.events.is_empty() && evs == 0 {
        return None;
    }
    // A name and a number alone are too common a coincidence (a company's sales and its
    // layoffs); the event, a second name or a second number must agree too.
    let same = (ents >= 1 && nums >= 1 && evs >= 1)
        || (ents >= 2 && (nums >= 1 || evs >= 1))
        || (ents >= 1 && nums >= 2);
    same.then(|| (ents as f64 + 2.0 * nums as f64 + 1.5 * evs as f64) / 6.0)
        .map(|c| c.min(1.0))
}

/// Whether a title's first word is a name: it is written the same way inside the article's claims.
fn title_names_entity(word: &str, claims: &[Claim]) -> bool {
    claims.iter().any(|c| {
        c.sentence.contains(word)
            && c.sentence
                .split_whitespace()
                .skip(1)
                .any(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()) == word)
    })
}

/// A stored claim as the linker sees it.
#[derive(Debug, Clone)]
struct Stored {
    id: i64,
    stance: Stance,
    published: Option<Arc<str>>,
    anonymous: bool,
    count: Option<i64>,
}

/// Candidates compared per blocking key: the newest claims of other articles that share it.
const CANDIDATES_PER_KEY: usize = 20;

/// The stored claims that share a key, newest first, with their articles: enough for
/// [`CANDIDATES_PER_KEY`] from other articles (a literal: SQLite prepares a statement again at
/// every run when its LIMIT is a parameter).
const POSTINGS: &str = "
    SELECT c.id, c.article_id FROM claims c
    WHERE c.id IN (SELECT value FROM json_each((SELECT claims FROM key_postings WHERE key = ?1)))
    ORDER BY c.id DESC LIMIT 40";
/// A key's list as stored.
const STORED_POSTINGS: &str = "SELECT claims FROM key_postings WHERE key = ?1";
const KEYS_OF: &str = "SELECT link_keys FROM claims WHERE id = ?1";
const WRITE_POSTINGS: &str = "INSERT OR REPLACE INTO key_postings (key, claims) VALUES (?1, ?2)";
/// A number that changes when another connection commits.
const DATA_VERSION: &str = "PRAGMA data_version";

/// The keys a claim is found by: its whole names and numbers, or its names when it has neither.
fn blocking_keys(k: &Keys) -> Vec<&String> {
    let specific: Vec<&String> = k.names.iter().chain(&k.numbers).collect();
    if specific.is_empty() {
        k.entities.iter().collect()
    } else {
        specific
    }
}
const STORED: &str = "
    SELECT c.id, c.stance, a.published, c.primary_anonymous,
           (SELECT count FROM attributions WHERE claim_id = c.id AND position = 0)
    FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?1";

fn stored(tx: &Transaction, id: i64) -> rusqlite::Result<Option<Stored>> {
    tx.prepare_cached(STORED)?
        .query_row([id], |r| {
            Ok(Stored {
                id: r.get(0)?,
                stance: crate::store::stance_of(&r.get::<_, String>(1)?),
                published: r.get::<_, Option<String>>(2)?.map(Arc::from),
                anonymous: r.get(3)?,
                count: r.get(4)?,
            })
        })
        .optional()
}

/// Whether `later` rests on a stronger source than `earlier`.
fn stronger(later: &Stored, earlier: &Stored) -> bool {
    earlier.anonymous
        && (!later.anonymous || later.count.unwrap_or(0) > earlier.count.unwrap_or(0).max(1))
}

/// What the linker has already read or computed this run, so that the claims of one ingest are
/// compared without reading them back.
#[derive(Debug, Default)]
pub struct Cache {
    keys: HashMap<i64, Arc<Compact>>,
    stored: HashMap<i64, Stored>,
    /// The clusters of claims met in this run, as stored.
    clusters: HashMap<i64, Option<i64>>,
    /// For each blocking key met in this run, the newest claims stored with it and their
    /// articles, newest first: the blocking index, read from the database once per key.
    postings: HashMap<String, Vec<(i64, i64)>>,
    /// Blocking keys posted to since the last [`Cache::flush`]: their lists are written once per
    /// batch, not once per claim.
    dirty: HashSet<String>,
    /// The database's `data_version` at the last flush: while it stays the same, no other
    /// connection has written, and the lists in memory are the stored ones.
    synced: Option<i64>,
}

/// Claims kept in the cache at most; beyond, it starts afresh.
const CACHE_LIMIT: usize = 50_000;
/// Blocking keys kept in the cache at most; beyond, they are read again from the database.
const POSTINGS_LIMIT: usize = 200_000;
/// Claims kept per blocking key: enough for [`CANDIDATES_PER_KEY`] from other articles.
const POSTINGS_PER_KEY: usize = 2 * CANDIDATES_PER_KEY;

impl Cache {
    /// The newest claims of other articles stored with a blocking key, at most
    /// [`CANDIDATES_PER_KEY`].
    fn candidates(&mut self, key: &str, article_id: i64) -> impl Iterator<Item = i64> + '_ {
        self.postings
            .get(key)
            .into_iter()
            .flatten()
            .filter(move |&&(_, a)| a != article_id)
            .take(CANDIDATES_PER_KEY)
            .map(|&(c, _)| c)
    }

    /// Records that a claim is stored with a blocking key. The key's postings are read from
    /// the database first if this run has not met it yet; the claim's own row is written at the
    /// next [`Cache::flush`].
    fn post(
        &mut self,
        tx: &Transaction,
        key: &str,
        claim_id: i64,
        article_id: i64,
    ) -> rusqlite::Result<()> {
        if !self.postings.contains_key(key) {
            if self.postings.len() >= POSTINGS_LIMIT {
                // Keys read again later must find the rows posted until now.
                self.flush(tx)?;
                self.postings.clear();
            }
            if self.synced.is_none() {
                // The lists read from now on are the stored ones until another connection
                // writes.
                self.synced = Some(tx.query_row(DATA_VERSION, [], |r| r.get(0))?);
            }
            let rows = tx
                .prepare_cached(POSTINGS)?
                .query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(i64, i64)>>>()?;
            self.postings.insert(key.to_string(), rows);
        }
        if let Some(list) = self.postings.get_mut(key) {
            list.insert(0, (claim_id, article_id));
            list.truncate(POSTINGS_PER_KEY);
        }
        if !self.dirty.contains(key) {
            self.dirty.insert(key.to_string());
        }
        Ok(())
    }

    /// Writes the lists of the keys posted to since the last flush. Called before the
    /// transaction that holds their claims commits. A list is merged with the one stored when
    /// another connection has written since the last flush: then its lists in memory may miss
    /// that connection's claims, and they are read again as they are needed.
    pub(crate) fn flush(&mut self, tx: &Transaction) -> rusqlite::Result<()> {
        let version: i64 = tx.query_row(DATA_VERSION, [], |r| r.get(0))?;
        let alone = self.synced == Some(version);
        let mut read = tx.prepare_cached(STORED_POSTINGS)?;
        let mut write = tx.prepare_cached(WRITE_POSTINGS)?;
        for key in self.dirty.drain() {
            let mut ids: Vec<i64> = if alone {
                Vec::new()
            } else {
                let stored: Option<String> = read.query_row([&key], |r| r.get(0)).optional()?;
                stored
                    .and_then(|s| serde_json::from_str(&s).ok())
                    .unwrap_or_default()
            };
            ids.extend(
                self.postings
                    .get(&key)
                    .into_iter()
                    .flatten()
                    .map(|&(c, _)| c),
            );
            ids.sort_unstable_by(|a, b| b.cmp(a));
            ids.dedup();
            ids.truncate(POSTINGS_PER_KEY);
            let list = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
            write.execute(params![key, list])?;
        }
        if !alone {
            self.postings.clear();
        }
        self.synced = Some(version);
        Ok(())
    }

    fn keys_of(&mut self, tx: &Transaction, id: i64) -> rusqlite::Result<Arc<Compact>> {
        if let Some(k) = self.keys.get(&id) {
            return Ok(Arc::clone(k));
        }
        let stored: Option<String> = tx
            .prepare_cached(KEYS_OF)?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten();
        let keys: Vec<String> = stored
            .unwrap_or_default()
            .split('\t')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect();
        Ok(Keys::from_stored(&keys).compact)
    }

    fn stored_of(&mut self, tx: &Transaction, id: i64) -> rusqlite::Result<Option<Stored>> {
        if let Some(s) = self.stored.get(&id) {
            return Ok(Some(s.clone()));
        }
        stored(tx, id)
    }

    /// The cluster of a claim.
    fn cluster_of(&mut self, tx: &Transaction, id: i64) -> rusqlite::Result<Option<i64>> {
        if let Some(&c) = self.clusters.get(&id) {
            return Ok(c);
        }
        let c = tx
            .prepare_cached("SELECT cluster_id FROM claims WHERE id = ?1")?
            .query_row([id], |r| r.get::<_, Option<i64>>(0))?;
        self.clusters.insert(id, c);
        Ok(c)
    }

    /// Puts a claim in a cluster.
    fn set_cluster(&mut self, tx: &Transaction, cluster: i64, claim: i64) -> rusqlite::Result<()> {
        tx.prepare_cached("UPDATE claims SET cluster_id = ?1 WHERE id = ?2")?
            .execute(params![cluster, claim])?;
        self.clusters.insert(claim, Some(cluster));
        Ok(())
    }

    /// Puts a claim (whose cluster is `mine`) in one cluster with another, and returns the
    /// claim's cluster. Two clusters that already exist are not merged: merging large clusters
    /// costs more than it tells, and the link between the two claims is kept anyway.
    fn join_clusters(
        &mut self,
        tx: &Transaction,
        me: i64,
        mine: Option<i64>,
        other: i64,
    ) -> rusqlite::Result<Option<i64>> {
        let theirs = self.cluster_of(tx, other)?;
        Ok(match (mine, theirs) {
            (None, Some(y)) => {
                self.set_cluster(tx, y, me)?;
                Some(y)
            }
            (Some(x), None) => {
                self.set_cluster(tx, x, other)?;
                Some(x)
            }
            (None, None) => {
                tx.prepare_cached("INSERT INTO clusters DEFAULT VALUES")?
                    .execute([])?;
                let c = tx.last_insert_rowid();
                self.set_cluster(tx, c, me)?;
                self.set_cluster(tx, c, other)?;
                Some(c)
            }
            (Some(x), Some(_)) => Some(x),
        })
    }

    fn remember(&mut self, id: i64, keys: Arc<Compact>, stored: Stored) {
        if self.keys.len() >= CACHE_LIMIT {
            self.keys.clear();
            self.stored.clear();
            self.clusters.clear();
        }
        // A claim just stored is in no cluster yet.
        self.clusters.insert(id, None);
        self.keys.insert(id, keys);
        self.stored.insert(id, stored);
    }
}

/// The keys of each of an article's claims, in order, as [`link_article`] uses them; `None` for
/// a claim that declines to comment. Computed apart from the database, so that it can run on
/// all cores while another batch is written.
pub fn article_keys(
    title: Option<&str>,
    claims: &[Claim],
    lex: &Lexicon,
) -> Vec<Option<Arc<Keys>>> {
    // The names in the title: what the article is about.
    let title_names: Vec<String> = title
        .map(|title| {
            let mut names: Vec<String> = name_keys(title, lex).skip(1).collect();
            if let Some(first) = title.split_whitespace().next() {
                names.extend(name_keys(first, lex).filter(|_| {
                    first.chars().skip(1).any(char::is_uppercase)
                        || title_names_entity(first, claims)
                }));
            }
            names
        })
        .unwrap_or_default();
    let title_whole: Vec<String> = title
        .map(|title| {
            let toks = tokenize(title);
            let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
            whole_names(&toks, &words, lex)
        })
        .unwrap_or_default();
    claims
        .iter()
        .map(|c| {
            if c.stance == Stance::NoComment {
                return None;
            }
            let mut k = keys(c, lex);
            // A denial is about its denier ("Ostrander denied reports that it plans to cut
            // jobs") and about what its article is about ("“We have no plans to cut 1,200
            // jobs,” a spokesperson said", under the headline "Ostrander denies report …").
            // A claim that names no one ("the sewing lines will move to Đồng Nai") is about
            // what its article is about too.
            if c.stance == Stance::Deny {
                add_converses(&mut k, lex);
                for s in c.sources.iter().filter(|s| !s.anonymous) {
                    let names = std::iter::once(s.name.as_str()).chain(s.descriptor.as_deref());
                    k.entities
                        .extend(names.flat_map(|n| name_keys(n, lex)).collect::<Vec<_>>());
                }
                k.entities.extend(title_names.iter().cloned());
                // "… không có kế hoạch đóng cửa nhà máy này": with nothing specific of its own,
                // a denial is found, and finds, by its title's whole names.
                if k.names.is_empty() && k.numbers.is_empty() {
                    k.names.extend(title_whole.iter().cloned());
                }
            } else if k.entities.is_empty() {
                k.entities.extend(title_names.iter().cloned());
                k.borrowed = true;
            }
            k.stored = k.all().map(String::as_str).collect::<Vec<_>>().join("\t");
            k.compact = Arc::new(Compact::of(&k));
            Some(Arc::new(k))
        })
        .collect()
}

/// Stores the keys of an article's claims and links each claim to the stored claims of other
/// articles that state the same thing. `keys` comes from [`article_keys`].
pub(crate) fn link_article(
    tx: &Transaction,
    cache: &mut Cache,
    article_id: i64,
    published: Option<&str>,
    claims: &[Claim],
    keys: &[Option<Arc<Keys>>],
    ids: &HashMap<u32, i64>,
) -> rusqlite::Result<()> {
    for (c, k) in claims.iter().zip(keys) {
        let Some(k) = k else { continue };
        let Some(&id) = ids.get(&c.id) else { continue };
        // All keys are kept with the claim (the store writes them with it); only the specific
        // ones (whole names, numbers, or names when there are neither) are indexed for blocking.
        for key in blocking_keys(k) {
            cache.post(tx, key, id, article_id)?;
        }
        let primary = c.sources.first();
        let me = Stored {
            id,
            stance: c.stance,
            published: published.map(Arc::from),
            anonymous: primary.is_some_and(|s| s.anonymous),
            count: primary.and_then(|s| s.count).map(i64::from),
        };
        cache.remember(id, Arc::clone(&k.compact), me.clone());
        // A claim that borrows its title's names searches only when it denies: denials are few,
        // and each must find what it denies.
        if k.entities.is_empty() || (k.borrowed && c.stance != Stance::Deny) {
            continue;
        }
        // Blocking: only claims that share a whole name or a number (a single name when there is
        // neither), and at most CANDIDATES_PER_KEY of them per key.
        let mut shared: HashMap<i64, usize> = HashMap::default();
        for key in blocking_keys(k) {
            for cand in cache.candidates(key, article_id) {
                *shared.entry(cand).or_default() += 1;
            }
        }
        let mut ranked: Vec<(i64, usize)> = shared.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
        let mut linked = 0;
        let mut my_cluster: Option<i64> = None;
        for (cand, _) in ranked.into_iter().take(CANDIDATES_PER_CLAIM) {
            if linked >= LINKS_PER_CLAIM {
                break;
            }
            let cand_keys = cache.keys_of(tx, cand)?;
            let Some(confidence) = matches_compact(&k.compact, &cand_keys) else {
                continue;
            };
            let Some(other) = cache.stored_of(tx, cand)? else {
                continue;
            };
            // Order by publication; undated or equal dates by ingest order.
            let other_first = match (&other.published, &me.published) {
                (Some(o), Some(m)) if o != m => o < m,
                _ => other.id < me.id,
            };
            let (earlier, later) = if other_first {
                (&other, &me)
            } else {
                (&me, &other)
            };
            if later.stance == Stance::Deny && earlier.stance == Stance::Assert {
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO rebuttals (claim_id, target_id, scope, confidence) VALUES (?1, ?2, 'cross_article', ?3)",
                )?
                .execute(params![later.id, earlier.id, confidence])?;
                tx.prepare_cached(
                    "UPDATE claims SET contested = 1, later_denied = 1 WHERE id = ?1",
                )?
                .execute([earlier.id])?;
            } else if later.stance == Stance::Assert && earlier.stance == Stance::Assert {
                let relation = if stronger(later, earlier) {
                    "corroborates"
                } else {
                    "same"
                };
                if relation == "corroborates" {
                    tx.prepare_cached("UPDATE claims SET later_corroborated = 1 WHERE id = ?1")?
                        .execute([earlier.id])?;
                }
                tx.prepare_cached(
                    "INSERT OR IGNORE INTO claim_links (claim_id, other_id, relation, confidence) VALUES (?1, ?2, ?3, ?4)",
                )?
                .execute(params![later.id, earlier.id, relation, confidence])?;
            }
            my_cluster = cache.join_clusters(tx, id, my_cluster, other.id)?;
            linked += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    fn claim(text: &str) -> Claim {
        Claim {
            id: 1,
            sentence: text.to_string(),
            start: 0,
            end: text.chars().count(),
            text: text.to_string(),
            cue: None,
            stance: Stance::Assert,
            quote: false,
            quotes: Vec::new(),
            sources: Vec::new(),
            rebuts: Vec::new(),
            contested: false,
            byte_start: 0,
            byte_end: 0,
            deny_cues: None,
        }
    }

    #[test]
    fn a_unit_after_an_amount_is_not_a_name() {
        let lexs = Lexicons::builtin().unwrap();
        let vi = lexs.get("vi").unwrap();
        let names: Vec<String> = name_keys(
            "Mekora Foods phủ nhận tin Kellbrook mua lại với giá 600 triệu USD",
            vi,
        )
        .collect();
        assert!(names.contains(&"e:kellbrook".to_string()), "{names:?}");
        assert!(!names.contains(&"e:usd".to_string()), "{names:?}");
        let k = keys(&claim("Doanh thu đạt 600 triệu USD, theo Sông Lam."), vi);
        assert!(!k.entities.contains("e:usd"), "{k:?}");
    }

    #[test]
    fn a_claim_that_names_no_one_is_about_its_articles_title() {
        let lexs = Lexicons::builtin().unwrap();
        let vi = lexs.get("vi").unwrap();
        let claims = [
            claim("Toàn bộ dây chuyền may sẽ được chuyển về Đồng Nai."),
            claim("Giày Minh Khang sẽ đóng cửa nhà máy, theo ba nguồn tin."),
        ];
        let keys = article_keys(
            Some("Giày Minh Khang sẽ đóng cửa nhà máy ở Thanh Hóa"),
            &claims,
            vi,
        );
        let first = keys[0].as_ref().unwrap();
        assert!(first.entities.contains("e:khang"), "{first:?}");
        // A claim with names of its own keeps only them.
        let second = keys[1].as_ref().unwrap();
        assert!(!second.entities.contains("e:thanh"), "{second:?}");
    }

    #[test]
    fn amounts_read_the_same_in_both_languages() {
        let lexs = Lexicons::builtin().unwrap();
        let vi = keys(
            &claim("Tập đoàn Bluewave sẽ mua lại Redline với giá 600 triệu USD và tăng giá 12 %"),
            lexs.get("vi").unwrap(),
        );
        let en = keys(
            &claim("The deal values Redline at $600 million, and Bluewave will acquire it"),
            lexs.get("en").unwrap(),
        );
        assert!(vi.numbers.contains("n:600000000"), "{vi:?}");
        assert!(en.numbers.contains("n:600000000"), "{en:?}");
        assert!(vi.numbers.contains("n:12%"));
        assert!(vi.events.contains("v:acquire") && en.events.contains("v:acquire"));
        assert!(vi.entities.contains("e:bluewave") && en.entities.contains("e:redline"));
        assert!(matches(&vi, &en).is_some());
        let vi_decimal = keys(&claim("Doanh thu đạt 1,2 tỷ USD"), lexs.get("vi").unwrap());
        assert!(
            vi_decimal.numbers.contains("n:1200000000"),
            "{vi_decimal:?}"
        );
    }

    #[test]
    fn the_same_company_with_another_claim_does_not_match() {
        let lexs = Lexicons::builtin().unwrap();
        let en = lexs.get("en").unwrap();
        // A place ("Ohio") is no name to match on; the plant's town is.
        let a = keys(
            &claim("Bluewave plans to lay off 1,200 workers at its Akron plants"),
            en,
        );
        let b = keys(
            &claim("Bluewave's quarterly profit rose 18% to $240 million"),
            en,
        );
        let c = keys(
            &claim("The company Bluewave will cut 1,200 jobs in Akron"),
            en,
        );
        assert!(matches(&a, &b).is_none());
        assert!(matches(&a, &c).is_some());
    }

    #[test]
    fn a_denial_of_a_sale_matches_a_report_of_the_purchase() {
        let lexs = Lexicons::builtin().unwrap();
        let en = lexs.get("en").unwrap();
        let report = claim("Kellbrook would buy a 65% stake in Mekora Foods from the family");
        let mut denial = claim("Mekora Foods has no intention of selling a 65% stake to Kellbrook");
        denial.stance = Stance::Deny;
        let keys_of = |c: &Claim| article_keys(None, std::slice::from_ref(c), en)[0].clone();
        let (r, d) = (keys_of(&report).unwrap(), keys_of(&denial).unwrap());
        assert!(matches(&r, &d).is_some(), "{r:?} {d:?}");
        // The same words asserted are another deal.
        denial.stance = Stance::Assert;
        assert!(matches(&r, &keys_of(&denial).unwrap()).is_none());
    }
}
