//! Times the pipeline's stages on one core over a corpus (files, folders or JSONL):
//! `cargo run --release --example stage_times -- bench/data/corpus.jsonl`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use claimtrack::input::read_paths;
use claimtrack::{attributions, rebuttals, sentences, Extractor};

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let extractor = Extractor::builtin().expect("built-in lexicons");
    let articles: Vec<_> = read_paths(&paths).filter_map(Result::ok).collect();
    let bytes: usize = articles.iter().map(|a| a.body.len()).sum();
    let mut split = Duration::ZERO;
    let mut attribute = Duration::ZERO;
    let mut link = Duration::ZERO;
    let mut claims_n = 0;
    for a in &articles {
        let lang = extractor.language_of(a).unwrap_or_else(|| "en".into());
        let lex = extractor.lexicons().get(&lang).expect("lexicon");
        let t = Instant::now();
        let s = sentences::split(&a.body, lex);
        split += t.elapsed();
        let t = Instant::now();
        let mut claims = attributions::attribute(&a.body, &s, lex);
        attribute += t.elapsed();
        let t = Instant::now();
        rebuttals::link(&mut claims, lex);
        link += t.elapsed();
        claims_n += claims.len();
    }
    let mb = bytes as f64 / 1e6;
    for (name, d) in [
        ("sentences", split),
        ("attributions", attribute),
        ("rebuttals", link),
    ] {
        println!(
            "{name:<13} {:>8.3} s {:>7.1} MB/s",
            d.as_secs_f64(),
            mb / d.as_secs_f64()
        );
    }
    println!("{} articles, {mb:.1} MB, {claims_n} claims", articles.len());
}
