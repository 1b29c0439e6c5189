//! Micro-benchmarks of the pipeline's stages on the bundled corpus, per language: sentence
//! splitting, attribution, and the whole extraction, reported as throughput (bytes of text).
//! Run with `cargo bench --bench stages`.

use std::path::Path;

use claimtrack::input::read_paths;
use claimtrack::{attributions, sentences, Lexicons};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn corpus(language: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(language);
    read_paths(&[dir])
        .filter_map(Result::ok)
        .map(|a| a.body)
        .collect()
}

fn stages(c: &mut Criterion) {
    let lexicons = Lexicons::builtin().expect("built-in lexicons");
    for language in ["vi", "en"] {
        let lex = lexicons.get(language).expect("lexicon");
        let texts = corpus(language);
        let bytes: usize = texts.iter().map(String::len).sum();
        let split: Vec<_> = texts.iter().map(|t| sentences::split(t, lex)).collect();
        let mut group = c.benchmark_group(language);
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("sentences", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| sentences::split(t, lex).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("attributions", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .zip(&split)
                    .map(|(t, s)| attributions::attribute(t, s, lex).len())
                    .sum::<usize>()
            })
        });
        let ex = claimtrack::Extractor::builtin().expect("extractor");
        let articles: Vec<_> = texts
            .iter()
            .map(|t| claimtrack::input::Article::from_text("bench.txt", t))
            .collect();
        group.bench_function("extract", |b| {
            b.iter(|| {
                articles
                    .iter()
                    .map(|a| ex.extract(a).map_or(0, |r| r.claims.len()))
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
