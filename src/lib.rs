//! claimtrack finds attributed statements in news articles: who each is attributed to (a named
//! person, an organization, a document, or an anonymous source such as "tám nguồn tin am hiểu
//! vấn đề" or "three people familiar with the matter"), how many sources are claimed, whether it
//! carries a direct quote, and which statements deny which.
//!
//! The pipeline runs in one direction, one module per stage:
//! [`input`] → [`normalize`] → [`language`] → [`sentences`] → [`attributions`] (with [`sources`])
//! → [`rebuttals`] → [`report`]. Language knowledge lives in [`lexicon`] data files.
//!
//! ```
//! use claimtrack::{input::Article, Extractor};
//!
//! let extractor = Extractor::builtin().unwrap();
//! let article = Article::from_text("a.txt", "Sales will fall 24%, three people familiar with the matter said.");
//! let result = extractor.extract(&article).unwrap();
//! let source = &result.claims[0].sources[0];
//! assert!(source.anonymous);
//! assert_eq!(source.count, Some(3));
//! ```

pub mod attributions;
pub mod clusters;
pub mod error;
pub mod eval;
pub mod input;
pub mod language;
pub mod lexicon;
pub mod normalize;
pub mod rebuttals;
pub mod report;
pub mod sentences;
pub mod sources;
pub mod store;

use serde::Serialize;

pub use attributions::{Claim, Stance};
pub use error::{Error, Result};
pub use input::Article;
pub use lexicon::{Lexicon, Lexicons};
pub use sources::{Source, SourceKind};

/// An article's metadata as reported with its claims.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleInfo {
    /// The file it came from.
    pub path: String,
    /// Its identifier inside a JSONL file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its outlet.
    pub outlet: Option<String>,
    /// Its publication date.
    pub published: Option<String>,
    /// Its URL.
    pub url: Option<String>,
    /// The language it was read in.
    pub language: String,
}

/// The claims of one article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleClaims {
    /// The article.
    pub article: ArticleInfo,
    /// Its attributed statements, in text order.
    pub claims: Vec<Claim>,
}

/// Reads articles with a set of lexicons.
#[derive(Debug)]
pub struct Extractor {
    lexicons: Lexicons,
    language: Option<String>,
}

impl Extractor {
    /// An extractor with the built-in lexicons and language detection.
    pub fn builtin() -> Result<Extractor> {
        Ok(Extractor::new(Lexicons::builtin()?, None))
    }

    /// An extractor with the given lexicons. `language` forces every article's language;
    /// `None` detects it per article.
    pub fn new(lexicons: Lexicons, language: Option<String>) -> Extractor {
        Extractor { lexicons, language }
    }

    /// The lexicons in use.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lexicons
    }

    /// The language an article is read in: forced, given by the article, or detected.
    pub fn language_of(&self, article: &Article) -> Option<String> {
        self.language
            .clone()
            .or_else(|| {
                article
                    .language
                    .clone()
                    .filter(|l| self.lexicons.get(l).is_some())
            })
            .or_else(|| language::detect(&article.body, &self.lexicons))
    }

    /// Finds the attributed statements of an article and links its rebuttals.
    pub fn extract(&self, article: &Article) -> Result<ArticleClaims> {
        let language = self
            .language_of(article)
            .unwrap_or_else(|| "en".to_string());
        let lex = self
            .lexicons
            .get(&language)
            .ok_or_else(|| Error::NoLexicon {
                path: article.path.clone(),
                language: language.clone(),
            })?;
        let sentences = sentences::split(&article.body, lex);
        let mut claims = attributions::attribute(&article.body, &sentences, lex);
        rebuttals::link(&mut claims, lex);
        Ok(ArticleClaims {
            article: ArticleInfo {
                path: article.path.clone(),
                id: article.id.clone(),
                title: article.title.clone(),
                outlet: article.outlet.clone(),
                published: article.published.clone(),
                url: article.url.clone(),
                language,
            },
            claims,
        })
    }
}
