//! Language detection: which lexicon reads an article.
//!
//! Each lexicon lists the frequent words of its language. An article is assigned the language
//! whose frequent words make up most of its first few thousand words. This needs no model and
//! works for any language that has a lexicon file.

use crate::lexicon::Lexicons;

/// The language code of the lexicon whose frequent words occur most in `text`, or `None` when
/// no lexicon's words occur at all.
pub fn detect(text: &str, lexicons: &Lexicons) -> Option<String> {
    let mut scores = vec![0usize; lexicons.all().len()];
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        let lower = word.to_lowercase();
        for (i, lex) in lexicons.all().iter().enumerate() {
            if lex.detect_words.contains(&lower) {
                scores[i] += 1;
            }
        }
    }
    let (best, score) = scores.iter().enumerate().max_by_key(|(_, s)| **s)?;
    (*score > 0).then(|| lexicons.all()[best].language.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_vietnamese_from_english() {
        let lex = Lexicons::builtin().unwrap();
        assert_eq!(
            detect("Theo tám nguồn tin, công ty đã ký hợp đồng.", &lex).as_deref(),
            Some("vi")
        );
        assert_eq!(
            detect("The company said on Tuesday that it would cut jobs.", &lex).as_deref(),
            Some("en")
        );
        assert_eq!(detect("12345", &lex), None);
    }
}
