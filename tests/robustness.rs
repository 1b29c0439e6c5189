//! Extraction never panics and its offsets always point at its sentences, whatever the text:
//! corpus articles mutated at random (deterministically), and odd shapes of text.

use claimtrack::{Article, Extractor};

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "«",
    "»",
    ",",
    ".",
    "\n",
    " ",
    "—",
    "–",
    "(",
    ")",
    "said",
    "cho biết",
    "theo",
    "according to",
    "Theo",
    "ông",
    "Mr.",
    "hai mươi",
    "three of the",
    "U.S.",
    "TP.HCM",
    "4.800",
    "’s",
    "người này",
    "the people",
    "denied",
    "bác bỏ",
    ":",
    "?",
    "!",
    "…",
    "\u{301}",
];

fn check(ex: &Extractor, text: &str) {
    let article = Article::from_text("fuzz.txt", text);
    let result = ex.extract(&article).expect("extraction succeeds");
    let chars: Vec<char> = article.body.chars().collect();
    for c in &result.claims {
        assert!(
            c.start <= c.end && c.end <= chars.len(),
            "offsets in bounds"
        );
        let slice: String = chars[c.start..c.end].iter().collect();
        assert_eq!(
            slice, c.sentence,
            "sentence equals the text between start and end"
        );
        assert!(!c.sources.is_empty());
        for r in &c.rebuts {
            assert!(result.claims.iter().any(|o| o.id == *r));
        }
    }
}

#[test]
fn mutated_corpus_articles_never_break_extraction() {
    let ex = Extractor::builtin().unwrap();
    let mut texts = Vec::new();
    for lang in ["vi", "en"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(format!("{}/corpus/{lang}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
        paths.sort();
        texts.extend(
            paths
                .iter()
                .take(6)
                .map(|p| std::fs::read_to_string(p).unwrap()),
        );
    }
    let mut rng = Lcg(7);
    for round in 0..300 {
        let base = &texts[round % texts.len()];
        let mut chars: Vec<char> = base.chars().collect();
        for _ in 0..1 + rng.below(12) {
            let at = rng.below(chars.len() + 1);
            match rng.below(3) {
                0 if !chars.is_empty() => {
                    let end = (at + rng.below(40)).min(chars.len());
                    chars.drain(at.min(end)..end);
                }
                _ => {
                    let piece = PIECES[rng.below(PIECES.len())];
                    let at = at.min(chars.len());
                    chars.splice(at..at, piece.chars());
                }
            }
        }
        let text: String = chars.into_iter().collect();
        check(&ex, &text);
    }
}

#[test]
fn odd_shapes_of_text_are_handled() {
    let ex = Extractor::builtin().unwrap();
    let long_line = "Nvidia said sales rose, analysts said. ".repeat(2000);
    let quotes = format!("He said {} it.", "“a” ".repeat(100));
    let brackets = format!("{}the company said{}", "(".repeat(5000), ")".repeat(5000));
    for text in [
        "",
        " ",
        "\n\n\n",
        "“",
        "”, he said.",
        "said",
        "Theo",
        "according to",
        "“Unclosed quote, Lindqvist said. And more text here.",
        long_line.as_str(),
        quotes.as_str(),
        brackets.as_str(),
        "Ông\nbà\nanh\nchị",
        "1,2 3.4 5% $6.7 billion U.S. TP.HCM Inc. Dr.",
    ] {
        check(&ex, text);
    }
}
