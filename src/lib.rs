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

    /// Reads a batch of articles on all cores, keeping their order: each result is the article
    /// with its claims, or the error that stopped it.
    pub fn extract_batch(
        &self,
        items: Vec<Result<Article>>,
    ) -> Vec<Result<(Article, ArticleClaims)>> {
        use rayon::prelude::*;
        items
            .into_par_iter()
            .map(|item| item.and_then(|a| self.extract(&a).map(|c| (a, c))))
            .collect()
    }
}

impl Extractor {
    /// Extracts articles in batches of `size` on all cores and hands each result to `emit`, in
    /// input order. `render` turns an article's claims into what is emitted (a JSON line, a
    /// table), on the worker threads. While one batch is extracted, the results of the one
    /// before are emitted and the next one is read, so neither reading nor writing leaves a core
    /// idle; memory stays bounded by three batches. An error from `emit` stops the run.
    pub fn extract_each<R, E>(
        &self,
        items: impl Iterator<Item = Result<Article>> + Send,
        size: usize,
        render: impl Fn(&Article, ArticleClaims) -> R + Sync,
        mut emit: impl FnMut(Result<R>) -> std::result::Result<(), E> + Send,
    ) -> std::result::Result<(), E>
    where
        R: Send,
        E: Send,
    {
        use rayon::prelude::*;
        let size = size.max(1);
        let mut items = items;
        let mut batch: Vec<Result<Article>> = items.by_ref().take(size).collect();
        let mut done: Vec<Result<R>> = Vec::new();
        while !batch.is_empty() {
            let work = std::mem::take(&mut batch);
            let before = std::mem::take(&mut done);
            let (next, results) = rayon::join(
                || -> std::result::Result<Vec<Result<Article>>, E> {
                    for r in before {
                        emit(r)?;
                    }
                    Ok(items.by_ref().take(size).collect())
                },
                || -> Vec<Result<R>> {
                    work.into_par_iter()
                        .map(|item| item.and_then(|a| self.extract(&a).map(|c| render(&a, c))))
                        .collect()
                },
            );
            batch = next?;
            done = results;
        }
        done.into_iter().try_for_each(emit)
    }
}

/// Articles from an iterator in batches of at most `size`, so that a batch can be read on all
/// cores while memory stays bounded by the batch.
pub fn batches<T>(items: impl IntoIterator<Item = T>, size: usize) -> impl Iterator<Item = Vec<T>> {
    let mut items = items.into_iter();
    let size = size.max(1);
    std::iter::from_fn(move || {
        let batch: Vec<T> = items.by_ref().take(size).collect();
        (!batch.is_empty()).then_some(batch)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_every_item_in_order() {
        let chunks: Vec<Vec<u32>> = batches(0..7, 3).collect();
        assert_eq!(chunks, vec![vec![0, 1, 2], vec![3, 4, 5], vec![6]]);
        assert_eq!(batches(0..0u32, 3).count(), 0);
    }

    #[test]
    fn extracting_each_keeps_order_and_errors_in_place_and_stops_when_emitting_fails() {
        let ex = Extractor::builtin().unwrap();
        let items = || {
            (0..20).map(|i| {
                if i == 7 {
                    Err(Error::Empty {
                        path: "bad.txt".into(),
                    })
                } else {
                    Ok(Article::from_text(
                        &format!("a{i}.txt"),
                        &format!("Sales rose {i}%, the company said."),
                    ))
                }
            })
        };
        let render = |a: &Article, c: ArticleClaims| (a.path.clone(), c.claims[0].text.clone());
        let mut seen = Vec::new();
        let done: std::result::Result<(), ()> = ex.extract_each(items(), 3, render, |r| {
            seen.push(r.map_err(|e| e.to_string()));
            Ok(())
        });
        assert!(done.is_ok());
        assert_eq!(seen.len(), 20);
        for (i, r) in seen.iter().enumerate() {
            match r {
                Ok((path, text)) => {
                    assert_eq!(path, &format!("a{i}.txt"));
                    assert!(text.contains(&format!("{i}%")), "{text}");
                }
                Err(e) => {
                    assert_eq!(i, 7);
                    assert!(e.contains("bad.txt"), "{e}");
                }
            }
        }
        // A failure to emit (a closed pipe) ends the run with that error.
        let mut emitted = 0;
        let done = ex.extract_each(items(), 3, render, |_| {
            emitted += 1;
            if emitted == 5 {
                Err("closed")
            } else {
                Ok(())
            }
        });
        assert_eq!(done, Err("closed"));
        assert_eq!(emitted, 5);
    }

    #[test]
    fn a_parallel_batch_keeps_order_and_errors_in_place() {
        let ex = Extractor::builtin().unwrap();
        let mut items: Vec<Result<Article>> = (0..300)
            .map(|i| {
                Ok(Article::from_text(
                    &format!("a{i}.txt"),
                    &format!("Sales rose {i}%, the company said."),
                ))
            })
            .collect();
        items[150] = Err(Error::Empty {
            path: "bad.txt".into(),
        });
        let out = ex.extract_batch(items);
        assert_eq!(out.len(), 300);
        for (i, r) in out.iter().enumerate() {
            match r {
                Ok((a, claims)) => {
                    assert_eq!(a.path, format!("a{i}.txt"));
                    assert!(claims.claims[0].text.contains(&format!("{i}%")));
                }
                Err(e) => {
                    assert_eq!(i, 150);
                    assert!(e.to_string().contains("bad.txt"));
                }
            }
        }
    }
}
