//! Property tests: extraction never panics and its offsets always point at their sentences, for
//! arbitrary text, for text built from the pieces that drive the rules (quotation marks,
//! brackets, reporting verbs and sources in both languages, numbers, combining marks, line
//! ends), and for corpus articles mutated at random.
//!
//! `cargo test` runs a modest number of cases; `PROPTEST_CASES=N` runs N cases per property,
//! e.g. `PROPTEST_CASES=100000 cargo test --release --test fuzz`.

use std::sync::OnceLock;

use claimtrack::input::{parse_article_bytes, parse_jsonl_line};
use claimtrack::{Article, Extractor, Lexicons};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use unicode_normalization::UnicodeNormalization;

/// `default` cases, unless `PROPTEST_CASES` asks for another number.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Extractors that detect the language, and that force each built-in one.
fn extractors() -> &'static [Extractor; 3] {
    static EXTRACTORS: OnceLock<[Extractor; 3]> = OnceLock::new();
    EXTRACTORS.get_or_init(|| {
        let forced = |lang: &str| Extractor::new(Lexicons::builtin().unwrap(), Some(lang.into()));
        [Extractor::builtin().unwrap(), forced("vi"), forced("en")]
    })
}

/// The text of every corpus article, front matter included.
fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut paths = Vec::new();
        for lang in ["vi", "en"] {
            let dir = format!("{}/corpus/{lang}", env!("CARGO_MANIFEST_DIR"));
            paths.extend(
                std::fs::read_dir(dir)
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|e| e == "txt")),
            );
        }
        paths.sort();
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    })
}

/// Extracts `article` and checks every claim against its text: offsets in bounds (in Unicode
/// scalar values, and in bytes on character boundaries), the sentence equal to the text between
/// them, numbered from 1, with a source, and rebutting only other claims of the article.
fn check(ex: &Extractor, article: &Article) -> Result<(), TestCaseError> {
    let result = ex
        .extract(article)
        .map_err(|e| TestCaseError::fail(format!("extraction failed: {e}")))?;
    let body = &article.body;
    let chars: Vec<char> = body.chars().collect();
    for (i, c) in result.claims.iter().enumerate() {
        prop_assert_eq!(c.id as usize, i + 1, "claims are numbered in order");
        prop_assert!(
            c.start <= c.end && c.end <= chars.len(),
            "claim {}: offsets {}..{} out of bounds ({} chars)",
            c.id,
            c.start,
            c.end,
            chars.len()
        );
        let slice: String = chars[c.start..c.end].iter().collect();
        prop_assert_eq!(
            &slice,
            &c.sentence,
            "claim {}: sentence != text[start..end]",
            c.id
        );
        prop_assert!(
            c.byte_start <= c.byte_end
                && c.byte_end <= body.len()
                && body.is_char_boundary(c.byte_start)
                && body.is_char_boundary(c.byte_end),
            "claim {}: byte offsets {}..{} not on character boundaries",
            c.id,
            c.byte_start,
            c.byte_end
        );
        prop_assert_eq!(&body[c.byte_start..c.byte_end], c.sentence.as_str());
        prop_assert_eq!(
            body[..c.byte_start].chars().count(),
            c.start,
            "claim {}: byte and char offsets disagree",
            c.id
        );
        prop_assert!(!c.sources.is_empty(), "claim {} has no source", c.id);
        for r in &c.rebuts {
            prop_assert!(
                *r != c.id && result.claims.iter().any(|o| o.id == *r),
                "claim {} rebuts a claim that is not there: {}",
                c.id,
                r
            );
        }
    }
    Ok(())
}

/// Checks `text` read as an article by every extractor, and that its NFD, CRLF and BOM variant
/// normalizes to the same text.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let article = Article::from_text("fuzz.txt", text);
    for ex in extractors() {
        check(ex, &article)?;
    }
    let variant: String = std::iter::once('\u{feff}')
        .chain(article.body.nfd())
        .collect::<String>()
        .replace('\n', "\r\n");
    prop_assert_eq!(
        &Article::from_text("variant.txt", &variant).body,
        &article.body,
        "NFD, CRLF and BOM read as the same text"
    );
    Ok(())
}

/// Pieces that drive the rules.
const VOCABULARY: &[&str] = &[
    // Quotation marks, apostrophes and brackets.
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "((",
    "))",
    // Reporting verbs, prepositions, denials and non-responses.
    "cho biết",
    "nói",
    "khẳng định",
    "cho hay",
    "thông báo",
    "bác bỏ",
    "phủ nhận",
    "từ chối bình luận",
    "theo",
    "Theo",
    "said",
    "says",
    "told",
    "according to",
    "According to",
    "denied",
    "declined to comment",
    "did not respond",
    "was told",
    "được",
    "rằng",
    "that",
    // Sources.
    "ông",
    "bà",
    "Ông",
    "ông Hoàng",
    "bà Lan",
    "Nguyễn Văn An",
    "hai nguồn tin",
    "tám nguồn tin am hiểu vấn đề",
    "một nguồn tin",
    "người này",
    "Bộ Công Thương",
    "Tập đoàn Sao Mai",
    "Reuters",
    "Mr.",
    "Ms.",
    "Dr.",
    "Lindqvist",
    "Bluewave Inc.",
    "three people familiar with the matter",
    "two of the people",
    "the people",
    "sources",
    "a spokesperson",
    "she",
    "he",
    "the company",
    "a report",
    "speaking on condition of anonymity",
    "vì không được phép phát ngôn",
    // Numbers and abbreviations.
    "0",
    "1",
    "7",
    "24%",
    "4.800",
    "1,2",
    "$4.2 billion",
    "hai mươi mốt",
    "half a dozen",
    "U.S.",
    "TP.HCM",
    "Inc.",
    "2026-11-29",
    // Combining marks (as in decomposed Vietnamese), joiners and odd spaces.
    "\u{300}",
    "\u{301}",
    "\u{303}",
    "\u{309}",
    "\u{323}",
    "\u{302}",
    "\u{306}",
    "\u{31b}",
    "\u{200b}",
    "\u{200d}",
    "\u{a0}",
    "\u{feff}",
    "\u{2028}",
    // Line ends, spaces and punctuation.
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "—",
    "–",
    "-",
    "...",
    ".”",
    ",”",
    "•",
    "*",
];

/// A piece of text: mostly from the vocabulary, sometimes a word, a number or any character.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        12 => select(VOCABULARY).prop_map(str::to_string),
        2 => "[A-ZĐ][a-zàáảãạăâđêôơưếồ]{1,8}",
        2 => "[a-zđ]{1,7}",
        1 => "[0-9]{1,5}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Text built from pieces, joined with or without spaces.
fn pieced_text() -> impl Strategy<Value = String> {
    (prop::collection::vec(piece(), 0..120), any::<bool>())
        .prop_map(|(pieces, spaced)| pieces.join(if spaced { " " } else { "" }))
}

/// A change to a text, at a position chosen relative to its length.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(Index, String),
    Delete(Index, usize),
    Duplicate(Index, usize),
    Replace(Index, char),
    Swap(Index, Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<Index>(), piece()).prop_map(|(i, p)| Mutation::Insert(i, p)),
        2 => (any::<Index>(), 0..80usize).prop_map(|(i, n)| Mutation::Delete(i, n)),
        1 => (any::<Index>(), 0..200usize).prop_map(|(i, n)| Mutation::Duplicate(i, n)),
        1 => (any::<Index>(), any::<char>()).prop_map(|(i, c)| Mutation::Replace(i, c)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for m in mutations {
        let at = |i: &Index, len: usize| if len == 0 { 0 } else { i.index(len) };
        match m {
            Mutation::Insert(i, p) => {
                let at = at(i, chars.len() + 1);
                chars.splice(at..at, p.chars());
            }
            Mutation::Delete(i, n) => {
                let at = at(i, chars.len() + 1);
                let end = (at + n).min(chars.len());
                chars.drain(at..end);
            }
            Mutation::Duplicate(i, n) => {
                let at = at(i, chars.len() + 1);
                let end = (at + n).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(end..end, copy);
            }
            Mutation::Replace(i, c) => {
                if !chars.is_empty() {
                    let at = at(i, chars.len());
                    chars[at] = *c;
                }
            }
            Mutation::Swap(a, b) => {
                if !chars.is_empty() {
                    let (a, b) = (at(a, chars.len()), at(b, chars.len()));
                    chars.swap(a, b);
                }
            }
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_strings_never_break_extraction(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn text_built_from_quotes_verbs_numbers_and_marks_never_breaks_extraction(
        text in pieced_text()
    ) {
        check_text(&text)?;
    }

    #[test]
    fn arbitrary_bytes_as_files_and_jsonl_never_break_reading(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        text in pieced_text(),
    ) {
        // A file: refused with an error, or read as an article.
        if let Ok(article) = parse_article_bytes("fuzz.txt", &bytes) {
            check(&extractors()[0], &article)?;
        }
        let _ = parse_jsonl_line("fuzz.jsonl", 1, &bytes);
        // A JSONL record with any text.
        let line = serde_json::json!({"id": "f", "text": text, "title": text}).to_string();
        if let Ok(article) = parse_jsonl_line("fuzz.jsonl", 1, line.as_bytes()) {
            check(&extractors()[0], &article)?;
        }
    }

    #[test]
    fn mutated_corpus_articles_never_break_extraction(
        which in any::<Index>(),
        mutations in prop::collection::vec(mutation(), 1..16),
    ) {
        let original = which.get(corpus());
        let text = mutate(original, &mutations);
        // Read as a file (front matter and all) when it still parses, and as plain text.
        if let Ok(article) = parse_article_bytes("mutated.txt", text.as_bytes()) {
            check(&extractors()[0], &article)?;
        }
        check_text(&text)?;
    }
}
