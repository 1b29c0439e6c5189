//! Rebuttals: which statements deny which claims, and which claims are contested.
//!
//! A statement whose stance is `deny` is linked to the earlier claims it rebuts. Candidate targets
//! are scored on evidence that works in any language: shared names (written the same in every
//! language), shared numbers and amounts, shared content words, the denier being what the claim
//! is about ("Bluewave denied …" against a claim about Bluewave), and the target resting on weaker
//! sourcing. A denial links to its best target above a threshold, and to further targets only when
//! they score nearly as well. A denial whose target cannot be found keeps its stance and no links.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::attributions::{Claim, Stance};
use crate::lexicon::Lexicon;
use crate::sources::{tokenize, SourceKind};

/// The least score a target needs.
const THRESHOLD: f64 = 3.0;
/// A second target must score at least this share of the best one.
const NEAR_BEST: f64 = 1.0;

/// What a claim talks about, for comparing it with others.
struct Profile {
    entities: HashSet<String>,
    numbers: HashSet<String>,
    content: HashSet<String>,
    /// For a denial, the terms of what it denies: the words after its cue up to the next
    /// punctuation ("bác bỏ thông tin về khó khăn tài chính"), or its quotation.
    object: HashSet<String>,
}

fn profile(claim: &Claim, lex: &Lexicon) -> Profile {
    let mut p = terms(&claim.sentence, claim, lex);
    if claim.stance == Stance::Deny {
        let object = claim
            .cue
            .as_ref()
            .and_then(|cue| {
                claim
                    .sentence
                    .find(cue.as_str())
                    .map(|at| &claim.sentence[at + cue.len()..])
            })
            .map(|after| after.split([',', ';', '“', '"', '«']).next().unwrap_or(""))
            .filter(|o| o.split_whitespace().count() >= 2)
            .map(str::to_string)
            .or_else(|| claim.quotes.first().cloned())
            .unwrap_or_default();
        let o = terms(&object, claim, lex);
        p.object = o.content.union(&o.numbers).cloned().collect();
    }
    p
}

fn terms(text: &str, claim: &Claim, lex: &Lexicon) -> Profile {
    let toks = tokenize(text);
    let source_words: HashSet<String> = claim
        .sources
        .iter()
        .flat_map(|s| s.name.split_whitespace().map(crate::lexicon::word_key))
        .collect();
    let mut entities = HashSet::default();
    let mut numbers = HashSet::default();
    let mut content = HashSet::default();
    let mut prev_content: Option<String> = None;
    for (i, t) in toks.iter().enumerate() {
        let w = &t.lower;
        if w.chars().any(|c| c.is_ascii_digit()) {
            numbers.insert(w.trim_end_matches(['%', ',']).replace(',', "."));
            prev_content = None;
            continue;
        }
        let stop = lex.function_words.contains(w)
            || lex.detect_words.contains(w)
            || lex.complementizers.contains_word(w)
            || w.chars().count() < 2;
        if t.is_capitalized() && i > 0 && !stop && !lex.is_common_word(w) {
            entities.insert(w.clone());
        }
        if stop || source_words.contains(w) {
            prev_content = None;
            continue;
        }
        content.insert(w.clone());
        if let Some(p) = &prev_content {
            content.insert(format!("{p} {w}"));
        }
        prev_content = Some(w.clone());
    }
    Profile {
        entities,
        numbers,
        content,
        object: HashSet::default(),
    }
}

/// How rare each term is among an article's claims: terms every claim shares (the story's main
/// company, its topic words) say little about which claim a denial answers.
struct Rarity {
    df: HashMap<String, usize>,
    n: usize,
}

impl Rarity {
    fn new(profiles: &[Profile]) -> Rarity {
        let mut df: HashMap<String, usize> = HashMap::default();
        for p in profiles {
            for t in p.entities.iter().chain(&p.numbers).chain(&p.content) {
                *df.entry(t.clone()).or_default() += 1;
            }
        }
        Rarity {
            df,
            n: profiles.len(),
        }
    }

    fn weight(&self, term: &str) -> f64 {
        let df = self.df.get(term).copied().unwrap_or(1).max(1);
        ((self.n as f64 + 1.0) / df as f64).ln()
    }

    /// Cosine similarity of two term sets, each term weighted by its rarity.
    fn cosine(&self, a: &HashSet<String>, b: &HashSet<String>) -> f64 {
        let norm =
            |s: &HashSet<String>| s.iter().map(|t| self.weight(t).powi(2)).sum::<f64>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        a.intersection(b)
            .map(|t| self.weight(t).powi(2))
            .sum::<f64>()
            / (na * nb)
    }

    /// The summed rarity of the terms two sets share, each term counted once.
    fn overlap(&self, a: &HashSet<String>, b: &HashSet<String>) -> f64 {
        a.intersection(b).map(|t| self.weight(t)).sum()
    }
}

/// The evidence that `denial` rebuts `target`, one number per feature of [`WEIGHTS`].
fn features(
    denial: &Claim,
    dp: &Profile,
    target: &Claim,
    tp: &Profile,
    rarity: &Rarity,
) -> Option<[f64; 10]> {
    let (Some(ds), Some(ts)) = (denial.primary(), target.primary()) else {
        return None;
    };
    if ds.name == ts.name && ds.kind == ts.kind {
        return None;
    }
    // The denier is what the claim is about.
    let target_text = target.sentence.to_lowercase();
    let denier_named = denial
        .sources
        .iter()
        .filter(|s| matches!(s.kind, SourceKind::Organization | SourceKind::Person))
        .flat_map(|s| {
            let mut names = vec![s.name.to_lowercase()];
            if let Some(d) = &s.descriptor {
                names.extend(
                    d.split_whitespace()
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .map(str::to_lowercase),
                );
            }
            names
        })
        .any(|n| n.len() > 1 && target_text.contains(&n));
    Some([
        rarity.overlap(&dp.entities, &tp.entities).min(4.0),
        rarity.overlap(&dp.numbers, &tp.numbers).min(4.0),
        rarity.cosine(&dp.content, &tp.content),
        rarity.overlap(&dp.content, &tp.content).min(12.0),
        f64::from(u8::from(denier_named)),
        match ts.kind {
            SourceKind::Anonymous => 1.0,
            SourceKind::Document => 0.75,
            _ => 0.0,
        },
        f64::from(u8::from(target.id == 1)),
        f64::from(u8::from(ts.backref || ts.subgroup)),
        f64::from(u8::from(target.stance == Stance::Deny)),
        rarity.cosine(
            &dp.object,
            &tp.content.union(&tp.numbers).cloned().collect(),
        ),
    ])
}

/// Weights of the evidence: shared names, shared numbers, word similarity, shared rare words,
/// denier named in the claim, weak sourcing, the story's first claim, an elaboration of an
/// earlier claim, a claim that is itself a denial.
const WEIGHTS: [f64; 10] = [0.0, 1.0, 3.0, 0.25, 1.5, 2.5, 1.0, -0.75, -1.5, 4.0];

/// How strongly `denial` rebuts `target`; 0 when it cannot.
fn score(denial: &Claim, dp: &Profile, target: &Claim, tp: &Profile, rarity: &Rarity) -> f64 {
    match features(denial, dp, target, tp, rarity) {
        Some(f) => {
            let s: f64 = f.iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
            s.max(0.01)
        }
        None => 0.0,
    }
}

/// Whether a denial points back at something just reported ("denied the report", "disputed that
/// figure", "bác bỏ lập luận này"): a demonstrative soon after its cue.
fn is_anaphoric(claim: &Claim, lex: &Lexicon) -> bool {
    after_cue(claim)
        .iter()
        .take(4)
        .any(|w| lex.demonstratives.contains(w) || lex.group_words.contains(w))
}

fn after_cue(claim: &Claim) -> Vec<String> {
    let Some(cue) = &claim.cue else {
        return Vec::new();
    };
    let Some(at) = claim.sentence.find(cue.as_str()) else {
        return Vec::new();
    };
    tokenize(&claim.sentence[at + cue.len()..])
        .into_iter()
        .map(|t| t.lower)
        .collect()
}

/// The noun a denial points back with ("report" in "denied the report").
fn anaphoric_noun(claim: &Claim, lex: &Lexicon) -> Option<String> {
    let words = after_cue(claim);
    let first = words.first()?;
    if !lex.demonstratives.contains(first) && !lex.group_words.contains(first) {
        return None;
    }
    words.get(1).filter(|w| w.chars().count() >= 4).cloned()
}

/// Whether two words share a stem ("report" and "reported", "allegations" and "alleges").
fn same_stem(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let n = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    n >= 5 || (n >= 4 && (a.len() <= 5 || b.len() <= 5))
}

/// Links every denial to the claims it rebuts and marks those claims contested.
pub fn link(claims: &mut [Claim], lex: &Lexicon) {
    let profiles: Vec<Profile> = claims.iter().map(|c| profile(c, lex)).collect();
    let rarity = Rarity::new(&profiles);
    let mut links: Vec<(usize, Vec<u32>)> = Vec::new();
    for (di, d) in claims.iter().enumerate() {
        if d.stance != Stance::Deny {
            continue;
        }
        let anaphoric = is_anaphoric(d, lex);
        let eligible: Vec<usize> = (0..di)
            .filter(|&ti| {
                claims[ti].stance != Stance::NoComment
                    && score(d, &profiles[di], &claims[ti], &profiles[ti], &rarity) > 0.0
            })
            .collect();
        let mut scored: Vec<(f64, usize)> = eligible
            .iter()
            .rev()
            .enumerate()
            .map(|(rank, &ti)| {
                let mut s = score(d, &profiles[di], &claims[ti], &profiles[ti], &rarity);
                // Nearer claims are likelier targets; a denial that points back ("that
                // account") answers the nearest.
                s += match (rank, anaphoric) {
                    (0, true) => 2.0,
                    (1, true) => 1.5,
                    (0 | 1, false) => 0.5,
                    _ => 0.0,
                };
                // "denied the report" answers what was reported; "those allegations", what was alleged.
                if let Some(noun) = &anaphoric_noun(d, lex) {
                    let t = &claims[ti];
                    let words = t.cue.iter().chain(t.primary().map(|p| &p.name));
                    if words
                        .flat_map(|w| w.split_whitespace())
                        .any(|w| same_stem(w, noun))
                    {
                        s += 3.0;
                    }
                }
                (s, ti)
            })
            .filter(|(s, _)| *s >= THRESHOLD)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        // A denial that continues the same speaker's denial ("“It is not true,” she said")
        // answers the same claims.
        let previous = links.last().filter(|(pi, _)| {
            *pi + 1 == di && claims[*pi].primary().map(|s| &s.name) == d.primary().map(|s| &s.name)
        });
        let targets: Vec<u32> = match (scored.first(), previous) {
            (_, Some((_, prev))) if !prev.is_empty() => prev.clone(),
            (Some(&(best, _)), _) => scored
                .iter()
                .filter(|(s, _)| *s >= best * NEAR_BEST)
                .map(|(_, ti)| claims[*ti].id)
                .collect(),
            _ => continue,
        };
        links.push((di, targets));
    }
    for (di, targets) in links {
        for t in &targets {
            if let Some(c) = claims.iter_mut().find(|c| c.id == *t) {
                c.contested = true;
            }
        }
        let mut targets = targets;
        targets.sort_unstable();
        claims[di].rebuts = targets;
    }
}
