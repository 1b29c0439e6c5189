//! Faults: pathological input sizes run in linear time; an ingest killed at any moment leaves a
//! sound database holding whole articles, and a rerun completes it; reports run against a
//! database that another process is writing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use claimtrack::input::parse_article_text;
use claimtrack::{Article, Extractor};

/// Tests in this file measure time or load both cores; they run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bodies of the corpus articles of one language, in file order.
fn corpus_bodies(lang: &str) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("corpus").join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            parse_article_text(&p.display().to_string(), &text).unwrap()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Pathological sizes
// ---------------------------------------------------------------------------------------------

/// Extracts `text`, checks that every claim's offsets lie in the text and point at its sentence,
/// and returns how long normalization and extraction took.
fn timed_extract(ex: &Extractor, text: &str) -> Duration {
    let started = Instant::now();
    let article = Article::from_text("pathological.txt", text);
    let result = ex.extract(&article).expect("extraction succeeds");
    let took = started.elapsed();
    let body = &article.body;
    let chars = body.chars().count();
    // Char offsets counted along the text, claims being in text order.
    let (mut at_byte, mut at_char) = (0, 0);
    for c in &result.claims {
        assert!(
            c.start <= c.end && c.end <= chars,
            "claim {} offsets {}..{} out of bounds (text has {chars} chars)",
            c.id,
            c.start,
            c.end
        );
        assert!(
            c.byte_start <= c.byte_end
                && c.byte_end <= body.len()
                && body.is_char_boundary(c.byte_start)
                && body.is_char_boundary(c.byte_end),
            "claim {} byte offsets {}..{} out of bounds",
            c.id,
            c.byte_start,
            c.byte_end
        );
        assert_eq!(body[c.byte_start..c.byte_end], c.sentence);
        assert!(at_byte <= c.byte_start, "claims in text order");
        at_char += body[at_byte..c.byte_start].chars().count();
        at_byte = c.byte_start;
        assert_eq!(
            at_char, c.start,
            "claim {}: char and byte offsets agree",
            c.id
        );
        assert_eq!(
            c.end - c.start,
            c.sentence.chars().count(),
            "claim {}: end - start is the sentence's length",
            c.id
        );
    }
    took
}

/// The fastest of up to `runs` timings of `measure(text)`, stopping early once one is below
/// `enough`, or above `hopeless` (too slow for noise to explain).
fn fastest(
    measure: &dyn Fn(&str) -> Duration,
    text: &str,
    runs: usize,
    enough: Duration,
    hopeless: Duration,
) -> Duration {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        best = best.min(measure(text));
        if best < enough || best > hopeless {
            break;
        }
    }
    best
}

/// Asserts that `measure` takes linear time on `make(n)`, `make(2n)` and `make(4n)`:
/// time(4n) / time(n) must stay below 8 (linear growth gives 4, quadratic 16). Each time is the
/// fastest of three runs, except that a larger size is not run again once it looks linear (or
/// hopelessly slow). When time(2n) / time(n) is already above 3.5 (linear 2, quadratic 4), the
/// size 4n is not tried.
fn assert_linear_with(
    shape: &str,
    n: usize,
    make: impl Fn(usize) -> String,
    measure: &dyn Fn(&str) -> Duration,
) {
    let _guard = serial();
    let small = make(n);
    let base = fastest(measure, &small, 3, Duration::ZERO, Duration::MAX);
    let report = |sizes: &[usize], times: &[Duration]| {
        let ratio = times.last().unwrap().as_secs_f64() / base.as_secs_f64();
        format!(
            "{shape}: {sizes:?} bytes took {times:?}; time({}n)/time(n) = {ratio:.1}",
            if times.len() == 2 { 2 } else { 4 },
        )
    };
    let double = make(2 * n);
    let t2 = fastest(measure, &double, 3, base.mul_f64(2.5), base.mul_f64(7.0));
    let sizes = [small.len(), double.len()];
    assert!(
        base >= Duration::from_millis(if RELEASE { 2 } else { 20 }),
        "{}: the smallest size is too fast to time",
        report(&sizes, &[base, t2])
    );
    assert!(
        t2 < base.mul_f64(3.5),
        "not linear: {}",
        report(&sizes, &[base, t2])
    );
    drop(double);
    let quadruple = make(4 * n);
    let t4 = fastest(
        measure,
        &quadruple,
        3,
        base.mul_f64(6.0),
        base.mul_f64(16.0),
    );
    let sizes = [small.len(), sizes[1], quadruple.len()];
    let line = report(&sizes, &[base, t2, t4]);
    eprintln!("{line}");
    assert!(t4 < base.mul_f64(8.0), "not linear: {line}");
}

/// [`assert_linear_with`] for the whole of extraction: normalizing the text and
/// [`Extractor::extract`], with every claim's offsets checked.
fn assert_linear(shape: &str, n: usize, make: impl Fn(usize) -> String) {
    let ex = Extractor::builtin().unwrap();
    assert_linear_with(shape, n, make, &|text| timed_extract(&ex, text));
}

/// Whether sizes are those of a release build (`cargo test --release`), where the single line
/// reaches 5 MB.
const RELEASE: bool = !cfg!(debug_assertions);

/// The largest character boundary of `s` at or before `at`.
fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Real article text on one line: every corpus article of a language, with its line ends turned
/// into spaces, repeated up to `bytes`.
fn one_line_of(lang: &str, bytes: usize) -> String {
    let joined = corpus_bodies(lang)
        .iter()
        .map(|a| a.body.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(bytes + joined.len());
    while out.len() < bytes {
        out.push_str(&joined);
        out.push(' ');
    }
    out.truncate(floor_boundary(&out, bytes));
    assert!(!out.contains('\n'));
    out
}

/// One line that mixes news text, quotations, quotes never closed and nested brackets.
fn mixed_line(bytes: usize) -> String {
    let news = one_line_of("vi", 40_000) + " " + &one_line_of("en", 40_000);
    let odd = [
        quoted_sentence(200),
        "“Doanh thu tăng, ông Hoàng cho biết. \"Sales rose, Nvidia said. ".repeat(50),
        format!(
            "{}Sales rose, the company said{}. ",
            "(".repeat(2000),
            ")".repeat(2000)
        ),
    ];
    let mut out = String::with_capacity(bytes + 100_000);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&news[..floor_boundary(&news, 8_000 * (1 + i % 5))]);
        out.push(' ');
        out.push_str(&odd[i % odd.len()]);
        out.push(' ');
        i += 1;
    }
    out.truncate(floor_boundary(&out, bytes));
    out
}

#[test]
fn splitting_a_5_mb_single_line_takes_linear_time() {
    let lexicons = claimtrack::Lexicons::builtin().unwrap();
    let lex = lexicons.get("vi").unwrap();
    let measure = |text: &str| {
        let started = Instant::now();
        let article = Article::from_text("line.txt", text);
        let sentences = claimtrack::sentences::split(&article.body, lex);
        let quotes = claimtrack::sentences::quote_spans(&article.body);
        let took = started.elapsed();
        let body = &article.body;
        let mut last_end = 0;
        for s in &sentences {
            assert!(last_end <= s.start && s.start < s.end && s.end <= body.len());
            assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
            last_end = s.end;
        }
        for q in &quotes {
            assert!(q.open < q.close && q.close < body.len());
            assert!(body.is_char_boundary(q.open) && body.is_char_boundary(q.close));
        }
        assert!(sentences.len() > 100);
        took
    };
    // 1.25, 2.5 and 5 MiB.
    assert_linear_with("splitting one line", 5 << 20 >> 2, mixed_line, &measure);
}

#[test]
fn a_single_line_of_english_news_takes_linear_time() {
    let n = if RELEASE { 5 << 20 >> 2 } else { 50_000 };
    assert_linear("single line (en)", n, |bytes| one_line_of("en", bytes));
}

#[test]
fn a_single_line_of_vietnamese_news_takes_linear_time() {
    let n = if RELEASE { 5 << 20 >> 2 } else { 50_000 };
    assert_linear("single line (vi)", n, |bytes| one_line_of("vi", bytes));
}

/// One line that never ends a sentence: a list of names, places and figures, as in a table
/// flattened by a scraper.
#[test]
fn a_single_line_without_sentence_ends_takes_linear_time() {
    let n = if RELEASE { 2000 } else { 800 };
    assert_linear("single line, no sentence end", n, |k| {
        let mut s = String::from("Theo danh sách, ");
        for i in 0..k {
            s.push_str(&format!(
                "Nguyễn Văn An {i}, Bluewave Holdings {i} và ông Trần Bình, "
            ));
        }
        s.push_str("ông Hoàng cho biết");
        s
    });
}

/// One sentence holding `marks` quotation marks, curly and straight, with reporting verbs
/// inside and outside the quotations.
fn quoted_sentence(marks: usize) -> String {
    let mut s = String::from("Ông Huang nói rằng");
    let units = [
        " “vô lý”,",
        " \"không đúng\",",
        " “they said no”,",
        " \"Nvidia cho biết vậy\" và",
    ];
    for i in 0..marks / 2 {
        s.push_str(units[i % units.len()]);
    }
    s.push_str(" Huang said.");
    s
}

#[test]
fn a_sentence_with_many_quotation_marks_takes_linear_time() {
    // The case asked for: 200 quotation marks in one sentence.
    let ex = Extractor::builtin().unwrap();
    let text = quoted_sentence(200);
    assert_eq!(text.matches(['“', '”', '"']).count(), 200);
    assert!(timed_extract(&ex, &text) < Duration::from_secs(2));
    let n = if RELEASE { 40_000 } else { 2_000 };
    assert_linear("one sentence, many quotation marks", n, quoted_sentence);
}

#[test]
fn unbalanced_quotes_take_linear_time() {
    let n = if RELEASE { 20_000 } else { 1_000 };
    assert_linear("quotes opened and never closed", n, |k| {
        let units = [
            "“Doanh thu tăng 5% tại Hà Nội, ông Hoàng cho biết. ",
            "\"Sales rose in Hanoi, Nvidia said. ",
            "« Giá sẽ giảm, theo hai nguồn tin. ",
            "‘We are ready, she said. ",
        ];
        (0..k).map(|i| units[i % units.len()]).collect()
    });
}

#[test]
fn a_long_unclosed_quotation_takes_linear_time() {
    // Opening marks only, in one run-on sentence with no end.
    let n = if RELEASE { 20_000 } else { 1_000 };
    assert_linear("opening quotes in one run-on sentence", n, |k| {
        format!(
            "{} the company said.",
            "“sales rose, \"prices fell, ".repeat(k)
        )
    });
}

#[test]
fn nested_brackets_take_linear_time() {
    // The case asked for: 10,000 nested brackets.
    let nest = |k: usize| {
        format!(
            "{}Sales rose 5%, the company said{}.",
            "(".repeat(k),
            ")".repeat(k)
        )
    };
    let ex = Extractor::builtin().unwrap();
    assert!(timed_extract(&ex, &nest(10_000)) < Duration::from_secs(2));
    let n = if RELEASE { 200_000 } else { 20_000 };
    assert_linear("nested brackets", n, nest);
}

// ---------------------------------------------------------------------------------------------
// Crash safety and concurrency: the real binary on a JSONL input of corpus articles
// ---------------------------------------------------------------------------------------------

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimtrack"));
    c.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(root());
    c
}

/// `count` distinct articles as JSONL: the first or the second half of the corpus articles of
/// both languages in turn (halves keep debug builds quick), each with its own id, title, URL and
/// first line, so that no two share a key or a content hash.
fn jsonl_input(count: usize) -> String {
    let mut articles = corpus_bodies("en");
    articles.extend(corpus_bodies("vi"));
    let mut out = String::new();
    for i in 0..count {
        let a = &articles[i % articles.len()];
        let vi = a.language.as_deref() == Some("vi");
        let lead = if vi {
            format!("Bản tin số {i}")
        } else {
            format!("Bulletin number {i}")
        };
        let record = serde_json::json!({
            "id": format!("a{i}"),
            "title": format!("{} ({i})", a.title.as_deref().unwrap_or("Untitled")),
            "outlet": a.outlet,
            "published": a.published,
            "url": format!("https://example.org/faults/{i}"),
            "language": a.language,
            "text": format!("{lead}\n{}", half(&a.body, (i / articles.len()) % 2)),
        });
        out.push_str(&serde_json::to_string(&record).unwrap());
        out.push('\n');
    }
    out
}

/// The first (0) or second (1) half of the lines of `text`.
fn half(text: &str, which: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mid = lines.len() / 2;
    let part = if which == 0 {
        &lines[..mid]
    } else {
        &lines[mid..]
    };
    part.join("\n")
}

fn ingest(input: &Path, db: &Path) -> Command {
    let mut c = bin();
    // Small transactions, so that a kill can land between many commits.
    c.arg("ingest")
        .arg(input)
        .args(["--batch", "25"])
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn ingest_to_completion(input: &Path, db: &Path) -> Duration {
    let started = Instant::now();
    let out = ingest(input, db).output().unwrap();
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed()
}

/// How many articles `db` holds, if it can be read.
fn stored_articles(db: &Path) -> Option<i64> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    rusqlite::Connection::open_with_flags(db, flags)
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0)))
        .ok()
}

/// Ingests to completion while watching the database: returns how long the run took and when
/// it was first seen holding some but not all of `total` articles (after its first commit).
fn ingest_watching(input: &Path, db: &Path, total: i64) -> (Duration, Option<Duration>) {
    let started = Instant::now();
    let mut child = ingest(input, db).stderr(Stdio::null()).spawn().unwrap();
    let mut first_commit = None;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if first_commit.is_none() && stored_articles(db).is_some_and(|n| n > 0 && n < total) {
            first_commit = Some(started.elapsed());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    assert!(status.success(), "ingest failed");
    (started.elapsed(), first_commit)
}

/// What a database holds, for comparing runs.
#[derive(Debug, Default, PartialEq)]
struct Contents {
    /// Per article key: its content hash, number of claims, number of attributions.
    articles: BTreeMap<String, (String, i64, i64)>,
    /// Every claim: its article's content hash, number, sentence, offsets, text, cue, stance
    /// and quotations.
    claims: BTreeSet<Vec<String>>,
}

/// Opens `db` (recovering its write-ahead log as any reader would), checks that it is sound, and
/// reads what it holds. A database killed before it had a schema holds nothing.
fn contents(db: &Path) -> Contents {
    if !db.exists() {
        return Contents::default();
    }
    let conn = rusqlite::Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok", "{}: integrity_check", db.display());
    let has_schema: bool = conn
        .query_row(
            "SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = 'articles'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    if !has_schema {
        return Contents::default();
    }
    let orphans: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(orphans, 0, "{}: rows without their parent", db.display());
    let mut articles = BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT a.key, a.content_hash,
                    (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
                    (SELECT COUNT(*) FROM attributions t WHERE t.article_id = a.id)
             FROM articles a",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
        })
        .unwrap();
    for row in rows {
        let (key, v) = row.unwrap();
        articles.insert(key, v);
    }
    let mut claims = BTreeSet::new();
    let mut stmt = conn
        .prepare(
            "SELECT a.content_hash, c.seq, c.sentence, c.char_start, c.char_end, c.text,
                    COALESCE(c.cue, ''), c.stance, c.quotes
             FROM claims c JOIN articles a ON a.id = c.article_id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok(vec![
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?.to_string(),
                r.get(2)?,
                r.get::<_, i64>(3)?.to_string(),
                r.get::<_, i64>(4)?.to_string(),
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
                r.get(8)?,
            ])
        })
        .unwrap();
    for row in rows {
        claims.insert(row.unwrap());
    }
    Contents { articles, claims }
}

#[test]
fn an_ingest_killed_at_any_moment_leaves_whole_articles_and_a_rerun_completes_it() {
    let _guard = serial();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let total = 300;
    std::fs::write(&input, jsonl_input(total)).unwrap();

    let clean_db = dir.path().join("clean.db");
    let (clean_time, first_commit) = ingest_watching(&input, &clean_db, total as i64);
    let clean = contents(&clean_db);
    assert_eq!(clean.articles.len(), total, "every article is distinct");
    assert!(clean.claims.len() > 4 * total, "articles hold claims");

    // Fixed early points, then points between the clean run's first commit and its end, until
    // a kill lands between two commits.
    let mut delays: Vec<Duration> = [50, 150, 400].map(Duration::from_millis).to_vec();
    let window_start = first_commit.unwrap_or(clean_time.mul_f64(0.5));
    // On a loaded machine the window between commits is narrow and moves from run to run:
    // finer points after the first ones, until one kill lands in it.
    let fractions = [0.5, 0.3, 0.7, 0.15, 0.85, 0.05, 0.95]
        .into_iter()
        .chain((1..20).map(|k| f64::from(k) / 20.0));
    delays.extend(
        fractions.map(|f| window_start + (clean_time.saturating_sub(window_start)).mul_f64(f)),
    );
    let mut partial_seen = false;
    let mut log = Vec::new();
    for (k, delay) in delays.iter().enumerate() {
        if k >= 4 && partial_seen {
            break;
        }
        let db = dir.path().join(format!("killed{k}.db"));
        let mut child = ingest(&input, &db).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(*delay);
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();

        let killed = contents(&db);
        for (key, stored) in &killed.articles {
            assert_eq!(
                Some(stored),
                clean.articles.get(key),
                "killed after {delay:?}: article {key} is not whole (hash, claims, attributions)"
            );
        }
        assert!(killed.claims.is_subset(&clean.claims));
        let stored = killed.articles.len();
        partial_seen |= stored > 0 && stored < total;
        log.push(format!(
            "{delay:?}: {stored} articles{}",
            if finished { " (had finished)" } else { "" }
        ));

        ingest_to_completion(&input, &db);
        let resumed = contents(&db);
        assert_eq!(resumed.articles, clean.articles, "killed after {delay:?}");
        assert!(
            resumed.claims == clean.claims,
            "killed after {delay:?}: the rerun holds other claims than a clean run"
        );
    }
    eprintln!(
        "clean ingest of {total} articles ({} claims): {clean_time:?}, first commit seen at \
         {first_commit:?}; kills: {}",
        clean.claims.len(),
        log.join(", ")
    );
    assert!(
        partial_seen,
        "no kill landed between two commits: {}",
        log.join(", ")
    );
}

/// Runs a report against `db`. Returns its JSON, or `None` when it failed saying the database
/// is busy; any other failure fails the test.
fn report(db: &Path, args: &[&str]) -> Option<serde_json::Value> {
    let out = bin()
        .args(args)
        .arg("--db")
        .arg(db)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        assert!(
            stderr.contains("busy"),
            "{args:?} failed without saying the database is busy: {stderr}"
        );
        return None;
    }
    Some(serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: output is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    }))
}

/// Claims per article key in the output of `claims --format json`.
fn claims_per_article(claims: &serde_json::Value) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for c in claims.as_array().expect("an array of claims") {
        let key = c["article"]["key"].as_str().expect("claim has article key");
        assert!(c["sentence"].as_str().is_some_and(|s| !s.is_empty()));
        *out.entry(key.to_string()).or_default() += 1;
    }
    out
}

/// The rows of a `stats --format json` report by group.
fn stats_rows(stats: &serde_json::Value) -> BTreeMap<String, (i64, i64)> {
    stats
        .as_array()
        .expect("an array of stats rows")
        .iter()
        .map(|r| {
            (
                r["group"].as_str().unwrap_or("").to_string(),
                (
                    r["articles"].as_i64().unwrap(),
                    r["claims"].as_i64().unwrap(),
                ),
            )
        })
        .collect()
}

/// The ids of the contested claims in the output of `contested --format json`.
fn contested_ids(contested: &serde_json::Value) -> BTreeSet<i64> {
    contested
        .as_array()
        .expect("an array of contested claims")
        .iter()
        .map(|e| {
            assert!(
                e["rebuttals"].as_array().is_some_and(|r| !r.is_empty()),
                "a contested claim without rebuttals: {e}"
            );
            e["claim"]["id"].as_i64().expect("claim id")
        })
        .collect()
}

/// Whether `db` exists and has claimtrack's schema.
fn has_schema(db: &Path) -> bool {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    rusqlite::Connection::open_with_flags(db, flags)
        .and_then(|c| c.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0)))
        .is_ok_and(|v| v == claimtrack::store::SCHEMA_VERSION)
}

#[test]
fn reports_run_while_another_process_ingests() {
    let _guard = serial();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let total = 1200;
    std::fs::write(&input, jsonl_input(total)).unwrap();
    let db = dir.path().join("shared.db");

    let mut writer = ingest(&input, &db).spawn().unwrap();
    let mut snapshots = Vec::new();
    let mut busy = 0;
    let mut rounds_during_ingest = 0;
    loop {
        let running = writer.try_wait().unwrap().is_none();
        if !running {
            break;
        }
        if !has_schema(&db) {
            // Two processes creating the schema at once may find the database busy; reports
            // start once the schema is there.
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        let claims = report(&db, &["claims", "--format", "json"]);
        let by_article = report(&db, &["stats", "--by", "article", "--format", "json"]);
        let by_outlet = report(&db, &["stats", "--format", "json"]);
        let contested = report(&db, &["contested", "--format", "json"]);
        busy += [&claims, &by_article, &by_outlet, &contested]
            .iter()
            .filter(|r| r.is_none())
            .count();
        snapshots.push((claims, by_article, by_outlet, contested));
        if writer.try_wait().unwrap().is_none() {
            rounds_during_ingest += 1;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = writer.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");

    let final_claims = claims_per_article(&report(&db, &["claims", "--format", "json"]).unwrap());
    let final_by_article =
        stats_rows(&report(&db, &["stats", "--by", "article", "--format", "json"]).unwrap());
    let final_by_outlet = stats_rows(&report(&db, &["stats", "--format", "json"]).unwrap());
    let final_contested = contested_ids(&report(&db, &["contested", "--format", "json"]).unwrap());
    assert_eq!(final_claims.len(), total);
    assert_eq!(final_by_article.len(), total);

    let mut partial_seen = false;
    let mut states: BTreeMap<usize, usize> = BTreeMap::new();
    for (claims, by_article, by_outlet, contested) in &snapshots {
        if let Some(claims) = claims {
            // Whole articles: each one seen holds exactly its final number of claims.
            let seen = claims_per_article(claims);
            for (key, n) in &seen {
                assert_eq!(Some(n), final_claims.get(key), "claims of {key}");
            }
            partial_seen |= !seen.is_empty() && seen.len() < total;
        }
        if let Some(rows) = by_article {
            let rows = stats_rows(rows);
            *states.entry(rows.len()).or_default() += 1;
            for (key, row) in &rows {
                assert_eq!(Some(row), final_by_article.get(key), "stats of {key}");
            }
            partial_seen |= !rows.is_empty() && rows.len() < total;
        }
        if let Some(rows) = by_outlet {
            for (outlet, (articles, claims)) in stats_rows(rows) {
                let (final_articles, final_claims) = *final_by_outlet
                    .get(&outlet)
                    .unwrap_or_else(|| panic!("stats show outlet {outlet:?}, gone at the end"));
                assert!(
                    articles <= final_articles && claims <= final_claims,
                    "stats of {outlet} exceed the final counts"
                );
            }
        }
        if let Some(contested) = contested {
            assert!(contested_ids(contested).is_subset(&final_contested));
        }
    }
    eprintln!(
        "{} report rounds, {rounds_during_ingest} while ingest ran, {busy} busy; \
         articles seen by stats (count: rounds): {states:?}",
        snapshots.len()
    );
    assert!(rounds_during_ingest >= 2, "reports ran while ingest wrote");
    assert!(
        partial_seen,
        "some report saw the database between two commits"
    );
}

#[test]
fn a_second_writer_says_the_database_is_busy() {
    let _guard = serial();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("locked.db");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Sales will fall 24%, three people familiar with the matter said.",
    )
    .unwrap();
    // Another connection holds the write lock.
    let holder = claimtrack::store::Store::open(&db).unwrap();
    holder
        .connection()
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO clusters DEFAULT VALUES;")
        .unwrap();
    // Readers go on: the database is in WAL mode.
    let stats = bin()
        .args(["stats", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        stats.status.success(),
        "{}",
        String::from_utf8_lossy(&stats.stderr)
    );
    let out = ingest(&article, &db).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("database is busy, retry"),
        "a busy database is named as such: {stderr}"
    );
    holder.connection().execute_batch("ROLLBACK").unwrap();
    ingest_to_completion(&article, &db);
}
