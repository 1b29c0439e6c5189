//! Prints, for every denial in the given articles, each earlier claim it may rebut and the
//! evidence for the link, one JSON object per line. `bench/fit_rebuttals.py` reads this with
//! the gold files to fit the linker's weights.
//!
//! cargo run --release --example rebuttal_features -- corpus/en corpus/vi > features.jsonl

use std::path::PathBuf;

use claimtrack::rebuttals::{candidates, FEATURE_NAMES};
use claimtrack::Extractor;

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let extractor = Extractor::builtin()?;
    println!("{}", serde_json::json!({ "features": FEATURE_NAMES }));
    for article in claimtrack::input::read_paths(&paths) {
        let Ok(article) = article else { continue };
        let out = extractor.extract(&article)?;
        let lex = extractor
            .lexicons()
            .get(&out.article.language)
            .expect("the language it was extracted in");
        let claims = &out.claims;
        for c in candidates(claims, lex) {
            let (d, t) = (&claims[c.denial], &claims[c.target]);
            let continues = c.denial > 0
                && claims[c.denial - 1].stance == d.stance
                && claims[c.denial - 1].primary().map(|s| &s.name) == d.primary().map(|s| &s.name);
            println!(
                "{}",
                serde_json::json!({
                    "file": article.path,
                    "language": out.article.language,
                    "denial": d.id,
                    "target": t.id,
                    "denial_sentence": d.sentence,
                    "target_sentence": t.sentence,
                    "continues": continues,
                    "covers": c.covers,
                    "these": c.these,
                    "features": c.features,
                })
            );
        }
    }
    Ok(())
}
