//! Reports: how extracted claims are shown to a person (a table) or handed to other tools (JSON).

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};

use crate::ArticleClaims;

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for a person.
    Table,
    /// One JSON document: an object for one article, an array for several.
    Json,
    /// One JSON object per line.
    Jsonl,
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// A table of an article's claims.
pub fn claims_table(result: &ArticleClaims, width: Option<u16>) -> String {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    // On a terminal the table fits its width; in a file or pipe it is as wide as a wide terminal.
    let width = width.or_else(|| table.width()).unwrap_or(150);
    table.set_width(width);
    table.set_header([
        "#",
        "Chars",
        "Claim",
        "Source",
        "Kind",
        "Count",
        "Quote",
        "Stance",
        "Contested by",
    ]);
    for c in &result.claims {
        let src = c.primary();
        let contested_by: Vec<String> = result
            .claims
            .iter()
            .filter(|o| o.rebuts.contains(&c.id))
            .map(|o| format!("#{} {}", o.id, o.primary().map_or("", |s| s.name.as_str())))
            .collect();
        table.add_row([
            c.id.to_string(),
            format!("{}–{}", c.start, c.end),
            shorten(&c.sentence, 110),
            src.map_or(String::new(), |s| s.name.clone()),
            src.map_or(String::new(), |s| s.kind.as_str().to_string()),
            src.and_then(|s| s.count)
                .map_or("—".to_string(), |n| n.to_string()),
            if c.quote { "yes".into() } else { "".into() },
            c.stance.as_str().to_string(),
            if c.contested {
                format!("⚑ {}", contested_by.join(", "))
            } else {
                String::new()
            },
        ]);
    }
    let title = result
        .article
        .title
        .as_deref()
        .unwrap_or(&result.article.path);
    format!(
        "{title} [{}] — {} claims, {} anonymous, {} contested\n{table}\n",
        result.article.language,
        result.claims.len(),
        result
            .claims
            .iter()
            .filter(|c| c.primary().is_some_and(|s| s.anonymous))
            .count(),
        result.claims.iter().filter(|c| c.contested).count(),
    )
}

use crate::store::{ContestedClaim, SourcesReport, StatsRow, StoredClaim, StoryEntry};

/// Output formats of the database reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    /// A table for a person.
    Table,
    /// JSON.
    Json,
    /// CSV with a header row; unless `raw`, a cell that a spreadsheet would run as a formula is
    /// prefixed with a single quote.
    Csv {
        /// Write cells exactly as they are (for pandas or R).
        raw: bool,
    },
}

/// A CSV cell made safe to open in a spreadsheet: a cell that begins with `=`, `+`, `-`, `@`, a
/// tab or a carriage return is prefixed with a single quote, as OWASP advises against formula
/// injection. `raw` keeps it as it is.
pub fn csv_cell(cell: &str, raw: bool) -> std::borrow::Cow<'_, str> {
    if !raw && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn table_with(header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    let width = table.width().unwrap_or(150);
    table.set_width(width);
    table.set_header(header.to_vec());
    table
}

fn csv_of(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>, raw: bool) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a record with the wrong length is a programming error
    // caught by the tests.
    let _ = w.write_record(header);
    for row in rows {
        let _ = w.write_record(row.iter().map(|c| csv_cell(c, raw).into_owned()));
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Writes `items` as CSV with a header row, as [`csv_of`] makes it. Long lists are made in parts
/// on all cores, a window of parts at a time, in order, as [`write_json_lines`] writes JSON.
fn write_csv<T: Sync>(
    w: &mut dyn std::io::Write,
    header: &[&str],
    items: &[T],
    row: impl Fn(&T) -> Vec<String> + Sync,
    raw: bool,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    const PART: usize = 512;
    let window = PART * 4 * rayon::current_num_threads().max(1);
    w.write_all(csv_of(header, std::iter::empty(), raw).as_bytes())?;
    for batch in items.chunks(window) {
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(PART)
            .map(|chunk| {
                let mut out = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(Vec::with_capacity(chunk.len() * 1024));
                for item in chunk {
                    // Writing to memory cannot fail.
                    for cell in row(item) {
                        let _ = out.write_field(csv_cell(&cell, raw).as_bytes());
                    }
                    let _ = out.write_record(std::iter::empty::<&[u8]>());
                }
                out.into_inner().unwrap_or_default()
            })
            .collect();
        for part in &parts {
            w.write_all(part)?;
        }
    }
    Ok(())
}

/// Writes the `claims` report of `rows` as CSV.
pub fn write_claims_csv(
    w: &mut dyn std::io::Write,
    rows: &[StoredClaim],
    raw: bool,
) -> std::io::Result<()> {
    write_csv(w, CLAIM_CSV, rows, claim_csv_row, raw)
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn num(v: Option<f64>) -> String {
    v.map_or(String::new(), |v| format!("{v:.4}"))
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |v| format!("{:.1}%", v * 100.0))
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default() + "\n"
}

/// A JSON array with one compact element per line: valid JSON, and quick to write and to read.
fn json_lines<T: serde::Serialize + Sync>(items: &[T]) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail.
    let _ = write_json_lines(&mut out, items);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes `items` as a JSON array with one compact element per line. Long lists are written in
/// parts made on all cores, a window of parts at a time, in order: memory holds a few parts, not
/// the whole report, which for every contested claim of an archive runs to tens of megabytes.
pub fn write_json_lines<T: serde::Serialize + Sync>(
    w: &mut dyn std::io::Write,
    items: &[T],
) -> std::io::Result<()> {
    use rayon::prelude::*;
    const PART: usize = 512;
    let window = PART * 4 * rayon::current_num_threads().max(1);
    w.write_all(b"[")?;
    for (k, batch) in items.chunks(window).enumerate() {
        let parts: Vec<Vec<u8>> = batch
            .par_chunks(PART)
            .enumerate()
            .map(|(p, chunk)| {
                // Room for long claims: memory is only touched as it is written.
                let mut out: Vec<u8> = Vec::with_capacity(chunk.len() * 4096);
                for (i, item) in chunk.iter().enumerate() {
                    let first = k == 0 && p == 0 && i == 0;
                    let mark = out.len();
                    out.extend_from_slice(if first { b"\n" } else { b",\n" });
                    // A value that cannot be written (none of ours) is left out.
                    if serde_json::to_writer(&mut out, item).is_err() {
                        out.truncate(mark);
                    }
                }
                out
            })
            .collect();
        for part in &parts {
            w.write_all(part)?;
        }
    }
    w.write_all(b"\n]\n")
}

/// Writes the `contested` report of a whole database as JSON: the same bytes as
/// [`write_json_lines`] writes for its [`crate::store::ContestedClaim`]s, from claims already
/// written as JSON.
pub fn write_contested_json(
    w: &mut dyn std::io::Write,
    report: &crate::store::ContestedJson,
) -> std::io::Result<()> {
    w.write_all(b"[")?;
    for (k, (claim, rebuttals)) in report.entries.iter().enumerate() {
        w.write_all(if k == 0 { b"\n" } else { b",\n" })?;
        w.write_all(b"{\"claim\":")?;
        report.write_claim(w, *claim)?;
        w.write_all(b",\"rebuttals\":[")?;
        for (j, r) in rebuttals.iter().enumerate() {
            if j > 0 {
                w.write_all(b",")?;
            }
            report.write_claim(w, *r)?;
        }
        w.write_all(b"]}")?;
    }
    w.write_all(b"\n]\n")
}

/// How many rows a table shows before it stops; machine formats are never cut.
pub const TABLE_ROWS: usize = 200;

fn cut_note(shown: usize, total: usize) -> String {
    if shown < total {
        format!("showing {shown} of {total}; use --format json or csv for all\n")
    } else {
        String::new()
    }
}

const CLAIM_CSV: &[&str] = &[
    "claim_id",
    "article_id",
    "article",
    "outlet",
    "published",
    "language",
    "claim_text",
    "sentence",
    "char_start",
    "char_end",
    "cue",
    "stance",
    "quote",
    "source_name",
    "source_kind",
    "anonymous",
    "source_count",
    "contested",
    "rebuts",
];

fn claim_csv_row(c: &StoredClaim) -> Vec<String> {
    let s = c.claim.primary();
    vec![
        c.claim.id.to_string(),
        c.article.id.to_string(),
        c.article.key.clone(),
        opt(&c.article.outlet),
        opt(&c.article.published),
        c.article.language.clone(),
        c.claim.text.clone(),
        c.claim.sentence.clone(),
        c.claim.start.to_string(),
        c.claim.end.to_string(),
        c.claim.cue.clone().unwrap_or_default(),
        c.claim.stance.as_str().to_string(),
        c.claim.quote.to_string(),
        s.map_or(String::new(), |s| s.name.clone()),
        s.map_or(String::new(), |s| s.kind.as_str().to_string()),
        s.map_or(String::new(), |s| s.anonymous.to_string()),
        s.and_then(|s| s.count)
            .map_or(String::new(), |n| n.to_string()),
        c.claim.contested.to_string(),
        c.claim
            .rebuts
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(" "),
    ]
}

/// The `claims` report.
pub fn claims_report(rows: &[StoredClaim], total: usize, format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => json_lines(rows),
        ReportFormat::Csv { raw } => {
            let mut out = Vec::new();
            // Writing to memory cannot fail.
            let _ = write_claims_csv(&mut out, rows, raw);
            String::from_utf8(out).unwrap_or_default()
        }
        ReportFormat::Table => {
            let mut t = table_with(&[
                "Claim",
                "Published",
                "Outlet",
                "Sentence",
                "Source",
                "Kind",
                "Count",
                "Stance",
                "Contested",
            ]);
            for c in rows.iter().take(TABLE_ROWS) {
                let s = c.claim.primary();
                t.add_row(vec![
                    c.claim.id.to_string(),
                    opt(&c.article.published),
                    opt(&c.article.outlet),
                    shorten(&c.claim.sentence, 100),
                    s.map_or(String::new(), |s| s.name.clone()),
                    s.map_or(String::new(), |s| s.kind.as_str().to_string()),
                    s.and_then(|s| s.count)
                        .map_or("—".into(), |n| n.to_string()),
                    c.claim.stance.as_str().to_string(),
                    if c.claim.contested {
                        "⚑".into()
                    } else {
                        String::new()
                    },
                ]);
            }
            format!(
                "{t}\n{}{total} claims\n",
                cut_note(rows.len().min(TABLE_ROWS), total)
            )
        }
    }
}

/// A report of `rows` written to `w`: JSON streamed ([`write_json_lines`]), any other format as
/// `text` makes it ([`claims_report`], [`contested_report`]).
pub fn write_report<T: serde::Serialize + Sync>(
    w: &mut dyn std::io::Write,
    rows: &[T],
    format: ReportFormat,
    text: impl FnOnce(&[T], ReportFormat) -> String,
) -> std::io::Result<()> {
    match format {
        ReportFormat::Json => write_json_lines(w, rows),
        _ => w.write_all(text(rows, format).as_bytes()),
    }
}

/// The `contested` report.
pub fn contested_report(rows: &[ContestedClaim], total: usize, format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => json_lines(rows),
        ReportFormat::Csv { raw } => {
            let mut header = CLAIM_CSV.to_vec();
            header.extend([
                "rebuttal_claim_id",
                "rebuttal_article",
                "rebuttal_outlet",
                "rebuttal_published",
                "rebuttal_source_name",
                "rebuttal_source_kind",
                "rebuttal_text",
            ]);
            let lines = rows.iter().flat_map(|c| {
                c.rebuttals.iter().map(move |r| {
                    let mut row = claim_csv_row(&c.claim);
                    let s = r.claim.primary();
                    row.extend([
                        r.claim.id.to_string(),
                        r.article.key.clone(),
                        opt(&r.article.outlet),
                        opt(&r.article.published),
                        s.map_or(String::new(), |s| s.name.clone()),
                        s.map_or(String::new(), |s| s.kind.as_str().to_string()),
                        r.claim.text.clone(),
                    ]);
                    row
                })
            });
            csv_of(&header, lines, raw)
        }
        ReportFormat::Table => {
            let mut t = table_with(&["Claim", "Article", "Sentence", "Source", "Rebutted by"]);
            for c in rows.iter().take(TABLE_ROWS) {
                let s = c.claim.claim.primary();
                let by: Vec<String> = c
                    .rebuttals
                    .iter()
                    .map(|r| {
                        format!(
                            "#{} {} ({}, {}): {}",
                            r.claim.id,
                            r.claim.primary().map_or("", |s| s.name.as_str()),
                            r.article.outlet.as_deref().unwrap_or(&r.article.key),
                            r.article.published.as_deref().unwrap_or("undated"),
                            shorten(&r.claim.text, 80)
                        )
                    })
                    .collect();
                t.add_row(vec![
                    c.claim.claim.id.to_string(),
                    format!(
                        "{}\n{}",
                        c.claim
                            .article
                            .outlet
                            .as_deref()
                            .unwrap_or(&c.claim.article.key),
                        c.claim.article.published.as_deref().unwrap_or("undated")
                    ),
                    shorten(&c.claim.claim.sentence, 90),
                    s.map_or(String::new(), |s| {
                        let count = s.count.map_or(String::new(), |n| format!(" ({n})"));
                        format!("{}{count} [{}]", s.name, s.kind.as_str())
                    }),
                    by.join("\n"),
                ]);
            }
            format!(
                "{t}\n{}{total} contested claims\n",
                cut_note(rows.len().min(TABLE_ROWS), total)
            )
        }
    }
}

const STATS_CSV: &[&str] = &[
    "group",
    "articles",
    "claims",
    "anonymous_only_share",
    "single_anonymous_share",
    "named_source_share",
    "contested_share",
    "anonymous_later_denied_share",
    "anonymous_later_corroborated_share",
    "anonymous_attributions",
    "count_stated_share",
    "mean_stated_count",
    "reason_stated_share",
];

/// The `stats` report.
pub fn stats_report(rows: &[StatsRow], format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => json_lines(rows),
        ReportFormat::Csv { raw } => csv_of(
            STATS_CSV,
            rows.iter().map(|r| {
                vec![
                    r.group.clone(),
                    r.articles.to_string(),
                    r.claims.to_string(),
                    num(r.anonymous_only_share),
                    num(r.single_anonymous_share),
                    num(r.named_source_share),
                    num(r.contested_share),
                    num(r.anonymous_later_denied_share),
                    num(r.anonymous_later_corroborated_share),
                    r.anonymous_attributions.to_string(),
                    num(r.count_stated_share),
                    num(r.mean_stated_count),
                    num(r.reason_stated_share),
                ]
            }),
            raw,
        ),
        ReportFormat::Table => {
            let mut t = table_with(&[
                "Group",
                "Articles",
                "Claims",
                "Anonymous only",
                "Single anonymous",
                "Named source",
                "Contested",
                "Anon. later denied",
                "Anon. later corroborated",
                "Anon. count stated",
                "Mean count",
                "Reason stated",
            ]);
            for r in rows {
                t.add_row(vec![
                    r.group.clone(),
                    r.articles.to_string(),
                    r.claims.to_string(),
                    pct(r.anonymous_only_share),
                    pct(r.single_anonymous_share),
                    pct(r.named_source_share),
                    pct(r.contested_share),
                    pct(r.anonymous_later_denied_share),
                    pct(r.anonymous_later_corroborated_share),
                    pct(r.count_stated_share),
                    r.mean_stated_count
                        .map_or("—".into(), |m| format!("{m:.1}")),
                    pct(r.reason_stated_share),
                ]);
            }
            format!("{t}\n")
        }
    }
}

/// The `sources` report.
pub fn sources_report(report: &SourcesReport, format: ReportFormat) -> String {
    let rows = || {
        report
            .named
            .iter()
            .map(|r| ("named", r))
            .chain(report.anonymous.iter().map(|r| ("anonymous", r)))
    };
    match format {
        ReportFormat::Json => json(report),
        ReportFormat::Csv { raw } => csv_of(
            &[
                "list",
                "kind",
                "name",
                "citations",
                "articles",
                "mean_count",
            ],
            rows().map(|(list, r)| {
                vec![
                    list.to_string(),
                    r.kind.clone(),
                    r.name.clone(),
                    r.citations.to_string(),
                    r.articles.to_string(),
                    num(r.mean_count),
                ]
            }),
            raw,
        ),
        ReportFormat::Table => {
            let mut named = table_with(&["Named source", "Kind", "Claims", "Articles"]);
            for r in &report.named {
                named.add_row(vec![
                    r.name.clone(),
                    r.kind.clone(),
                    r.citations.to_string(),
                    r.articles.to_string(),
                ]);
            }
            let mut anon =
                table_with(&["Anonymous descriptor", "Claims", "Articles", "Mean count"]);
            for r in &report.anonymous {
                anon.add_row(vec![
                    r.name.clone(),
                    r.citations.to_string(),
                    r.articles.to_string(),
                    r.mean_count.map_or("—".into(), |m| format!("{m:.1}")),
                ]);
            }
            format!("{named}\n{anon}\n")
        }
    }
}

/// The `story` report: a claim's history across articles, in date order.
pub fn story_report(entries: &[StoryEntry], format: ReportFormat) -> String {
    match format {
        ReportFormat::Json => json_lines(entries),
        ReportFormat::Csv { raw } => {
            let mut header = vec!["role"];
            header.extend_from_slice(CLAIM_CSV);
            csv_of(
                &header,
                entries.iter().map(|e| {
                    let mut row = vec![e.role.to_string()];
                    row.extend(claim_csv_row(&e.claim));
                    row
                }),
                raw,
            )
        }
        ReportFormat::Table => {
            let mut t = table_with(&[
                "Claim",
                "Published",
                "Outlet",
                "Role",
                "Source",
                "Count",
                "Claim text",
            ]);
            for e in entries {
                let s = e.claim.claim.primary();
                t.add_row(vec![
                    e.claim.claim.id.to_string(),
                    opt(&e.claim.article.published),
                    e.claim
                        .article
                        .outlet
                        .clone()
                        .unwrap_or_else(|| e.claim.article.key.clone()),
                    e.role.to_string(),
                    s.map_or(String::new(), |s| {
                        format!("{} [{}]", s.name, s.kind.as_str())
                    }),
                    s.and_then(|s| s.count)
                        .map_or("—".into(), |n| n.to_string()),
                    shorten(&e.claim.claim.text, 100),
                ]);
            }
            format!("{t}\n")
        }
    }
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV with a header row; unless `raw`, cells that would run as spreadsheet formulas are
    /// prefixed with a single quote (see [`csv_cell`]).
    Csv {
        /// Write cells exactly as they are.
        raw: bool,
    },
    /// One JSON object per line.
    Jsonl,
}

/// The columns of `export`, one row per claim × source, named as Media Cloud names them where
/// it has a name. These names are stable.
pub const EXPORT_COLUMNS: &[&str] = &[
    "claim_id",
    "stories_id",
    "url",
    "media_name",
    "publish_date",
    "language",
    "title",
    "claim_text",
    "sentence",
    "char_start",
    "char_end",
    "cue",
    "stance",
    "quote",
    "source_name",
    "source_kind",
    "anonymous",
    "source_count",
    "count_precision",
    "anonymity_reason",
    "contested",
    "rebutted_by",
    "cluster_id",
];

/// One row of `export`: a claim and one of its sources (or no source).
#[derive(Debug, Clone, serde::Serialize)]
struct ExportRow<'a> {
    claim_id: u32,
    stories_id: i64,
    url: Option<&'a str>,
    media_name: Option<&'a str>,
    publish_date: Option<&'a str>,
    language: &'a str,
    title: Option<&'a str>,
    claim_text: &'a str,
    sentence: &'a str,
    char_start: usize,
    char_end: usize,
    cue: Option<&'a str>,
    stance: &'a str,
    quote: bool,
    source_name: Option<&'a str>,
    source_kind: Option<&'a str>,
    anonymous: Option<bool>,
    source_count: Option<u32>,
    count_precision: &'a str,
    anonymity_reason: Option<&'a str>,
    contested: bool,
    rebutted_by: &'a [u32],
    cluster_id: Option<i64>,
}

impl ExportRow<'_> {
    fn csv_record(&self) -> Vec<String> {
        let o = |v: Option<&str>| v.unwrap_or_default().to_string();
        vec![
            self.claim_id.to_string(),
            self.stories_id.to_string(),
            o(self.url),
            o(self.media_name),
            o(self.publish_date),
            self.language.to_string(),
            o(self.title),
            self.claim_text.to_string(),
            self.sentence.to_string(),
            self.char_start.to_string(),
            self.char_end.to_string(),
            o(self.cue),
            self.stance.to_string(),
            self.quote.to_string(),
            o(self.source_name),
            o(self.source_kind),
            self.anonymous.map_or(String::new(), |a| a.to_string()),
            self.source_count.map_or(String::new(), |n| n.to_string()),
            self.count_precision.to_string(),
            o(self.anonymity_reason),
            self.contested.to_string(),
            self.rebutted_by
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            self.cluster_id.map_or(String::new(), |n| n.to_string()),
        ]
    }
}

fn export_rows<'a>(
    c: &'a StoredClaim,
    rebutted_by: &'a [u32],
) -> impl Iterator<Item = ExportRow<'a>> + 'a {
    let row = move |s: Option<&'a crate::sources::Source>| ExportRow {
        claim_id: c.claim.id,
        stories_id: c.article.id,
        url: c.article.url.as_deref(),
        media_name: c.article.outlet.as_deref(),
        publish_date: c.article.published.as_deref(),
        language: &c.article.language,
        title: c.article.title.as_deref(),
        claim_text: &c.claim.text,
        sentence: &c.claim.sentence,
        char_start: c.claim.start,
        char_end: c.claim.end,
        cue: c.claim.cue.as_deref(),
        stance: c.claim.stance.as_str(),
        quote: c.claim.quote,
        source_name: s.map(|s| s.name.as_str()),
        source_kind: s.map(|s| s.kind.as_str()),
        anonymous: s.map(|s| s.anonymous),
        source_count: s.and_then(|s| s.count),
        count_precision: match s {
            None => "none",
            Some(s) if s.count.is_some() => "exact",
            Some(_) => "vague",
        },
        anonymity_reason: s.and_then(|s| s.anonymity_reason.as_deref()),
        contested: c.claim.contested,
        rebutted_by,
        cluster_id: c.cluster,
    };
    let sources: Vec<Option<&'a crate::sources::Source>> = if c.claim.sources.is_empty() {
        vec![None]
    } else {
        c.claim.sources.iter().map(Some).collect()
    };
    sources.into_iter().map(row)
}

/// Writes claims for researchers: one row per claim × source. `rebutters` maps a claim id to the
/// ids of the claims that rebut it.
pub fn export<W: std::io::Write>(
    rows: &[StoredClaim],
    rebutters: &std::collections::HashMap<u32, Vec<u32>>,
    format: ExportFormat,
    out: W,
) -> std::io::Result<()> {
    let rows = rows.iter().flat_map(|c| {
        let by = rebutters.get(&c.claim.id).map_or(&[][..], Vec::as_slice);
        export_rows(c, by)
    });
    match format {
        ExportFormat::Csv { raw } => {
            // Keep an I/O error's kind (a closed pipe is not a failure).
            let io = |e: csv::Error| {
                if e.is_io_error() {
                    match e.into_kind() {
                        csv::ErrorKind::Io(e) => e,
                        other => std::io::Error::other(format!("{other:?}")),
                    }
                } else {
                    std::io::Error::other(e)
                }
            };
            let mut w = csv::Writer::from_writer(out);
            w.write_record(EXPORT_COLUMNS).map_err(io)?;
            for row in rows {
                w.write_record(
                    row.csv_record()
                        .iter()
                        .map(|c| csv_cell(c, raw))
                        .map(|c| c.into_owned()),
                )
                .map_err(io)?;
            }
            w.flush()
        }
        ExportFormat::Jsonl => {
            use std::io::Write as _;
            let mut out = std::io::BufWriter::new(out);
            for row in rows {
                serde_json::to_writer(&mut out, &row)?;
                out.write_all(b"\n")?;
            }
            out.flush()
        }
    }
}

fn claim_ref(id: u32) -> String {
    format!("#claim-{id}")
}

/// The schema.org author of a source: a Person or an Organization; an anonymous source is an
/// Organization named after its descriptor, with its count.
fn author(s: &crate::sources::Source) -> serde_json::Value {
    use crate::sources::SourceKind;
    let mut a = serde_json::json!({
        "@type": if s.kind == SourceKind::Person { "Person" } else { "Organization" },
        "name": s.name,
    });
    if s.anonymous {
        a["description"] = match s.count {
            Some(n) => format!("anonymous source ({n})"),
            None => "anonymous sources (number not given)".to_string(),
        }
        .into();
        a["sourceCount"] = s.count.into();
    } else if s.kind == SourceKind::Document {
        a["description"] = "document".into();
    }
    a
}

/// A stored article as a schema.org `NewsArticle`.
fn news_article(a: &crate::store::StoredArticle) -> serde_json::Value {
    let mut article = serde_json::json!({ "@type": "NewsArticle" });
    if let Some(url) = &a.url {
        article["url"] = url.as_str().into();
    }
    if let Some(title) = &a.title {
        article["headline"] = title.as_str().into();
    }
    if let Some(outlet) = &a.outlet {
        article["publisher"] = serde_json::json!({ "@type": "Organization", "name": outlet });
    }
    if let Some(date) = &a.published {
        article["datePublished"] = date.as_str().into();
    }
    article
}

/// One stored claim as a schema.org `Claim`; `first` is the article where it first appeared,
/// when that is another one.
fn schema_claim(
    c: &StoredClaim,
    rebutted_by: &[u32],
    first: Option<&crate::store::StoredArticle>,
) -> serde_json::Value {
    let authors: Vec<serde_json::Value> = c.claim.sources.iter().map(author).collect();
    let article = news_article(&c.article);
    let first = first.map_or_else(|| article.clone(), news_article);
    serde_json::json!({
        "@type": "Claim",
        "@id": claim_ref(c.claim.id),
        "text": c.claim.text,
        "author": match authors.len() {
            0 => serde_json::Value::Null,
            1 => authors[0].clone(),
            _ => serde_json::Value::Array(authors),
        },
        "datePublished": c.article.published,
        "inLanguage": c.article.language,
        "appearance": article,
        "firstAppearance": first,
        "sourceCount": c.claim.primary().and_then(|s| s.count),
        "anonymous": c.claim.primary().is_some_and(|s| s.anonymous),
        "contested": c.claim.contested,
        "rebuttedBy": rebutted_by.iter().map(|&id| claim_ref(id)).collect::<Vec<_>>(),
    })
}

/// What the JSON-LD export needs besides the claims, keyed by claim id (cluster id for `first`).
#[derive(Debug, Default)]
pub struct ClaimContext {
    /// The ids of the claims that rebut each claim.
    pub rebutters: std::collections::HashMap<u32, Vec<u32>>,
    /// Fact-checkers' verdicts on each claim.
    pub reviews: std::collections::HashMap<u32, Vec<crate::store::Review>>,
    /// Where each cluster's claim first appeared.
    pub first: std::collections::HashMap<i64, crate::store::StoredArticle>,
}

/// Claims as one schema.org JSON-LD document: a `@graph` of `Claim` items, and a `ClaimReview`
/// (whose `itemReviewed` is the Claim) for each verdict a fact-checker recorded. A claim's
/// `firstAppearance` is the earliest article of its cluster (claims across articles that state
/// the same thing), or its own article.
pub fn claim_review_document(rows: &[StoredClaim], ctx: &ClaimContext) -> serde_json::Value {
    let (rebutters, reviews) = (&ctx.rebutters, &ctx.reviews);
    let mut graph = Vec::with_capacity(rows.len());
    for c in rows {
        let by = rebutters.get(&c.claim.id).map_or(&[][..], Vec::as_slice);
        let first = c.cluster.and_then(|k| ctx.first.get(&k));
        let claim = schema_claim(c, by, first);
        match reviews.get(&c.claim.id) {
            None => graph.push(claim),
            Some(verdicts) => {
                for r in verdicts {
                    let mut review = serde_json::json!({
                        "@type": "ClaimReview",
                        "claimReviewed": c.claim.text,
                        "itemReviewed": claim,
                        "reviewRating": { "@type": "Rating", "alternateName": r.rating },
                        "datePublished": r.date,
                    });
                    if let Some(url) = &r.url {
                        review["url"] = url.as_str().into();
                    }
                    if let Some(by) = &r.reviewer {
                        review["author"] =
                            serde_json::json!({ "@type": "Organization", "name": by });
                    }
                    graph.push(review);
                }
            }
        }
    }
    serde_json::json!({ "@context": "https://schema.org", "@graph": graph })
}

/// Text made safe to place in HTML, in element content or a quoted attribute.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const PAGE_STYLE: &str = "
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-bottom: .25rem; }
.meta { color: #555; margin-top: 0; font-family: system-ui, sans-serif; font-size: .9rem; }
table { border-collapse: collapse; margin: 1rem 0 1.5rem; font-family: system-ui, sans-serif;
        font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .25rem .6rem; text-align: left; }
th { background: #f3f3f3; }
.text { white-space: pre-wrap; }
mark { padding: .05rem .1rem; border-radius: 3px; color: inherit; }
.label { font: bold .7rem system-ui, sans-serif; padding: 0 .3rem; margin-right: .3rem;
         border-radius: 3px; color: #fff; white-space: nowrap; vertical-align: .1rem; }
.k-person { background: #dbe9fb; border-bottom: 2px solid #1f5fbf; }
.k-person .label, .swatch.k-person { background: #1f5fbf; }
.k-organization { background: #dcf2df; border-bottom: 2px solid #1d7a35; }
.k-organization .label, .swatch.k-organization { background: #1d7a35; }
.k-document { background: #ece0f7; border-bottom: 2px solid #6b3fa0; }
.k-document .label, .swatch.k-document { background: #6b3fa0; }
.k-anonymous { background: #fde7cf; border-bottom: 2px dashed #b34d00; }
.k-anonymous .label, .swatch.k-anonymous { background: #b34d00; }
.k-none { background: #eee; border-bottom: 2px dotted #666; }
.k-none .label, .swatch.k-none { background: #666; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px;
          margin-right: .3rem; vertical-align: -.05rem; }
.badge { font: bold .7rem system-ui, sans-serif; background: #b00020; color: #fff;
         padding: 0 .35rem; border-radius: 3px; margin-left: .3rem; text-decoration: none; }
.rebuttals { font-family: system-ui, sans-serif; font-size: .9rem; border-top: 1px solid #ccc;
             margin-top: 2rem; }
.rebuttals li { margin: .4rem 0; }
";

fn kind_of(claim: &crate::attributions::Claim) -> &'static str {
    claim.primary().map_or("none", |s| s.kind.as_str())
}

fn claim_label(claim: &crate::attributions::Claim) -> String {
    let mut label = format!("{} · {}", claim.id, kind_of(claim));
    if let Some(s) = claim.primary().filter(|s| s.anonymous) {
        match s.count {
            Some(n) => label.push_str(&format!(" ×{n}")),
            None => label.push_str(" ×?"),
        }
    }
    label
}

/// One stored article as a self-contained HTML page: the text with every claim highlighted by its
/// kind of source (colour and a text label), anonymous sources marked with their count, contested
/// claims badged and linked to their rebuttals, and a summary table at the top. Everything from
/// the article is escaped; the page has no scripts and loads nothing.
pub fn article_html(page: &crate::store::ArticlePage) -> String {
    let a = &page.claims.article;
    let claims = &page.claims.claims;
    let title = a.title.clone().unwrap_or_else(|| a.path.clone());
    let mut html = String::with_capacity(page.body.len() * 2 + 4096);
    html.push_str("<!DOCTYPE html>\n<html lang=\"");
    html.push_str(&html_escape(&a.language));
    html.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    html.push_str(&html_escape(&title));
    html.push_str("</title>\n<style>");
    html.push_str(PAGE_STYLE);
    html.push_str("</style>\n</head>\n<body>\n<h1>");
    html.push_str(&html_escape(&title));
    html.push_str("</h1>\n<p class=\"meta\">");
    let meta: Vec<String> = [&a.outlet, &a.published, &a.url]
        .into_iter()
        .flatten()
        .map(|s| html_escape(s))
        .collect();
    html.push_str(&meta.join(" · "));
    html.push_str("</p>\n");

    // The summary.
    let total = claims.len();
    let anonymous = claims
        .iter()
        .filter(|c| c.primary().is_some_and(|s| s.anonymous))
        .count();
    let contested = claims.iter().filter(|c| c.contested).count();
    html.push_str("<table class=\"summary\">\n<tr><th>Source kind</th><th>Claims</th></tr>\n");
    for kind in ["person", "organization", "document", "anonymous", "none"] {
        let n = claims.iter().filter(|c| kind_of(c) == kind).count();
        if n > 0 {
            html.push_str(&format!(
                "<tr><td><span class=\"swatch k-{kind}\"></span>{kind}</td><td>{n}</td></tr>\n"
            ));
        }
    }
    let share = if total == 0 {
        "—".to_string()
    } else {
        format!("{:.0}%", 100.0 * anonymous as f64 / total as f64)
    };
    html.push_str(&format!(
        "<tr><th>All claims</th><td>{total}</td></tr>\n\
         <tr><th>Resting on an anonymous source</th><td>{anonymous} ({share})</td></tr>\n\
         <tr><th>Contested</th><td>{contested}</td></tr>\n</table>\n"
    ));

    // The text, with each claim's sentence marked. Offsets are in characters of the body.
    html.push_str("<div class=\"text\">");
    let chars: Vec<char> = page.body.chars().collect();
    let piece = |from: usize, to: usize| -> String {
        let to = to.min(chars.len());
        html_escape(&chars[from.min(to)..to].iter().collect::<String>())
    };
    let mut at = 0;
    let mut ordered: Vec<&crate::attributions::Claim> = claims.iter().collect();
    ordered.sort_by_key(|c| c.start);
    for c in ordered {
        if c.start < at {
            continue; // overlapping claims share a sentence; the first one marks it
        }
        html.push_str(&piece(at, c.start));
        let kind = kind_of(c);
        let source = c.primary().map_or(String::new(), |s| {
            let count = s.count.map_or("number not given".into(), |n| n.to_string());
            if s.anonymous {
                format!("{} (anonymous, {count})", s.name)
            } else {
                format!("{} ({})", s.name, s.kind.as_str())
            }
        });
        html.push_str(&format!(
            "<mark class=\"k-{kind}\" id=\"claim-{}\" title=\"{}\"><span class=\"label\">{}</span>",
            c.id,
            html_escape(&source),
            html_escape(&claim_label(c)),
        ));
        html.push_str(&piece(c.start, c.end));
        html.push_str("</mark>");
        if c.contested {
            html.push_str(&format!(
                "<a class=\"badge\" href=\"#rebuttals-{}\">contested</a>",
                c.id
            ));
        }
        at = c.end;
    }
    html.push_str(&piece(at, chars.len()));
    html.push_str("</div>\n");

    // The rebuttals of each contested claim.
    let mut contested_ids: Vec<u32> = claims
        .iter()
        .filter(|c| c.contested)
        .map(|c| c.id)
        .collect();
    contested_ids.sort_unstable();
    if !contested_ids.is_empty() {
        html.push_str("<section class=\"rebuttals\">\n<h2>Rebuttals</h2>\n<ul>\n");
        for id in contested_ids {
            html.push_str(&format!(
                "<li id=\"rebuttals-{id}\"><a href=\"#claim-{id}\">Claim {id}</a> is contested by:<ul>\n"
            ));
            for r in page.rebuttals.get(&id).into_iter().flatten() {
                let who = r
                    .claim
                    .claim
                    .primary()
                    .map_or(String::new(), |s| html_escape(&s.name));
                let sentence = html_escape(&r.claim.claim.sentence);
                match r.seq {
                    Some(seq) => html.push_str(&format!(
                        "<li><a href=\"#claim-{seq}\">claim {seq}</a> ({who}): {sentence}</li>\n"
                    )),
                    None => {
                        let art = &r.claim.article;
                        let place: Vec<String> = [&art.outlet, &art.published]
                            .into_iter()
                            .flatten()
                            .map(|s| html_escape(s))
                            .collect();
                        let web = art
                            .url
                            .as_ref()
                            .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
                        let place = match web {
                            Some(url) => format!(
                                "<a href=\"{}\">{}</a>",
                                html_escape(url),
                                if place.is_empty() {
                                    html_escape(url)
                                } else {
                                    place.join(", ")
                                }
                            ),
                            None => place.join(", "),
                        };
                        html.push_str(&format!("<li>{place} ({who}): {sentence}</li>\n"));
                    }
                }
            }
            html.push_str("</ul></li>\n");
        }
        html.push_str("</ul>\n</section>\n");
    }
    html.push_str("</body>\n</html>\n");
    html
}
