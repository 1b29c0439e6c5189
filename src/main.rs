//! The `claimtrack` command: parses arguments, calls the library, prints the result.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use claimtrack::eval::{evaluate, load_gold};
use claimtrack::input::{parse_article_bytes, read_paths};
use claimtrack::report::claims_table;
use claimtrack::{Extractor, Lexicons};

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

#[derive(Subcommand)]
enum Command {
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

fn run(cli: Cli) -> Result<bool> {
    match cli.command {
        Command::Extract {
            paths,
            format,
            lang,
        } => {
            let ex = extractor(&cli.lexicon, lang)?;
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let mut ok = true;
            let mut json_docs = Vec::new();
            for item in read_paths(&paths) {
                let result = item
                    .map_err(anyhow::Error::from)
                    .and_then(|a| Ok(ex.extract(&a)?));
                match result {
                    Ok(r) => match format {
                        ExtractFormat::Table => write!(out, "{}", claims_table(&r, None))?,
                        ExtractFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(&r)?)?,
                        ExtractFormat::Json => json_docs.push(r),
                    },
                    Err(e) => {
                        ok = false;
                        eprintln!("claimtrack: {e:#}");
                    }
                }
            }
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
                println!("{note}");
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&evaluation.to_json())?);
            } else {
                print!("{}", evaluation.table());
            }
            Ok(true)
        }
    }
}

fn main() -> ExitCode {
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
