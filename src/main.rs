//! The `claimtrack` command: parses arguments, calls the library, prints the result.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use claimtrack::eval::{evaluate, load_gold};
use claimtrack::input::{parse_article_bytes, read_paths};
use claimtrack::report::{
    article_html, claim_review_document, claims_report, claims_table, contested_report, export,
    sources_report, stats_report, story_report, write_claims_csv, write_contested_json,
    write_report, ClaimContext, ExportFormat, ReportFormat, TABLE_ROWS,
};
use claimtrack::store::{ClaimFilter, GroupBy, Review, Store};
use claimtrack::{Extractor, Lexicons};

// Extraction allocates many small, short-lived strings and vectors per sentence; mimalloc serves
// them faster than the system allocator (see README, Speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's `mi_option_set` and the index of its `mi_option_purge_delay` (mimalloc.h, v3).
extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// Keeps freed memory instead of handing it back to the system: the next batch of articles
/// reuses it at once, where memory handed back comes again as fresh pages the kernel must clear
/// (about 3% of an extraction's time). The peak memory is the same.
fn keep_freed_memory() {
    // SAFETY: setting an option is allowed at any time; -1 means "never purge".
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

#[derive(Parser)]
#[command(
    name = "claimtrack",
    version,
    about = "Find attributed claims, their sources, source counts and rebuttals in news articles"
)]
struct Cli {
    /// A lexicon file (TOML) that adds a language or replaces a built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Auto,
    Vi,
    En,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ExtractFormat {
    Table,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFmt {
    Csv,
    Jsonl,
    /// One schema.org JSON-LD document of Claim and ClaimReview items.
    Claimreview,
}

#[derive(Clone, Copy, ValueEnum)]
enum Fmt {
    Table,
    Json,
    Csv,
}

impl Db {
    /// The report format asked for.
    fn report_format(&self) -> ReportFormat {
        match self.format {
            Fmt::Table => ReportFormat::Table,
            Fmt::Json => ReportFormat::Json,
            Fmt::Csv => ReportFormat::Csv { raw: self.raw },
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum By {
    Outlet,
    Month,
    Language,
    Article,
    All,
}

#[derive(clap::Args)]
struct Db {
    /// The database file.
    #[arg(long, env = "CLAIMTRACK_DB", default_value = "claimtrack.db")]
    db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: Fmt,
    /// CSV cells exactly as they are: no quote before a leading = + - @ (for pandas or R).
    #[arg(long)]
    raw: bool,
}

#[derive(clap::Args)]
struct Filters {
    /// One article: its id, key, path or URL.
    #[arg(long)]
    article: Option<String>,
    /// Only this outlet.
    #[arg(long)]
    outlet: Option<String>,
    /// Only this language (vi, en).
    #[arg(long)]
    language: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Published on or before this date (YYYY-MM-DD).
    #[arg(long)]
    until: Option<String>,
    /// Only claims with a source whose name contains this.
    #[arg(long)]
    source: Option<String>,
    /// Only claims whose primary source is anonymous.
    #[arg(long)]
    anonymous: bool,
    /// Only contested claims.
    #[arg(long)]
    contested: bool,
    /// Only claims of this cluster (claims across articles that state the same thing).
    #[arg(long)]
    cluster: Option<i64>,
}

impl From<Filters> for ClaimFilter {
    fn from(f: Filters) -> ClaimFilter {
        ClaimFilter {
            article: f.article,
            outlet: f.outlet,
            language: f.language,
            since: f.since,
            until: f.until,
            source: f.source,
            anonymous: f.anonymous,
            contested: f.contested,
            limit: None,
            cluster: f.cluster,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Extract articles and store their claims in a database (idempotent by content hash).
    Ingest {
        /// Articles: .txt/.md files, .jsonl files, directories, or - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The database file.
        #[arg(long, env = "CLAIMTRACK_DB", default_value = "claimtrack.db")]
        db: PathBuf,
        /// The articles' language; auto detects it per article.
        #[arg(long, value_enum, default_value = "auto")]
        lang: Lang,
        /// Do not link claims across articles (for measuring what linking costs).
        #[arg(long)]
        no_links: bool,
        /// Articles written per transaction: a crash or a kill loses at most one batch.
        #[arg(long, value_name = "N", default_value_t = claimtrack::store::BATCH as u32,
              value_parser = clap::value_parser!(u32).range(1..))]
        batch: u32,
    },
    /// Merge databases (for example per-shard ones) into one, skipping articles already there
    /// (by content hash) and linking claims across all of them.
    Merge {
        /// The databases to merge.
        #[arg(required = true)]
        sources: Vec<PathBuf>,
        /// The database to merge into (created if needed).
        #[arg(long, value_name = "FILE")]
        into: PathBuf,
        /// Do not link claims across articles.
        #[arg(long)]
        no_links: bool,
    },
    /// Stored claims, filtered.
    Claims {
        #[command(flatten)]
        db: Db,
        #[command(flatten)]
        filters: Filters,
    },
    /// Every contested claim, with its sources and every rebuttal.
    Contested {
        #[command(flatten)]
        db: Db,
        #[command(flatten)]
        filters: Filters,
    },
    /// Stored claims for researchers, one row per claim × source (Media Cloud column names).
    Export {
        /// The database file.
        #[arg(long, env = "CLAIMTRACK_DB", default_value = "claimtrack.db")]
        db: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: ExportFmt,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// CSV cells exactly as they are: no quote before a leading = + - @ (for pandas or R).
        #[arg(long)]
        raw: bool,
        #[command(flatten)]
        filters: Filters,
    },
    /// Record a fact-checker's verdict on a stored claim (exported as a schema.org ClaimReview).
    Review {
        /// The claim's id, as `claims` shows it.
        claim_id: i64,
        /// The verdict, as the reviewer words it ("False", "Misleading").
        #[arg(long)]
        rating: String,
        /// Where the review is published.
        #[arg(long)]
        url: Option<String>,
        /// The organization giving the verdict.
        #[arg(long)]
        by: Option<String>,
        /// The date of the verdict (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
        /// The database file.
        #[arg(long, env = "CLAIMTRACK_DB", default_value = "claimtrack.db")]
        db: PathBuf,
    },
    /// Anonymous-sourcing figures, one row per group.
    Stats {
        #[command(flatten)]
        db: Db,
        /// How to group the rows.
        #[arg(long, value_enum, default_value = "outlet")]
        by: By,
    },
    /// The most cited named sources and the most used anonymous descriptors.
    Sources {
        #[command(flatten)]
        db: Db,
        /// How many of each to list.
        #[arg(long, default_value_t = 25)]
        limit: usize,
    },
    /// A claim's history across articles: first report, repeats, denials, corroborations.
    Story {
        /// The claim's id (as `claims` shows it).
        claim: i64,
        #[command(flatten)]
        db: Db,
    },
    /// One stored article's claims, chosen by id, key, path or URL.
    Show {
        /// The article.
        article: String,
        /// Write a self-contained annotated HTML page of the article to this file instead.
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        #[command(flatten)]
        db: Db,
    },

    /// Extract the attributed claims of articles (files, directories, .jsonl, or - for stdin).
    Extract {
        /// Articles: .txt/.md files, .jsonl files, directories, or - for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ExtractFormat,
        /// The articles' language; auto detects it per article.
        #[arg(long, value_enum, default_value = "auto")]
        lang: Lang,
    },
    /// Score extraction against gold files (same metrics as ../shared/eval/score.py).
    Eval {
        /// Gold files (*.gold.json).
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Print the metrics as JSON.
        #[arg(long)]
        json: bool,
        /// List every miss.
        #[arg(long, short)]
        verbose: bool,
        /// The articles' language; auto detects it per article.
        #[arg(long, value_enum, default_value = "auto")]
        lang: Lang,
    },
}

fn extractor(lexicon: &[PathBuf], lang: Lang) -> Result<Extractor> {
    let mut lexicons = Lexicons::builtin().context("loading the built-in lexicons")?;
    for path in lexicon {
        lexicons.load_file(path)?;
    }
    let language = match lang {
        Lang::Auto => None,
        Lang::Vi => Some("vi".to_string()),
        Lang::En => Some("en".to_string()),
    };
    Ok(Extractor::new(lexicons, language))
}

/// Extracts articles into a database and prints the summary; false when some article failed.
fn ingest_into(
    db: &std::path::Path,
    articles: impl Iterator<Item = claimtrack::error::Result<claimtrack::input::Article>>,
    ex: &Extractor,
    no_links: bool,
    batch: usize,
) -> Result<bool> {
    let mut store = Store::open(db)?;
    store.link_across_articles = !no_links;
    store.batch_size = batch;
    let started = std::time::Instant::now();
    let show_progress = std::io::stderr().is_terminal();
    let mut last = started;
    let summary = store.ingest(articles, ex, |n| {
        if show_progress && last.elapsed().as_millis() >= 500 && started.elapsed().as_secs() >= 2 {
            last = std::time::Instant::now();
            eprint!("\ringesting: {n} articles read…");
        }
    })?;
    if show_progress && started.elapsed().as_secs() >= 2 {
        eprintln!();
    }
    for e in &summary.errors {
        eprintln!("claimtrack: {e}");
    }
    let t = store.totals()?;
    out(&format!(
                "ingested {} articles ({} new, {} updated, {} unchanged, {} duplicates, {} skipped) into {}: {} articles, {} claims, {} sources, {} contested\n",
                summary.added + summary.updated + summary.unchanged + summary.duplicates,
                summary.added,
                summary.updated,
                summary.unchanged,
                summary.duplicates,
                summary.errors.len(),
                db.display(),
                t.articles,
                t.claims,
                t.sources,
                t.contested
            ))?;
    Ok(summary.errors.is_empty())
}

/// Articles read together on all cores by `extract`.
const EXTRACT_BATCH: usize = 256;

/// Rows printed just before the process ends: the system takes back their memory at once, so
/// they are not freed one by one (a tenth of a large report's time).
fn exiting<T>(rows: T) {
    std::mem::forget(rows);
}

/// Writes a report to standard output through a buffer, as it is made.
fn out_with(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    write(&mut stdout)?;
    stdout.flush()?;
    Ok(())
}

fn out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

fn run(cli: Cli) -> Result<bool> {
    match cli.command {
        Command::Extract {
            paths,
            format,
            lang,
        } => {
            let ex = extractor(&cli.lexicon, lang)?;
            let mut out = std::io::BufWriter::new(std::io::stdout());
            let mut ok = true;
            let mut json_docs = Vec::new();
            // Articles are read in batches on all cores, and each one's output is made there;
            // output keeps their order.
            enum Rendered {
                Text(String),
                Claims(claimtrack::ArticleClaims),
            }
            let render = |_: &claimtrack::Article, r: claimtrack::ArticleClaims| match format {
                ExtractFormat::Table => Ok(Rendered::Text(claims_table(&r, None))),
                ExtractFormat::Jsonl => serde_json::to_string(&r).map(|mut line| {
                    line.push('\n');
                    Rendered::Text(line)
                }),
                ExtractFormat::Json => Ok(Rendered::Claims(r)),
            };
            ex.extract_each(read_paths(&paths), EXTRACT_BATCH, render, |result| {
                match result {
                    Ok(rendered) => match rendered? {
                        Rendered::Text(text) => out.write_all(text.as_bytes())?,
                        Rendered::Claims(r) => json_docs.push(r),
                    },
                    Err(e) => {
                        ok = false;
                        eprintln!("claimtrack: {e:#}");
                    }
                }
                anyhow::Ok(())
            })?;
            if format == ExtractFormat::Json {
                let text = if json_docs.len() == 1 {
                    serde_json::to_string_pretty(&json_docs[0])?
                } else {
                    serde_json::to_string_pretty(&json_docs)?
                };
                writeln!(out, "{text}")?;
            }
            out.flush()?;
            Ok(ok)
        }
        Command::Ingest {
            paths,
            db,
            lang,
            no_links,
            batch,
        } => {
            let ex = extractor(&cli.lexicon, lang)?;
            ingest_into(&db, read_paths(&paths), &ex, no_links, batch as usize)
        }
        Command::Merge {
            sources,
            into,
            no_links,
        } => {
            let ex = extractor(&cli.lexicon, Lang::Auto)?;
            let mut ok = true;
            let mut stores = Vec::new();
            for path in &sources {
                if !path.is_file() {
                    eprintln!("claimtrack: {}: no such database; skipped", path.display());
                    ok = false;
                } else if path.canonicalize().ok() == into.canonicalize().ok() {
                    eprintln!("claimtrack: {}: is the target; skipped", path.display());
                    ok = false;
                } else {
                    match Store::open(path) {
                        Ok(store) => stores.push(store),
                        Err(e) => {
                            eprintln!("claimtrack: {e}");
                            ok = false;
                        }
                    }
                }
            }
            let articles = stores.iter().flat_map(Store::stored_articles);
            Ok(ingest_into(&into, articles, &ex, no_links, claimtrack::store::BATCH)? && ok)
        }
        Command::Claims { db, filters } => {
            let store = Store::open_for_reports(&db.db)?;
            let mut filter: ClaimFilter = filters.into();
            let mut total = None;
            if let Fmt::Table = db.format {
                // A table shows its first rows and the total.
                total = Some(store.count_claims(&filter)?);
                filter.limit = Some(TABLE_ROWS);
            }
            let rows = store.claims(&filter)?;
            let total = total.map_or(rows.len(), |t| usize::try_from(t).unwrap_or(usize::MAX));
            out_with(|w| match db.report_format() {
                ReportFormat::Csv { raw } => write_claims_csv(w, &rows, raw),
                format => write_report(w, &rows, format, |r, f| claims_report(r, total, f)),
            })?;
            exiting(rows);
            Ok(true)
        }
        Command::Contested { db, filters } => {
            let store = Store::open_for_reports(&db.db)?;
            let mut filter: ClaimFilter = filters.into();
            let mut total = None;
            if let Fmt::Table = db.format {
                filter.contested = true;
                total = Some(store.count_claims(&filter)?);
                filter.limit = Some(TABLE_ROWS);
            }
            if matches!(db.format, Fmt::Json) && filter.is_whole_database() {
                let report = store.every_contested_json()?;
                out_with(|w| write_contested_json(w, &report))?;
                exiting(report);
                return Ok(true);
            }
            let rows = store.contested(&filter)?;
            let total = total.map_or(rows.len(), |t| usize::try_from(t).unwrap_or(usize::MAX));
            out_with(|w| {
                write_report(w, &rows, db.report_format(), |r, f| {
                    contested_report(r, total, f)
                })
            })?;
            exiting(rows);
            Ok(true)
        }
        Command::Stats { db, by } => {
            let store = Store::open_for_reports(&db.db)?;
            let by = match by {
                By::Outlet => GroupBy::Outlet,
                By::Month => GroupBy::Month,
                By::Language => GroupBy::Language,
                By::Article => GroupBy::Article,
                By::All => GroupBy::All,
            };
            out(&stats_report(&store.stats(by)?, db.report_format()))?;
            Ok(true)
        }
        Command::Sources { db, limit } => {
            let store = Store::open_for_reports(&db.db)?;
            out(&sources_report(&store.sources(limit)?, db.report_format()))?;
            Ok(true)
        }
        Command::Story { claim, db } => {
            let store = Store::open_for_reports(&db.db)?;
            let Some(entries) = store.story(claim)? else {
                anyhow::bail!("{}: no claim {claim}", db.db.display());
            };
            out(&story_report(&entries, db.report_format()))?;
            Ok(true)
        }
        Command::Export {
            db,
            format,
            output,
            raw,
            filters,
        } => {
            let store = Store::open_for_reports(&db)?;
            let rows = store.claims(&filters.into())?;
            let mut ctx = ClaimContext {
                rebutters: store.rebutters(rows.iter().map(|c| c.claim.id))?,
                ..ClaimContext::default()
            };
            if let ExportFmt::Claimreview = format {
                ctx.reviews = store.reviews(rows.iter().map(|c| c.claim.id))?;
                ctx.first = store.first_appearances(rows.iter().filter_map(|c| c.cluster))?;
            }
            let write = |w: &mut dyn Write| -> Result<()> {
                match format {
                    ExportFmt::Csv => {
                        export(&rows, &ctx.rebutters, ExportFormat::Csv { raw }, &mut *w)?
                    }
                    ExportFmt::Jsonl => {
                        export(&rows, &ctx.rebutters, ExportFormat::Jsonl, &mut *w)?
                    }
                    ExportFmt::Claimreview => {
                        let doc = claim_review_document(&rows, &ctx);
                        serde_json::to_writer_pretty(&mut *w, &doc)
                            .map_err(std::io::Error::from)?;
                        w.write_all(b"\n")?;
                    }
                }
                w.flush()?;
                Ok(())
            };
            match output {
                Some(path) => {
                    let file = std::fs::File::create(&path)
                        .with_context(|| format!("{}: cannot create", path.display()))?;
                    write(&mut std::io::BufWriter::new(file))
                        .with_context(|| format!("{}: cannot write", path.display()))?;
                }
                None => write(&mut std::io::stdout().lock())?,
            }
            Ok(true)
        }
        Command::Review {
            claim_id,
            rating,
            url,
            by,
            date,
            db,
        } => {
            let store = Store::open(&db)?;
            let review = Review {
                rating,
                reviewer: by,
                url,
                date,
            };
            if !store.review(claim_id, &review)? {
                anyhow::bail!("{}: no claim {claim_id}", db.display());
            }
            out(&format!("claim {claim_id} rated {:?}\n", review.rating))?;
            Ok(true)
        }
        Command::Show {
            article,
            html: Some(file),
            db,
        } => {
            let store = Store::open_for_reports(&db.db)?;
            let Some(page) = store.article_page(&article)? else {
                anyhow::bail!("{}: no article {article:?}", db.db.display());
            };
            std::fs::write(&file, article_html(&page))
                .with_context(|| format!("{}: cannot write", file.display()))?;
            out(&format!("wrote {}\n", file.display()))?;
            Ok(true)
        }
        Command::Show {
            article,
            html: None,
            db,
        } => {
            let store = Store::open_for_reports(&db.db)?;
            let Some(found) = store.article(&article)? else {
                anyhow::bail!("{}: no article {article:?}", db.db.display());
            };
            match db.format {
                Fmt::Table => out(&claims_table(&found, None))?,
                Fmt::Json => out(&(serde_json::to_string_pretty(&found)? + "\n"))?,
                Fmt::Csv => {
                    let filter = ClaimFilter {
                        article: Some(article),
                        ..ClaimFilter::default()
                    };
                    let rows = store.claims(&filter)?;
                    out(&claims_report(&rows, rows.len(), db.report_format()))?;
                }
            }
            Ok(true)
        }
        Command::Eval {
            gold,
            json,
            verbose,
            lang,
        } => {
            let ex = extractor(&cli.lexicon, lang)?;
            let golds = gold
                .iter()
                .map(|p| load_gold(p))
                .collect::<std::result::Result<Vec<_>, _>>()?;
            let evaluation = evaluate(
                &golds,
                |g| {
                    let bytes = std::fs::read(&g.article)
                        .map_err(|e| format!("{}: cannot read: {e}", g.article.display()))?;
                    let article = parse_article_bytes(&g.article.display().to_string(), &bytes)
                        .map_err(|e| e.to_string())?;
                    let result = ex.extract(&article).map_err(|e| e.to_string())?;
                    let value = serde_json::to_value(&result).map_err(|e| e.to_string())?;
                    Ok(value["claims"].as_array().cloned().unwrap_or_default())
                },
                verbose,
            )
            .map_err(anyhow::Error::msg)?;
            for note in &evaluation.notes {
                out(&format!("{note}\n"))?;
            }
            if json {
                out(&(serde_json::to_string_pretty(&evaluation.to_json())? + "\n"))?;
            } else {
                out(&evaluation.table())?;
            }
            Ok(true)
        }
    }
}

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimtrack: {e:#}");
            ExitCode::from(1)
        }
    }
}
