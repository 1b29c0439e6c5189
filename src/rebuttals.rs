//! Rebuttals: which statements deny which claims, and which claims are contested.
//!
//! A statement whose stance is `deny` is linked to the earlier claims it rebuts. Candidate targets
//! are scored on evidence that works in any language: shared names (written the same in every
//! language), shared numbers and amounts, shared content words, the denier being what the claim
//! is about ("Bluewave denied …" against a claim about Bluewave), and the target resting on weaker
//! sourcing. A denial links to its best target above a threshold, and to further targets only when
//! they score nearly as well. A denial whose target cannot be found keeps its stance and no links.
//! A source that stands by what it said ("stood by its findings") answers the denial of its own
//! claim, whatever its stance.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::attributions::{Claim, Stance};
use crate::lexicon::CueKind;
use crate::lexicon::Lexicon;
use crate::sources::{break_before, tokenize, SourceKind, Tok};

/// How many claims before a denial are considered as its target (the first claim always is).
const REACH: usize = 60;
/// A denied elaboration's group claim is denied with it when the denial's words fit the group
/// claim at least this well, relative to the elaboration.
const HEAD_FIT: f64 = 0.5;
/// How many claims back a source that holds to what it said looks for the denial it answers.
const REAFFIRM_REACH: usize = 8;
/// How many claims back it looks for a denial of a claim by a source it does not name.
const REAFFIRM_NEAR: usize = 3;
/// A second target must score within this much of the best one. At 0.5 rather than 0 (ties
/// only), contested F1 on the corpus goes from 0.722 to 0.731 in English and 0.696 to 0.699 in
/// Vietnamese, rebuttal F1 stays within 0.002; 1.0 and more lose rebuttal precision faster than
/// they gain recall.
const NEAR_BEST: f64 = 0.5;
/// The score above which a denial's best fit by its own words outranks the target of the same
/// speaker's denial just before it.
const OWN_MATCH: f64 = 4.0;
/// The score a named source's statement with a negation, but no denial word, needs to answer an
/// earlier claim: far above a denial's threshold of 0, since most such statements contradict
/// nothing. In the English corpus, 3.5 linked 44 more statements than 5.0: 13 rightly, 8
/// defensibly, 23 wrongly; 2.5 linked 75 more wrongly for 18 more rightly.
const COUNTER_MIN: f64 = 3.5;
/// The score a statement whose reporting verb marks an answer ("khẳng định") needs to answer a
/// claim: lower, since the verb says it answers something. In the Vietnamese corpus, at 5.0 it
/// linked 19 statements, 14 rightly; at 2.0, 24, 17 rightly; below, no more.
const COUNTER_CUE_MIN: f64 = 2.0;
/// How many words a denial's sentence may have and still say no more than that it denies
/// ("Corvane rejected that account."), leaving what it says to the quote after it.
const SHORT_DENIAL: usize = 8;
/// How many claims before it a statement that gives a figure of its own is compared with.
const FIGURE_REACH: usize = 12;
/// How much those words two figures of the same unit share, each weighed by its rarity among the
/// article's claims, for the later figure to answer the earlier: about two words that few claims
/// use. Words every claim uses ("năm", "revenue", the company) join figures that measure
/// different things.
const FIGURE_SHARED_MIN: f64 = 3.0;
/// How many words a negation of a figure may have ("not more than", "chứ không phải là").
const FIGURE_NEGATION_WORDS: usize = 4;
/// How many times the larger of two figures for one measure may be the smaller.
const FIGURE_RATIO_MAX: f64 = 6.0;
/// How far below a denial's best target an elaboration of it may score and still be denied with
/// it, when the denial's words fit the elaboration best.
const ELABORATION_REACH: f64 = 2.0;
/// How many statements in a row of one source an account that opens with a contrast may answer.
const CONTRAST_RUN: usize = 6;

/// A set of terms, sorted and without repeats: two sets meet in one merging pass.
type Terms = Vec<u64>;

/// The terms two sets share.
pub(crate) fn shared<'a>(a: &'a [u64], b: &'a [u64]) -> impl Iterator<Item = u64> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

/// What a claim talks about, for comparing it with others.
struct Profile {
    entities: Terms,
    numbers: Terms,
    content: Terms,
    /// Its content words and numbers together.
    all: Terms,
    /// For a denial, the terms of what it denies: the words after its cue up to the next
    /// punctuation ("bác bỏ thông tin về khó khăn tài chính"), or its quotation.
    object: Terms,
    /// Its sentence in lower case, to find a denier's name in it, made when first needed.
    lower_sentence: std::cell::OnceCell<String>,
    /// The norms of `content`, `all` and `object` by rarity, set once the article's rarities
    /// are known.
    norms: [f64; 3],
}

fn profile(claim: &Claim, lex: &Lexicon) -> Profile {
    // A denial is compared whole ("“It is not true,” she said when asked whether …"); another
    // claim by what it states, without a frame such as "told the Daily Report that".
    let mut p = if claim.stance == Stance::Deny {
        terms(&claim.sentence, claim, lex)
    } else {
        terms(without_frame(&claim.text, lex), claim, lex)
    };
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
        p.object = o.all;
    }
    p
}

/// A claim's text without a leading frame that ends in a complementizer within its first words:
/// "the Daily Report that …", "in a court filing that …".
fn without_frame<'t>(text: &'t str, lex: &Lexicon) -> &'t str {
    for w in text.split_whitespace().take(8).skip(1) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != ':');
        if lex.complementizers.contains_word(&lower(bare)) {
            let end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            return &text[end..];
        }
    }
    text
}

fn terms(text: &str, claim: &Claim, lex: &Lexicon) -> Profile {
    let toks = tokenize(text);
    // The words naming the sources: the denier's own description ("chief executive of
    // Bluewave") says who denies, not what is denied.
    let source_words: Vec<std::borrow::Cow<str>> = claim
        .sources
        .iter()
        .flat_map(|s| {
            let descriptor = s
                .descriptor
                .as_deref()
                .filter(|_| claim.stance == Stance::Deny);
            s.name
                .split_whitespace()
                .chain(descriptor.into_iter().flat_map(str::split_whitespace))
                .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
        .collect();
    let source_text = |w: &str| source_words.iter().any(|s| s == w);
    let mut entities = Terms::new();
    let mut numbers = Terms::new();
    let mut content = Terms::new();
    let mut prev_content: Option<u64> = None;
    let mut plain: Vec<&str> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let w: &str = &t.lower;
        if w.bytes().any(|b| b.is_ascii_digit()) {
            // The number itself: "15" in "15-site" and "$15", "3,5" in "3,5%".
            let digits = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '/');
            let n = w.trim_start_matches(|c: char| !c.is_ascii_digit());
            let n =
                n[..n.find(|c: char| !digits(c)).unwrap_or(n.len())].trim_end_matches(['.', ',']);
            numbers.push(if n.contains(',') {
                term(&n.replace(',', "."))
            } else {
                term(n)
            });
            prev_content = None;
            continue;
        }
        plain.push(w);
        let stop = lex.says_nothing(w);
        if t.is_capitalized() && i > 0 && !stop && !lex.is_common_word(w) {
            entities.push(term(w));
        }
        if stop || source_text(w) {
            prev_content = None;
            continue;
        }
        let stem = term(lex.stem(w));
        content.push(stem);
        if let Some(p) = prev_content {
            content.push(pair(p, stem));
        }
        prev_content = Some(stem);
    }
    // Events by concept, so that "closure" meets "close" and "đóng cửa".
    for i in 0..plain.len() {
        if let Some(concept) = lex.event_at(&plain, i) {
            content.push(pair(EVENT, term(concept)));
        }
    }
    let sorted = |mut v: Terms| {
        v.sort_unstable();
        v.dedup();
        v
    };
    let content = sorted(content);
    let numbers = sorted(numbers);
    let mut all = Terms::with_capacity(content.len() + numbers.len());
    all.extend_from_slice(&content);
    all.extend_from_slice(&numbers);
    Profile {
        entities: sorted(entities),
        numbers,
        content,
        all: sorted(all),
        object: Terms::new(),
        lower_sentence: std::cell::OnceCell::new(),
        norms: [0.0; 3],
    }
}

/// A word in lower case, borrowed when it already is.
fn lower(w: &str) -> std::borrow::Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        crate::sources::to_lower(w).into()
    } else {
        w.into()
    }
}

/// A term (a word's stem, a number, a name) by its hash: profiles compare and count terms
/// without keeping their text.
fn term(word: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    word.hash(&mut h);
    h.finish()
}

/// Two terms in a row ("rút khỏi"), or a concept of a kind.
fn pair(a: u64, b: u64) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    (a, b).hash(&mut h);
    h.finish()
}

/// The kind of an event concept's term.
const EVENT: u64 = 0x0065_7665_6e74;

/// How rare each term is among an article's claims: terms every claim shares (the story's main
/// company, its topic words) say little about which claim a denial answers.
struct Rarity {
    /// Each term's weight, ln((n + 1) / df) over the article's n claims, computed once.
    weights: HashMap<u64, f64>,
    /// The weight of a term no claim has.
    unseen: f64,
}

impl Rarity {
    fn new(profiles: &[Profile]) -> Rarity {
        let mut df: HashMap<u64, usize> = HashMap::default();
        for p in profiles {
            for t in p.entities.iter().chain(&p.numbers).chain(&p.content) {
                *df.entry(*t).or_default() += 1;
            }
        }
        let n = profiles.len() as f64 + 1.0;
        Rarity {
            weights: df
                .into_iter()
                .map(|(t, df)| (t, (n / df.max(1) as f64).ln()))
                .collect(),
            unseen: n.ln(),
        }
    }

    fn weight(&self, term: &u64) -> f64 {
        self.weights.get(term).copied().unwrap_or(self.unseen)
    }

    /// The length of a term set as a vector of rarities.
    fn norm(&self, s: &[u64]) -> f64 {
        s.iter().map(|t| self.weight(t).powi(2)).sum::<f64>().sqrt()
    }

    /// Cosine similarity of two term sets, each term weighted by its rarity, given their norms.
    fn cosine(&self, (a, na): (&[u64], f64), (b, nb): (&[u64], f64)) -> f64 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        shared(a, b).map(|t| self.weight(&t).powi(2)).sum::<f64>() / (na * nb)
    }

    /// The summed rarity of the terms two sets share, each term counted once.
    fn overlap(&self, a: &[u64], b: &[u64]) -> f64 {
        shared(a, b).map(|t| self.weight(&t)).sum()
    }
}

/// The number of features in [`features`].
pub const FEATURES: usize = 23;

/// Names of the features, in order, for the fitting tool and its report.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "shared_names",
    "shared_numbers",
    "word_cosine",
    "shared_rare_words",
    "denier_named",
    "target_anonymous",
    "target_document",
    "target_first",
    "target_elaboration",
    "target_denial",
    "object_cosine",
    "nearest",
    "second_nearest",
    "pointing_nearest",
    "pointing_second",
    "pointing_noun",
    "owner_named",
    "target_group_head",
    "closeness",
    "pointing_figure",
    "best_words",
    "best_object",
    "denier_named_alone",
];

/// Positions in [`FEATURE_NAMES`] of the similarities, and of the flags that mark the candidate
/// with the highest of each.
const SHARED_NUMBERS: usize = 1;
const WORD_COSINE: usize = 2;
const OBJECT_COSINE: usize = 10;
const BEST_WORDS: usize = 20;
const BEST_OBJECT: usize = 21;
const DENIER_NAMED: usize = 4;
const DENIER_NAMED_ALONE: usize = 22;
const POINTING_NOUN: usize = 15;
const OWNER_NAMED: usize = 16;
/// How many words of an owner a head-first language matches as one phrase ("cựu nhân").
const OWNER_PHRASE_WORDS: usize = 2;

/// Where a candidate target stands relative to the denial.
struct Place {
    /// 0 for the nearest earlier candidate, 1 for the one before it, and so on.
    rank: usize,
    /// Whether the denial points back ("denied the report", "bác bỏ thông tin này").
    pointing: bool,
    /// Whether the noun it points back with matches the target's cue or source ("report").
    noun_match: bool,
    /// Whether the denial names the target's source as the owner of what it denies.
    owner_match: bool,
    /// Whether later claims elaborate on the target's anonymous sources ("two of them said").
    group_head: bool,
    /// Whether the denial points back at a number and this is the nearest claim with one.
    figure: bool,
}

/// The evidence that `denial` rebuts `target`, one number per name in [`FEATURE_NAMES`];
/// `None` when it cannot (no source, or the same source).
/// The names a denier goes by, in lower case: its own and the capitalized words of its
/// description ("chief executive of Bluewave").
fn denier_names(denial: &Claim) -> Vec<String> {
    denial
        .sources
        .iter()
        .filter(|s| matches!(s.kind, SourceKind::Organization | SourceKind::Person))
        .flat_map(|s| {
            let mut names = vec![s.name.to_lowercase()];
            // A title's capitalized words each name the denier's side ("Granite Valley Chief
            // Executive"); an appositive's names count whole or by their last word ("vice
            // chairman of the Southern Fruit Exporters Association" is not "Fruit").
            match &s.descriptor {
                Some(d) if s.apposed => {
                    for run in capitalized_runs(d) {
                        // Its head names it too: "the airport authority".
                        if let Some(head) = run.rsplit(' ').next().filter(|h| *h != run) {
                            names.push(head.to_string());
                        }
                        names.push(run);
                    }
                }
                Some(d) => names.extend(
                    d.split_whitespace()
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                        .map(str::to_lowercase),
                ),
                None => {}
            }
            names
        })
        .filter(|n| n.len() > 1)
        .collect()
}

/// The organizations a denier speaks for: its own name when it is one, and the runs of
/// capitalized words in its description ("Thạch Hãn" in "Tổng giám đốc Thạch Hãn"), but not a
/// title that opens it.
fn denier_orgs(denial: &Claim) -> Vec<String> {
    let mut out = Vec::new();
    for s in &denial.sources {
        match s.kind {
            SourceKind::Organization => out.push(s.name.to_lowercase()),
            SourceKind::Person => {
                if let Some(d) = &s.descriptor {
                    out.extend(capitalized_runs(d));
                }
            }
            _ => {}
        }
    }
    out
}

/// The runs of capitalized words in a description, in lower case, whole ("southern fruit
/// exporters association"), but not a one-word title that opens it.
fn capitalized_runs(description: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, w) in description.split_whitespace().chain([""]).enumerate() {
        if w.chars().next().is_some_and(char::is_uppercase) {
            if run.is_empty() {
                start = i;
            }
            run.push(w);
        } else {
            // A run of one word that opens the description is its title.
            if run.len() > usize::from(start == 0) {
                out.push(run.join(" ").to_lowercase());
            }
            run.clear();
        }
    }
    out
}

/// A denial with what is known of it before its targets are compared.
struct Denial<'a> {
    claim: &'a Claim,
    profile: &'a Profile,
    names: &'a [String],
    /// The organizations it speaks for, word by word ([`denier_orgs`]).
    orgs: Vec<Vec<String>>,
}

fn features(
    denial: &Denial,
    target: &Claim,
    tp: &Profile,
    rarity: &Rarity,
    place: &Place,
) -> Option<[f64; FEATURES]> {
    let dp = denial.profile;
    let (Some(ds), Some(ts)) = (denial.claim.primary(), target.primary()) else {
        return None;
    };
    if ds.name == ts.name && ds.kind == ts.kind {
        return None;
    }
    // "Two of the people pushed back on that account": unnamed sources who point back to a
    // group answer someone else's statement, not what their own group said.
    let group_answers = ds.kind == SourceKind::Anonymous && (ds.backref || ds.subgroup);
    if group_answers && ts.kind == SourceKind::Anonymous {
        return None;
    }
    // A statement or a document the denier's side made: "Theo báo cáo thường niên mà Thạch Hãn
    // công bố, …", denied by Thạch Hãn's chief executive.
    let own_side = ts.kind != SourceKind::Anonymous && !denial.orgs.is_empty() && {
        let f = crate::lexicon::lower_case(frame(target));
        denial.orgs.iter().any(|o| names_in(&f, o))
    };
    if own_side {
        return None;
    }
    // The denier is what the claim is about.
    let denier_named = denial.names.iter().any(|n| {
        tp.lower_sentence
            .get_or_init(|| crate::lexicon::lower_case(&target.sentence))
            .contains(n.as_str())
    });
    let flag = |b: bool| f64::from(u8::from(b));
    Some([
        rarity.overlap(&dp.entities, &tp.entities).min(4.0),
        rarity.overlap(&dp.numbers, &tp.numbers).min(4.0),
        rarity.cosine((&dp.content, dp.norms[0]), (&tp.content, tp.norms[0])),
        rarity.overlap(&dp.content, &tp.content).min(12.0),
        flag(denier_named),
        flag(ts.kind == SourceKind::Anonymous),
        flag(ts.kind == SourceKind::Document),
        flag(target.id == 1),
        flag(ts.backref || ts.subgroup),
        flag(target.stance == Stance::Deny),
        rarity.cosine((&dp.object, dp.norms[2]), (&tp.all, tp.norms[1])),
        flag(place.rank == 0),
        flag(place.rank == 1),
        flag(place.pointing && place.rank == 0),
        flag(place.pointing && place.rank == 1),
        flag(place.noun_match),
        flag(place.owner_match),
        flag(place.group_head),
        1.0 / (1.0 + place.rank as f64),
        flag(place.figure),
        0.0,
        0.0,
        0.0,
    ])
}

/// A possible link: a denial, an earlier claim it may rebut, and the evidence.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index of the denial in the article's claims.
    pub denial: usize,
    /// Index of the earlier claim.
    pub target: usize,
    /// The evidence, one number per name in [`FEATURE_NAMES`].
    pub features: [f64; FEATURES],
    /// How many statements the denial answers together ("both reports"), at least 1.
    pub covers: usize,
    /// Whether the denial points back at several statements just reported ("these two
    /// reports").
    pub these: bool,
    /// Whether what it denies is a plural statement ("the allegations"): every claim of the
    /// group of unnamed sources it answers.
    pub plural: bool,
    /// Whether it says what it denies ("gọi thông tin kho dự trữ sắp cạn là …", "denied that
    /// the board had decided"): then it does not just go on with its speaker's previous denial.
    pub states: bool,
    /// Whether it points at a figure ("that figure", "con số mà cáo trạng nêu").
    pub figure: bool,
}

/// Every denial of an article with every earlier claim it may rebut, and the evidence for each.
pub fn candidates(claims: &[Claim], lex: &Lexicon) -> Vec<Candidate> {
    // Many articles deny nothing.
    let answers: Vec<bool> = claims
        .iter()
        .map(|c| c.stance == Stance::Deny || counters(c, lex))
        .collect();
    if !answers.contains(&true) {
        return Vec::new();
    }
    let mut profiles: Vec<Profile> = claims.iter().map(|c| profile(c, lex)).collect();
    let rarity = Rarity::new(&profiles);
    for p in &mut profiles {
        p.norms = [
            rarity.norm(&p.content),
            rarity.norm(&p.all),
            rarity.norm(&p.object),
        ];
    }
    let elaborates = |c: &Claim| {
        c.primary()
            .is_some_and(|s| s.kind == SourceKind::Anonymous && (s.backref || s.subgroup))
    };
    // The words of each claim's source, for counter-statements' sides, read once when needed.
    let sides = std::cell::OnceCell::new();
    let mut out = Vec::new();
    for (di, d) in claims.iter().enumerate() {
        if !answers[di] {
            continue;
        }
        let Reference {
            pointing,
            noun,
            owners,
            owner_phrases,
            mut figure,
            figure_number,
            documents,
            covers,
            these,
            plural,
            states,
        } = Reference::of(d, lex);
        let points_at_figure = figure;
        let names = denier_names(d);
        // The denier's own organization owns nothing it denies ("phủ nhận việc bất kỳ kỹ sư nào
        // của PNAT bị đình chỉ", said by PNAT's chief executive).
        let owners: Vec<String> = owners
            .into_iter()
            .filter(|o| {
                !names
                    .iter()
                    .flat_map(|n| n.split_whitespace())
                    .any(|n| same_stem(n, o))
            })
            .collect();
        let owner_phrases: Vec<Vec<String>> = owner_phrases
            .into_iter()
            .filter(|o| !names.iter().any(|n| mentions(n, o)))
            .collect();
        let denial = Denial {
            claim: d,
            profile: &profiles[di],
            names: &names,
            orgs: denier_orgs(d)
                .iter()
                .map(|o| o.split_whitespace().map(str::to_string).collect())
                .collect(),
        };
        // "That figure" can only be a claim that states a number, when there is one.
        // A denial answers something in the claims before it, or the story's first claim: a
        // bounded window keeps the work linear in the length of a very long article.
        let window = (di.saturating_sub(REACH)..di)
            .rev()
            .chain((di > REACH).then_some(0));
        let needs_number = figure && window.clone().any(|ti| !profiles[ti].numbers.is_empty());
        // A denial that names the number it disputes answers a claim that states it.
        let shares_number = |ti: usize| {
            shared(&profiles[di].numbers, &profiles[ti].numbers)
                .next()
                .is_some()
        };
        let needs_same_number = figure_number && window.clone().any(shares_number);
        // A statement without a denial word does not answer its own side.
        let own_side = |ti: usize| {
            d.stance == Stance::Assert && {
                let sides = sides.get_or_init(|| {
                    claims
                        .iter()
                        .map(|c| side_words(c, lex))
                        .collect::<Vec<_>>()
                });
                same_side_words(&sides[di], &sides[ti])
            }
        };
        let eligible = window.filter(|&ti| {
            claims[ti].stance != Stance::NoComment
                && !own_side(ti)
                && (!needs_number || !profiles[ti].numbers.is_empty())
                && (!needs_same_number || shares_number(ti))
        });
        let mut rank = 0;
        let first = out.len();
        for ti in eligible {
            let t = &claims[ti];
            let noun_match = noun.as_ref().is_some_and(|noun| {
                t.cue
                    .iter()
                    .chain(t.primary().map(|p| &p.name))
                    .flat_map(|w| w.split_whitespace())
                    .any(|w| same_stem(w, noun))
            });
            // "pushed back on the crew members' accounts": the target's source is named.
            let owner_match = t.primary().is_some_and(|p| {
                p.name
                    .split_whitespace()
                    .chain(p.descriptor.iter().flat_map(|d| d.split_whitespace()))
                    .any(|w| owners.iter().any(|o| same_stem(w, o)))
                    || owner_phrases.iter().any(|o| {
                        mentions(&p.name, o)
                            || p.descriptor.as_ref().is_some_and(|d| mentions(d, o))
                    })
            });
            // "dismissed the study": the target's source is that study, or its sentence says
            // the source wrote it ("Ba mươi giảng viên đã ký thư ngỏ …, cho rằng …").
            let owner_match = owner_match
                || documents.iter().any(|d| {
                    t.primary().is_some_and(|p| mentions(&p.name, d)) || mentions(frame(t), d)
                });
            let group_head = t
                .primary()
                .is_some_and(|s| s.kind == SourceKind::Anonymous && !s.backref && !s.subgroup)
                && claims[ti + 1..di]
                    .iter()
                    .take_while(|c| elaborates(c))
                    .next()
                    .is_some();
            let has_number = !profiles[ti].numbers.is_empty();
            let place = Place {
                rank,
                pointing,
                noun_match,
                owner_match,
                group_head,
                figure: figure && has_number,
            };
            figure &= !has_number;
            if let Some(features) = features(&denial, t, &profiles[ti], &rarity, &place) {
                out.push(Candidate {
                    denial: di,
                    target: ti,
                    features,
                    covers,
                    these,
                    plural,
                    states,
                    figure: points_at_figure,
                });
                rank += 1;
            }
        }
        // A denier named in one candidate alone picks it out: a third party answering what was
        // said about it, not the story's subject, whom every claim names.
        let named: Vec<usize> = (first..out.len())
            .filter(|&i| out[i].features[DENIER_NAMED] > 0.0)
            .collect();
        if let [only] = named[..] {
            out[only].features[DENIER_NAMED_ALONE] = 1.0;
        }
        // Which candidate the denial's words, and the words of what it denies, fit best.
        for (feature, best) in [(WORD_COSINE, BEST_WORDS), (OBJECT_COSINE, BEST_OBJECT)] {
            let top = out[first..]
                .iter()
                .map(|c| c.features[feature])
                .fold(0.0, f64::max);
            if top > 0.0 {
                for c in &mut out[first..] {
                    c.features[best] = f64::from(u8::from(c.features[feature] == top));
                }
            }
        }
    }
    out
}

/// Weights of the evidence, in the order of [`FEATURE_NAMES`], and the bias: a conditional logit
/// fitted on the corpus gold by `bench/fit_rebuttals.py`, which prints them in this form. Fitted
/// on all 91 corpus articles and the seed: weights fitted on fewer articles did worse on
/// articles written after them. Two weights are set by hand since:
/// - the fit gave the rare words a denial shares with a claim 0.311, and twice that links better
///   on the 30 articles of held-out sets 7 to 9 (rebuttal F1 0.608 -> 0.664 in English, 0.554 ->
///   0.574 in Vietnamese) and on the whole corpus;
/// - `denier_named_alone` came after the fit. At 1.0, held-out sets 7 to 11 in English go from
///   rebuttal F1 0.549 to 0.561 and contested F1 0.694 to 0.707, Vietnamese is unchanged, and
///   0.6 to 2.4 give the same within 0.002.
const WEIGHTS: [f64; FEATURES] = [
    0.054,  // shared_names
    0.996,  // shared_numbers
    0.382,  // word_cosine
    0.622,  // shared_rare_words
    0.978,  // denier_named
    1.717,  // target_anonymous
    1.200,  // target_document
    0.287,  // target_first
    -0.410, // target_elaboration
    -1.726, // target_denial
    0.493,  // object_cosine
    0.765,  // nearest
    0.431,  // second_nearest
    0.812,  // pointing_nearest
    0.790,  // pointing_second
    1.647,  // pointing_noun
    1.859,  // owner_named
    0.398,  // target_group_head
    0.777,  // closeness
    1.459,  // pointing_figure
    0.025,  // best_words
    0.797,  // best_object
    1.0,    // denier_named_alone
];
const BIAS: f64 = -2.158;

/// How strongly a candidate's evidence says the denial rebuts the target: above 0 means likely.
fn score(features: &[f64; FEATURES]) -> f64 {
    BIAS + features
        .iter()
        .zip(WEIGHTS)
        .map(|(x, w)| x * w)
        .sum::<f64>()
}

/// How a denial refers to what it denies, read once from the words after its cue and after
/// each denial verb in its sentence ("… said it had no plans to …, and called that suggestion
/// “fanciful”").
#[derive(Default)]
struct Reference {
    /// It points back at something just reported ("denied the report", "disputed that figure",
    /// "bác bỏ lập luận này"): a demonstrative soon after its cue.
    pointing: bool,
    /// The noun it points back with ("report" in "denied the report").
    noun: Option<String>,
    /// Whose statement it answers: an owner in what it denies ("pushed back on the crew
    /// members' accounts", "bác bỏ cáo buộc của các tiểu thương").
    owners: Vec<String>,
    /// The owner as a phrase, where a head noun comes first and its words are short syllables
    /// ("lời kể của ba cựu nhân viên": "cựu nhân"), matched whole against a source's words.
    owner_phrases: Vec<Vec<String>>,
    /// It points back at a number ("disputed that figure", "bác bỏ con số này").
    figure: bool,
    /// The documents it names in what it denies ("dismissed the study", "gọi nội dung thư ngỏ
    /// là …"), before any preposition.
    documents: Vec<Vec<String>>,
    /// It names the number it disputes ("con số giảm 24% mà công đoàn đưa ra", "the 19%
    /// figure"): a figure noun next to a number.
    figure_number: bool,
    /// How many statements it answers together ("both reports", "cả hai thông tin này").
    covers: usize,
    /// It points back at several statements together ("these two reports").
    these: bool,
    /// What it denies is a plural statement: "rejected the allegations", "bác bỏ các cáo buộc".
    plural: bool,
    /// It says what it denies, in words of its own after its cue: a clause ("denied that the
    /// board had decided", "phủ nhận việc công ty tự ý thay máy"), or a statement noun with one
    /// ("the claim that a doctor had been overruled", "thông tin kho dự trữ sắp cạn"), rather
    /// than pointing back ("the report", "thông tin này") or saying nothing.
    states: bool,
}

impl Reference {
    fn of(claim: &Claim, lex: &Lexicon) -> Reference {
        let mut r = Reference {
            covers: 1,
            ..Reference::default()
        };
        let cue_at = claim
            .cue
            .as_ref()
            .and_then(|cue| claim.sentence.find(cue.as_str()).map(|at| at + cue.len()));
        // A denial cue that ends in a statement noun ("bác bỏ thông tin") is read from that noun,
        // which opens what it denies: "bác bỏ thông tin ban huấn luyện cấm …".
        let noun_start = |start: usize, end: usize| {
            let cue = &claim.sentence[start..end];
            let toks = tokenize(cue);
            let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
            (1..words.len())
                .find(|&k| lex.statement_nouns.match_at(&words, k) == Some(words.len() - k))
                .map_or(end, |k| start + toks[k].start)
        };
        // "Asked about the former workers' accounts, Ashworth called their claims …", "…,” bà
        // Thảo nói khi được hỏi về tài liệu": the question put to the denier says what its
        // answer denies.
        // The sentence's words, read for the question put to the denier and for the names that
        // own what it denies.
        let sentence_toks = tokenize(&claim.sentence);
        let sentence_words: Vec<&str> = sentence_toks.iter().map(|t| t.lower.as_ref()).collect();
        let question_end = (0..sentence_words.len()).find_map(|i| {
            lex.question_leads
                .match_at(&sentence_words, i)
                .map(|k| sentence_toks[i + k - 1].end)
        });
        // The claim's own cue and the question put to it are read as what the claim answers
        // ("khi được hỏi về những ý kiến này" points back as "bác bỏ ý kiến này" does); a later
        // denial verb in the sentence only for what it names.
        let anchors = cue_at
            .map(|at| (at, true))
            .into_iter()
            .chain(
                deny_cues(claim, lex)
                    .into_iter()
                    .map(|(start, end)| (noun_start(start, end), false)),
            )
            .chain(question_end.map(|at| (at, true)));
        for (at, answers) in anchors {
            // Only the words just after an anchor are read: a bounded stretch keeps a sentence
            // with many denial verbs linear.
            let rest = &claim.sentence[at..];
            let end = rest.char_indices().nth(200).map_or(rest.len(), |(i, _)| i);
            let toks = tokenize(&rest[..end]);
            r.read(&toks, answers, lex);
        }
        // A denial phrase may follow what it denies: a statement noun with its clause just
        // before it ("Thông tin công ty bị đình chỉ chứng chỉ FSC là không đúng sự thật",
        // "claims that it had shipped sugar under other labels were inaccurate"). What follows a
        // phrase is not read: "“speculation” that did not reflect …" is no clause of its own.
        // Two such phrases deny two statements: "Thông tin sân băng sắp đóng cửa là sai sự thật,
        // còn chuyện bán đất cho ai đó thì hoàn toàn vô căn cứ".
        let states_before_cue = r.states;
        let mut stated = 0;
        for (start, _) in lex.deny_phrases_in(&claim.sentence) {
            let before = &claim.sentence[..start];
            let clause = before
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '“' | '"' | '«' | '.'))
                .map_or(before, |(k, c)| &before[k + c.len_utf8()..]);
            let clause = clause.trim_start_matches(|c: char| !c.is_alphanumeric());
            let btoks = tokenize(clause);
            let bwords: Vec<&str> = btoks.iter().map(|t| t.lower.as_ref()).collect();
            if Reference::states_object(&btoks, &bwords, lex) {
                stated += 1;
            } else if let Some(k) = (bwords.len().saturating_sub(4)..bwords.len()).find(|&k| {
                // "Con số này không phản ánh đúng thực tế", "called that comparison misleading":
                // what it denies is pointed at just before the phrase.
                Reference::proximal_len(&bwords[k..], lex) == Some(bwords.len() - k)
                    && (k == 0 || !lex.head_final || k + 2 >= bwords.len())
            }) {
                let noun = r.noun.take();
                r.read(&btoks[k..], true, lex);
                r.noun = r.noun.take().or(noun);
            }
        }
        r.states |= stated > 0;
        if stated > 1 && !states_before_cue {
            r.covers = r.covers.max(stated);
        }
        r.named_owners(&sentence_toks, &sentence_words, lex);
        r
    }

    /// Names that own a statement noun anywhere in the sentence: "calling the Lakeside Post
    /// report inaccurate", "bác bỏ báo cáo của Sông Hồng". A capitalized word that opens the
    /// sentence names nothing by its case.
    fn named_owners(&mut self, toks: &[Tok], words: &[&str], lex: &Lexicon) {
        let named = |i: usize| {
            i > 0
                && toks[i].text.chars().next().is_some_and(char::is_uppercase)
                && !lex.function_words.contains(words[i])
        };
        let mut i = 0;
        while i < words.len() {
            let Some(n) = lex.statement_nouns.match_at(words, i) else {
                i += 1;
                continue;
            };
            if lex.head_final {
                // The name runs back from the noun: "the Fair Credit Watch findings".
                let mut j = i;
                while j > 0 && named(j - 1) && !break_before(toks, j) {
                    j -= 1;
                    self.owners.push(words[j].to_string());
                }
            } else {
                // The name follows the noun, perhaps after a genitive: "báo cáo (của) Sông Hồng".
                let mut j = i + n;
                if j < words.len() && lex.genitives.contains(words[j]) && !break_before(toks, j) {
                    j += 1;
                }
                while j < words.len() && named(j) && !break_before(toks, j) {
                    self.owners.push(words[j].to_string());
                    j += 1;
                }
            }
            i += n;
        }
    }

    /// Reads the words after one anchor: whether they point back only after the claim's own cue
    /// ("bác bỏ thông tin này"; a later "gọi những đồn đoán này là …" may mean the whole story).
    fn read(&mut self, toks: &[Tok], at_cue: bool, lex: &Lexicon) {
        let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
        let points = |w: &str| lex.demonstratives.contains(w) || lex.group_words.contains(w);
        // "denied that the board had decided" reports what is denied; it points back at
        // nothing. "disputed that figure" points back: a demonstrative with a short noun phrase.
        // "refuted that account in a statement" points back: "that" before a statement noun.
        let reports = words
            .first()
            .is_some_and(|w| lex.complementizers.contains_word(w))
            && words.len() > 3
            && lex.statement_nouns.match_at(&words, 1).is_none();
        let near = &words[..words.len().min(4)];
        if at_cue && !reports && near.iter().any(|w| points(w)) {
            self.pointing = true;
        }
        if at_cue {
            self.noun = words
                .first()
                .filter(|w| points(w))
                .and_then(|_| words.get(1))
                .filter(|w| w.chars().count() >= 4)
                .map(|w| w.to_string());
        }
        let first: Vec<&str> = words.iter().take(3).copied().collect();
        // "that figure", or one another source gave ("con số mà cáo trạng nêu", "the figures
        // cited by the union").
        let cited_figure = (0..first.len()).any(|i| {
            lex.figure_nouns
                .match_at(&words, i)
                .is_some_and(|n| lex.figure_citations.match_at(&words, i + n).is_some())
        });
        // "noting that agriculture-wide figures lump …" reports what follows "that".
        if at_cue
            && lex.figure_nouns.find(&first).is_some()
            && ((!reports && first.iter().any(|w| lex.demonstratives.contains(*w))) || cited_figure)
        {
            self.figure = true;
        }
        // "dismissed the study as small", "gọi nội dung thư ngỏ là": a document named in what
        // it denies, before a preposition ("in a statement") says how it was denied.
        {
            let mut i = 0;
            while i < words.len().min(6) {
                if i > 0
                    && (break_before(toks, i) || lex.prepositions.match_at(&words, i).is_some())
                {
                    break;
                }
                if let Some(n) = lex.document.match_at(&words, i) {
                    if !lex.generic_documents.contains(&words[i..i + n].join(" ")) {
                        self.documents
                            .push(words[i..i + n].iter().map(|w| w.to_string()).collect());
                    }
                    i += n;
                } else {
                    i += 1;
                }
            }
        }
        // "con số giảm 24%", "the 19% figure", "the figure of 2,000".
        for i in 0..words.len().min(12) {
            if let Some(n) = lex.figure_nouns.match_at(&words, i) {
                let near = i.saturating_sub(2)..(i + n + 3).min(toks.len());
                if near
                    .into_iter()
                    .any(|k| toks[k].text.bytes().any(|b| b.is_ascii_digit()))
                {
                    self.figure_number = true;
                }
            }
        }
        // The object runs to the first break, at most eight words: its owners, and how many
        // statements it covers.
        let clause = (1..toks.len())
            .find(|&i| break_before(toks, i))
            .unwrap_or(toks.len());
        let object = clause.min(8);
        let owners_before = self.owners.len();
        let mut genitive = false;
        // "cáo buộc của các tiểu thương": a genitive just after a statement noun; in "thông tin
        // hội viên của hiệp hội trả hoa hồng" the association owns the members, not the report.
        let after_noun = |k: usize| {
            (1..=k.min(2)).any(|n| lex.statement_nouns.match_at(&words[..k], k - n) == Some(n))
        };
        for (k, (t, w)) in toks[..object].iter().zip(&words).enumerate() {
            let function = lex.function_words.contains(*w);
            // "the company's claims", "the workers' accounts", "the claims of the workers".
            let possessive =
                t.possessive || (t.post.starts_with(['\'', '’']) && t.text.ends_with('s'));
            if (possessive || genitive) && !function {
                self.owners.push(w.to_string());
                if genitive && !lex.head_final {
                    let phrase: Vec<String> = (k..object)
                        .take_while(|&j| {
                            j == k
                                || (!break_before(toks, j)
                                    && !lex.function_words.contains(words[j]))
                        })
                        .take(OWNER_PHRASE_WORDS)
                        .map(|j| words[j].to_string())
                        .collect();
                    if phrase.len() == OWNER_PHRASE_WORDS {
                        self.owner_phrases.push(phrase);
                    }
                }
            }
            // The owner is the first word after "of" that is not a function word.
            genitive = (lex.genitives.contains(*w) && after_noun(k)) || (genitive && function);
        }
        if let Some(n) =
            (0..object.min(4)).find_map(|i| lex.numbers.parse_ending_at(&words[..object], i + 1))
        {
            if n.0 > 1 && n.0 < 10 {
                self.covers = self.covers.max(n.0 as usize);
            }
        }
        if at_cue && (0..object.min(3)).any(|i| lex.plural_statements.match_at(&words, i).is_some())
        {
            self.plural = true;
        }
        // "cả thông tin về thương vụ lẫn biên bản ghi nhớ": the second may come after the
        // object's first eight words, but before its first break.
        if lex.takes_both(&words[..clause]) {
            self.covers = self.covers.max(2);
        }
        // "refuted that account": the statement just before it.
        // "bác bỏ lập luận này": the pointer after the noun, where heads come first.
        if at_cue && Reference::proximal(&words, lex) {
            self.these = true;
        }
        // "Dolan disputed that, saying …": a pointer alone, its clause ended, is the statement
        // just before. Where heads come first, the pointer after a cue's noun ("bác bỏ thông tin
        // này, …") is no pronoun.
        if at_cue
            && lex.head_final
            && toks.first().is_some_and(|t| {
                lex.proximal_pointers.contains(words[0])
                    && (toks.len() == 1 || t.post.contains([',', ';', '.']))
            })
        {
            self.pointing = true;
            self.these = true;
        }
        // "called those claims inaccurate": the statements just before it, two at least.
        if words[..object.min(2)]
            .iter()
            .any(|w| lex.plural_pointers.contains(*w))
        {
            self.covers = self.covers.max(2);
        }
        // After its cue or after any denial verb in its sentence ("…, and denied that the board
        // had met").
        let points_back = !reports && near.iter().any(|w| points(w));
        if !points_back && Reference::states_object(toks, &words, lex) {
            self.states = true;
        }
        // "both the senator's figure and the alliance's survey" names whose statements it
        // answers: they are not just the two before it.
        self.these |= self.covers > 1
            && self.owners.len() == owners_before
            && words[..object]
                .iter()
                .any(|w| lex.demonstratives.contains(*w));
    }
}

impl Reference {
    /// Whether words open with a statement noun that points at the statement just before:
    /// "that account", "lập luận này" (the pointer after the noun, where heads come first).
    fn proximal(words: &[&str], lex: &Lexicon) -> bool {
        Reference::proximal_len(words, lex).is_some()
    }

    /// How many words the pointer and its statement noun that open `words` take, if they do.
    fn proximal_len(words: &[&str], lex: &Lexicon) -> Option<usize> {
        if lex.head_final {
            words
                .first()
                .filter(|w| lex.proximal_pointers.contains(**w))
                .and_then(|_| lex.statement_nouns.match_at(words, 1))
                .map(|n| n + 1)
        } else {
            lex.statement_nouns
                .match_at(words, 0)
                .filter(|&n| {
                    words
                        .get(n)
                        .is_some_and(|w| lex.proximal_pointers.contains(*w))
                })
                .map(|n| n + 1)
        }
    }

    /// Whether the words after a denial's cue say what it denies: a clause ("that the board had
    /// decided", "việc công ty tự ý thay máy"), or a statement noun with a clause of its own
    /// ("the claim that a doctor had been overruled", "thông tin kho dự trữ sắp cạn"), with at
    /// least two words of content before the first break.
    fn states_object(toks: &[Tok], words: &[&str], lex: &Lexicon) -> bool {
        let span = (1..toks.len())
            .find(|&i| break_before(toks, i))
            .unwrap_or(toks.len());
        let words = &words[..span];
        let opens_clause = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| lex.complementizers.contains_word(w))
                .then_some(1)
                .or_else(|| lex.clause_nouns.match_at(words, i))
        };
        let mut at = 0;
        while words.get(at).is_some_and(|w| {
            (lex.function_words.contains(*w) || lex.group_words.contains(*w))
                && opens_clause(at).is_none()
        }) {
            at += 1;
        }
        let clause = if let Some(n) = opens_clause(at) {
            at + n
        } else if let Some(n) = lex.statement_nouns.match_at(words, at) {
            let after = at + n;
            if let Some(m) = opens_clause(after) {
                after + m
            } else if !lex.head_final
                && words.get(after).is_some_and(|w| {
                    !lex.function_words.contains(*w)
                        && !lex.demonstratives.contains(*w)
                        && !lex.genitives.contains(*w)
                        && lex.prepositions.match_at(words, after).is_none()
                })
            {
                // A noun's clause follows it where heads come first: "thông tin kho … cạn".
                after
            } else {
                return false;
            }
        } else {
            return false;
        };
        words[clause.min(words.len())..]
            .iter()
            .filter(|w| !lex.function_words.contains(**w) && !lex.demonstratives.contains(**w))
            .count()
            >= 2
    }
}

/// The part of a claim's sentence that is not what it states: who said it, and how.
fn frame(claim: &Claim) -> &str {
    match claim.sentence.find(claim.text.as_str()) {
        Some(at) if !claim.text.is_empty() => {
            let after = &claim.sentence[at + claim.text.len()..];
            if at >= after.len() {
                &claim.sentence[..at]
            } else {
                after
            }
        }
        _ => "",
    }
}

/// Whether `text` holds the words of `phrase` in a row, each word compared by stem.
fn mentions(text: &str, phrase: &[String]) -> bool {
    mentions_by(text, phrase, |a, b| {
        a == b || (a.chars().count() >= 4 && b.chars().count() >= 4 && same_stem(a, b))
    })
}

/// Whether `text` holds the words of a name in a row, each word whole: a name has no stem
/// ("Audira" is not "audit").
fn names_in(text: &str, name: &[String]) -> bool {
    mentions_by(text, name, |a, b| a == b)
}

fn mentions_by(text: &str, phrase: &[String], same: impl Fn(&str, &str) -> bool) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(crate::sources::to_lower)
        .collect();
    !phrase.is_empty()
        && words
            .windows(phrase.len())
            .any(|w| w.iter().zip(phrase).all(|(a, b)| same(a, b)))
}

/// Whether two words share a stem ("report" and "reported", "allegations" and "alleges").
/// The words of a claim's source that [`same_side_words`] compares: its name's and description's,
/// leaving out words any source may have. Unnamed sources count by their own nouns only: "two
/// former Brindle executives" are not Brindle's side.
fn side_words(c: &Claim, lex: &Lexicon) -> Vec<String> {
    let Some(s) = c.primary() else {
        return Vec::new();
    };
    let unnamed = s.kind == SourceKind::Anonymous;
    s.name
        .split_whitespace()
        .chain(s.descriptor.iter().flat_map(|d| d.split_whitespace()))
        .filter(|w| !(unnamed && w.chars().next().is_some_and(char::is_uppercase)))
        .map(|w| crate::lexicon::lower_case(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|w| w.chars().count() > 3 && !lex.says_nothing(w) && !lex.is_common_word(w))
        .collect()
}

/// Whether two claims' sources are one side: a word of one source's [`side_words`] shares a stem
/// with one of the other's ("Prosecutor Helena Marsh" after "prosecutors"; "Assistant District
/// Attorney" after "the District Attorney's Office"). A statement without a denial word does not
/// answer its own side.
fn same_side_words(a: &[String], b: &[String]) -> bool {
    a.iter().any(|w| b.iter().any(|t| same_stem(w, t)))
}

fn same_stem(a: &str, b: &str) -> bool {
    let (a, b) = (crate::sources::lower_cow(a), crate::sources::lower_cow(b));
    let n = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    n >= 5 || (n >= 4 && (a.chars().count() <= 5 || b.chars().count() <= 5))
}

/// The claim whose unnamed sources the claim `id` goes back to ("one of the people", "two of
/// them", "the officials"): the nearest earlier claim resting on unnamed sources of its own.
fn group_head(claims: &[Claim], id: u32) -> Option<u32> {
    let at = claims.iter().position(|c| c.id == id)?;
    let s = claims[at].primary()?;
    if s.kind != SourceKind::Anonymous || !(s.backref || s.subgroup) {
        return None;
    }
    claims[..at]
        .iter()
        .rev()
        .find(|c| {
            c.stance == Stance::Assert
                && c.primary()
                    .is_some_and(|p| p.kind == SourceKind::Anonymous && !p.backref && !p.subgroup)
        })
        .map(|c| c.id)
}

/// Whether a claim's source points back at a document just named: "the report", "The board's
/// report", or "Cáo trạng" after "Theo cáo trạng của VKSND …" (the earlier name holds it whole).
fn document_backref(claims: &[Claim], at: usize, lex: &Lexicon) -> bool {
    claims[at].primary().is_some_and(|s| {
        s.kind == SourceKind::Document
            && (s.name.split_whitespace().next().is_some_and(|w| {
                lex.demonstratives
                    .contains(crate::lexicon::lower_case(w).as_str())
            }) || at > 0
                && claims[at - 1].primary().is_some_and(|p| {
                    p.kind == SourceKind::Document
                        && p.name.len() > s.name.len()
                        && mentions(
                            &crate::lexicon::lower_case(&p.name),
                            &crate::lexicon::lower_case(&s.name)
                                .split_whitespace()
                                .map(str::to_string)
                                .collect::<Vec<_>>(),
                        )
                }))
    })
}

/// The first claim of the document story a claim from "the report" goes on with: "Cáo trạng
/// xác định …" after "Theo cáo trạng của VKSND …, …".
fn document_head(claims: &[Claim], at: usize, lex: &Lexicon) -> Option<usize> {
    let run = document_run(claims, at, at + 1, lex);
    run.first().copied().filter(|&first| first < at)
}

/// The claims, before the claim at `before`, that one document or body's story runs over, when
/// the claim at `at` is part of one: a claim from a document or an organization and the claims
/// just after it from "the report". Empty when the claim stands alone.
fn document_run(claims: &[Claim], at: usize, before: usize, lex: &Lexicon) -> Vec<usize> {
    let named = |c: &Claim| {
        c.primary()
            .is_some_and(|s| matches!(s.kind, SourceKind::Document | SourceKind::Organization))
    };
    let mut first = at;
    while first > 0 && document_backref(claims, first, lex) && named(&claims[first - 1]) {
        first -= 1;
    }
    if !named(&claims[first]) {
        return Vec::new();
    }
    let mut last = at;
    while last + 1 < before && document_backref(claims, last + 1, lex) {
        last += 1;
    }
    if first == last {
        return Vec::new();
    }
    (first..=last).collect()
}

/// The claim itself when it is the head of a group of unnamed sources: their own claim, not a
/// back-reference or a subgroup.
fn heads_group(claims: &[Claim], id: u32) -> Option<u32> {
    let c = claims.iter().find(|c| c.id == id)?;
    let s = c.primary()?;
    (s.kind == SourceKind::Anonymous && !s.backref && !s.subgroup).then_some(id)
}

/// A candidate target of a denial as the linker weighs it.
struct Scored {
    score: f64,
    /// Index of the target in the article's claims.
    target: usize,
    /// How well the denial's words, and the words of what it denies, fit the target.
    fit: f64,
    /// Whether the denial names the target's source ("rejected Ms. Whitfield's criticism").
    owner_named: bool,
    /// Whether the target alone, of the denial's candidates, names the denier.
    denier_named_alone: bool,
}

/// Whether a word just before a denial's cue adds a denial of something else ("Ông Khôi cũng bác
/// bỏ mức định giá", "also disputed the valuation"): it does not just go on with its speaker's
/// denial before it.
fn adds_denial(c: &Claim, lex: &Lexicon) -> bool {
    let at = c.cue.as_deref().and_then(|cue| c.sentence.find(cue));
    at.and_then(|at| c.sentence[..at].split_whitespace().next_back())
        .is_some_and(|w| lex.additives.contains(&crate::lexicon::lower_case(w)))
}

/// Whether a denial is unnamed sources' account, or a document's, with a negation in it ("Hai
/// mươi cựu sinh viên … đều nói họ chưa từng nhận được phiếu khảo sát", "Đơn khởi kiện cho rằng
/// công ty không hề đặt phòng"), not a denial verb or a statement called false: what they recount
/// answers no one's claim in particular.
fn recounts(c: &Claim, lex: &Lexicon) -> bool {
    c.primary()
        .is_some_and(|s| matches!(s.kind, SourceKind::Anonymous | SourceKind::Document))
        && deny_cues(c, lex).is_empty()
}

/// The byte ranges of the denial cues in a claim's sentence: those its sentence's cue search
/// found, or, for a claim that does not keep them, found again.
fn deny_cues(c: &Claim, lex: &Lexicon) -> Vec<(usize, usize)> {
    match &c.deny_cues {
        Some(cues) => cues.clone(),
        None => lex
            .find_cues(&c.sentence)
            .into_iter()
            .filter(|cue| cue.kind == CueKind::Deny)
            .map(|cue| (cue.start, cue.end))
            .collect(),
    }
}

/// Whether a statement may contradict an earlier claim without a denial word: its reporting
/// verb marks an answer ([`counter_cued`]), or it has a negation or "only" ([`counter_marked`]).
fn counters(c: &Claim, lex: &Lexicon) -> bool {
    counter_cued(c, lex) || counter_marked(c, lex)
}

/// Whether a named source's statement has a reporting verb that marks an answer ("Hãng khẳng
/// định máy bay đã được bảo dưỡng đúng lịch") or opens with a contrast ("Tuy nhiên, đại diện
/// công ty cho biết …").
fn counter_cued(c: &Claim, lex: &Lexicon) -> bool {
    if c.stance != Stance::Assert || !named_source(c) {
        return false;
    }
    if !lex.counter_cues.is_empty()
        && c.cue
            .as_deref()
            .is_some_and(|cue| lex.counter_cues.contains(&crate::lexicon::lower_case(cue)))
        || cites_figure(&c.text, lex)
    {
        return true;
    }
    sets_against_another(c, lex)
}

/// Whether a claim's source is a named person or organization.
fn named_source(c: &Claim) -> bool {
    c.primary()
        .is_some_and(|s| matches!(s.kind, SourceKind::Person | SourceKind::Organization))
}

/// Whether a claim's sentence sets its source against another's: it opens with a contrast
/// (`[words] counter_openers`: "Tuy nhiên, …"), or a contrast particle stands just before its
/// reporting verb (`contrast_particles`: "Ông Khải thì cho rằng …").
fn sets_against_another(c: &Claim, lex: &Lexicon) -> bool {
    // The opening words, without their punctuation, are enough to find an opener.
    let opens = !lex.counter_openers.is_empty() && {
        let opening: Vec<String> = c
            .sentence
            .split_whitespace()
            .take(4)
            .map(|w| crate::lexicon::lower_case(w.trim_matches(|ch: char| !ch.is_alphanumeric())))
            .collect();
        let words: Vec<&str> = opening.iter().map(String::as_str).collect();
        lex.counter_openers.match_at(&words, 0).is_some()
    };
    opens
        || !lex.contrast_particles.is_empty()
            && c.cue
                .as_deref()
                .and_then(|cue| c.sentence.find(cue))
                .and_then(|at| c.sentence[..at].split_whitespace().next_back())
                .is_some_and(|w| {
                    lex.contrast_particles
                        .contains(&crate::lexicon::lower_case(w))
                })
}

/// Whether a word before a claim's reporting verb sets its account against a denial just before
/// it ("However, a draft memo … lists", "Two members of that committee, however, said").
fn contrasts_account(c: &Claim, lex: &Lexicon) -> bool {
    if lex.account_contrasts.is_empty() {
        return false;
    }
    let Some(at) = c.cue.as_deref().and_then(|cue| c.sentence.find(cue)) else {
        return false;
    };
    c.sentence[..at].split_whitespace().any(|w| {
        lex.account_contrasts.contains(&crate::lexicon::lower_case(
            w.trim_matches(|ch: char| !ch.is_alphanumeric()),
        ))
    })
}

/// "Tuy nhiên, hai nhân viên phòng tài chính … nói một số khoản thanh toán đã bị lùi lại": unnamed
/// sources' or a document's account that opens with a contrast answers the source just before it,
/// of another source. When that statement is a named source's denial, the account answers the
/// denial; otherwise it answers what that source said: the one of its statements in a row
/// (at most [`CONTRAST_RUN`]) whose sentence shares most word pairs with its own ("Về bảo hiểm xã
/// hội, bà Vân cho biết …" for "… nợ gần 11 tỷ đồng tiền bảo hiểm xã hội"), the first of them when
/// none shares any; unless it shares more with an earlier account of unnamed sources, whose story
/// it goes on with
/// ("Tuy nhiên, biên bản y tế của trận đấu không ghi nhận …" after a coach's account and his
/// quote that goes on with it).
fn contrast_answers(
    claims: &[Claim],
    answered: &HashSet<usize>,
    lex: &Lexicon,
) -> Vec<(usize, u32)> {
    let mut out = Vec::new();
    // Each claim's word pairs, read when first compared.
    let mut pairs: Vec<Option<HashSet<u64>>> = claims.iter().map(|_| None).collect();
    for (ci, c) in claims.iter().enumerate() {
        let Some(source) = c.primary() else {
            continue;
        };
        if c.stance != Stance::Assert
            || answered.contains(&ci)
            || !matches!(source.kind, SourceKind::Anonymous | SourceKind::Document)
        {
            continue;
        }
        let opens = sets_against_another(c, lex);
        if !opens && !contrasts_account(c, lex) {
            continue;
        }
        let name = |pi: usize| claims[pi].primary().map(|s| s.name.as_str());
        // Within the reach of a denial, as the candidates of one are: the work stays linear in
        // the length of a very long article.
        let window = ci.saturating_sub(REACH);
        let Some(bi) = (window..ci)
            .rev()
            .find(|&pi| name(pi) != Some(source.name.as_str()))
        else {
            continue;
        };
        let before = &claims[bi];
        if before.stance == Stance::Deny && named_source(before) {
            out.push((ci, before.id));
            continue;
        }
        if !opens {
            continue;
        }
        let other = name(bi);
        let own = word_pairs(&c.sentence, lex);
        let mut shared = |pi: usize| {
            pairs[pi]
                .get_or_insert_with(|| word_pairs(&claims[pi].sentence, lex))
                .intersection(&own)
                .count()
        };
        // The most shared pairs; of as many, the earliest.
        let mut best: Option<(usize, usize)> = None;
        for pi in (window..=bi).rev().take(CONTRAST_RUN) {
            if name(pi) != other {
                break;
            }
            let n = shared(pi);
            if best.is_none_or(|(b, _)| n >= b) {
                best = Some((n, pi));
            }
        }
        // An account that shares more with an earlier one of unnamed sources goes on with their
        // story ("Tuy nhiên, bảy nguồn tin cho biết …" after the story of eight sources).
        let Some((n, ti)) = best else {
            continue;
        };
        let goes_on = (window..ci).chain((window > 0).then_some(0)).any(|pi| {
            claims[pi]
                .primary()
                .is_some_and(|s| s.kind == SourceKind::Anonymous)
                && shared(pi) > n
        });
        if !goes_on {
            out.push((ci, claims[ti].id));
        }
    }
    out
}

/// The pairs of words in a row of a text, but those of two words that say nothing: what two
/// statements about one thing share ("bảng lương", "lưu lượng xả", "peanut traces").
fn word_pairs(text: &str, lex: &Lexicon) -> HashSet<u64> {
    let toks = tokenize(text);
    toks.windows(2)
        .filter(|w| !(lex.says_nothing(&w[0].lower) && lex.says_nothing(&w[1].lower)))
        .map(|w| pair(term(&w[0].lower), term(&w[1].lower)))
        .collect()
}

/// Whether a text cites another source's figure: a figure noun with a citing word after it ("the
/// figure cited by …", "con số trong cáo trạng"), a pointer before it ("these numbers") or a
/// possessive before it ("the audit's headline figure").
fn cites_figure(text: &str, lex: &Lexicon) -> bool {
    // Most statements name no figure noun at all: nothing to read.
    let lower = crate::lexicon::lower_case(text);
    if !lex.figure_nouns.first_words().any(|w| lower.contains(w)) {
        return false;
    }
    let toks = tokenize(text);
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    (0..words.len()).any(|i| {
        lex.figure_nouns.match_at(&words, i).is_some_and(|k| {
            lex.figure_citations.match_at(&words, i + k).is_some()
                || i.checked_sub(1).is_some_and(|b| {
                    lex.figure_citations_before.contains(words[b]) || toks[b].possessive
                })
                || i.checked_sub(2).is_some_and(|b| toks[b].possessive)
        })
    })
}

/// Whether a named person's or organization's statement has a negation ("none of the company's
/// shipments had been turned back") or says "only" ("the company found only 11 cases"). Unnamed
/// sources and documents say such things mostly to add to what others said, not to answer it.
fn counter_marked(c: &Claim, lex: &Lexicon) -> bool {
    c.stance == Stance::Assert
        && !lex.counter_markers.is_empty()
        && named_source(c)
        && !c.cue.as_deref().is_some_and(|cue| {
            lex.non_counter_cues
                .contains(&crate::lexicon::lower_case(cue))
        })
        && {
            let toks = tokenize(&c.text);
            let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
            let mut i = 0;
            while i < words.len() {
                if let Some(k) = lex.counter_exceptions.match_at(&words, i) {
                    i += k;
                } else if lex.counter_markers.match_at(&words, i).is_some() {
                    return true;
                } else {
                    i += 1;
                }
            }
            false
        }
}

/// A figure a claim states: its value, what it counts, and the words around it.
#[derive(Clone)]
struct Figure {
    value: f64,
    /// "%", a currency sign, or the word after the number and its scale ("22 ca mổ", "240
    /// stores", "600 tỷ đồng"), as a term.
    unit: u64,
    /// The stems of the content words just before the figure and just after its unit, sorted.
    around: Terms,
    /// Whether words just before it deny it ("not 12% as reported", "không phải 12%").
    negated: bool,
    /// Whether words just before it give it as smaller than another ("only 41", "chỉ khoảng").
    restricted: bool,
}

/// The figures of a text, with what each measures. Years, and numbers followed by no unit, are
/// left out.
fn figures(text: &str, lex: &Lexicon) -> Vec<Figure> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let toks = tokenize(text);
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    let has_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
    // Function words and numbers say nothing of what a figure measures; a unit may hold a digit
    // ("m3/ngày").
    let stop = |w: &str| lex.says_nothing(w) || w.starts_with(|c: char| c.is_ascii_digit());
    let nums = &lex.numbers;
    let mut out: Vec<Figure> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !has_digit(t.text) {
            continue;
        }
        // A range ("15.000-16.000 m3") is two figures of one measure.
        let Some(mut values) = t
            .text
            .split(['-', '–'])
            .map(|part| crate::clusters::parse_number(part, nums.decimal_comma))
            .collect::<Option<Vec<f64>>>()
        else {
            continue;
        };
        // A negation just before it ("không phải trên 12%", "not 40").
        let negated = (i.saturating_sub(FIGURE_NEGATION_WORDS)..i)
            .any(|s| lex.figure_negations.match_at(&words, s) == Some(i - s));
        let mut j = i + 1;
        let percent_words = nums.percent.match_at(&words, j);
        let unit = if t.text.ends_with('%') || t.post.starts_with('%') || percent_words.is_some() {
            j += percent_words.unwrap_or(0);
            term("%")
        } else {
            let scale = nums.scales.match_at(&words, j).and_then(|k| {
                nums.scale_values
                    .get(&words[j..j + k].join(" "))
                    .map(|&s| (k, s))
            });
            if let Some((k, s)) = scale {
                values.iter_mut().for_each(|v| *v *= s);
                j += k;
            } else if values
                .iter()
                .any(|v| (1900.0..=2100.0).contains(v) && v.fract() == 0.0)
            {
                continue;
            }
            match (t.text.chars().next(), words.get(j)) {
                (Some(c), _) if !c.is_ascii_digit() => term(&c.to_string()),
                (_, Some(w)) if !stop(w) => {
                    j += 1;
                    term(lex.stem(w))
                }
                // "12,000 accounts, not 40,000": a denied number with no unit of its own counts
                // what the figure before it counts.
                _ => match out.last() {
                    Some(prev) if negated => prev.unit,
                    _ => continue,
                },
            }
        };
        // The words that say what it measures ("tỷ lệ nợ vay trên vốn chủ sở hữu … 0,78 lần").
        let [before, after] = lex.figure_context;
        let mut around: Terms = words[i.saturating_sub(before)..i]
            .iter()
            .chain(words.iter().skip(j).take(after))
            .filter(|w| !stop(w))
            .map(|w| term(lex.stem(w)))
            .filter(|&s| s != unit)
            .collect();
        around.sort_unstable();
        around.dedup();
        let restricted = (i.saturating_sub(FIGURE_NEGATION_WORDS)..i)
            .any(|s| lex.figure_restrictions.match_at(&words, s) == Some(i - s));
        for value in values {
            out.push(Figure {
                value,
                unit,
                around: around.clone(),
                negated,
                restricted,
            });
        }
    }
    out
}

/// How strongly a later statement's figures contradict an earlier claim's: the most words that
/// two figures of the same unit and different values share around them ("tiêu thụ nội địa giảm
/// 3,5%" against "mức giảm thực tế của tiêu thụ nội địa chỉ khoảng 1,8%"), at least
/// [`FIGURE_SHARED_MIN`] when the later figure is said to be smaller and they share any. `None`
/// when they state a figure alike, and so agree on it.
fn contradiction(later: &[Figure], earlier: &[Figure], weight: &dyn Fn(u64) -> f64) -> Option<f64> {
    let same = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
    // Two figures for one measure are of one order: 240 stores against 96, not against 9,000.
    let comparable = |a: f64, b: f64| a > 0.0 && b > 0.0 && a.max(b) <= FIGURE_RATIO_MAX * a.min(b);
    let mut best = 0.0f64;
    for x in later {
        // A number denied by name is the number stated before, whatever its unit is called:
        // "12 nhân sự, không phải 40 người" answers "40 nhân viên".
        for t in earlier
            .iter()
            .filter(|t| t.unit == x.unit || (x.negated && same(x.value, t.value)))
        {
            if same(x.value, t.value) {
                // "6.1%, not 12% as reported": the figure repeated to be denied is disputed.
                if x.negated {
                    best = best.max(FIGURE_SHARED_MIN);
                    continue;
                }
                return None;
            }
            if comparable(x.value, t.value) {
                let n: f64 = shared(&x.around, &t.around).map(weight).sum();
                // "closer to 18 million dollars" after "a subsidy of about 30 million dollars":
                // a figure said to be smaller answers one of its measure that shares any word
                // around it with it.
                best = best.max(if x.restricted && n > 0.0 {
                    n.max(FIGURE_SHARED_MIN)
                } else {
                    n
                });
            }
        }
    }
    Some(best)
}

/// A named source's statement that gives a figure of its own for what an earlier claim by another
/// source measured: "Sao Việt said the chain closed only 96 stores last year" after a newspaper
/// reported about 240. It answers the claim whose figure it fits best, when the words around the
/// two figures say they measure the same thing. Unnamed sources' figures count only when they say
/// theirs is smaller ("only", "chỉ khoảng"). A document's figures are left out: they are mostly
/// the story's background ("data from the statistics office show …"), not an answer.
fn figure_counters(claims: &[Claim], lex: &Lexicon) -> Vec<(usize, u32)> {
    let has_digit = |c: &Claim| c.text.bytes().any(|b| b.is_ascii_digit());
    // Figures are read only for the claims a statement with a figure is compared with.
    let mut known: Vec<Option<Vec<Figure>>> = claims.iter().map(|_| None).collect();
    let read = |i: usize, known: &mut Vec<Option<Vec<Figure>>>| {
        if known[i].is_none() {
            known[i] = Some(figures(without_frame(&claims[i].text, lex), lex));
        }
    };
    // In how many claims each word appears, counted when two figures are first compared.
    let df: std::cell::OnceCell<HashMap<u64, usize>> = std::cell::OnceCell::new();
    let n = claims.len() as f64 + 1.0;
    let weight = |w: u64| {
        let df = df.get_or_init(|| {
            let mut df: HashMap<u64, usize> = HashMap::default();
            for c in claims {
                let toks = tokenize(without_frame(&c.text, lex));
                let mut stems: Terms = toks.iter().map(|t| term(lex.stem(&t.lower))).collect();
                stems.sort_unstable();
                stems.dedup();
                for s in stems {
                    *df.entry(s).or_default() += 1;
                }
            }
            df
        });
        (n / df.get(&w).copied().unwrap_or(1).max(1) as f64).ln()
    };
    let mut out = Vec::new();
    for xi in 1..claims.len() {
        let x = &claims[xi];
        if x.stance != Stance::Assert
            || !has_digit(x)
            || !(named_source(x) || x.primary().is_some_and(|s| s.kind == SourceKind::Anonymous))
        {
            continue;
        }
        read(xi, &mut known);
        // Unnamed sources' figures mostly add to the story; one that says "only" answers it.
        let named = named_source(x);
        if known[xi]
            .as_ref()
            .is_none_or(|own| !own.iter().any(|f| named || f.restricted))
        {
            continue;
        }
        let speaker = x.primary().map(|s| s.name.as_str());
        let targets: Vec<usize> = (xi.saturating_sub(FIGURE_REACH)..xi)
            .filter(|&ti| {
                let t = &claims[ti];
                t.stance == Stance::Assert
                    && has_digit(t)
                    && t.primary().map(|s| s.name.as_str()) != speaker
            })
            .collect();
        for &ti in &targets {
            read(ti, &mut known);
        }
        let own = known[xi].as_deref().unwrap_or_default();
        let restricted: Vec<Figure>;
        let own = if named {
            own
        } else {
            restricted = own.iter().filter(|f| f.restricted).cloned().collect();
            &restricted
        };
        let mut best: Option<(f64, usize)> = None;
        for ti in targets {
            let theirs = known[ti].as_deref().unwrap_or_default();
            if let Some(n) = contradiction(own, theirs, &weight) {
                if n >= FIGURE_SHARED_MIN && best.is_none_or(|(b, _)| n >= b) {
                    best = Some((n, ti));
                }
            }
        }
        if let Some((_, ti)) = best {
            out.push((xi, claims[ti].id));
        }
    }
    out
}

/// The targets a denial answers among its candidates (score, target), best first: as many as it
/// covers, and any other that scores within [`NEAR_BEST`] of the best. A third party named in the
/// best candidate alone (`alone`) answers that one, and what a group added (`adds_to_best`) is no
/// second target beside the group's story.
fn chosen(
    scored: &[(f64, usize)],
    covers: usize,
    alone: bool,
    adds_to_best: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let Some(&(best, _)) = scored.first() else {
        return Vec::new();
    };
    let near = if alone { 0.0 } else { NEAR_BEST };
    scored
        .iter()
        .enumerate()
        .filter(|&(k, &(s, ti))| k < covers || s >= best - near && (s >= best || !adds_to_best(ti)))
        .map(|(_, &(_, ti))| ti)
        .collect()
}

/// Links every denial to the claims it rebuts and marks those claims contested.
pub fn link(claims: &mut [Claim], lex: &Lexicon) {
    // For each denial, its candidates: score, target, and how well its words fit the target.
    let mut by_denial: HashMap<usize, Vec<Scored>> = HashMap::default();
    let mut own_match: HashMap<usize, usize> = HashMap::default();
    // Denials that share a number with one of their candidates: they answer that figure.
    let mut own_figure: HashSet<usize> = HashSet::default();
    let mut covers: HashMap<usize, usize> = HashMap::default();
    let mut nearest: HashMap<usize, Vec<usize>> = HashMap::default();
    let mut plural: HashSet<usize> = HashSet::default();
    let mut states: HashSet<usize> = HashSet::default();
    let mut figure_denials: HashSet<usize> = HashSet::default();
    // Denials with each candidate they share a number with.
    let mut numbered: HashSet<(usize, usize)> = HashSet::default();
    let candidates = candidates(claims, lex);
    // Denials whose object fits some claim: for the others ("It is not true," she said) the
    // words alone say which claim fits best.
    let has_object: HashSet<usize> = candidates
        .iter()
        .filter(|c| c.features[OBJECT_COSINE] > 0.0)
        .map(|c| c.denial)
        .collect();
    for c in candidates {
        if c.figure {
            figure_denials.insert(c.denial);
        }
        if c.states {
            states.insert(c.denial);
        }
        covers.insert(c.denial, c.covers);
        if c.plural {
            plural.insert(c.denial);
        }
        // "cả hai thông tin này", "these two reports": the statements just before it.
        if c.these && claims[c.target].stance != Stance::Deny {
            let n = nearest.entry(c.denial).or_default();
            if n.len() < c.covers {
                n.push(c.target);
            }
        }
        if c.features[SHARED_NUMBERS] > 0.0 {
            numbered.insert((c.denial, c.target));
        }
        if c.features[SHARED_NUMBERS] > 0.0
            || c.features[OWNER_NAMED] > 0.0
            || c.features[POINTING_NOUN] > 0.0
        {
            own_figure.insert(c.denial);
        }
        let score = score(&c.features);
        // The claim a denial's own words and object fit best, when they fit it well.
        if c.features[BEST_WORDS] > 0.0
            && (c.features[BEST_OBJECT] > 0.0 || !has_object.contains(&c.denial))
            && score >= OWN_MATCH
        {
            own_match.insert(c.denial, c.target);
        }
        by_denial.entry(c.denial).or_default().push(Scored {
            score,
            target: c.target,
            fit: c.features[WORD_COSINE] + c.features[OBJECT_COSINE],
            owner_named: c.features[OWNER_NAMED] > 0.0,
            denier_named_alone: c.features[DENIER_NAMED_ALONE] > 0.0,
        });
    }
    let index: HashMap<u32, usize> = claims.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    // "chuỗi chỉ đóng 96 cửa hàng" after "đã đóng cửa khoảng 240 cửa hàng": a statement that gives
    // a figure of its own for what an earlier claim measured answers that claim, whatever else
    // its words fit.
    let figure_links: HashMap<usize, u32> = figure_counters(claims, lex).into_iter().collect();
    let mut links: Vec<(usize, Vec<u32>)> = Vec::new();
    for di in 0..claims.len() {
        if claims[di].stance == Stance::Assert {
            if let Some(&target) = figure_links.get(&di) {
                links.push((di, vec![target]));
                continue;
            }
            // A counter-statement answers the one claim it fits best, when it fits it well.
            let Some(scored) = by_denial.remove(&di) else {
                continue;
            };
            let min = if counter_cued(&claims[di], lex) {
                COUNTER_CUE_MIN
            } else {
                COUNTER_MIN
            };
            if let Some(best) = scored
                .into_iter()
                .filter(|c| c.score >= min)
                .max_by(|a, b| a.score.total_cmp(&b.score))
            {
                links.push((di, vec![claims[best.target].id]));
            }
            continue;
        }
        if claims[di].stance != Stance::Deny || recounts(&claims[di], lex) {
            continue;
        }
        let all = by_denial.remove(&di).unwrap_or_default();
        // The head is denied with its elaboration when the denial's words fit it as well.
        let fit_of = |id: u32| {
            let at = index.get(&id)?;
            all.iter().find(|c| c.target == *at).map(|c| c.fit)
        };
        let fits = |elab: u32, head: u32| match (fit_of(elab), fit_of(head)) {
            (Some(fe), Some(fh)) => fh >= HEAD_FIT * fe,
            _ => false,
        };
        // A denial that names whose statement it answers answers that source's claims only:
        // "rejected Ms. Whitfield's criticism", "called the Lakeside Post report inaccurate".
        // One that names several ("both the union's figure and the council's survey") answers
        // each named one, however little else it shares with it.
        let owned = all.iter().any(|c| c.owner_named && c.score >= 0.0);
        let several = covers.get(&di).is_some_and(|&n| n > 1);
        let mut scored: Vec<(f64, usize)> = all
            .iter()
            .filter(|c| {
                if owned {
                    c.owner_named && (c.score >= 0.0 || several)
                } else {
                    c.score >= 0.0
                }
            })
            .map(|c| (c.score, c.target))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
        // A denial that continues the same speaker's denial ("“It is not true,” she said")
        // answers the same claims, unless it names a figure of its own ("Ông Khôi cũng cho
        // rằng con số 60 giờ là không chính xác"), adds a denial ("also disputed …") or says it
        // answers several ("called both the count and the suggestion …").
        let previous = links.last().filter(|(pi, _)| {
            *pi + 1 == di
                && claims[*pi].primary().map(|s| &s.name) == claims[di].primary().map(|s| &s.name)
                && !own_figure.contains(&di)
                && !states.contains(&di)
                && !several
                && !adds_denial(&claims[di], lex)
        });
        // "“Chưa có bất kỳ thỏa thuận nào được ký …,” ông Khải nói": unless its own words fit
        // another claim well.
        let previous = previous.filter(|(_, prev)| {
            own_match
                .get(&di)
                .is_none_or(|&t| prev.contains(&claims[t].id))
        });
        let own_elsewhere = covers.get(&di) == Some(&1)
            && own_match.get(&di).is_some_and(|t| {
                numbered.contains(&(di, *t))
                    && nearest
                        .get(&di)
                        .is_some_and(|n| n.iter().all(|ni| !numbered.contains(&(di, *ni))))
            });
        let targets: Vec<u32> = match (scored.first(), previous) {
            (_, Some((_, prev))) if !prev.is_empty() => prev.clone(),
            // "thông tin này" points at one statement: the one just before, unless the denial's
            // own words fit another well and it gives that one's number ("Về mức giá 10,5 US
            // cent/kWh mà các nguồn tin nêu, bà Hạnh khẳng định thông tin này …").
            _ if nearest.contains_key(&di) && !own_elsewhere => {
                nearest[&di].iter().map(|&ti| claims[ti].id).collect()
            }
            // "Both reports are false": as many targets as it covers, each above the threshold,
            // and those that score nearly as well as the best.
            (Some(&(_, top)), _) => {
                let alone = all.iter().any(|c| c.target == top && c.denier_named_alone);
                let story = claims[top].id;
                chosen(&scored, covers[&di], alone, |ti| {
                    group_head(claims, claims[ti].id) == Some(story)
                })
                .into_iter()
                .map(|ti| claims[ti].id)
                .collect()
            }
            _ => continue,
        };
        // A denial of what one of a group of unnamed sources added denies the group's story:
        // "dismissed the reports" after "…, eight people said. A formal offer could come in
        // March, one of the people said."
        let mut targets = targets;
        // "called the memo “a planning document”": the first claim from the source it names,
        // the story's reading of that source, is answered too.
        if owned && previous.is_none() && !nearest.contains_key(&di) {
            if let Some(&(_, first)) = scored.iter().min_by_key(|(_, ti)| *ti) {
                if !targets.contains(&claims[first].id) {
                    targets.push(claims[first].id);
                }
            }
        }
        // A third party that denies what was said of it ("was “not in discussions” to buy …")
        // answers the claim that names it, not the story of the group that claim belongs to.
        let names_denier_alone = |id: u32| {
            index
                .get(&id)
                .is_some_and(|at| all.iter().any(|c| c.target == *at && c.denier_named_alone))
        };
        let heads: Vec<u32> = targets
            .iter()
            .filter_map(|t| {
                group_head(claims, *t).filter(|&h| fits(*t, h) && !names_denier_alone(*t))
            })
            // A denial of what "the report" added denies the document's story too.
            .chain(targets.iter().filter_map(|t| {
                let at = *index.get(t)?;
                document_head(claims, at, lex).map(|h| claims[h].id)
            }))
            .collect();
        for h in heads {
            if !targets.contains(&h) {
                targets.push(h);
            }
        }
        // "denied any agreement had been reached" after "…, four people said. The people said
        // the owners had agreed in principle to a lease": what the group added that the denial's
        // words fit at least half as well as the claim they fit best is denied with the group's
        // story it answers (half rather than as well: corpus rebuttal F1 0.612 -> 0.614 and
        // contested F1 0.701 -> 0.703 in Vietnamese, English the same).
        if previous.is_none() {
            let best_score = scored.first().map_or(f64::MIN, |&(s, _)| s);
            let best_fit = all.iter().map(|c| c.fit).fold(0.0, f64::max);
            let added: Vec<u32> = all
                .iter()
                .filter(|c| {
                    c.fit > 0.0
                        && c.fit >= HEAD_FIT * best_fit
                        && c.score >= best_score - ELABORATION_REACH
                })
                .map(|c| claims[c.target].id)
                .filter(|&id| {
                    !targets.contains(&id)
                        && group_head(claims, id).is_some_and(|h| targets.contains(&h))
                })
                .collect();
            targets.extend(added);
        }
        // "rejected the allegations" after "…, five people said. One of the people said …":
        // every claim of the group it answers, the group's own and what its members added.
        if plural.contains(&di) {
            let mut groups: Vec<u32> = targets
                .iter()
                .filter_map(|&t| group_head(claims, t).or_else(|| heads_group(claims, t)))
                .collect();
            // "rejected the findings" after "…, the board said in a report. The board's report
            // found …": every claim of the document it answers.
            let run: Vec<u32> = targets
                .iter()
                .filter_map(|t| index.get(t))
                .flat_map(|&at| document_run(claims, at, di, lex))
                .map(|at| claims[at].id)
                .collect();
            for id in &run {
                if !targets.contains(id) {
                    targets.push(*id);
                }
            }
            // "pushed back on the reports", its best target a document: the reports are the
            // story of the unnamed sources that scores best with it, above the threshold.
            if groups.is_empty() && run.is_empty() {
                if let Some(head) = all
                    .iter()
                    .filter(|c| c.score >= 0.0)
                    .filter_map(|c| heads_group(claims, claims[c.target].id).map(|h| (c.score, h)))
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, h)| h)
                {
                    groups.push(head);
                    if !targets.contains(&head) {
                        targets.push(head);
                    }
                }
            }
            for &Scored { target: ti, .. } in &all {
                let id = claims[ti].id;
                let of_group = groups.contains(&id)
                    || group_head(claims, id).is_some_and(|h| groups.contains(&h));
                if of_group && !targets.contains(&id) {
                    targets.push(id);
                }
            }
        }
        // "disputed the figure, saying the profit was under 5 billion dong": a denial that points
        // at a figure and gives one of its own answers the claims that state one in its unit.
        if figure_denials.contains(&di) && targets.len() > 1 {
            let units = |at: usize| -> Vec<u64> {
                figures(without_frame(&claims[at].text, lex), lex)
                    .iter()
                    .map(|f| f.unit)
                    .collect()
            };
            let own = units(di);
            let fits: Vec<u32> = targets
                .iter()
                .copied()
                .filter(|t| {
                    index
                        .get(t)
                        .is_some_and(|&at| units(at).iter().any(|u| own.contains(u)))
                })
                .collect();
            if !fits.is_empty() {
                targets = fits;
            }
        }
        links.push((di, targets));
    }
    // "The board said it stood by its data": a source that holds to what it said answers the
    // nearest denial, by another source, of a claim of its own.
    let denied: HashMap<usize, Vec<u32>> = links.iter().cloned().collect();
    // Only a statement after a denial that answers something can hold to what it denied.
    let first_answer = denied
        .iter()
        .filter(|(_, targets)| !targets.is_empty())
        .map(|(&di, _)| di + 1)
        .min()
        .unwrap_or(claims.len());
    for ci in first_answer..claims.len() {
        if claims[ci].stance == Stance::Deny || !lex.reaffirms(&claims[ci].sentence) {
            continue;
        }
        let Some(speaker) = claims[ci].primary() else {
            continue;
        };
        let names: Vec<String> = speaker
            .name
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 2)
            .map(crate::lexicon::lower_case)
            .collect();
        let own = |id: &u32| {
            index
                .get(id)
                .and_then(|&t| claims[t].primary())
                .is_some_and(|s| {
                    names
                        .iter()
                        .any(|n| mentions(&s.name, std::slice::from_ref(n)))
                })
        };
        let denial = (ci.saturating_sub(REAFFIRM_REACH)..ci).rev().find(|&di| {
            claims[di].primary().map(|s| &s.name) != Some(&speaker.name)
                && denied
                    .get(&di)
                    .is_some_and(|targets| targets.iter().any(own))
        });
        // "Per Holmgren, the paper's editor-in-chief, said the paper stood by its reporting":
        // one who speaks for the source by a description, not by its name, answers the denial
        // just before.
        // Of those, one that denies a claim of the body the description names ("Department
        // spokesperson …" after a denial of the department's finding) comes first.
        let described: Vec<String> = speaker
            .descriptor
            .as_deref()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 3)
            .map(crate::lexicon::lower_case)
            .collect();
        let of_described = |id: &u32| {
            index
                .get(id)
                .and_then(|&t| claims[t].primary())
                .is_some_and(|s| {
                    described
                        .iter()
                        .any(|w| mentions(&s.name, std::slice::from_ref(w)))
                })
        };
        let near = |di: usize| {
            claims[di].stance == Stance::Deny
                && claims[di].primary().map(|s| &s.name) != Some(&speaker.name)
                && denied.get(&di).is_some_and(|targets| !targets.is_empty())
        };
        let denial = denial
            .or_else(|| {
                (ci.saturating_sub(REAFFIRM_REACH)..ci)
                    .rev()
                    .find(|&di| near(di) && denied[&di].iter().any(of_described))
            })
            .or_else(|| {
                (ci.saturating_sub(REAFFIRM_NEAR)..ci)
                    .rev()
                    .find(|&di| near(di))
            });
        if let Some(di) = denial {
            links.push((ci, vec![claims[di].id]));
        }
    }
    let answered: HashSet<usize> = links
        .iter()
        .filter(|(_, targets)| !targets.is_empty())
        .map(|(di, _)| *di)
        .collect();
    for (ci, target) in contrast_answers(claims, &answered, lex) {
        links.push((ci, vec![target]));
    }
    // "Corvane rejected that account. “There is no plan to close Dunmore,” the spokesperson
    // said.": a quote that follows its source's denial, in the next sentence, spells the denial
    // out and answers what it answers.
    let answered: HashSet<usize> = links
        .iter()
        .filter(|(_, targets)| !targets.is_empty())
        .map(|&(di, _)| di)
        .collect();
    let spelled_out: Vec<(usize, Vec<u32>)> = links
        .iter()
        .filter(|(di, targets)| {
            let (di, next) = (*di, di + 1);
            !targets.is_empty()
                && claims[di].stance == Stance::Deny
                && claims[di].sentence.split_whitespace().count() <= SHORT_DENIAL
                && claims.get(next).is_some_and(|c| {
                    c.stance == Stance::Assert
                        && c.quote
                        && !answered.contains(&next)
                        && c.start >= claims[di].end
                        && c.primary().map(|s| &s.name) == claims[di].primary().map(|s| &s.name)
                })
        })
        .map(|(di, targets)| (di + 1, targets.clone()))
        .collect();
    links.extend(spelled_out);
    // A statement may answer by more than one rule (a counter-statement that also holds to what
    // its source said): it rebuts every claim each rule found.
    let mut merged: HashMap<usize, Vec<u32>> = HashMap::default();
    for (di, targets) in links {
        merged.entry(di).or_default().extend(targets);
    }
    for (di, mut targets) in merged {
        // A non-response states nothing to rebut, whichever rule reached it through its group.
        targets.retain(|t| {
            index
                .get(t)
                .is_some_and(|&i| claims[i].stance != Stance::NoComment)
        });
        for t in &targets {
            if let Some(&i) = index.get(t) {
                claims[i].contested = true;
            }
        }
        targets.sort_unstable();
        targets.dedup();
        claims[di].rebuts = targets;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;
    use crate::sentences::split;

    #[test]
    fn the_denial_cues_a_claim_keeps_are_those_its_sentence_holds() {
        for (text, lang) in [
            (
                "Three people said the talks had stalled. The company denied the report and \
                 called it “speculation”, a spokesperson said. “It is not true,” she said.",
                "en",
            ),
            (
                "Tám nguồn tin cho biết OpenAI không hài lòng. Ông Huang bác bỏ thông tin này, \
                 gọi những đồn đoán này là “vô lý”.",
                "vi",
            ),
        ] {
            let lexs = Lexicons::builtin().unwrap();
            let lex = lexs.get(lang).unwrap();
            let mut claims = crate::attributions::attribute(text, &split(text, lex), lex);
            assert!(claims
                .iter()
                .any(|c| c.deny_cues.as_ref().is_some_and(|d| !d.is_empty())));
            for c in &mut claims {
                let kept = deny_cues(c, lex);
                c.deny_cues = None;
                assert_eq!(kept, deny_cues(c, lex), "{}", c.sentence);
            }
        }
    }

    fn linked(text: &str, lang: &str) -> Vec<Claim> {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get(lang).unwrap();
        let mut claims = crate::attributions::attribute(text, &split(text, lex), lex);
        link(&mut claims, lex);
        claims
    }

    fn rebuts(claims: &[Claim], sentence_start: &str) -> Vec<u32> {
        claims
            .iter()
            .find(|c| c.sentence.starts_with(sentence_start))
            .unwrap_or_else(|| panic!("no claim starts {sentence_start:?}: {claims:#?}"))
            .rebuts
            .clone()
    }

    #[test]
    fn a_statement_that_names_what_it_responds_to_answers_it() {
        // No denial word: the opening ("Về thông tin …") says the statement is an answer.
        let text = "Ít nhất 14 cầu thủ chưa được nhận lương trong bốn tháng, theo đơn kiến nghị mà các \
             cầu thủ gửi Ban điều hành giải. Hai cầu thủ khác, đề nghị không nêu tên, cho biết ban \
             huấn luyện đã được yêu cầu không để các cầu thủ ký đơn ra sân. Một trong hai người nói \
             huấn luyện viên trưởng Nguyễn Bá Quý đã viết đơn xin từ chức nhưng bị lãnh đạo câu lạc \
             bộ giữ lại. Ông Trương Công Hiếu, Phó chủ tịch câu lạc bộ, cho biết đội sẽ thi đấu đủ \
             lực lượng. Về thông tin huấn luyện viên trưởng xin từ chức, ông Hiếu nói câu lạc bộ \
             “chưa nhận được lá đơn nào”.";
        let c = linked(text, "vi");
        assert_eq!(rebuts(&c, "Về thông tin"), vec![3], "{c:#?}");
        let c = linked(
            &text.replace(
                "Về thông tin huấn luyện viên trưởng xin từ chức, ông",
                "Ông",
            ),
            "vi",
        );
        assert!(rebuts(&c, "Ông Hiếu nói").is_empty(), "{c:#?}");
    }

    #[test]
    fn calling_both_of_two_accounts_false_answers_both_after_a_denial_of_one() {
        // The speaker's first denial answers the group's count; the second says it answers two
        // things, so it does not just go on with the first.
        let text = "Four nurses at the hospital, who asked not to be named, said at least 30 \
             patients had been sent home too early. “The same wards keep making the same \
             mistakes,” one of the nurses said. Larkfield rejected the nurses' figures, saying its \
             readmission rate was below the national average. The company called both the \
             patient count and the suggestion of repeated ward mistakes “anecdotal and \
             unverified,” and said every case had been reviewed.";
        let c = linked(text, "en");
        assert_eq!(rebuts(&c, "Larkfield rejected"), vec![1], "{c:#?}");
        let mut both = rebuts(&c, "The company called both");
        both.sort_unstable();
        assert_eq!(both, vec![1, 2], "{c:#?}");
    }

    #[test]
    fn an_account_set_against_a_named_denial_answers_it() {
        let denial = "Three parents said the district planned to close two schools. District \
             spokeswoman Lena Marsh denied that any closure had been decided. ";
        for account in [
            "However, a draft memo reviewed by the Valley Press lists both schools for closure.",
            "Two board members, however, said the closures had been discussed in June.",
        ] {
            let c = linked(&format!("{denial}{account}"), "en");
            let first = account.split_whitespace().next().unwrap();
            assert_eq!(rebuts(&c, first), vec![2], "{c:#?}");
            // Set against a statement that denies nothing, it answers nothing.
            let c = linked(
                &format!(
                    "{}{account}",
                    denial.replace(
                        "denied that any closure had been decided",
                        "said enrolment had fallen"
                    )
                ),
                "en",
            );
            assert!(rebuts(&c, first).is_empty(), "{c:#?}");
        }
    }

    #[test]
    fn a_pointing_denial_that_gives_a_figure_answers_the_claim_with_that_figure() {
        let text = "Ba người quen thuộc với cuộc đàm phán cho biết Hải Phong đề nghị giá thuê tối \
             thiểu 14,5 USD mỗi mét vuông trong mười năm. Sở Xây dựng cho biết khung giá cho thuê \
             kho bãi đang được hoàn thiện. Về mức giá thuê tối thiểu 14,5 USD mỗi mét vuông mà các \
             nguồn tin nêu, bà Trần Thu Hà khẳng định thông tin này “không chính xác”, bởi hai bên chưa \
             đưa ra con số nào.";
        let c = linked(text, "vi");
        assert_eq!(rebuts(&c, "Về mức giá"), vec![1], "{c:#?}");
        // Without the figure, "thông tin này" is the statement just before.
        let c = linked(
            &text.replace(
                "Về mức giá thuê tối thiểu 14,5 USD mỗi mét vuông mà",
                "Về thông tin mà",
            ),
            "vi",
        );
        assert_eq!(rebuts(&c, "Về thông tin"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_number_denied_by_name_answers_the_claim_that_states_it() {
        // "not 40,000" has no unit of its own: it counts what the figure before it counts.
        let lexs = Lexicons::builtin().unwrap();
        let f = figures(
            "the breach had affected 12,000 accounts, not 40,000, and that no bank details had been accessed",
            lexs.get("en").unwrap(),
        );
        assert_eq!(f.len(), 2);
        assert!(f[1].negated && f[1].value == 40_000.0 && f[1].unit == f[0].unit);
        let c = linked(
            "A cyberattack on Larkspur exposed the records of about 40,000 customer accounts, three people familiar with the investigation said. \
             In a statement on Monday, Larkspur said the breach had affected 12,000 accounts, not 40,000.",
            "en",
        );
        assert_eq!(rebuts(&c, "In a statement"), vec![1], "{c:#?}");
        // The denied number is the one stated before, whatever noun counts it.
        let c = linked(
            "Công ty Lumio đã cho thôi việc ít nhất 40 nhân viên trong tháng 10, theo ba nguồn tin am hiểu vấn đề. \
             Lumio cho biết công ty chỉ chấm dứt hợp đồng với 12 nhân sự, không phải 40 người.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Lumio cho biết"), vec![1], "{c:#?}");
    }

    #[test]
    fn the_question_put_to_a_denier_says_whose_claims_it_denies() {
        let c = linked(
            "Three bus drivers said managers told them to skip the morning brake checks. \
             One of the drivers said the logs were filled in afterwards. \
             A safety report published in March said the depot's brakes were checked late on 40 buses. \
             Asked about the drivers' accounts on Friday, depot manager Olav Brenner said both men \
             had been disciplined and called their claims “pure invention.”",
            "en",
        );
        let ids = rebuts(&c, "Asked about");
        let id = |start: &str| c.iter().find(|x| x.sentence.starts_with(start)).unwrap().id;
        assert!(ids.contains(&id("Three bus drivers")), "{ids:?}");
        assert!(!ids.contains(&id("A safety report")), "{ids:?}");
    }

    #[test]
    fn a_statement_noun_owned_by_a_described_group_answers_that_group() {
        // The owner is named by its description ("các tài xế xe công nghệ"), not by a name: the
        // denial answers what that group said, not the documents nearer to it.
        let c = linked(
            "Nhiều tài xế xe công nghệ cho biết chiết khấu của ứng dụng đã tăng lên 30% từ tháng 6. \
             Một khảo sát của hiệp hội vận tải cho thấy thu nhập bình quân của tài xế giảm 12% so \
             với năm ngoái. \
             Báo cáo tài chính của công ty ghi nhận doanh thu quý II tăng 18%. \
             Bà Lê Thị Hạnh, Giám đốc truyền thông của ứng dụng, gọi phản ánh của các tài xế xe \
             công nghệ là “không phản ánh đúng bức tranh chung”.",
            "vi",
        );
        let ids = rebuts(&c, "Bà Lê Thị Hạnh");
        assert_eq!(ids, vec![c[0].id], "{c:#?}");
    }

    #[test]
    fn a_question_after_the_cue_says_what_the_answer_denies() {
        let c = linked(
            "Một báo cáo nội bộ của công ty cho thấy hãng đã tính phương án đóng cửa nhà máy Bình \
             Dương vào năm 2027. \
             Ba nhân viên của hãng xác nhận phương án này từng được trình bày trong một cuộc họp. \
             “Không có kế hoạch nào như vậy cả,” ông Tạ Minh Luân, Giám đốc điều hành, nói khi \
             được hỏi về báo cáo.",
            "vi",
        );
        let ids = rebuts(&c, "“Không có kế hoạch");
        assert!(ids.contains(&c[0].id), "{c:#?}");
    }

    #[test]
    fn a_question_that_points_back_says_the_answer_denies_the_statement_just_before() {
        let c = linked(
            "Kết quả xét nghiệm cho thấy mẫu của vận động viên có chất cấm furosemide. \
             Thông báo của ban tổ chức cho biết mẫu được lấy ngay sau trận chung kết. \
             Hai đồng đội, đề nghị giấu tên, nói việc dùng thuốc để giảm cân là chuyện phổ biến \
             trong đội. \
             “Đó là bịa đặt, không ai trong đội tôi dùng chất cấm,” ông Trần Văn Hải, \
             huấn luyện viên \
             trưởng, nói khi được hỏi về những ý kiến này.",
            "vi",
        );
        let ids = rebuts(&c, "“Đó là bịa đặt");
        let teammates = c
            .iter()
            .find(|x| x.sentence.starts_with("Hai đồng đội"))
            .unwrap();
        assert_eq!(ids, vec![teammates.id], "{c:#?}");
    }

    #[test]
    fn a_quoted_denial_without_an_object_answers_the_claim_its_words_fit_best() {
        // The quote continues its source's denial, but its words fit the memo's claim far
        // better than the claim that denial answered.
        let c = linked(
            "An internal memo seen by the Harbor Ledger recommends that Larsen Health close the \
             maternity unit at St. Aldric's Hospital in Millbrook by September. \
             Two people familiar with the matter said Larsen executives had met county officials \
             twice in January to discuss moving births to another hospital. \
             Larsen Chief Executive Maria Olsen denied that the board had made any decision. \
             “It is not true that we have decided to close the maternity unit at St. Aldric's,” \
             Olsen said in an interview on Tuesday.",
            "en",
        );
        assert_eq!(rebuts(&c, "“It is not true"), vec![c[0].id], "{c:#?}");
    }

    #[test]
    fn a_denial_answers_every_claim_that_scores_nearly_as_well_as_the_best() {
        let scored = [(4.0, 7), (3.7, 3), (2.0, 5)];
        assert_eq!(chosen(&scored, 1, false, |_| false), vec![7, 3]);
        // As many as it covers, however far below the best.
        assert_eq!(chosen(&scored, 3, false, |_| false), vec![7, 3, 5]);
        // A third party named in the best alone answers only that.
        assert_eq!(chosen(&scored, 1, true, |_| false), vec![7]);
        // What the best claim's group added is part of that story, not a second target.
        assert_eq!(chosen(&scored, 1, false, |t| t == 3), vec![7]);
        // Ties are always kept.
        assert_eq!(chosen(&[(4.0, 7), (4.0, 3)], 1, true, |_| true), vec![7, 3]);
    }

    #[test]
    fn a_denial_answers_what_the_group_added_when_its_words_fit_that_nearly_as_well() {
        let c = linked(
            "Castellan Hotels Corp. is exploring a sale of its coastal resorts business, three \
             people familiar with the matter said. \
             The company has hired advisers at Ferrous Lane Partners to sound out private equity \
             firms, the people said. \
             “We are not in discussions with anyone about selling the coastal business, and we \
             have not hired advisers,” Castellan's chief executive, Mara Quist, said.",
            "en",
        );
        let ids = rebuts(&c, "“We are not");
        assert!(ids.contains(&c[0].id) && ids.contains(&c[1].id), "{c:#?}");
    }

    #[test]
    fn one_who_speaks_for_a_denied_source_by_its_description_stands_by_it() {
        let c = linked(
            "The Harbor Ledger reported on Monday that the mayor had received a loan from the \
             developer. \
             The mayor's lawyer, Dana Whitcomb, said the report was “false from start to finish.” \
             Owen Laski, the newspaper's editor, said the paper stood by its reporting.",
            "en",
        );
        let lawyer = c
            .iter()
            .find(|x| x.sentence.starts_with("The mayor's lawyer"))
            .unwrap();
        assert_eq!(lawyer.rebuts, vec![c[0].id], "{c:#?}");
        assert_eq!(rebuts(&c, "Owen Laski"), vec![lawyer.id], "{c:#?}");
    }

    #[test]
    fn a_figure_repeated_to_be_denied_disputes_the_claim_that_gave_it() {
        let c = linked(
            "Ba người am hiểu vấn đề cho biết tỷ lệ nợ xấu của công ty đã vượt 15%. \
             Ông Lâm Quốc Bảo cho biết tỷ lệ nợ xấu của công ty là 4%, không phải trên 15% như \
             một số trang tin đã đăng.",
            "vi",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].rebuts, vec![c[0].id], "{c:#?}");
        // A negated verb before a figure does not deny the figure.
        let c = linked(
            "Three people familiar with the plan said the arena upgrade would cost $38 million. \
             Council member Rhea Calloway said the city could not justify spending $38 million \
             on the arena.",
            "en",
        );
        assert!(c[1].rebuts.is_empty(), "{c:#?}");
        // "not the more than 90": a figure denied with the words that qualified it.
        let lexs = Lexicons::builtin().unwrap();
        let f = figures(
            "the confirmed count stands at 64, not the more than 90 cited in the complaint",
            lexs.get("en").unwrap(),
        );
        let ninety: Vec<bool> = f
            .iter()
            .filter(|f| f.value == 90.0)
            .map(|f| f.negated)
            .collect();
        assert_eq!(ninety, vec![true]);
    }

    #[test]
    fn a_denial_of_a_cited_figure_answers_the_claims_that_state_one_in_its_unit() {
        let c = linked(
            "Theo cáo trạng, nhóm bị cáo đã bán hơn 9.000 hộp sữa giả cho các đại lý. \
             Cáo trạng xác định nhóm này thu lợi bất chính khoảng 21 tỷ đồng. \
             Bị cáo Hồ Văn Sang phủ nhận con số mà cáo trạng nêu, cho rằng tiền lãi thực tế \
             chưa tới 3 tỷ đồng.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![c[1].id], "{c:#?}");
    }

    #[test]
    fn a_name_in_the_denial_is_not_a_word_that_shares_its_first_letters() {
        // "Audino" is not "audit": the newspaper's report is not the denier's own statement.
        let c = linked(
            "The Coastline Courier reported last month, citing an internal audit by the state \
             insurer, that Audino clinics had billed the insurer for visits that never took \
             place. Audino rejected the report, calling it a misreading of routine paperwork.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].rebuts, vec![c[0].id], "{c:#?}");
    }

    #[test]
    fn a_quote_that_spells_out_a_bare_denial_answers_what_the_denial_answers() {
        let text = "Two people close to the board said directors had discussed closing the \
             Kettering mill before any sale. Tollbridge rejected that account. “There is no plan \
             to close Kettering,” the spokesperson said.";
        let c = linked(text, "en");
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[1].rebuts, vec![c[0].id], "{c:#?}");
        assert_eq!(c[2].rebuts, vec![c[0].id], "{c:#?}");
        // A denial that says what it denies keeps the quote after it to itself.
        let c = linked(
            "Two people close to the board said directors had discussed closing the Kettering \
             mill before any sale. Tollbridge denied that directors had discussed closing the \
             Kettering mill at any of their meetings. “We are proud of what we make there,” the \
             spokesperson said.",
            "en",
        );
        assert_eq!(c[1].rebuts, vec![c[0].id], "{c:#?}");
        assert!(c[2].rebuts.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_denial_of_the_groups_story_also_answers_what_the_group_added_that_it_fits_best() {
        let c = linked(
            "Harrowgate Rovers is in advanced talks to leave its Bellfield Road ground for a new \
             stadium, according to four people familiar with the negotiations. The people said the \
             club's owners had agreed in principle to a 40-year lease on the new stadium. \
             Harrowgate Rovers denied that any agreement had been reached, saying there was no \
             deal in principle or otherwise.",
            "en",
        );
        assert_eq!(c.len(), 3);
        assert_eq!(c[2].rebuts, vec![c[0].id, c[1].id]);
    }

    #[test]
    fn a_negated_statement_answers_the_claim_it_fits_closely_and_no_other() {
        let c = linked(
            "Harlow Pet Nutrition is in advanced talks to buy Brindle Foods, according to three \
             people familiar with the matter. Two former Brindle executives said the Brindle \
             family had been divided for months over whether to sell the pet food company to \
             Harlow. Later on Wednesday, Brindle said in a second statement that its family \
             shareholders were not divided over whether to sell the pet food company and stood \
             united behind its management. Analysts said the company was not expected to \
             announce a deal before the summer.",
            "en",
        );
        assert_eq!(c.len(), 4);
        assert_eq!(c[2].stance, Stance::Assert);
        assert_eq!(c[2].rebuts, vec![c[1].id]);
        assert!(c[1].contested);
        // A negation that shares little with any claim answers none.
        assert!(c[3].rebuts.is_empty());
        // "Only" marks one too.
        let c = linked(
            "Two former Brindle executives said the Brindle family had been divided for months \
             over whether to sell the pet food company to Harlow. Later on Wednesday, Brindle \
             said in a second statement that only one of its family shareholders had ever \
             discussed whether to sell the pet food company.",
            "en",
        );
        assert_eq!(c[1].rebuts, vec![c[0].id]);
        // Without its negation, the statement contradicts nothing.
        let c = linked(
            "Two former Brindle executives said the Brindle family had been divided for months \
             over whether to sell the pet food company to Harlow. Later on Wednesday, Brindle \
             said that its family shareholders were divided over whether to sell the pet food \
             company.",
            "en",
        );
        assert!(c[1].rebuts.is_empty());
    }

    #[test]
    fn a_pointer_just_before_a_denial_phrase_answers_the_statement_just_before_it() {
        let c = linked(
            "Dự án khu đô thị Hòa Phong bị chậm vì giá bồi thường quá thấp, theo phản ánh của \
             nhiều hộ dân. Bà Lê Thu Hà, Chủ tịch UBND xã, cho biết đã có 63 hộ nhận tiền bồi \
             thường và bàn giao mặt bằng. Con số này không phản ánh đúng thực tế, theo ông Phạm \
             Văn Lộc, đại diện các hộ dân.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![c[1].id], "{c:#?}");
    }

    #[test]
    fn a_pointer_before_a_denial_phrase_beats_a_figure_noun_after_that() {
        // "noting that agriculture-wide figures …" reports a clause; it points at no figure.
        let c = linked(
            "A memo seen by the Ledger said picking targets would rise from 70 pounds to 84 \
             pounds. The council said injury rates were in line with those of agriculture as a \
             whole. Dr. Alma Ruiz called that comparison misleading, noting that \
             agriculture-wide figures lump harvesters together with office staff.",
            "en",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![c[1].id], "{c:#?}");
    }

    #[test]
    fn disputing_that_alone_answers_the_statement_just_before() {
        let c = linked(
            "The union said members had voted to strike over pay. According to an offer letter \
             seen by the Wire, the company proposed a 3.5% pay increase for 2027. \
             \u{201c}We have put the best package in the sector on the table,\u{201d} operations \
             director Brian Tolland said. Union organiser Teresa Dolan disputed that, saying \
             consumer prices in the region had risen 5.1% over the past year.",
            "en",
        );
        assert_eq!(c.len(), 4, "{c:#?}");
        assert_eq!(c[3].rebuts, vec![c[2].id], "{c:#?}");
    }

    #[test]
    fn a_denial_of_that_account_answers_the_statement_just_before_it() {
        let c = linked(
            "Sudsworth Laundry is in advanced talks to sell itself to Harrowgate Capital, \
             according to three people familiar with the matter. Sudsworth shares rose 24% on \
             Monday. Fifteen franchisees said new store approvals had been put on hold pending \
             a possible change of ownership. Sudsworth refuted that account in a statement on \
             Wednesday, saying the pause was part of a routine review.",
            "en",
        );
        assert_eq!(c.len(), 3);
        assert_eq!(c[2].rebuts, vec![c[1].id]);
        // Any word for how a statement puts things: "that framing", "that interpretation".
        for noun in ["framing", "interpretation"] {
            let text = format!(
                "Regulators grounded nine aircraft after inspectors found gaps in the engine \
                 records of Coastline Air, the directorate said. Three mechanics said the new \
                 software had been rushed in. State Senator Hugo Brandt called the episode a \
                 warning about cutting corners. Coastline Air chief executive Renata Valdez \
                 rejected that {noun} in an interview, saying the airline had spent more on \
                 upkeep than ever."
            );
            let c = linked(&text, "en");
            assert_eq!(c.len(), 4, "{c:#?}");
            assert_eq!(c[3].rebuts, vec![c[2].id], "{noun}");
        }
        // "that" with a clause reports what is denied, and points at nothing.
        let c = linked(
            "Sudsworth Laundry is in advanced talks to sell itself to Harrowgate Capital, \
             according to three people familiar with the matter. Fifteen franchisees said new \
             store approvals had been put on hold. Sudsworth denied that it was in talks with \
             Harrowgate Capital.",
            "en",
        );
        assert_eq!(c[2].rebuts, vec![c[0].id]);
    }

    #[test]
    fn a_sequel_whose_own_words_fit_another_claim_answers_that_claim() {
        let c = linked(
            "Công ty Bánh kẹo Sao Mai đang đàm phán bán 65% cổ phần cho Tập đoàn Minh Long, theo \
             ba nguồn tin am hiểu vấn đề. Những người này cho biết hai bên đã ký thỏa thuận bảo \
             mật thông tin từ tháng 1 và Minh Long đã thuê kiểm toán rà soát sổ sách. Ông Trịnh \
             Văn Khải, tổng giám đốc Sao Mai, phủ nhận việc công ty đang đàm phán bán cổ phần. \
             “Chưa có bất kỳ thỏa thuận nào được ký giữa Sao Mai và các nhà đầu tư, kể cả thỏa \
             thuận bảo mật”, ông Khải nói.",
            "vi",
        );
        assert_eq!(c.len(), 4);
        assert_eq!(c[2].rebuts, vec![c[0].id]);
        assert_eq!(c[3].stance, Stance::Deny);
        assert_eq!(c[3].rebuts, vec![c[1].id]);
    }

    #[test]
    fn feature_positions_match_their_names() {
        assert_eq!(FEATURE_NAMES[SHARED_NUMBERS], "shared_numbers");
        assert_eq!(FEATURE_NAMES[WORD_COSINE], "word_cosine");
        assert_eq!(FEATURE_NAMES[OBJECT_COSINE], "object_cosine");
        assert_eq!(FEATURE_NAMES[BEST_WORDS], "best_words");
        assert_eq!(FEATURE_NAMES[BEST_OBJECT], "best_object");
        assert_eq!(FEATURE_NAMES[POINTING_NOUN], "pointing_noun");
        assert_eq!(FEATURE_NAMES[OWNER_NAMED], "owner_named");
    }

    #[test]
    fn a_denial_that_names_a_report_answers_that_report() {
        let en = "Marlow Foods is in talks to buy a dairy cooperative in Wisconsin, four people \
                  familiar with the talks said. \
                  The deal could close by June, according to the trade newsletter Dairy Ledger. \
                  Marlow Foods called the Dairy Ledger report inaccurate.";
        let c = linked(en, "en");
        assert_eq!(rebuts(&c, "Marlow Foods called"), vec![2], "{c:#?}");
        // Without the name, the story's lead claim is the likelier target.
        let c = linked(&en.replace("the Dairy Ledger report", "the report"), "en");
        assert_eq!(rebuts(&c, "Marlow Foods called"), vec![1], "{c:#?}");
        let vi = "Công ty Hoa Sen đang tìm người mua nhà máy ở Bình Dương, theo ba nguồn tin. \
                  Theo báo Nhịp Cầu Đầu Tư, thương vụ có thể hoàn tất trong quý III. \
                  Công ty Hoa Sen bác bỏ bài báo của Nhịp Cầu Đầu Tư.";
        let c = linked(vi, "vi");
        assert_eq!(rebuts(&c, "Công ty Hoa Sen bác bỏ"), vec![2], "{c:#?}");
    }

    #[test]
    fn unnamed_sources_do_not_deny_what_their_own_group_said() {
        let c = linked(
            "Hackers demanded $22 million from Kestrel Payroll, four people familiar with the \
             investigation said. \
             Kestrel has not paid the ransom and has no intention of doing so, the sources added.",
            "en",
        );
        assert!(rebuts(&c, "Kestrel has not paid").is_empty(), "{c:#?}");
    }

    #[test]
    fn the_rare_words_a_denial_repeats_outweigh_a_nearer_claim() {
        let c = linked(
            "Công ty Đồi Thông đang xin phép mở rộng sân golf ở huyện Lạc Dương, theo ba nguồn \
             tin am hiểu vấn đề. \
             Trước đó, tờ Nhịp Sống Tây Nguyên đưa tin khu biệt thự của dự án sẽ nằm trong rừng \
             phòng hộ. \
             Theo số liệu của Sở Du lịch, lượng khách chơi golf tại tỉnh tăng 30% trong năm 2025. \
             Một quan chức sở cho biết tỉnh chưa nhận được hồ sơ điều chỉnh quy hoạch của công ty. \
             Tổng giám đốc Đồi Thông Trần Văn Khải cho biết dự án đã được tỉnh chấp thuận chủ \
             trương và sẽ khởi công trong năm nay. \
             Ông Khải cũng bác bỏ thông tin về việc xây biệt thự trong rừng.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Khải"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_in_other_words_meets_the_claim_by_concept() {
        // "defect" and "faulty" are one concept in the lexicon's events; without it the
        // document just before the denial is the likelier target.
        let c = linked(
            "Regulators are examining whether faulty control boards in lifts caused stalls in \
             three cities, four people familiar with the matter said. \
             The review is at an early stage, the people said. \
             Two of the people said inspectors had asked for maintenance logs. \
             In the worst stall, eight passengers were trapped in a tower for two hours, \
             according to a city report. \
             “It is not true that there is a defect in this product,” the maker's chief \
             executive, Dana Prior, said.",
            "en",
        );
        assert_eq!(rebuts(&c, "“It is not true"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_denial_of_a_quota_meets_the_claim_of_a_cap() {
        // "quota" and "cap" are one concept in the lexicon's events; without it the exporters'
        // claim just before the denial is the likelier target.
        let c = linked(
            "The ministry has privately agreed to cap timber exports at 2 million tonnes, \
             according to three officials. Two exporters said the export permits had been \
             delayed. Trade minister Olu Banda said talk of an export quota was inaccurate.",
            "en",
        );
        assert_eq!(rebuts(&c, "Trade minister"), vec![c[0].id], "{c:#?}");
    }

    #[test]
    fn a_vietnamese_denial_in_other_words_meets_the_claim_by_concept() {
        // "đổi chủ" (change owners) and "thâu tóm" (take over) are one concept; without it the
        // nearer claim of unnamed sources is the likelier target.
        let c = linked(
            "Theo ba nguồn tin, quỹ Hòa Bình đang tiếp cận các cổ đông lớn để thâu tóm chuỗi bán \
             lẻ. \
             Hai người khác cho biết chuỗi này cũng dự kiến đóng 40 cửa hàng trong năm nay. \
             Bà Lê Thu Hà, Tổng giám đốc Minh Tâm, bác bỏ thông tin công ty sắp đổi chủ.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Bà Lê Thu Hà"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_statement_whose_verb_marks_an_answer_answers_the_claim_it_fits() {
        let text = "Theo hai nguồn tin, nhà máy Thành Công đã xả nước thải chưa qua xử lý ra sông \
                    Đồng Nai trong ba tháng qua. \
                    Báo Tin Nhanh cũng đưa tin nhà máy đang tuyển thêm 200 công nhân. \
                    Giám đốc Công ty Thành Công Lê Văn Tâm khẳng định toàn bộ nước thải của nhà \
                    máy đều được xử lý trước khi xả ra sông.";
        let c = linked(text, "vi");
        assert_eq!(rebuts(&c, "Giám đốc Công ty"), vec![1], "{c:#?}");
        assert!(c[0].contested);
        // The same statement reported with a plain verb contradicts nothing by its verb.
        let plain = text.replace("khẳng định", "cho biết");
        let c = linked(&plain, "vi");
        assert!(rebuts(&c, "Giám đốc Công ty").is_empty(), "{c:#?}");
        // Unless a contrast opens it.
        let c = linked(
            &plain.replace("Giám đốc Công ty", "Tuy nhiên, Giám đốc Công ty"),
            "vi",
        );
        assert_eq!(rebuts(&c, "Tuy nhiên"), vec![1], "{c:#?}");
    }

    #[test]
    fn in_every_corpus_article_a_claim_is_contested_exactly_when_a_claim_rebuts_it() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let ex = crate::Extractor::builtin().unwrap();
        let mut articles = 0;
        for article in crate::input::read_paths(&[corpus]) {
            let out = ex.extract(&article.unwrap()).unwrap();
            let rebutted: HashSet<u32> = out.claims.iter().flat_map(|c| c.rebuts.clone()).collect();
            for c in &out.claims {
                assert_eq!(
                    c.contested,
                    rebutted.contains(&c.id),
                    "{}: claim {}",
                    out.article.path,
                    c.id
                );
                assert!(c.rebuts.iter().all(|&t| t != c.id), "{}", out.article.path);
            }
            articles += 1;
        }
        assert!(articles > 100);
    }

    #[test]
    fn a_named_source_answers_with_a_negation_but_unnamed_sources_do_not() {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get("en").unwrap();
        let c = linked(
            "Two former employees said Dunmore Foods had skipped hygiene inspections at three of \
             its bakeries last year.\n\nThe company said no hygiene inspection had been skipped at \
             any of its bakeries.",
            "en",
        );
        assert_eq!(c[1].rebuts, vec![1], "{c:#?}");
        let c = linked(
            "Dunmore Foods said its bakeries had passed every hygiene inspection last year.\n\n\
             Two former employees said inspectors had not visited three of the bakeries.",
            "en",
        );
        assert!(!counter_marked(&c[1], lex), "{c:#?}");
        assert!(c[1].rebuts.is_empty(), "{c:#?}");
        // A confirmation answers nothing, whatever its negations.
        let c = linked(
            "Two former employees said Dunmore Foods had skipped hygiene inspections at three of \
             its bakeries last year.\n\nDunmore Foods confirmed that inspectors had visited the \
             bakeries but did not say when.",
            "en",
        );
        assert!(!counter_marked(&c[1], lex), "{c:#?}");
    }

    #[test]
    fn unnamed_sources_that_open_with_a_contrast_answer_the_named_denial_just_before() {
        let c = linked(
            "Ba công nhân cho biết Công ty May Minh Phát đã chậm trả lương trong ba tháng liền. \
             Ông Lê Văn Bình, Giám đốc Minh Phát, phủ nhận thông tin này. \
             Tuy nhiên, hai kế toán của công ty, đề nghị giấu tên, cho biết bảng lương tháng 9 \
             vẫn chưa được duyệt.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![c[1].id], "{c:#?}");
        // After a statement that denies nothing, it answers that source's statement in a row
        // whose words it shares most; of statements that share no words with it, the first.
        let story = |quote: &str, opener: &str| {
            format!(
                "Sở Lao động cho biết Công ty May Minh Phát đã tăng ca vào cuối tuần. \
                 Ông Lê Văn Bình, Giám đốc Minh Phát, cho biết đơn hàng xuất khẩu tăng mạnh. \
                 “{quote},” ông Bình nói. {opener}, hai kế toán của công ty, đề nghị giấu tên, \
                 cho biết bảng lương tháng 9 vẫn chưa được duyệt."
            )
        };
        for (quote, opener, answered) in [
            (
                "Bảng lương tháng 9 đã được duyệt từ đầu tháng",
                "Tuy vậy",
                2,
            ),
            (
                "Chúng tôi đang tuyển thêm người cho hai xưởng mới",
                "Tuy nhiên",
                1,
            ),
        ] {
            let c = linked(&story(quote, opener), "vi");
            assert_eq!(c.len(), 4, "{c:#?}");
            assert_eq!(c[3].rebuts, vec![c[answered].id], "{c:#?}");
        }
        // A contrast particle before the reporting verb sets the source against the one before.
        let c = linked(
            "Ông Lê Văn Bình, Giám đốc Minh Phát, cho biết bảng lương tháng 9 đã được duyệt. \
             Hai kế toán của công ty thì cho biết bảng lương tháng 9 vẫn chưa được duyệt.",
            "vi",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].rebuts, vec![c[0].id], "{c:#?}");
        // One that shares more with an earlier account of unnamed sources goes on with their
        // story and answers nothing.
        let c = linked(
            "Bảy công nhân cho biết bảng lương tháng 9 của Công ty May Minh Phát vẫn chưa được \
             duyệt. Ông Lê Văn Bình, Giám đốc Minh Phát, cho biết đơn hàng xuất khẩu tăng mạnh. \
             Tuy nhiên, hai kế toán của công ty, đề nghị giấu tên, cho biết bảng lương tháng 9 \
             vẫn chưa được duyệt.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert!(c.iter().all(|c| c.rebuts.is_empty()), "{c:#?}");
        // Without a contrast, or with nothing said before by another source, it answers nothing.
        for text in [
            "Ông Lê Văn Bình, Giám đốc Minh Phát, cho biết bảng lương tháng 9 đã được duyệt. \
             Hai kế toán của công ty, đề nghị giấu tên, cho biết bảng lương tháng 9 vẫn chưa \
             được duyệt.",
            "Tuy nhiên, hai kế toán của công ty, đề nghị giấu tên, cho biết bảng lương tháng 9 \
             vẫn chưa được duyệt.",
        ] {
            let c = linked(text, "vi");
            assert!(c.iter().all(|c| c.rebuts.is_empty()), "{c:#?}");
        }
    }

    #[test]
    fn a_non_response_is_never_rebutted() {
        let c = linked(
            "Dr. Hana Ostrova, who chairs the transport panel, said the panel would wait for the \
             final report. Three people familiar with the panel's talks said members had already \
             asked a rival firm, Larkfield Freight, to send an informal offer. Ostrova denied \
             that any decision had been taken. \"Nobody has been asked to bid,\" she said. \
             Larkfield Freight did not respond to requests for comment. The draft review also \
             found that Brisk Haulage had handed a third of its night routes to smaller firms \
             without telling the panel. Brisk Haulage confirmed that it had used smaller firms \
             but said the panel had been told by phone. A spokesperson for the panel said it had \
             no record of such a call.",
            "en",
        );
        assert_eq!(c.len(), 8, "{c:#?}");
        assert_eq!(c[4].stance, Stance::NoComment);
        assert!(!c[7].rebuts.is_empty(), "{c:#?}");
        assert!(c.iter().all(|d| !d.rebuts.contains(&c[4].id)), "{c:#?}");
        assert!(!c[4].contested);
    }

    #[test]
    fn a_denial_cue_that_ends_in_a_statement_noun_says_what_it_denies() {
        // "bác bỏ thông tin …" states its own object: it does not just go on with its speaker's
        // denial before it.
        let c = linked(
            "Ba vận động viên cho biết câu lạc bộ Thành Công chậm trả lương trong ba tháng liền.\n\n\
             Hai thành viên khác cho biết ban huấn luyện cấm các vận động viên trả lời báo chí.\n\n\
             “Nói câu lạc bộ chậm lương ba tháng là không đúng sự thật,” ông Lê Văn Toàn, chủ tịch \
             câu lạc bộ, nói.\n\nÔng Toàn thừa nhận tiền thưởng bị chậm vài tuần, nhưng bác bỏ \
             thông tin ban huấn luyện cấm vận động viên trả lời báo chí.",
            "vi",
        );
        assert_eq!(c.len(), 4, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![1], "{c:#?}");
        assert_eq!(c[3].rebuts, vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_of_this_testimony_answers_the_statement_just_before_it() {
        // Though its words fit the lawyer's statement before that better.
        let c = linked(
            "Luật sư Lê Hoàng Nam cho rằng kế toán trưởng đã ghi đủ từng khoản vay cá nhân của \
             tổng giám đốc vào sổ sách.\n\nBà Phạm Thu Hà khai rằng bà chỉ chuyển tiền theo chỉ \
             đạo và không được biết tình hình tài chính.\n\nÔng Nguyễn Văn Thắng phản bác lời \
             khai này, cho rằng kế toán trưởng nắm rõ từng khoản vay và sổ sách.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].rebuts, vec![2], "{c:#?}");
    }

    #[test]
    fn a_prosecutor_is_on_the_district_attorneys_side_and_former_executives_are_not_on_the_companys(
    ) {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get("en").unwrap();
        let c = linked(
            "The former treasurer of the Fenmore Sailing Club diverted about 2 million dollars \
             of fees, the Carrow County District Attorney's Office told a jury on Monday.\n\n\
             “He counted on nobody ever checking the fees,” Assistant District Attorney Jane Roe \
             told jurors.\n\nTwo former Brindle executives said the family was divided over a \
             sale.\n\nBrindle said no shareholder vote on a sale had been scheduled.",
            "en",
        );
        assert_eq!(c.len(), 4, "{c:#?}");
        let same_side =
            |a: &Claim, b: &Claim| same_side_words(&side_words(a, lex), &side_words(b, lex));
        assert!(same_side(&c[1], &c[0]), "{c:#?}");
        assert!(!same_side(&c[3], &c[2]), "{c:#?}");
        assert!(!same_side(&c[3], &c[0]), "{c:#?}");
    }

    #[test]
    fn every_in_a_rate_marks_no_counter_statement() {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get("en").unwrap();
        let c = linked(
            "About four in every ten repairs were late, Harlan Repairs said. \
             The company said every repair had been logged on time.",
            "en",
        );
        assert!(!counter_marked(&c[0], lex), "{c:#?}");
        assert!(counter_marked(&c[1], lex), "{c:#?}");
    }

    #[test]
    fn a_documents_account_with_a_negation_answers_no_claim() {
        let c = linked(
            "Công ty Du lịch Sao Mai đã hủy chuyến đi Hàn Quốc của 40 khách hàng, theo đơn khởi \
             kiện. \
             Đơn khởi kiện cho rằng công ty không hề đặt phòng khách sạn như cam kết.",
            "vi",
        );
        assert_eq!(c[1].stance, Stance::Deny, "{c:#?}");
        assert!(c[1].rebuts.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_denial_that_names_whose_criticism_it_rejects_answers_only_that() {
        let c = linked(
            "The Alder teachers' fund is preparing to cut the value of its forests, three people \
             familiar with the matter said. \
             State Sen. Gloria Whitfield said the fund had ignored years of warnings about its \
             timber holdings. \
             Twenty retired teachers said they had lost faith in the fund's board. \
             Elaine Morrow, who chairs the fund's board, rejected Ms. Whitfield's criticism, \
             saying the holdings had returned 7.2% a year.",
            "en",
        );
        assert_eq!(rebuts(&c, "Elaine Morrow"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_that_names_the_number_it_disputes_answers_the_claim_that_states_it() {
        let c = linked(
            "Theo Công đoàn cơ sở, mức thưởng Tết năm nay giảm 24% so với năm ngoái. \
             Chín công nhân cho biết công ty sắp chuyển dây chuyền sang Campuchia. \
             Phó tổng giám đốc Nguyễn Quang Vinh khẳng định con số giảm 24% mà công đoàn đưa ra \
             là “không chính xác”.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Phó tổng giám đốc"), vec![1], "{c:#?}");
        // The number inside a compound: "the 12-store figure" states 12.
        let c = linked(
            "Larchmont Optical has asked landlords to cut rents at most of its shops, five people \
             familiar with the talks said. \
             Two of the people said the chain could close as many as 12 stores by June. \
             Its sales fell 8% last year, according to a filing with regulators. \
             Larchmont's finance chief said the 12-store figure was wrong.",
            "en",
        );
        assert_eq!(rebuts(&c, "Larchmont's finance chief"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_that_names_a_document_answers_the_claim_from_it() {
        let story =
            "Arden Medical's sensor reads falsely high at night, four people familiar with \
                     the matter said. \
                     A study published in the journal Glycemia found the sensors erred overnight. \
                     Two nurses said patients had stopped using the device. \
                     Three pharmacists said refill orders had fallen. ";
        let c = linked(
            &format!(
                "{story}Arden dismissed the study as small, saying its sensor reads accurately."
            ),
            "en",
        );
        assert_eq!(rebuts(&c, "Arden dismissed"), vec![2], "{c:#?}");
        // Without the document, the story's lead claim is the likelier target.
        let c = linked(
            &format!("{story}Arden dismissed the claims, saying its sensor reads accurately."),
            "en",
        );
        assert_ne!(rebuts(&c, "Arden dismissed"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_that_names_a_document_answers_the_claim_its_sentence_says_it_made() {
        // The document is named only in how its source made the claim.
        let c = linked(
            "Trường Đại học Hòa Bình đã ngừng liên kết đào tạo từ năm 2024, theo ba nguồn tin. \
             Ba mươi giảng viên đã ký thư ngỏ gửi hội đồng trường, cho rằng ban giám hiệu biết rõ \
             việc chấm dứt liên kết. \
             Một số phụ huynh cho biết họ đã đóng học phí cho cả năm. \
             Hai nguồn tin cho biết Bộ Giáo dục đang xem xét đình chỉ tuyển sinh của trường. \
             Hiệu trưởng Đinh Công Hậu gọi nội dung thư ngỏ là “không đúng sự thật”.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Hiệu trưởng"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_does_not_answer_its_own_sides_document() {
        let c = linked(
            "Công ty Tài chính Bình An đã nhiều lần giải ngân khoản vay mới để khách hàng trả nợ \
             cũ, theo ba nguồn tin. \
             Theo báo cáo thường niên mà Bình An công bố hồi tháng 3, dư nợ của công ty đạt \
             4.150 tỷ đồng. \
             Tổng giám đốc Bình An Lê Thị Minh Nguyệt bác bỏ các thông tin trên, khẳng định \
             dư nợ của Bình An đều được kiểm toán độc lập soát xét.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Tổng giám đốc"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_denial_naming_its_own_company_owns_nothing_by_it() {
        // "của Phương Nam" names the denier's own company, not whose story is denied: the
        // company's own statement before it is no target.
        let c = linked(
            "Công ty Phương Nam đã cho nhân viên ký khống phiếu kiểm tra, theo 12 nguồn tin. \
             Phương Nam cho biết trong thông cáo rằng mọi phiếu đều được ghi lại trên hệ thống. \
             Tổng giám đốc Phương Nam Lê Văn Tâm phủ nhận việc bất kỳ nhân viên nào của Phương Nam \
             bị kỷ luật.",
            "vi",
        );
        assert!(!rebuts(&c, "Tổng giám đốc").contains(&2), "{c:#?}");
    }

    #[test]
    fn a_second_denial_that_names_its_own_target_does_not_follow_the_first() {
        let c = linked(
            "Kestrel Bank pressured borrowers to take new loans, five former staff said. \
             A report by the nonprofit Fair Lending Watch found that 38% of borrowers had two loans. \
             Kestrel Bank rejected the allegations in a statement. \
             Kestrel Bank also disputed the Fair Lending Watch findings, saying the sample was small.",
            "en",
        );
        assert_eq!(rebuts(&c, "Kestrel Bank rejected"), vec![1], "{c:#?}");
        assert_eq!(rebuts(&c, "Kestrel Bank also"), vec![2], "{c:#?}");
    }

    #[test]
    fn words_compare_without_their_endings() {
        let lexs = Lexicons::builtin().unwrap();
        let en = lexs.get("en").unwrap();
        assert_eq!(en.stem("jobs"), "job");
        assert_eq!(en.stem("reported"), en.stem("reports"));
        // Too short to strip.
        assert_eq!(en.stem("bus"), "bus");
        // Vietnamese words do not inflect.
        assert_eq!(lexs.get("vi").unwrap().stem("tăng"), "tăng");
    }

    #[test]
    fn a_frame_before_that_is_not_what_a_claim_states() {
        let lexs = Lexicons::builtin().unwrap();
        let en = lexs.get("en").unwrap();
        assert_eq!(
            without_frame("the Harbor Times that the plant would close", en),
            " the plant would close"
        );
        assert_eq!(without_frame("sales rose in May", en), "sales rose in May");
    }

    #[test]
    fn a_denial_that_names_whose_account_it_answers() {
        let c = linked(
            "Harbor Lines will cut its Gulf routes next year, three people familiar with the plans said. \
             Harbor Lines also plans to sell two older ferries, the people said. \
             Two dock workers said managers had been told to stop overtime in March. \
             Harbor Lines pushed back on the dock workers' accounts, saying overtime rules had not changed.",
            "en",
        );
        assert_eq!(rebuts(&c, "Harbor Lines pushed back"), vec![3], "{c:#?}");
        // Without the owner, the story's lead claim is the likelier target.
        let c = linked(
            "Harbor Lines will cut its Gulf routes next year, three people familiar with the plans said. \
             Two dock workers said managers had been told to stop overtime in March. \
             Harbor Lines denied the report.",
            "en",
        );
        assert_ne!(rebuts(&c, "Harbor Lines denied"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_third_party_denier_answers_the_claim_that_names_it() {
        let c = linked(
            "Marlow Foods is exploring a sale of its frozen-meals unit that could fetch $900 million, \
             according to three people familiar with the matter. \
             The bidders include Corran Partners, a Chicago buyout firm, the people said. \
             A spokeswoman for Corran said the firm was not in discussions with Marlow Foods and called the report inaccurate.",
            "en",
        );
        // Only that claim: the firm denies its own part, not the sale the group reported.
        assert_eq!(rebuts(&c, "A spokeswoman for Corran"), vec![2], "{c:#?}");
        // The story's subject is named in every claim: its denial answers the lead.
        let c = linked(
            "Marlow Foods is exploring a sale of its frozen-meals unit that could fetch $900 million, \
             according to three people familiar with the matter. \
             Marlow Foods has hired a bank for the sale, the people said. \
             A spokeswoman for Marlow Foods called the report inaccurate.",
            "en",
        );
        assert_eq!(rebuts(&c, "A spokeswoman for Marlow"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_denial_of_the_allegations_answers_every_claim_of_the_group() {
        let en = "Police are examining invoices that link Phuong Nam Chemicals to the counterfeit \
                  drugs, five people with knowledge of the investigation said. \
                  One of the people said the company's name appeared on delivery notes for 600 kg \
                  of powder. \
                  Phuong Nam Chemicals rejected the allegations in a statement on Wednesday.";
        let c = linked(en, "en");
        assert_eq!(
            rebuts(&c, "Phuong Nam Chemicals rejected"),
            vec![1, 2],
            "{c:#?}"
        );
        // A singular statement answers the one claim.
        let c = linked(&en.replace("the allegations", "the report"), "en");
        assert_eq!(
            rebuts(&c, "Phuong Nam Chemicals rejected"),
            vec![1],
            "{c:#?}"
        );
        let vi =
            "Công an đang xác minh các hóa đơn liên quan đến Công ty Hóa chất Phương Nam, theo \
                  năm nguồn tin am hiểu vụ việc. \
                  Một trong số các nguồn tin cho biết tên công ty xuất hiện trên phiếu giao 600 kg \
                  bột thuốc. \
                  Công ty Hóa chất Phương Nam bác bỏ các cáo buộc trong thông cáo chiều 5/6.";
        let c = linked(vi, "vi");
        assert_eq!(
            rebuts(&c, "Công ty Hóa chất Phương Nam bác bỏ"),
            vec![1, 2],
            "{c:#?}"
        );
    }

    #[test]
    fn a_denial_of_both_reports_answers_two_claims() {
        let c = linked(
            "Theo báo Thời Sự Kinh Doanh, Công ty Vèo đã nâng mức chiết khấu lên 32% từ đầu năm. \
             Tờ báo này cũng đưa tin Vèo sẽ rút khỏi Đà Nẵng trong quý IV. \
             Công ty Vèo khẳng định cả hai thông tin này đều “sai sự thật”.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Công ty Vèo khẳng định"), vec![1, 2], "{c:#?}");
    }

    #[test]
    fn a_denial_of_the_reports_answers_the_unnamed_sources_story_too() {
        let c = linked(
            "Harlow Capital is in talks to buy the Suds laundromat chain for about $1.4 billion, \
             according to three people familiar with the matter. \
             A deal could be announced in March, two of the people said. \
             According to the Lakeshore Ledger, Harlow has lined up bank loans for a formal offer. \
             Suds's chief executive pushed back on the reports, saying the board had received no \
             offer from Harlow.",
            "en",
        );
        let r = rebuts(&c, "Suds's chief executive");
        assert!(r.contains(&1) && r.contains(&2), "{c:#?}");
        // One report, named: its claim alone.
        let c = linked(
            "Harlow Capital is in talks to buy the Suds laundromat chain for about $1.4 billion, \
             according to three people familiar with the matter. \
             A deal could be announced in March, two of the people said. \
             According to the Lakeshore Ledger, Harlow has lined up bank loans for a formal offer. \
             Suds's chief executive pushed back on the Lakeshore Ledger report, saying the board \
             had received no offer from Harlow.",
            "en",
        );
        assert_eq!(rebuts(&c, "Suds's chief executive"), vec![3], "{c:#?}");
    }

    #[test]
    fn a_denial_of_one_thing_and_another_answers_two_claims() {
        let story = "Nhà sách Phương Đông đang đàm phán bán 60% vốn cho một quỹ ngoại, theo ba \
                     nguồn tin. \
                     Theo một trong các nguồn tin, hai bên đã ký biên bản ghi nhớ hồi tháng 2. \
                     Số liệu của hiệp hội cho thấy doanh thu sách giấy giảm 12% trong năm 2025. ";
        // "cả … lẫn …": both things it names.
        let c = linked(
            &format!(
                "{story}Ông Tài bác bỏ cả thông tin về thương vụ lẫn biên bản ghi nhớ được cho \
                 là đã ký."
            ),
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Tài"), vec![1, 2], "{c:#?}");
        // Without "lẫn", "cả" takes nothing together.
        let c = linked(
            &format!("{story}Ông Tài bác bỏ cả thông tin về thương vụ bán vốn."),
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Tài").len(), 1, "{c:#?}");
        // Two denial phrases, each after what it denies.
        let c = linked(
            &format!(
                "{story}“Thông tin nhà sách sắp bán vốn là sai sự thật, còn chuyện ký biên bản \
                 ghi nhớ thì hoàn toàn vô căn cứ”, ông Tài nói."
            ),
            "vi",
        );
        assert_eq!(rebuts(&c, "“Thông tin nhà sách").len(), 2, "{c:#?}");
    }

    #[test]
    fn a_denial_of_a_named_document_answers_its_first_claim_too() {
        let c = linked(
            "The city of Alder Falls is considering closing five library branches, according \
             to a memo seen by the Courier. \
             The memo, prepared by the budget office, said the closures would save $4.8 million \
             a year. \
             Mayor Catherine Vollmer called the memo “a planning document, nothing more.”",
            "en",
        );
        assert_eq!(rebuts(&c, "Mayor Catherine Vollmer"), vec![1, 2], "{c:#?}");
    }

    #[test]
    fn an_owner_after_another_noun_owns_that_noun_not_the_statement() {
        let c = linked(
            "Hiệp hội Tang lễ cho biết hội viên chỉ thu phí theo bảng giá niêm yết. \
             Tám chủ cơ sở tang lễ cho biết họ phải chi hoa hồng cho người môi giới. \
             Ông Nhân, chủ tịch hiệp hội, khẳng định thông tin hội viên của hiệp hội trả hoa hồng \
             cho môi giới là “không đúng sự thật”.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Nhân"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_of_both_named_statements_answers_their_owners_not_the_two_before_it() {
        let c = linked(
            "Fourteen dealers said Tallis Foods was preparing to raise its prices. \
             The Harbor Workers Union said wages at the plant had fallen 6% since the merger. \
             A survey by the Coastal Retail Council found that 40% of shoppers expected higher prices. \
             Analysts said the deal was likely to close in the spring. \
             Tallis said it had cooperated fully with regulators. \
             Chief Executive Mara Quinn dismissed both the union's figure and the council's survey as \
             misleading.",
            "en",
        );
        assert_eq!(rebuts(&c, "Chief Executive Mara"), vec![2, 3], "{c:#?}");
    }

    #[test]
    fn a_denial_of_a_figure_answers_the_claim_with_the_number() {
        let c = linked(
            "Two people familiar with the matter said Dover Freight would shut its Kent depot. \
             The drivers' union said Dover Freight planned to cut 600 jobs by 2028. \
             Dover Freight disputed that figure.",
            "en",
        );
        assert_eq!(rebuts(&c, "Dover Freight disputed"), vec![2], "{c:#?}");
        assert!(c[1].contested && !c[0].contested);
    }

    #[test]
    fn unnamed_sources_recounting_what_never_happened_answer_no_claim() {
        let c = linked(
            "Nhà trường cho biết 95% sinh viên có việc làm sau một năm. \
             Hai mươi cựu sinh viên mà phóng viên liên hệ đều nói họ chưa từng nhận được phiếu khảo sát.",
            "vi",
        );
        assert!(c[1].rebuts.is_empty(), "{c:#?}");
        // With a denial verb they answer it.
        let c = linked(
            "Hiệp hội cho rằng các đại lý đã găm hàng để đẩy giá. \
             Sáu đại lý mà phóng viên liên hệ đều bác bỏ cáo buộc găm hàng.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Sáu đại lý"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_denial_of_the_findings_answers_every_claim_of_the_document() {
        let c = linked(
            "A recycling plant released lead above its permit limits on 11 days last year, the \
             Halden Environmental Protection Board said in a report on Tuesday. \
             The board's report found that the average concentration reached three times the \
             permitted level. \
             Ferrox rejected the findings, saying two of the monitors stood beside a road.",
            "en",
        );
        assert_eq!(rebuts(&c, "Ferrox rejected"), vec![1, 2], "{c:#?}");
        // A denial of one finding answers the claim that states it.
        let c = linked(
            "A recycling plant released lead above its permit limits on 11 days last year, the \
             Halden Environmental Protection Board said in a report on Tuesday. \
             The board's report found that the average concentration reached three times the \
             permitted level. \
             Ferrox disputed that figure.",
            "en",
        );
        assert_eq!(rebuts(&c, "Ferrox disputed").len(), 1, "{c:#?}");
    }

    #[test]
    fn a_denial_of_what_the_report_added_answers_the_document_too() {
        let c = linked(
            "Theo cáo trạng của VKSND TP Hà Nội, nhóm bị cáo đã dùng 84 tài khoản để mua bán qua lại. \
             Cáo trạng xác định ông Khánh là người trực tiếp chỉ đạo việc giao dịch. \
             Ông Khánh phủ nhận việc chỉ đạo giao dịch.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Khánh"), vec![1, 2], "{c:#?}");
    }

    #[test]
    fn a_source_that_stands_by_what_it_said_answers_the_denial_before_it() {
        let c = linked(
            "The environment board said in a report that the plant released lead above its limits. \
             Ferrox rejected the findings, saying two monitors stood beside a public road. \
             The environment board said it stood by its data.",
            "en",
        );
        assert_eq!(
            rebuts(&c, "The environment board said it"),
            vec![2],
            "{c:#?}"
        );
        assert!(c[1].contested, "{c:#?}");
        let c = linked(
            "Viện kiểm sát cho rằng bị cáo đã nâng giá thiết bị. \
             Luật sư bào chữa bác bỏ cáo buộc này. \
             Đại diện Viện kiểm sát giữ nguyên quan điểm truy tố, nhấn mạnh giá đã được thẩm định.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Đại diện Viện kiểm sát"), vec![2], "{c:#?}");
        // "vẫn giữ quan điểm": holding to a view after its denial.
        let c = linked(
            "Ông Bình cho rằng trạm bơm đã hỏng từ tháng 4. \
             Công ty Thủy lợi Nam Hà bác bỏ thông tin trạm bơm hỏng. \
             Ông Bình vẫn giữ quan điểm, cho biết người dân đã phải tự thuê máy bơm.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Bình vẫn"), vec![2], "{c:#?}");
        // With no denial before it, it answers nothing.
        let c = linked(
            "The environment board said it stood by its data and would publish more of it.",
            "en",
        );
        assert!(c[0].rebuts.is_empty(), "{c:#?}");
    }

    #[test]
    fn calling_a_figure_unconvincing_disputes_it() {
        // "khó thuyết phục", "khó có chuyện": an expert who finds a figure hard to believe
        // disputes the claim that states it.
        let c = linked(
            "Theo báo cáo của nhà thầu, thời gian chờ tại các nút giao đã giảm 30%. \
             Ông Lý, chuyên gia giao thông, nhận định con số giảm 30% là “khó thuyết phục”.",
            "vi",
        );
        assert_eq!(c[1].stance, Stance::Deny, "{c:#?}");
        assert_eq!(rebuts(&c, "Ông Lý"), vec![1], "{c:#?}");
        let c = linked(
            "Công ty cho biết nhà máy chỉ dùng 2.300 m3 nước mỗi ngày. \
             Ông Lý ước tính nhà máy cần 4.000 m3, “khó có chuyện chỉ dùng 2.300 m3”.",
            "vi",
        );
        assert_eq!(c[1].stance, Stance::Deny, "{c:#?}");
        // "giữ quan điểm rằng": a named source holding to its view answers the claim against it.
        let c = linked(
            "Ông Hòa nhận định mức giảm 30% chỉ được đo vào giờ thấp điểm. \
             Ông Thắng giữ quan điểm rằng mức giảm 30% được tính trên toàn bộ khung giờ.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Ông Thắng"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_denial_names_what_it_denies() {
        let c = linked(
            "Hãng Sông Lam đang cân nhắc đóng cửa nhà máy ở Vinh, theo ba nguồn tin am hiểu vấn đề. \
             Theo báo Kinh Tế Miền Trung, công ty đã ngừng trả lương cho công nhân từ tháng 8. \
             Giám đốc Sông Lam Trần Văn Hải bác bỏ thông tin công ty ngừng trả lương cho công nhân.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Giám đốc"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_denial_of_what_one_source_added_denies_the_groups_story() {
        let c = linked(
            "Marlow Foods is in talks to buy the dairy maker Kettle Farms for about $900 million, \
             four people familiar with the matter said. \
             The talks are at an early stage, the people said. \
             Two of the people said Marlow Foods had hired banks to arrange a loan. \
             A formal offer could come in June, one of the people said, though the Marlow Foods \
             board has not signed off on a bid. \
             Marlow Foods chief executive Ada Price dismissed the report as speculation. \
             “We are not in talks with Kettle Farms,” Price said.",
            "en",
        );
        assert_eq!(rebuts(&c, "Marlow Foods chief"), vec![1, 4], "{c:#?}");
        assert_eq!(rebuts(&c, "“We are not"), vec![1, 4], "{c:#?}");
    }

    #[test]
    fn a_denial_of_what_one_source_added_alone_leaves_the_group_claim() {
        let c = linked(
            "Marlow Foods is in talks to buy the dairy maker Kettle Farms, four people familiar \
             with the matter said. \
             The company has also stopped paying two of its suppliers, one of the people said. \
             Marlow Foods spokeswoman Ada Price denied that the company had stopped paying \
             its suppliers.",
            "en",
        );
        assert_eq!(rebuts(&c, "Marlow Foods spokeswoman"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_second_denial_with_a_figure_of_its_own_answers_that_figure() {
        let c = linked(
            "Theo các nguồn tin, thời gian chờ làm hàng tại cảng Hải Thịnh đã tăng lên hơn 60 giờ. \
             Tờ Hải Cảng đưa tin Công ty Cảng Hải Thịnh sẽ chấm dứt hợp đồng với Portwise. \
             Tổng giám đốc Cảng Hải Thịnh Trần Minh Khôi bác bỏ thông tin chấm dứt hợp đồng với Portwise. \
             Ông Khôi cũng cho rằng con số 60 giờ là không chính xác.",
            "vi",
        );
        assert_eq!(rebuts(&c, "Tổng giám đốc"), vec![2], "{c:#?}");
        assert_eq!(rebuts(&c, "Ông Khôi"), vec![1], "{c:#?}");
    }

    #[test]
    fn a_second_denial_that_adds_one_does_not_follow_the_first() {
        let c = linked(
            "Marlow Foods is in talks to sell its frozen unit, three people familiar with the \
             matter said. The buyers discussed a valuation of $900 million, two of the people said. \
             Chief Executive Dana Holt denied that the company was selling the unit. \
             Holt also disputed the valuation, calling it “a number someone made up.”",
            "en",
        );
        assert_eq!(rebuts(&c, "Chief Executive"), vec![1], "{c:#?}");
        assert_eq!(rebuts(&c, "Holt also"), vec![2], "{c:#?}");
    }

    #[test]
    fn a_second_denial_that_says_what_it_denies_does_not_follow_the_first() {
        let text =
            "Công ty Lúa Vàng đang chậm trả lương cho công nhân ba tháng, theo năm nguồn tin. \
                    Hai trong số những người này nói thêm rằng kho giống của công ty sắp hết hàng. \
                    Tổng giám đốc Lúa Vàng Phạm Văn Hòa phủ nhận việc công ty chậm trả lương. \
                    Ông Hòa cũng gọi thông tin kho giống sắp hết hàng là “vô căn cứ”.";
        let c = linked(text, "vi");
        assert_eq!(rebuts(&c, "Tổng giám đốc"), vec![1], "{c:#?}");
        assert_eq!(rebuts(&c, "Ông Hòa"), vec![2], "{c:#?}");
        // The same in a quote, where the denial phrase follows what it denies.
        let quoted = text.replace(
            "Ông Hòa cũng gọi thông tin kho giống sắp hết hàng là “vô căn cứ”.",
            "“Thông tin kho giống sắp hết hàng là không đúng sự thật”, ông Hòa nói.",
        );
        let c = linked(&quoted, "vi");
        assert_eq!(rebuts(&c, "“Thông tin"), vec![2], "{c:#?}");
        // A denial that says nothing of its own goes on with the one before it.
        let c = linked(
            &text.replace(
                "Ông Hòa cũng gọi thông tin kho giống sắp hết hàng là “vô căn cứ”.",
                "“Điều đó không đúng sự thật”, ông Hòa nói.",
            ),
            "vi",
        );
        assert_eq!(rebuts(&c, "“Điều đó"), vec![1], "{c:#?}");
    }

    #[test]
    fn an_article_without_denials_has_no_candidates() {
        let c = linked(
            "The union said the carrier planned to cut 600 jobs. The carrier said it would hire 50 drivers.",
            "en",
        );
        let lexs = Lexicons::builtin().unwrap();
        assert!(candidates(&c, lexs.get("en").unwrap()).is_empty());
        assert!(c.iter().all(|c| c.rebuts.is_empty() && !c.contested));
    }

    #[test]
    fn a_named_sources_own_figure_for_the_same_measure_answers_the_earlier_figure() {
        let story = |answer: &str| {
            format!(
                "Theo báo Kinh Tế Mới, chuỗi siêu thị Hòa An đã đóng khoảng 180 cửa hàng trong \
                 năm 2025 vì thua lỗ. Hai nhà cung cấp cho biết công ty chậm thanh toán tiền \
                 hàng từ tháng 9. Các chuyên gia nhận định thị trường bán lẻ sẽ còn khó khăn. \
                 Theo Hiệp hội Bán lẻ, doanh thu toàn ngành tăng 6% trong năm 2025. Một nhà \
                 phân tích cho biết giá thuê mặt bằng ở trung tâm đã giảm mạnh. Ông Trần Văn \
                 Bình, chủ một cửa hàng tạp hóa gần đó, nói khách quen đã quay lại chợ. Sở Công \
                 Thương cho biết đang theo dõi tình hình cung ứng hàng Tết. Bà Lê Thu Hà, Tổng \
                 giám đốc Hòa An, cho biết {answer}"
            )
        };
        let c = linked(
            &story("chuỗi chỉ đóng 70 cửa hàng trong năm ngoái để chuyển sang mặt bằng mới."),
            "vi",
        );
        assert_eq!(c.len(), 8);
        assert_eq!(c[7].stance, Stance::Assert);
        assert_eq!(c[7].rebuts, vec![c[0].id]);
        assert!(c[0].contested);
        // A range is two figures.
        let c = linked(
            &story("chuỗi chỉ đóng 70 cửa hàng trong năm ngoái để chuyển sang mặt bằng mới.")
                .replace("khoảng 180 cửa hàng", "170-180 cửa hàng"),
            "vi",
        );
        assert_eq!(c[7].rebuts, vec![c[0].id]);
        // The same figure agrees; a figure of another order, or of another measure (a
        // percentage with one word in common), answers nothing.
        for answer in [
            "chuỗi đã đóng 180 cửa hàng trong năm ngoái để chuyển sang mặt bằng mới.",
            "chuỗi sẽ mở thêm 2.000 cửa hàng trong năm tới để chuyển sang mặt bằng mới.",
            "số khách mua hàng trực tuyến của công ty tăng 9% trong quý IV.",
        ] {
            let c = linked(&story(answer), "vi");
            assert!(c[7].rebuts.is_empty(), "{answer}: {:?}", c[7].rebuts);
        }
        let c = linked(
            "The Ridgeway plant burned about 42,000 tonnes of food waste last year, according to \
             records obtained by the Valley Courier. Two drivers said collection trucks had \
             been sent to the plant on most weekdays. The council's recycling rate rose 3% in \
             2025, a council report said. Analysts said the city would struggle to meet its \
             targets. Ridgeway Energy said the plant burned 9,500 tonnes of food waste last \
             year, all of it rejected by the composting site.",
            "en",
        );
        assert_eq!(c.len(), 5);
        assert_eq!(c[4].rebuts, vec![c[0].id]);
        // Without an earlier figure for that measure it answers nothing.
        let c = linked(
            "Two drivers said collection trucks had been sent to the plant on most weekdays. \
             Analysts said the city would struggle to meet its targets. Ridgeway Energy said \
             the plant burned 9,500 tonnes of food waste last year.",
            "en",
        );
        assert!(c.iter().all(|c| c.rebuts.is_empty()));
    }

    #[test]
    fn unnamed_sources_answer_an_earlier_figure_only_with_a_smaller_one_they_say_it_is() {
        // Each story, its language, an unnamed source's last statement with a figure said to be
        // smaller ("chỉ khoảng", "only", "closer to"), which answers the story's first claim and
        // only that, and the same statement without that word, which adds to the story.
        let cases = [
            (
                "Theo cáo trạng, bệnh viện đã gây thiệt hại cho quỹ bảo hiểm y tế hơn 18 tỷ đồng \
                 trong ba năm. Các bị cáo cho biết đã làm theo chỉ đạo của cấp trên. Sở Y tế cho \
                 biết đã thay ban giám đốc bệnh viện. Một chuyên gia nhận định quy trình giám \
                 định còn nhiều kẽ hở. Người dân địa phương nói họ chỉ đi khám sức khỏe miễn phí. \
                 Theo hai điều dưỡng của khoa Nội, ANSWER",
                "vi",
                "thiệt hại thực tế cho quỹ bảo hiểm y tế chỉ khoảng 6 tỷ đồng.",
                "thiệt hại thực tế cho quỹ bảo hiểm y tế khoảng 6 tỷ đồng.",
            ),
            (
                "The audit found that the courier delivered 120 organs late last year. Surgeons \
                 said the delays had put patients at risk. The health ministry said it would \
                 review the contract. An analyst said the tender had drawn few bidders. Two \
                 dispatchers said ANSWER",
                "en",
                "the courier delivered only 41 organs late last year.",
                "the courier delivered 41 organs late last year.",
            ),
            // Said to be smaller, it needs only one word around it in common with the other.
            (
                "The owners are in talks to move the tournament after the city offered a subsidy \
                 of about 30 million dollars over five years, three people said. The stadium \
                 needs a new roof, the council said. Players said they liked the old courts. An \
                 analyst said ticket sales had fallen for two seasons. A senior city official \
                 said ANSWER",
                "en",
                "the subsidy under discussion was closer to 18 million dollars.",
                "the subsidy under discussion was 18 million dollars.",
            ),
        ];
        for (story, lang, smaller, plain) in cases {
            let c = linked(&story.replace("ANSWER", smaller), lang);
            let linking: Vec<&Claim> = c.iter().filter(|c| !c.rebuts.is_empty()).collect();
            assert_eq!(linking.len(), 1, "{smaller}: {c:#?}");
            assert_eq!(linking[0].id, c.last().expect("claims").id, "{smaller}");
            assert_eq!(linking[0].rebuts, vec![c[0].id], "{smaller}");
            assert!(c[0].contested);
            let c = linked(&story.replace("ANSWER", plain), lang);
            assert!(c.iter().all(|c| c.rebuts.is_empty()), "{plain}: {c:#?}");
        }
    }

    #[test]
    fn a_figure_of_its_own_says_which_claim_a_counter_statement_answers() {
        // Its opening contrast and its words fit the unnamed official's account best, but its
        // figure answers the farmers' leader's.
        let c = linked(
            "Theo ông Trần Văn Bảo, Chủ tịch Hội Nông dân xã Tân Phú, tổng số tiền nhà máy \
             đường còn nợ nông dân trồng mía vào khoảng 120 tỷ đồng. Một cán bộ xã, đề nghị \
             không nêu tên, cho biết dòng tiền của nhà máy đường bị nghẽn từ cuối năm ngoái, khi \
             khoản vay ngân hàng đến hạn mà công ty không thể đảo nợ. Nhiều nông dân cho biết \
             họ đã phải vay nóng để chi tiêu. Sở Công Thương cho biết đang theo dõi vụ việc. \
             Tuy nhiên, theo ông Lê Minh Khôi, Giám đốc nhà máy, dòng tiền của công ty vẫn ổn \
             định và số tiền còn nợ toàn vùng nguyên liệu chỉ khoảng 40 tỷ đồng.",
            "vi",
        );
        assert_eq!(c.len(), 5, "{c:#?}");
        assert_eq!(c[4].rebuts, vec![c[0].id], "{c:#?}");
        assert!(c[0].contested && !c[1].contested);
    }

    #[test]
    fn a_named_source_that_cites_another_sources_figure_answers_the_claim_that_gave_it() {
        let lexs = Lexicons::builtin().unwrap();
        let (en, vi) = (lexs.get("en").unwrap(), lexs.get("vi").unwrap());
        assert!(cites_figure(
            "the total was well below the figure cited by the union",
            en
        ));
        assert!(cites_figure(
            "the audit's headline figure overstates the delays",
            en
        ));
        assert!(cites_figure("we are not hiding from these numbers", en));
        assert!(cites_figure("chỉ bằng một nửa con số trong báo cáo", vi));
        assert!(!cites_figure("the number of stores rose to 40", en));
        assert!(!cites_figure("con số kỷ lục của năm", vi));
        let c = linked(
            "Ambulances in Carrow took an average of 14 minutes to reach urgent calls last \
             winter, according to a draft review seen by the Valley Courier. Two paramedics said \
             crews were often held outside hospitals for an hour. Analysts said the service had \
             too few vehicles. Health director Lena Ruiz said the figures in the draft were \
             preliminary and that response times had improved since January.",
            "en",
        );
        assert_eq!(c.len(), 4);
        assert_eq!(c[3].rebuts, vec![c[0].id]);
        // Without the citation the same statement answers nothing.
        let c = linked(
            "Ambulances in Carrow took an average of 14 minutes to reach urgent calls last \
             winter, according to a draft review seen by the Valley Courier. Two paramedics said \
             crews were often held outside hospitals for an hour. Analysts said the service had \
             too few vehicles. Health director Lena Ruiz said response times had improved since \
             January.",
            "en",
        );
        assert!(c[3].rebuts.is_empty());
    }
}
