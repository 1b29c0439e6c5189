//! Scoring of extraction output against gold annotations.
//!
//! This module is a port of `../shared/eval/score.py` and uses the same definitions, so that both
//! give the same numbers, the same verbose lines and the same table for the same input. A gold
//! file (see `shared/seed/*.gold.json`) names its article in `"file"` and lists the attributions
//! a careful reader finds in it. Each predicted claim, in order, is matched to the first gold
//! attribution not yet taken whose NFC-normalised anchor is a substring of the claim's
//! NFC-normalised `sentence` (or `text` when the sentence is missing or empty). From the matches
//! come attribution precision / recall / F1 (optional gold items are neither required nor
//! penalised), the accuracy of the primary source's kind, anonymity, count and speaker, quote
//! accuracy, rebuttal-link precision / recall and contested-flag precision / recall, per language
//! and over all articles.
//!
//! Comparisons of JSON values follow Python's rules (`null == None`, `1 == 1.0 == true`), and the
//! verbose lines reproduce Python's `repr` of the values involved. Where `score.py` would raise on
//! malformed input, [`load_gold`] reports a [`EvalError::Format`] for the gold file, while odd
//! claim fields (produced by the extractor) are read leniently: a value of the wrong type counts
//! as missing.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use unicode_normalization::UnicodeNormalization;

/// Why a gold file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read (missing, unreadable, not UTF-8).
    #[error("{path}: cannot read gold file: {source}")]
    Read {
        /// The gold file's path.
        path: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid JSON.
    #[error("{path}: invalid gold JSON: {source}")]
    Parse {
        /// The gold file's path.
        path: String,
        /// The underlying JSON error.
        #[source]
        source: serde_json::Error,
    },
    /// The JSON does not have the shape of a gold file.
    #[error("{path}: {message}")]
    Format {
        /// The gold file's path.
        path: String,
        /// What is wrong with it.
        message: String,
    },
}

/// A gold file: its parsed JSON, its language (`"?"` when missing), and the article path (gold's
/// `"file"` resolved relative to the gold file's directory, like
/// `os.path.join(os.path.dirname(path), gold["file"])`).
#[derive(Debug, Clone)]
pub struct Gold {
    /// Path of the gold file itself.
    pub path: PathBuf,
    /// Path of the article the gold file annotates.
    pub article: PathBuf,
    /// The gold's `"language"`, or `"?"` when it has none.
    pub language: String,
    /// The whole gold JSON document.
    pub value: Value,
}

/// Reads and checks a gold file.
///
/// Returns [`EvalError::Format`] when the document is not an object, when `"file"` or
/// `"attributions"` is missing or of the wrong type, or when an attribution lacks a string `"id"`,
/// lacks an `"anchor"`, or has fields of a type `score.py` could not use.
pub fn load_gold(path: &Path) -> Result<Gold, EvalError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Read {
        path: shown.clone(),
        source,
    })?;
    let value: Value = serde_json::from_str(&text).map_err(|source| EvalError::Parse {
        path: shown.clone(),
        source,
    })?;
    let spec = GoldSpec::parse(&value).map_err(|message| EvalError::Format {
        path: shown.clone(),
        message,
    })?;
    let dir = path.parent().unwrap_or_else(|| Path::new(""));
    let article = dir.join(spec.file);
    let language = spec.language.to_string();
    Ok(Gold {
        path: path.to_path_buf(),
        article,
        language,
        value,
    })
}

/// Hit counts per metric key: `key -> (hits, total)`, like `score.py`'s `Tally`.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    counts: BTreeMap<String, (u64, u64)>,
}

impl Tally {
    /// Adds `hit` hits out of `total` trials to `key`.
    pub fn add(&mut self, key: &str, hit: u64, total: u64) {
        let entry = self.counts.entry(key.to_string()).or_insert((0, 0));
        entry.0 += hit;
        entry.1 += total;
    }

    /// `hits / total` for `key`, or `None` when it has no trials.
    pub fn ratio(&self, key: &str) -> Option<f64> {
        let (hits, total) = self.get(key);
        (total != 0).then(|| hits as f64 / total as f64)
    }

    /// Adds every count of `other` to this tally.
    pub fn merge(&mut self, other: &Tally) {
        for (key, &(hits, total)) in &other.counts {
            self.add(key, hits, total);
        }
    }

    fn get(&self, key: &str) -> (u64, u64) {
        self.counts.get(key).copied().unwrap_or((0, 0))
    }
}

/// A reported value: a ratio (`None` when nothing was counted) or a count.
#[derive(Debug, Clone, PartialEq)]
pub enum Metric {
    /// A ratio in `[0, 1]`; `None` is shown as `-` in the table and `null` in JSON.
    Ratio(Option<f64>),
    /// A plain count.
    Count(u64),
}

/// The metrics of one tally, in `score.py`'s order: attribution_precision, attribution_recall,
/// attribution_f1, kind_accuracy, anonymous_accuracy, count_accuracy, speaker_accuracy,
/// quote_accuracy, rebuttal_precision, rebuttal_recall, rebuttal_f1, contested_precision,
/// contested_recall, contested_f1, gold_attributions.
///
/// As in `score.py`, an F1 is `0.0` (never `None`) when either of its inputs is `None`.
pub fn report(t: &Tally) -> Vec<(&'static str, Metric)> {
    let (p, r) = (t.ratio("precision"), t.ratio("recall"));
    let (rp, rr) = (t.ratio("rebut_precision"), t.ratio("rebut_recall"));
    let (cp, cr) = (t.ratio("contested_precision"), t.ratio("contested_recall"));
    let ratio = Metric::Ratio;
    vec![
        ("attribution_precision", ratio(p)),
        ("attribution_recall", ratio(r)),
        ("attribution_f1", ratio(Some(f1(p, r)))),
        ("kind_accuracy", ratio(t.ratio("kind"))),
        ("anonymous_accuracy", ratio(t.ratio("anonymous"))),
        ("count_accuracy", ratio(t.ratio("count"))),
        ("speaker_accuracy", ratio(t.ratio("speaker"))),
        ("quote_accuracy", ratio(t.ratio("quote"))),
        ("rebuttal_precision", ratio(rp)),
        ("rebuttal_recall", ratio(rr)),
        ("rebuttal_f1", ratio(Some(f1(rp, rr)))),
        ("contested_precision", ratio(cp)),
        ("contested_recall", ratio(cr)),
        ("contested_f1", ratio(Some(f1(cp, cr)))),
        ("gold_attributions", Metric::Count(t.get("recall").1)),
    ]
}

fn f1(p: Option<f64>, r: Option<f64>) -> f64 {
    match (p, r) {
        (Some(p), Some(r)) if p + r != 0.0 => 2.0 * p * r / (p + r),
        _ => 0.0,
    }
}

/// Score one article. `claims` are the claim objects of `claimtrack extract --format json`
/// (fields id, sentence, text, sources[{name, kind, anonymous, count}], quote, rebuts,
/// contested). Verbose lines are pushed to `notes`.
///
/// A gold from [`load_gold`] is always usable; a hand-built [`Gold`] whose value `load_gold`
/// would reject scores as an empty tally, with one `  invalid gold ...` note.
pub fn score_article(gold: &Gold, claims: &[Value], notes: &mut Vec<String>) -> Tally {
    let mut t = Tally::default();
    let spec = match GoldSpec::parse(&gold.value) {
        Ok(spec) => spec,
        Err(message) => {
            notes.push(format!("  invalid gold {}: {message}", gold.path.display()));
            return t;
        }
    };
    let file = spec.file;
    let golds = &spec.attributions;
    let by_id: HashMap<&str, &Attribution> = golds.iter().map(|g| (g.id, g)).collect();

    // Matching: each claim takes the first free gold whose anchor lies in its sentence.
    let mut matched: Vec<Option<&str>> = vec![None; claims.len()];
    let mut taken: HashSet<&str> = HashSet::new();
    for (i, c) in claims.iter().enumerate() {
        let sentence = match get(c, "sentence") {
            Some(s) if truthy(s) => nfc_value(Some(s)),
            _ => nfc_value(get(c, "text")),
        };
        for g in golds {
            if !taken.contains(g.id) && sentence.contains(g.anchor.as_str()) {
                matched[i] = Some(g.id);
                taken.insert(g.id);
                break;
            }
        }
    }
    let required: Vec<&Attribution> = golds.iter().filter(|g| !g.optional).collect();
    let found = required.iter().filter(|g| taken.contains(g.id)).count();
    t.add("recall", found as u64, required.len() as u64);
    let fp: Vec<usize> = (0..claims.len())
        .filter(|&i| matched[i].is_none())
        .collect();
    t.add(
        "precision",
        (claims.len() - fp.len()) as u64,
        claims.len() as u64,
    );
    for g in &required {
        if !taken.contains(g.id) {
            notes.push(format!("  missed  {file} {}: {}", g.id, g.anchor_shown));
        }
    }
    for &i in &fp {
        let sentence = get(&claims[i], "sentence").and_then(Value::as_str);
        let head: String = sentence.unwrap_or("").chars().take(110).collect();
        notes.push(format!("  extra   {file}: {head}"));
    }

    // Attributes of the primary source, for matched required golds.
    let mut pid_to_gid: HashMap<PyKey, &str> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(gid) = matched[i] else { continue };
        let Some(g) = by_id.get(gid) else { continue };
        let pid = match get(c, "id") {
            Some(id) => PyKey::of(id),
            None => Some(PyKey::Int(i as i128)),
        };
        if let Some(pid) = pid {
            pid_to_gid.insert(pid, gid);
        }
        if g.optional {
            continue;
        }
        let src = primary(c);
        let src_get = |key: &str| src.and_then(|s| s.get(key)).unwrap_or(&Value::Null);
        let kind = src_get("kind");
        let ok = g.kinds.iter().any(|k| py_eq(kind, k));
        t.add("kind", u64::from(ok), 1);
        if !ok {
            let want = py_repr(&Value::Array(g.kinds.iter().map(|&k| k.clone()).collect()));
            notes.push(format!(
                "  kind    {file} {gid}: got {}, want {want}",
                py_repr(kind)
            ));
        }
        let anonymous: Vec<bool> = g.kinds.iter().map(|k| is_str(k, "anonymous")).collect();
        let unambiguous = anonymous.first().copied().filter(|&first| {
            // `len(set(k == "anonymous" for k in kinds)) == 1`
            anonymous.iter().all(|&a| a == first)
        });
        if let Some(want_anon) = unambiguous {
            let got_anon = match src.and_then(|s| s.get("anonymous")) {
                Some(v) => truthy(v),
                None => is_str(kind, "anonymous"),
            };
            t.add("anonymous", u64::from(got_anon == want_anon), 1);
        }
        if let Some(want) = g.count {
            let count = src_get("count");
            let ok = as_list(want).iter().any(|w| py_eq(count, w));
            t.add("count", u64::from(ok), 1);
            if !ok {
                notes.push(format!(
                    "  count   {file} {gid}: got {}, want {}",
                    py_repr(count),
                    py_repr(want)
                ));
            }
        }
        let person = g.kinds.iter().any(|k| is_str(k, "person"));
        if let Some((speaker, speaker_value)) = g.speaker.filter(|_| person) {
            let names: Vec<String> = match get(c, "sources") {
                Some(Value::Array(sources)) => {
                    sources.iter().map(|s| nfc_value(get(s, "name"))).collect()
                }
                _ => Vec::new(),
            };
            let names = names.join(" | ");
            let ok = names.to_lowercase().contains(&nfc(speaker).to_lowercase());
            t.add("speaker", u64::from(ok), 1);
            if !ok {
                notes.push(format!(
                    "  speaker {file} {gid}: got {}, want {}",
                    py_repr_str(&names),
                    py_repr(speaker_value)
                ));
            }
        }
        if let Some(want) = g.quote {
            let quote = get(c, "quote").is_some_and(truthy);
            t.add("quote", u64::from(py_eq(&Value::Bool(quote), want)), 1);
        }
    }

    // Rebuttal links inside the article.
    let must_pairs: BTreeSet<(&str, &str)> = golds
        .iter()
        .flat_map(|g| g.rebuts.iter().map(move |&x| (g.id, x)))
        .collect();
    let mut ok_pairs = must_pairs.clone();
    ok_pairs.extend(
        golds
            .iter()
            .flat_map(|g| g.rebuts_may.iter().map(move |&x| (g.id, x))),
    );
    let mut pred_pairs: BTreeSet<(&str, &str)> = BTreeSet::new();
    let mut unmapped = 0u64;
    for (i, c) in claims.iter().enumerate() {
        for target in rebut_targets(get(c, "rebuts")) {
            let tg = PyKey::of(&target).and_then(|k| pid_to_gid.get(&k).copied());
            match (matched[i], tg) {
                (Some(r), Some(tg)) => {
                    pred_pairs.insert((r, tg));
                }
                _ => unmapped += 1,
            }
        }
    }
    t.add(
        "rebut_recall",
        must_pairs.intersection(&pred_pairs).count() as u64,
        must_pairs.len() as u64,
    );
    t.add(
        "rebut_precision",
        pred_pairs.intersection(&ok_pairs).count() as u64,
        pred_pairs.len() as u64 + unmapped,
    );
    for (a, b) in must_pairs.difference(&pred_pairs) {
        notes.push(format!("  no link {file} {a} rebuts {b}"));
    }
    for (a, b) in pred_pairs.difference(&ok_pairs) {
        notes.push(format!("  bad link {file} {a} rebuts {b}"));
    }

    // Contested flags.
    let must = &spec.contested_must;
    let may: BTreeSet<&str> = must.union(&spec.contested_may).copied().collect();
    let flagged: Vec<Option<&str>> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| get(c, "contested").is_some_and(truthy))
        .map(|(i, _)| matched[i])
        .collect();
    let flagged_ids: HashSet<&str> = flagged.iter().flatten().copied().collect();
    let recalled = must
        .iter()
        .filter(|m| !m.is_empty() && flagged_ids.contains(*m))
        .count();
    t.add("contested_recall", recalled as u64, must.len() as u64);
    let precise = flagged
        .iter()
        .filter(|f| f.is_some_and(|f| may.contains(f)))
        .count();
    t.add("contested_precision", precise as u64, flagged.len() as u64);
    for m in must {
        if !flagged_ids.contains(m) {
            notes.push(format!("  not contested {file} {m}"));
        }
    }
    t
}

/// Per-language results plus "all", as score.py builds them (languages sorted, "all" last).
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// `(column name, metrics)` in table order.
    pub columns: Vec<(String, Vec<(&'static str, Metric)>)>,
    /// The verbose lines, when asked for.
    pub notes: Vec<String>,
}

/// Score many gold files. `extract` returns the claims for an article path (the caller runs the
/// extractor). Stops at the first error, like score.py.
///
/// With `verbose`, the lines `score.py -v` prints are collected in [`Evaluation::notes`].
pub fn evaluate<F>(golds: &[Gold], mut extract: F, verbose: bool) -> Result<Evaluation, String>
where
    F: FnMut(&Gold) -> Result<Vec<Value>, String>,
{
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut notes = Vec::new();
    for gold in golds {
        let claims = extract(gold)?;
        let mut article_notes = Vec::new();
        let t = score_article(gold, &claims, &mut article_notes);
        if verbose {
            notes.extend(article_notes);
        }
        per_lang.entry(gold.language.clone()).or_default().merge(&t);
        total.merge(&t);
    }
    // Like the Python dict: a language literally called "all" keeps its sorted place but holds
    // the overall figures.
    let mut columns: Vec<(String, Vec<(&'static str, Metric)>)> = per_lang
        .iter()
        .map(|(lang, t)| {
            let t = if lang == "all" { &total } else { t };
            (lang.clone(), report(t))
        })
        .collect();
    if !per_lang.contains_key("all") {
        columns.push(("all".to_string(), report(&total)));
    }
    Ok(Evaluation { columns, notes })
}

impl Evaluation {
    /// Exactly score.py's non-json printed table (each line ending in `\n`).
    pub fn table(&self) -> String {
        let mut out = format!("{:<24}", "metric");
        for (column, _) in &self.columns {
            out.push_str(&format!("{column:>8}"));
        }
        out.push('\n');
        let names: Vec<&'static str> = report(&Tally::default())
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        for name in names {
            out.push_str(&format!("{name:<24}"));
            for (_, metrics) in &self.columns {
                let cell = match lookup(metrics, name) {
                    Some(Metric::Ratio(Some(v))) => format!("{v:>8.3}"),
                    Some(Metric::Count(n)) => format!("{n:>8}"),
                    Some(Metric::Ratio(None)) | None => format!("{:>8}", "-"),
                };
                out.push_str(&cell);
            }
            out.push('\n');
        }
        out
    }

    /// Same structure as score.py --json: `{lang: {metric: value}, ..., "all": {...}}` with
    /// `null` for `None`.
    pub fn to_json(&self) -> Value {
        let mut result = Map::new();
        for (column, metrics) in &self.columns {
            let mut values = Map::new();
            for (name, metric) in metrics {
                let value = match metric {
                    Metric::Ratio(Some(v)) => Value::from(*v),
                    Metric::Ratio(None) => Value::Null,
                    Metric::Count(n) => Value::from(*n),
                };
                values.insert((*name).to_string(), value);
            }
            result.insert(column.clone(), Value::Object(values));
        }
        Value::Object(result)
    }

    /// The value of metric `name` in `column` (counts as floats), or `None` when the column or
    /// metric does not exist or the ratio is undefined.
    pub fn metric(&self, column: &str, name: &str) -> Option<f64> {
        let (_, metrics) = self.columns.iter().find(|(c, _)| c == column)?;
        match lookup(metrics, name)? {
            Metric::Ratio(v) => *v,
            Metric::Count(n) => Some(*n as f64),
        }
    }
}

fn lookup<'a>(metrics: &'a [(&'static str, Metric)], name: &str) -> Option<&'a Metric> {
    metrics.iter().find(|(n, _)| *n == name).map(|(_, m)| m)
}

/// One gold attribution, read from the gold JSON.
struct Attribution<'a> {
    id: &'a str,
    /// NFC of the anchor (`""` for a falsy anchor, which then matches every claim).
    anchor: String,
    /// The anchor as Python's `str()` shows it.
    anchor_shown: String,
    optional: bool,
    /// `as_list(g.get("kind"))`.
    kinds: Vec<&'a Value>,
    count: Option<&'a Value>,
    /// A truthy speaker: its text and its JSON value.
    speaker: Option<(&'a str, &'a Value)>,
    quote: Option<&'a Value>,
    rebuts: Vec<&'a str>,
    rebuts_may: Vec<&'a str>,
}

/// The parts of a gold document that scoring uses.
struct GoldSpec<'a> {
    file: &'a str,
    language: &'a str,
    attributions: Vec<Attribution<'a>>,
    contested_must: BTreeSet<&'a str>,
    contested_may: BTreeSet<&'a str>,
}

impl<'a> GoldSpec<'a> {
    fn parse(value: &'a Value) -> Result<Self, String> {
        let doc = value
            .as_object()
            .ok_or("gold is not a JSON object".to_string())?;
        let file = match doc.get("file") {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err("\"file\" is not a string".to_string()),
            None => return Err("missing \"file\"".to_string()),
        };
        let language = match doc.get("language") {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err("\"language\" is not a string".to_string()),
            None => "?",
        };
        let items = match doc.get("attributions") {
            Some(Value::Array(items)) => items,
            Some(_) => return Err("\"attributions\" is not a list".to_string()),
            None => return Err("missing \"attributions\"".to_string()),
        };
        let attributions = items
            .iter()
            .enumerate()
            .map(|(n, item)| {
                Attribution::parse(item).map_err(|e| format!("attributions[{n}]: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (contested_must, contested_may) = match doc.get("contested") {
            None => (Vec::new(), Vec::new()),
            Some(Value::Object(c)) => (
                string_list(c, "must").map_err(|e| format!("contested: {e}"))?,
                string_list(c, "may").map_err(|e| format!("contested: {e}"))?,
            ),
            Some(_) => return Err("\"contested\" is not an object".to_string()),
        };
        Ok(GoldSpec {
            file,
            language,
            attributions,
            contested_must: contested_must.into_iter().collect(),
            contested_may: contested_may.into_iter().collect(),
        })
    }
}

impl<'a> Attribution<'a> {
    fn parse(item: &'a Value) -> Result<Self, String> {
        let g = item.as_object().ok_or("not an object".to_string())?;
        let id = match g.get("id") {
            Some(Value::String(s)) => s.as_str(),
            Some(_) => return Err("\"id\" is not a string".to_string()),
            None => return Err("missing \"id\"".to_string()),
        };
        let (anchor, anchor_shown) = match g.get("anchor") {
            Some(Value::String(s)) => (nfc(s), s.clone()),
            Some(v) if !truthy(v) => (String::new(), py_str(v)),
            Some(_) => return Err(format!("{id}: \"anchor\" is not a string")),
            None => return Err(format!("{id}: missing \"anchor\"")),
        };
        let speaker = match g.get("speaker") {
            Some(v @ Value::String(s)) if !s.is_empty() => Some((s.as_str(), v)),
            Some(v) if truthy(v) => return Err(format!("{id}: \"speaker\" is not a string")),
            _ => None,
        };
        Ok(Attribution {
            id,
            anchor,
            anchor_shown,
            optional: g.get("optional").is_some_and(truthy),
            kinds: as_list(g.get("kind").unwrap_or(&Value::Null)),
            count: g.get("count"),
            speaker,
            quote: g.get("quote"),
            rebuts: string_list(g, "rebuts").map_err(|e| format!("{id}: {e}"))?,
            rebuts_may: string_list(g, "rebuts_may").map_err(|e| format!("{id}: {e}"))?,
        })
    }
}

/// An optional list of strings under `key` (empty when absent).
fn string_list<'a>(obj: &'a Map<String, Value>, key: &str) -> Result<Vec<&'a str>, String> {
    match obj.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .ok_or_else(|| format!("\"{key}\" holds a non-string"))
            })
            .collect(),
        Some(_) => Err(format!("\"{key}\" is not a list")),
    }
}

/// `value.get(key)` for objects; any other value has no keys.
fn get<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    value.as_object().and_then(|o| o.get(key))
}

/// The primary (first) source of a claim, when it has one.
fn primary(claim: &Value) -> Option<&Map<String, Value>> {
    match get(claim, "sources") {
        Some(Value::Array(sources)) => sources.first().and_then(Value::as_object),
        _ => None,
    }
}

/// The targets Python iterates in `for target in c.get("rebuts") or []`.
fn rebut_targets(rebuts: Option<&Value>) -> Vec<Value> {
    match rebuts {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::String(s)) => s.chars().map(|ch| Value::String(ch.into())).collect(),
        Some(Value::Object(o)) => o.keys().map(|k| Value::String(k.clone())).collect(),
        _ => Vec::new(),
    }
}

fn as_list(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Python's `nfc(v)`: the NFC of a string, `""` for anything else.
fn nfc_value(value: Option<&Value>) -> String {
    value.and_then(Value::as_str).map(nfc).unwrap_or_default()
}

fn is_str(value: &Value, s: &str) -> bool {
    value.as_str() == Some(s)
}

/// Python's `bool()` of a JSON value.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// A JSON number (or bool) as Python sees it.
#[derive(Clone, Copy)]
enum PyNum {
    Int(i128),
    Float(f64),
}

fn py_num(value: &Value) -> Option<PyNum> {
    match value {
        Value::Bool(b) => Some(PyNum::Int(i128::from(*b))),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Some(PyNum::Int(i128::from(i)))
            } else if let Some(u) = n.as_u64() {
                Some(PyNum::Int(i128::from(u)))
            } else {
                n.as_f64().map(PyNum::Float)
            }
        }
        _ => None,
    }
}

/// The integer a float equals exactly, if any.
fn integral(f: f64) -> Option<i128> {
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38).then_some(f as i128)
}

/// Python's `==` between two JSON values (`1 == 1.0 == True`, `None == None`).
fn py_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        _ => match (py_num(a), py_num(b)) {
            (Some(PyNum::Int(x)), Some(PyNum::Int(y))) => x == y,
            (Some(PyNum::Float(x)), Some(PyNum::Float(y))) => x == y,
            (Some(PyNum::Int(i)), Some(PyNum::Float(f)))
            | (Some(PyNum::Float(f)), Some(PyNum::Int(i))) => integral(f) == Some(i),
            _ => false,
        },
    }
}

/// A hashable JSON value as a Python dict key (`1`, `1.0` and `true` are the same key).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum PyKey {
    Null,
    Int(i128),
    Float(u64),
    Str(String),
}

impl PyKey {
    /// `None` for lists and objects, which Python cannot hash.
    fn of(value: &Value) -> Option<PyKey> {
        match value {
            Value::Null => Some(PyKey::Null),
            Value::String(s) => Some(PyKey::Str(s.clone())),
            Value::Array(_) | Value::Object(_) => None,
            other => match py_num(other)? {
                PyNum::Int(i) => Some(PyKey::Int(i)),
                PyNum::Float(f) => Some(match integral(f) {
                    Some(i) => PyKey::Int(i),
                    None => PyKey::Float(f.to_bits()),
                }),
            },
        }
    }
}

/// Python's `str()` of a JSON value.
fn py_str(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of a JSON value as `json.loads` would build it.
fn py_repr(value: &Value) -> String {
    match value {
        Value::Null => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Number(n) => match py_num(value) {
            Some(PyNum::Int(i)) => i.to_string(),
            Some(PyNum::Float(f)) => py_repr_float(f),
            None => n.to_string(),
        },
        Value::String(s) => py_repr_str(s),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(py_repr).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(o) => {
            let inner: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{}: {}", py_repr_str(k), py_repr(v)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
    }
}

/// Python's `repr()` of a float: shortest round-trip digits, scientific notation when the
/// decimal exponent is below -4 or at least 16.
fn py_repr_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let body = if (-4..16).contains(&exp) {
        if exp < 0 {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        } else {
            let point = exp as usize + 1;
            if digits.len() > point {
                format!("{}.{}", &digits[..point], &digits[point..])
            } else {
                format!("{digits}{}.0", "0".repeat(point - digits.len()))
            }
        }
    } else {
        let rest = if digits.len() > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{}{rest}e{esign}{:02}", &digits[..1], exp.abs())
    };
    format!("{sign}{body}")
}

/// Python's `repr()` of a string.
fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !py_printable(c) => {
                let n = u32::from(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Assigned code points that Python's `str.isprintable()` rejects (categories Cc, Cf, Co, Zl, Zp
/// and Zs other than the space), as of Unicode 14.0 (Python 3.11). Unassigned code points are
/// not listed, since which ones they are depends on the Python version.
const NOT_PRINTABLE: &[(u32, u32)] = &[
    (0x0000, 0x001f),
    (0x007f, 0x00a0),
    (0x00ad, 0x00ad),
    (0x0600, 0x0605),
    (0x061c, 0x061c),
    (0x06dd, 0x06dd),
    (0x070f, 0x070f),
    (0x0890, 0x0891),
    (0x08e2, 0x08e2),
    (0x1680, 0x1680),
    (0x180e, 0x180e),
    (0x2000, 0x200f),
    (0x2028, 0x202f),
    (0x205f, 0x2064),
    (0x2066, 0x206f),
    (0x3000, 0x3000),
    (0xd800, 0xf8ff),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
    (0xf0000, 0xffffd),
    (0x100000, 0x10fffd),
];

fn py_printable(c: char) -> bool {
    let n = u32::from(c);
    !NOT_PRINTABLE.iter().any(|&(lo, hi)| (lo..=hi).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn gold(value: Value) -> Gold {
        let language = value
            .get("language")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_string();
        Gold {
            path: PathBuf::from("t.gold.json"),
            article: PathBuf::from("t.txt"),
            language,
            value,
        }
    }

    fn claim(sentence: &str, sources: Value) -> Value {
        json!({"id": "c", "sentence": sentence, "sources": sources})
    }

    fn person(name: &str) -> Value {
        json!([{"name": name, "kind": "person", "anonymous": false, "count": 1}])
    }

    fn counts(t: &Tally, key: &str) -> (u64, u64) {
        t.get(key)
    }

    #[test]
    fn matching_takes_first_free_gold_in_claim_order() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "g1", "anchor": "said"},
            {"id": "g2", "anchor": "said"},
            {"id": "g3", "anchor": "never"},
        ]}));
        let claims = vec![
            claim("Ann said so.", json!([])),
            claim("Bob said so.", json!([])),
            claim("Cid said so.", json!([])),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        assert_eq!(counts(&t, "recall"), (2, 3));
        assert_eq!(counts(&t, "precision"), (2, 3));
        assert_eq!(
            notes,
            vec![
                "  missed  a.txt g3: never".to_string(),
                "  extra   a.txt: Cid said so.".to_string(),
            ]
        );
    }

    #[test]
    fn matching_uses_nfc_and_falls_back_to_text() {
        // "ế" precomposed in the gold, decomposed in the claim.
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "g1", "anchor": "bi\u{1ebf}t"},
        ]}));
        let claims = vec![json!({"sentence": "", "text": "cho bie\u{302}\u{301}t"})];
        let t = score_article(&g, &claims, &mut Vec::new());
        assert_eq!(counts(&t, "recall"), (1, 1));
        assert_eq!(counts(&t, "precision"), (1, 1));
    }

    #[test]
    fn optional_golds_are_neither_required_nor_penalised() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "o", "anchor": "maybe", "optional": true, "kind": "person", "count": 1},
            {"id": "r", "anchor": "surely", "kind": "person", "count": 1, "quote": true},
        ]}));
        let claims = vec![claim("maybe so", json!([{"kind": "document"}]))];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        assert_eq!(counts(&t, "recall"), (0, 1));
        assert_eq!(counts(&t, "precision"), (1, 1));
        assert_eq!(counts(&t, "kind"), (0, 0));
        assert_eq!(notes, vec!["  missed  a.txt r: surely".to_string()]);
        let r = report(&t);
        assert_eq!(r[0], ("attribution_precision", Metric::Ratio(Some(1.0))));
        assert_eq!(r[2], ("attribution_f1", Metric::Ratio(Some(0.0))));
        assert_eq!(r[3], ("kind_accuracy", Metric::Ratio(None)));
        assert_eq!(r[14], ("gold_attributions", Metric::Count(1)));
    }

    #[test]
    fn count_list_with_null_and_python_equality() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "a", "anchor": "one", "kind": "anonymous", "count": [null, 2]},
            {"id": "b", "anchor": "two", "kind": "anonymous", "count": [null, 2]},
            {"id": "c", "anchor": "three", "kind": "anonymous", "count": 1},
            {"id": "d", "anchor": "four", "kind": "anonymous", "count": [null, 2]},
        ]}));
        let anon = |count: Value| json!([{"name": "", "kind": "anonymous", "count": count}]);
        let claims = vec![
            claim("one", json!([{"kind": "anonymous"}])), // missing count == None
            claim("two", anon(json!(2.0))),
            claim("three", anon(json!(true))),
            claim("four", anon(json!(3))),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        assert_eq!(counts(&t, "count"), (3, 4));
        assert_eq!(counts(&t, "anonymous"), (4, 4));
        assert_eq!(notes, vec!["  count   a.txt d: got 3, want [None, 2]"]);
    }

    #[test]
    fn kind_and_anonymous_follow_score_py() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "a", "anchor": "one", "kind": ["document", "organization"]},
            {"id": "b", "anchor": "two", "kind": "anonymous"},
            {"id": "c", "anchor": "three", "kind": ["anonymous", "person"]},
            {"id": "d", "anchor": "four"},
        ]}));
        let claims = vec![
            claim("one", json!([{"kind": "organization"}])),
            claim("two", json!([{"kind": "person", "anonymous": true}])),
            claim("three", json!([{"kind": "person"}])),
            claim("four", json!([])),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        // d: no kind in gold -> [None], no sources -> None: a hit.
        assert_eq!(counts(&t, "kind"), (3, 4));
        // c has mixed kinds and is skipped; b is anonymous by flag; a, d are on record.
        assert_eq!(counts(&t, "anonymous"), (3, 3));
        assert_eq!(
            notes,
            vec!["  kind    a.txt b: got 'person', want ['anonymous']"]
        );
    }

    #[test]
    fn speaker_is_case_insensitive_substring_of_all_names() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "a", "anchor": "one", "kind": "person", "speaker": "Jensen Huang"},
            {"id": "b", "anchor": "two", "kind": "person", "speaker": "Sam Altman"},
            {"id": "c", "anchor": "three", "kind": "organization", "speaker": "Nvidia"},
            {"id": "d", "anchor": "four", "kind": ["person"], "speaker": "O'Neil"},
        ]}));
        let claims = vec![
            claim(
                "one",
                json!([{"name": "OpenAI", "kind": "person"}, {"name": "CEO JENSEN HUANG"}]),
            ),
            claim("two", person("Altman")),
            claim(
                "three",
                json!([{"name": "someone", "kind": "organization"}]),
            ),
            claim("four", person("Ann")),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        assert_eq!(counts(&t, "speaker"), (1, 3));
        assert_eq!(
            notes,
            vec![
                "  speaker a.txt b: got 'Altman', want 'Sam Altman'",
                "  speaker a.txt d: got 'Ann', want \"O'Neil\"",
            ]
        );
    }

    #[test]
    fn quote_compares_truthiness() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "a", "anchor": "one", "quote": true},
            {"id": "b", "anchor": "two", "quote": false},
            {"id": "c", "anchor": "three", "quote": 1},
        ]}));
        let claims = vec![
            json!({"sentence": "one", "quote": "“x”"}),
            json!({"sentence": "two", "quote": null}),
            json!({"sentence": "three"}),
        ];
        let t = score_article(&g, &claims, &mut Vec::new());
        assert_eq!(counts(&t, "quote"), (2, 3));
    }

    #[test]
    fn rebuttals_count_unmapped_targets_against_precision() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "s1", "anchor": "one"},
            {"id": "s2", "anchor": "two", "rebuts": ["s1"], "rebuts_may": ["s3"]},
            {"id": "s3", "anchor": "three"},
            {"id": "s4", "anchor": "four", "rebuts": ["s3"]},
        ]}));
        let claims = vec![
            json!({"id": "c1", "sentence": "one"}),
            json!({"id": "c2", "sentence": "two", "rebuts": ["c1", 2, "nowhere"]}),
            json!({"sentence": "three", "rebuts": ["c2"]}),
            json!({"id": "c4", "sentence": "nothing", "rebuts": ["c1"]}),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        // The third claim has no id: its key is its index, 2.
        assert_eq!(counts(&t, "rebut_recall"), (1, 2));
        // pred pairs: (s2, s1) must, (s2, s3) may, (s3, s2) bad; unmapped: "nowhere", c4's link.
        assert_eq!(counts(&t, "rebut_precision"), (2, 5));
        assert_eq!(
            notes,
            vec![
                "  missed  a.txt s4: four",
                "  extra   a.txt: nothing",
                "  no link a.txt s4 rebuts s3",
                "  bad link a.txt s3 rebuts s2",
            ]
        );
    }

    #[test]
    fn numeric_claim_ids_are_python_dict_keys() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "s1", "anchor": "one"},
            {"id": "s2", "anchor": "two", "rebuts": ["s1"]},
        ]}));
        let claims = vec![
            json!({"id": 7, "sentence": "one"}),
            json!({"id": 8, "sentence": "two", "rebuts": [7.0]}),
        ];
        let t = score_article(&g, &claims, &mut Vec::new());
        assert_eq!(counts(&t, "rebut_recall"), (1, 1));
        assert_eq!(counts(&t, "rebut_precision"), (1, 1));
    }

    #[test]
    fn contested_must_and_may() {
        let g = gold(json!({"file": "a.txt", "attributions": [
            {"id": "s1", "anchor": "one"},
            {"id": "s2", "anchor": "two"},
            {"id": "s3", "anchor": "three"},
            {"id": "s4", "anchor": "four"},
        ], "contested": {"must": ["s1", "s4"], "may": ["s2"]}}));
        let claims = vec![
            json!({"sentence": "one", "contested": true}),
            json!({"sentence": "two", "contested": true}),
            json!({"sentence": "three", "contested": true}),
            json!({"sentence": "four", "contested": false}),
            json!({"sentence": "none", "contested": true}),
        ];
        let mut notes = Vec::new();
        let t = score_article(&g, &claims, &mut notes);
        assert_eq!(counts(&t, "contested_recall"), (1, 2));
        assert_eq!(counts(&t, "contested_precision"), (2, 4));
        assert_eq!(
            notes,
            vec!["  extra   a.txt: none", "  not contested a.txt s4"]
        );
        let r = report(&t);
        let f = match r[13].1 {
            Metric::Ratio(Some(f)) => f,
            _ => f64::NAN,
        };
        assert!((f - 0.5).abs() < 1e-12);
    }

    #[test]
    fn evaluate_groups_by_language_and_prints_the_table() {
        let en = gold(json!({"file": "a.txt", "language": "en", "attributions": [
            {"id": "a", "anchor": "one", "kind": "person", "count": 1}
        ]}));
        let vi = gold(json!({"file": "b.txt", "language": "vi", "attributions": [
            {"id": "b", "anchor": "hai", "kind": "person"},
            {"id": "c", "anchor": "ba", "kind": "person"}
        ]}));
        let none = gold(json!({"file": "c.txt", "attributions": []}));
        let golds = vec![vi, en, none];
        let eval = evaluate(
            &golds,
            |g| {
                Ok(match g.language.as_str() {
                    "en" => vec![claim("one", person("X"))],
                    "vi" => vec![claim("hai", json!([{"kind": "organization"}]))],
                    _ => vec![],
                })
            },
            true,
        )
        .expect("evaluation");
        let names: Vec<&str> = eval.columns.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(names, vec!["?", "en", "vi", "all"]);
        assert_eq!(eval.metric("all", "attribution_recall"), Some(2.0 / 3.0));
        assert_eq!(eval.metric("all", "kind_accuracy"), Some(0.5));
        assert_eq!(eval.metric("?", "kind_accuracy"), None);
        assert_eq!(eval.metric("all", "gold_attributions"), Some(3.0));
        assert_eq!(eval.notes.len(), 2);
        let table = eval.table();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 16);
        assert_eq!(
            lines[0],
            "metric                         ?      en      vi     all"
        );
        assert_eq!(
            lines[2],
            "attribution_recall             -   1.000   0.500   0.667"
        );
        assert_eq!(
            lines[15],
            "gold_attributions              0       1       2       3"
        );
        let json = eval.to_json();
        assert_eq!(json["all"]["gold_attributions"], json!(3));
        assert_eq!(json["?"]["attribution_precision"], Value::Null);
        assert_eq!(json["?"]["attribution_f1"], json!(0.0));

        let quiet = evaluate(&golds, |_| Ok(vec![]), false).expect("evaluation");
        assert!(quiet.notes.is_empty());
        let err = evaluate(&golds, |_| Err("boom".to_string()), false);
        assert_eq!(err.err(), Some("boom".to_string()));
    }

    #[test]
    fn a_language_named_all_holds_the_totals() {
        let golds = vec![
            gold(
                json!({"file": "a", "language": "all", "attributions": [{"id": "a", "anchor": "x"}]}),
            ),
            gold(
                json!({"file": "b", "language": "zz", "attributions": [{"id": "b", "anchor": "y"}]}),
            ),
        ];
        let eval = evaluate(&golds, |_| Ok(vec![]), false).expect("evaluation");
        let names: Vec<&str> = eval.columns.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(names, vec!["all", "zz"]);
        assert_eq!(eval.metric("all", "gold_attributions"), Some(2.0));
    }

    #[test]
    fn load_gold_resolves_the_article_and_checks_the_format() {
        let dir = std::env::temp_dir().join(format!("claimtrack-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let write = |name: &str, text: &str| {
            let path = dir.join(name);
            std::fs::write(&path, text).expect("write");
            path
        };
        let ok = write(
            "ok.gold.json",
            r#"{"file": "art.txt", "attributions": [{"id": "a", "anchor": "x"}]}"#,
        );
        let g = load_gold(&ok).expect("valid gold");
        assert_eq!(g.article, dir.join("art.txt"));
        assert_eq!(g.language, "?");

        let cases = [
            ("nofile.json", r#"{"attributions": []}"#, "missing \"file\""),
            (
                "badfile.json",
                r#"{"file": 3, "attributions": []}"#,
                "\"file\"",
            ),
            (
                "noattr.json",
                r#"{"file": "a"}"#,
                "missing \"attributions\"",
            ),
            (
                "badattr.json",
                r#"{"file": "a", "attributions": {}}"#,
                "not a list",
            ),
            (
                "noanchor.json",
                r#"{"file": "a", "attributions": [{"id": "a"}]}"#,
                "anchor",
            ),
            ("list.json", "[]", "not a JSON object"),
        ];
        for (name, text, want) in cases {
            match load_gold(&write(name, text)) {
                Err(EvalError::Format { message, .. }) => {
                    assert!(message.contains(want), "{name}: {message}")
                }
                other => panic!("{name}: {other:?}"),
            }
        }
        assert!(matches!(
            load_gold(&write("bad.json", "{")),
            Err(EvalError::Parse { .. })
        ));
        assert!(matches!(
            load_gold(&dir.join("absent.json")),
            Err(EvalError::Read { .. })
        ));
        let bad = gold(json!({"file": 1}));
        let mut notes = Vec::new();
        let t = score_article(&bad, &[], &mut notes);
        assert!(report(&t)[0].1 == Metric::Ratio(None));
        assert_eq!(notes.len(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn python_reprs() {
        assert_eq!(py_repr(&json!(null)), "None");
        assert_eq!(py_repr(&json!(3)), "3");
        assert_eq!(py_repr(&json!(1.0)), "1.0");
        assert_eq!(py_repr(&json!(0.1)), "0.1");
        assert_eq!(py_repr(&json!(1e16)), "1e+16");
        assert_eq!(py_repr(&json!(1.5e-5)), "1.5e-05");
        assert_eq!(py_repr(&json!(123456.789)), "123456.789");
        assert_eq!(py_repr(&json!(0.0001)), "0.0001");
        assert_eq!(py_repr(&json!(-2.5)), "-2.5");
        assert_eq!(py_repr(&json!(true)), "True");
        assert_eq!(py_repr(&json!(["a", 1, null])), "['a', 1, None]");
        assert_eq!(py_repr(&json!("it's")), "\"it's\"");
        assert_eq!(py_repr(&json!("it's \"x\"")), "'it\\'s \"x\"'");
        assert_eq!(
            py_repr(&json!("a\\b\n\u{a0}\u{200b}é")),
            "'a\\\\b\\n\\xa0\\u200bé'"
        );
        assert_eq!(py_repr(&json!({"k": [1]})), "{'k': [1]}");
    }
}
