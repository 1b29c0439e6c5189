//! Sources: who a statement is attributed to, what kind of source that is, and how many.
//!
//! Given the noun phrase that a reporting cue points at ("Giám đốc điều hành Nvidia Jensen
//! Huang", "three people familiar with the matter", "a spokesperson for Bluewave", "Reuters"),
//! this module decides the source's kind, strips titles into the descriptor, reads the number of
//! sources claimed, and resolves back-references ("ông Hoàng", "she", "the people", "theo người
//! này") against the article's discourse so far. All vocabulary comes from the lexicon.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;

use crate::lexicon::{Gender, Lexicon, SourcePhrases};

/// What kind of source a statement rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A named individual.
    Person,
    /// A named organization, or its unnamed spokesperson speaking on record.
    Organization,
    /// Unnamed people or groups.
    Anonymous,
    /// A report, data set, filing, study, memo, or another news outlet.
    Document,
}

impl SourceKind {
    /// The kind's name as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Document => "document",
        }
    }
}

/// A source of a claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// The name: a person's full name, an organization, or the phrase that describes the source.
    pub name: String,
    /// The kind of source.
    pub kind: SourceKind,
    /// Whether the source is unnamed.
    pub anonymous: bool,
    /// How many sources the attribution claims; `None` for an uncounted plural.
    pub count: Option<u32>,
    /// Titles and descriptions stripped from the name ("Giám đốc điều hành Nvidia").
    pub descriptor: Option<String>,
    /// The reason given for anonymity, when there is one.
    pub anonymity_reason: Option<String>,
    /// The count is of a part of a group ("two of the people"), not the group.
    #[serde(skip)]
    pub subgroup: bool,
    /// The source refers back to one already named ("the people", "người này").
    #[serde(skip)]
    pub backref: bool,
    /// The descriptor is an appositive set off after the name ("Andrés Villacís, Ecuador's trade
    /// minister, told"), not a title before it.
    #[serde(skip)]
    pub apposed: bool,
}

impl Source {
    fn new(
        name: String,
        kind: SourceKind,
        count: Option<u32>,
        descriptor: Option<String>,
    ) -> Source {
        Source {
            name,
            anonymous: kind == SourceKind::Anonymous,
            kind,
            count,
            descriptor: descriptor.filter(|d| !d.is_empty()),
            anonymity_reason: None,
            subgroup: false,
            backref: false,
            apposed: false,
        }
    }
}

/// A word of a sentence, with the punctuation around it.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// The word without surrounding punctuation or a possessive ending.
    pub text: &'a str,
    /// The word in lower case, borrowed when it already is.
    pub lower: Cow<'a, str>,
    /// Byte offset of the word in the sentence.
    pub start: usize,
    /// Byte offset just past the word (before any possessive ending).
    pub end: usize,
    /// Punctuation before the word ("“", "(").
    pub pre: &'a str,
    /// Punctuation after the word (",", "”", ".").
    pub post: &'a str,
    /// Whether the word ended in a possessive "'s".
    pub possessive: bool,
    /// Whether a comma after the word is inside a name ("Bộ Văn hóa, Thể thao và Du lịch") and
    /// breaks nothing.
    pub name_comma: bool,
}

impl Tok<'_> {
    /// Whether the word starts with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

const LEAD_PUNCT: &[char] = &['“', '"', '‘', '«', '(', '[', '{', '—', '–', '\'', '*', '•'];
const TRAIL_PUNCT: &[char] = &[
    '”', '"', '’', '»', ')', ']', '}', ',', ';', ':', '.', '!', '?', '…', '—', '–', '\'', '*',
];

/// The form words are compared in ([`crate::lexicon::word_key`]), without the general
/// lower-casing when the word is plain ASCII.
fn lower_word(text: &str) -> Cow<'_, str> {
    let text = text.trim_end_matches('.');
    if text.is_ascii() {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    } else if !text.chars().any(changes_case) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(to_lower(text))
    }
}

/// A character's case as the standard library gives it, for the Latin letters that most text
/// is made of (Latin-1, Latin Extended-A and -B, Latin Extended Additional, where Vietnamese
/// letters are): read from a table instead of the general Unicode tables.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LatinCase {
    /// [`changes_case`] of the character.
    pub(crate) changes: bool,
    /// Its lower case when that is one character (`char::to_lowercase`), else `None`.
    pub(crate) lower: Option<char>,
}

const LATIN_RANGES: [(u32, u32); 2] = [(0xC0, 0x250), (0x1E00, 0x1F00)];

static LATIN_CASES: std::sync::LazyLock<Vec<LatinCase>> = std::sync::LazyLock::new(|| {
    LATIN_RANGES
        .iter()
        .flat_map(|&(a, b)| a..b)
        .map(|u| {
            let c = char::from_u32(u).expect("a Latin letter");
            let mut lower = c.to_lowercase();
            let lower = match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            };
            LatinCase {
                changes: changes_case_slow(c),
                lower,
            }
        })
        .collect()
});

/// The case of a character of the Latin table, `None` for any other character.
#[inline]
pub(crate) fn latin_case(c: char) -> Option<LatinCase> {
    let u = c as u32;
    let [(a0, b0), (a1, b1)] = LATIN_RANGES;
    let i = if (a0..b0).contains(&u) {
        u - a0
    } else if (a1..b1).contains(&u) {
        u - a1 + (b0 - a0)
    } else {
        return None;
    };
    Some(LATIN_CASES[i as usize])
}

/// Whether `text.to_lowercase() == lower`, without building the lower case when `text` is ASCII
/// or of the Latin table's letters.
pub(crate) fn lower_eq(text: &str, lower: &str) -> bool {
    if text.is_ascii() {
        return text.len() == lower.len()
            && text
                .bytes()
                .zip(lower.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    let mut rest = lower;
    for c in text.chars() {
        let l = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else if let Some(l) = latin_case(c).and_then(|k| k.lower) {
            l
        } else {
            // Every character before this one lowers alone, as `to_lowercase` lowers it.
            return text.to_lowercase() == lower;
        };
        match rest.strip_prefix(l) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// `str::to_lowercase`, borrowed when lower-casing changes nothing.
pub(crate) fn lower_cow(text: &str) -> Cow<'_, str> {
    if text.chars().any(changes_case) {
        Cow::Owned(to_lower(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// `str::to_lowercase`, quickly for text of ASCII and the Latin table's letters.
pub(crate) fn to_lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(l) = latin_case(c).and_then(|k| k.lower) {
            out.push(l);
        } else {
            return text.to_lowercase();
        }
    }
    out
}

/// Whether lower-casing may change a character: a capital, or a title-case letter ("ǅ").
pub(crate) fn changes_case(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    match latin_case(c) {
        Some(k) => k.changes,
        None => changes_case_slow(c),
    }
}

/// [`changes_case`] from the general Unicode tables.
fn changes_case_slow(c: char) -> bool {
    c.is_uppercase()
        || matches!(c, '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}' | '\u{1F88}'..='\u{1F8F}'
            | '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}'
            | '\u{1FFC}')
}

/// The length of the whitespace character at `b[i]`, or 0 when none starts there: the characters
/// `char::is_whitespace` accepts, read from their UTF-8 bytes without decoding others.
#[inline]
fn whitespace_len(b: &[u8], i: usize) -> usize {
    let at = |k: usize| b.get(i + k).copied().unwrap_or(0);
    match at(0) {
        b' ' | b'\t'..=b'\r' => 1,
        // U+0085, U+00A0
        0xC2 if matches!(at(1), 0x85 | 0xA0) => 2,
        // U+1680
        0xE1 if at(1) == 0x9A && at(2) == 0x80 => 3,
        // U+2000..=U+200A, U+2028, U+2029, U+202F; U+205F
        0xE2 if at(1) == 0x80 && matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        0xE2 if at(1) == 0x81 && at(2) == 0x9F => 3,
        // U+3000
        0xE3 if at(1) == 0x80 && at(2) == 0x80 => 3,
        _ => 0,
    }
}

/// The words of a text between whitespace, as `str::split_whitespace` gives them, read byte by
/// byte: most characters need no decoding.
pub(crate) fn split_whitespace(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            if i >= b.len() {
                return None;
            }
            match whitespace_len(b, i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        while i < b.len() && whitespace_len(b, i) == 0 {
            i += 1;
        }
        Some(&s[start..i])
    })
}

/// Splits a sentence into words, keeping the punctuation around each.
pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::with_capacity(s.len() / 5 + 1);
    // Where the previous word, with any possessive ending, stops.
    let mut prev_word_end = 0;
    for chunk in split_whitespace(s) {
        // `chunk` is a slice of `s`: its offset is the distance between their starts.
        let off = chunk.as_ptr() as usize - s.as_ptr() as usize;
        // Most words start and end with a letter or a digit: no punctuation to trim. No lead
        // mark is an ASCII letter or digit, nor a character whose UTF-8 starts with a byte other
        // than 0xC2 or 0xE2 ("«", "“", "—").
        let first = chunk.as_bytes()[0];
        let inner = if first.is_ascii_alphanumeric() || (first >= 0xC3 && first != 0xE2) {
            chunk
        } else {
            chunk.trim_start_matches(LEAD_PUNCT)
        };
        let lead = chunk.len() - inner.len();
        let mut word = if inner
            .as_bytes()
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
        {
            inner
        } else {
            inner.trim_end_matches(TRAIL_PUNCT)
        };
        // Keep the period of an abbreviation or initial ("Dr.", "U.S.", "Inc.").
        let after = &inner[word.len()..];
        if after.starts_with('.') && word.contains('.') {
            word = &inner[..word.len() + 1];
        }
        if word.is_empty() {
            continue;
        }
        let mut possessive = false;
        let mut text = word;
        // Only a word that ends in "s" or an apostrophe can be possessive ("’" ends in 0x99).
        if matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
            for suffix in ["'s", "’s", "'", "’"] {
                if let Some(stem) = word.strip_suffix(suffix) {
                    if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s')) {
                        text = stem;
                        possessive = true;
                        break;
                    }
                }
            }
        }
        let start = off + lead;
        // A word's trailing punctuation runs to the next word, so that a dash standing alone
        // ("châu Á – Thái Bình Dương") still separates them.
        if let Some(prev) = out.last_mut() {
            if prev_word_end <= off {
                prev.post = &s[prev_word_end..off];
            }
        }
        out.push(Tok {
            text,
            lower: lower_word(text),
            start,
            end: start + text.len(),
            pre: &chunk[..lead],
            post: &chunk[lead + word.len()..],
            possessive,
            name_comma: false,
        });
        prev_word_end = start + word.len();
    }
    if let Some(last) = out.last_mut() {
        if prev_word_end <= s.len() {
            last.post = &s[prev_word_end..];
        }
    }
    // "Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng": an abbreviation in parentheses inside a
    // name, with more of the name after it, breaks nothing.
    for i in 1..out.len().saturating_sub(1) {
        let t = &out[i];
        let inside = t.pre == "("
            && t.post.starts_with(')')
            && t.post[1..].chars().all(char::is_whitespace)
            && t.text.chars().count() >= 2
            && t.text
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
            && out[i - 1].post.chars().all(char::is_whitespace)
            && out[i + 1].pre.is_empty()
            && out[i + 1].is_capitalized();
        if inside {
            let post = &out[i].post[1..];
            out[i].pre = "";
            out[i].post = post;
        }
    }
    out
}

/// Whether there is a punctuation break between `toks[i-1]` and `toks[i]`.
/// "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism": an
/// organization's name that lists its fields has commas that break nothing. They are taken off
/// the words they follow. A list of names that each open with a prefix of their own ("Bộ Tài
/// chính, Bộ Công Thương và …") is left as it is.
pub fn join_listed_names(toks: &mut [Tok], lex: &Lexicon) {
    // Most sentences have no comma before a conjunction: nothing to look at.
    let Some(comma) = toks.iter().position(|t| t.post.starts_with(',')) else {
        return;
    };
    if !toks[comma + 1..]
        .iter()
        .any(|t| lex.conjunctions.contains_word(&t.lower))
    {
        return;
    }
    let strip = listed_name_commas(toks, lex);
    for c in strip {
        toks[c].name_comma = true;
    }
}

/// The end of an organization's name that opens with a prefix at `i` ("Công ty CP Dược phẩm
/// Phúc Thiện"), in a language that writes names in sentence case: over lower-case syllables to
/// its last capitalized word, and no further than the next name's prefix.
pub(crate) fn prefixed_org_end(toks: &[Tok], words: &[&str], i: usize, lex: &Lexicon) -> usize {
    let start = i + lex.org_prefixes.match_at(words, i).unwrap_or(0);
    let mut end = cap_run_end(toks, start, lex);
    if lex.name_pattern.is_some() && end > start {
        let long = org_name_end(toks, words, start, lex);
        let long = (end..long)
            .find(|&k| toks[k].is_capitalized() && lex.org_prefixes.match_at(words, k).is_some())
            .unwrap_or(long);
        if let Some(last) = (end..long).rev().find(|&k| toks[k].is_capitalized()) {
            end = last + 1;
        }
    }
    end
}

/// The commas inside names that list their fields, for [`join_listed_names`].
fn listed_name_commas(toks: &[Tok], lex: &Lexicon) -> Vec<usize> {
    let n = toks.len();
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    // A field in sentence case: a capitalized word and at most three lower-case ones, with no
    // break or conjunction inside.
    let field_end = |s: usize| -> Option<usize> {
        if s >= n
            || !toks[s].is_capitalized()
            || lex.org_prefixes.match_at(&words, s).is_some()
            || lex.conjunctions.match_at(&words, s).is_some()
        {
            return None;
        }
        let mut e = s + 1;
        while e < n
            && e < s + 4
            && !break_before(toks, e)
            && !toks[e].is_capitalized()
            && lex.conjunctions.match_at(&words, e).is_none()
        {
            e += 1;
        }
        Some(e)
    };
    let mut strip = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(k) = lex.org_prefixes.match_at(&words, i) else {
            i += 1;
            continue;
        };
        let mut commas = Vec::new();
        let mut at = i + k;
        let mut joined = false;
        // Whether a field has a lower-case word: a name in sentence case, not a list of names.
        let mut sentence_case = false;
        while let Some(e) = field_end(at) {
            sentence_case |= e > at + 1;
            if e < n && toks[e - 1].post.trim_end() == "," {
                commas.push(e - 1);
                at = e;
            } else {
                joined = !commas.is_empty()
                    && sentence_case
                    && lex.conjunctions.match_at(&words, e) == Some(1)
                    && field_end(e + 1).is_some();
                break;
            }
        }
        if joined {
            strip.extend(commas);
        }
        i = at.max(i + 1);
    }
    strip
}

pub fn break_before(toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let p = toks[i - 1].post;
    let q = toks[i].pre;
    let after = if toks[i - 1].name_comma {
        p.contains([';', ':', '”', '"', '»', ')', '(', '—', '–', '!', '?'])
    } else {
        p.contains([',', ';', ':', '”', '"', '»', ')', '(', '—', '–', '!', '?'])
    };
    after || q.contains(['“', '"', '«', '(', '—', '–'])
}

/// One person the article has named.
#[derive(Debug, Clone)]
struct Person {
    name: String,
    key: String,
    gender: Gender,
    descriptor: Option<String>,
    /// Introduced with a title or honorific, or quoted: a safe antecedent for "he" or "she".
    strong: bool,
    /// A claim has been attributed to them.
    spoke: bool,
}

impl Person {
    /// The person as a source.
    fn source(&self) -> Source {
        Source::new(
            self.name.clone(),
            SourceKind::Person,
            Some(1),
            self.descriptor.clone(),
        )
    }
}

/// What an article has said so far about its sources, for resolving back-references.
#[derive(Debug, Default)]
pub struct Discourse {
    persons: Vec<Person>,
    last_human: Option<Source>,
    last_human_gender: Option<Gender>,
    last_anonymous: Option<Source>,
    groups: Vec<Source>,
    last_org: Option<String>,
    /// The organization that spoke last, and the sentence it spoke in.
    speaking_org: Option<(String, usize)>,
    /// The document that spoke last, and the sentence it spoke in.
    speaking_document: Option<(Source, usize)>,
    /// The organization that spoke last as a source, with its description ("người phát ngôn Sở
    /// Y tế"), and the sentence it spoke in.
    speaking_org_source: Option<(Source, usize)>,
    /// The first person with a title or a full name that the latest sentence named.
    mentioned: Option<(String, usize)>,
    /// That person, when the sentence that named them attributed nothing ("Halberd's chief
    /// executive, Fiona Marchetti, was blunter."): the one a pronoun in the next sentence means.
    introduced: Option<(String, usize)>,
    /// How many sentences have been read.
    sentences: usize,
    /// Names of organizations met so far (a set: a long article names the same ones again and
    /// again).
    orgs: HashSet<String>,
    /// How often each organization has been named, and in which sentence last.
    org_mentions: HashMap<String, (usize, usize)>,
    /// Counted groups a sentence opened with though it attributed nothing to them ("Fifteen
    /// former welders … have sued the company"), for a later "the welders".
    mentioned_groups: Vec<Source>,
}

impl Discourse {
    /// A person already named in the article, as a source, by one word of their name ("Abernathy").
    pub fn person_named(&self, word: &str) -> Option<Source> {
        self.find_person(word).map(Person::source)
    }

    /// In a language whose names open with a family name, the full name of a person already
    /// named of whom `name`, of two words or more, is the last words: "bà Mai Anh" after "bà
    /// Hoàng Thị Mai Anh". The longest, when several: a name is also registered by its last
    /// words when one of them can be a family name ("Văn Minh Đức" in "Trần Văn Minh Đức").
    fn full_name_ending(&self, name: &str, lex: &Lexicon) -> Option<&str> {
        if !name.contains(' ') || lex.name_pattern.is_none() {
            return None;
        }
        self.persons
            .iter()
            .rev()
            .filter(|p| {
                p.name
                    .strip_suffix(name)
                    .is_some_and(|rest| rest.ends_with(' '))
                    && p.name
                        .split_whitespace()
                        .next()
                        .is_some_and(|first| lex.surnames.contains(first))
            })
            .max_by_key(|p| p.name.len())
            .map(|p| p.name.as_str())
    }

    /// The person named last whose description holds `title` as whole words ("Mayor" for
    /// "mayor", "the group's chairwoman" for "chairwoman").
    fn person_titled(&self, title: &[&str]) -> Option<Source> {
        self.persons
            .iter()
            .rev()
            .find(|p| {
                p.descriptor.as_deref().is_some_and(|d| {
                    let d: Vec<String> = d
                        .split_whitespace()
                        .map(|w| to_lower(w.trim_matches(|c: char| !c.is_alphanumeric())))
                        .collect();
                    d.windows(title.len())
                        .any(|w| w.iter().zip(title).all(|(a, b)| a == b))
                })
            })
            .map(Person::source)
    }

    fn find_person(&self, key: &str) -> Option<&Person> {
        self.persons
            .iter()
            .rev()
            .find(|p| p.key == key || lower_eq(&p.name, key))
    }

    /// The full name of the one person met so far whose name ends with `name`, of several
    /// words, as whole words, when no one has that name itself: "Mai Anh" is "Hoàng Thị Mai
    /// Anh". Only in a language whose name syllables the lexicon describes (`name_pattern`).
    fn ending_of_known_name(&self, name: &str, lex: &Lexicon) -> Option<String> {
        let syllable = lex.name_pattern.as_ref()?;
        if !name.contains(' ') || self.persons.iter().any(|p| p.name == name) {
            return None;
        }
        // Only where a name's words say they are one ("Hoàng Thị"), not a title before it
        // ("Promoter Dmitri Havel").
        let mut found = self.persons.iter().filter(|p| {
            p.name.strip_suffix(name).is_some_and(|rest| {
                rest.ends_with(' ') && rest.split_whitespace().all(|w| syllable.is_match(w))
            })
        });
        let first = found.next()?;
        found
            .all(|p| p.name == first.name)
            .then(|| first.name.clone())
    }

    fn register_person(
        &mut self,
        name: &str,
        gender: Gender,
        descriptor: Option<String>,
        strong: bool,
        spoke: bool,
    ) {
        let key = name.split_whitespace().last().unwrap_or(name);
        let key = to_lower(key);
        if let Some(p) = self.persons.iter_mut().find(|p| p.name == name) {
            if p.gender == Gender::Unknown {
                p.gender = gender;
            }
            p.strong |= strong;
            p.spoke |= spoke;
            if p.descriptor.is_none() {
                p.descriptor = descriptor;
            }
            return;
        }
        // A shorter form of a known name ("Lindqvist") adds nothing.
        if self.find_person(&to_lower(name)).is_some() && !name.contains(' ') {
            return;
        }
        self.persons.push(Person {
            name: name.to_string(),
            key,
            gender,
            descriptor,
            strong,
            spoke,
        });
    }

    /// The one organization met so far whose name of several words opens with `word`.
    fn org_opening_with(&self, word: &str) -> Option<&String> {
        let mut found = self.orgs.iter().filter(|o| {
            o.strip_prefix(word)
                .is_some_and(|rest| rest.starts_with(' '))
        });
        let first = found.next();
        first.filter(|_| found.next().is_none())
    }

    pub(crate) fn is_known_org(&self, name: &str) -> bool {
        self.orgs.contains(name)
    }

    /// Records a source once a claim has been attributed to it.
    pub fn record(&mut self, src: &Source, gender: Gender) {
        match src.kind {
            SourceKind::Person => {
                // An appositive describes the person in its sentence; a title stays with them.
                let descriptor = src.descriptor.clone().filter(|_| !src.apposed);
                self.register_person(&src.name, gender, descriptor, true, true);
                let gender = self
                    .find_person(&to_lower(&src.name))
                    .map_or(gender, |p| p.gender);
                self.last_human = Some(src.clone());
                self.last_human_gender = Some(gender);
            }
            SourceKind::Anonymous => {
                self.last_anonymous = Some(src.clone());
                if src.count == Some(1) {
                    self.last_human = Some(src.clone());
                    self.last_human_gender = Some(Gender::Unknown);
                } else if !src.subgroup && !src.backref {
                    self.groups.push(src.clone());
                }
            }
            SourceKind::Organization => {
                // Its spokeswoman or spokesman is a person a pronoun can mean.
                if gender != Gender::Unknown {
                    self.last_human = Some(src.clone());
                    self.last_human_gender = Some(gender);
                }
                self.remember_org(src.name.clone());
                self.speaking_org = Some((src.name.clone(), self.sentences));
                self.speaking_org_source = Some((src.clone(), self.sentences));
            }
            SourceKind::Document => {
                self.speaking_document = Some((src.clone(), self.sentences));
            }
        }
    }

    /// The organization "the company" names: the one that spoke in the sentence just before,
    /// whatever other companies that sentence mentioned ("Veridel, which competes with rivals
    /// such as Solenta Corp., said …. The company also disputed …"), or else the one named last.
    fn org_referent(&self) -> Option<String> {
        match &self.speaking_org {
            Some((name, at)) if at + 1 == self.sentences => Some(name.clone()),
            _ => self.last_org.clone(),
        }
    }

    /// The one organization named so far that passes `fits`, when there is exactly one (its
    /// shorter forms aside).
    fn only_org(&self, fits: impl Fn(&String) -> bool) -> Option<String> {
        let mut found: Vec<&String> = self.orgs.iter().filter(|o| fits(o)).collect();
        // "Riverside Zoo" is also remembered as "Zoo": keep the longest of names that nest.
        found.sort_by_key(|o| std::cmp::Reverse(o.len()));
        let longest = found.first()?;
        found
            .iter()
            .all(|o| longest.contains(o.as_str()))
            .then(|| longest.to_string())
    }

    /// The group a plural back-reference points to: the latest one that shares a word with it,
    /// or else the latest one.
    fn group_for(&self, words: &[&str], lex: &Lexicon) -> Option<&Source> {
        let content: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !lex.group_words.contains(*w) && !lex.demonstratives.contains(*w))
            .collect();
        self.groups
            .iter()
            .rev()
            .find(|g| {
                let name = to_lower(&g.name);
                content.iter().any(|w| {
                    name.split_whitespace()
                        .any(|n| n == *w || n.trim_end_matches('s') == w.trim_end_matches('s'))
                })
            })
            .or_else(|| self.groups.iter().rev().find(|g| g.count.is_some()))
    }

    /// Notes the people and organizations a sentence names, even when it makes no claim, so that
    /// later references ("ông Vinh", "the company") can be resolved.
    pub fn scan_mentions(&mut self, toks: &[Tok], lex: &Lexicon) {
        self.sentences += 1;
        let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
        // "Fifteen former welders at Tarrant Marine have sued …": a counted group opening the
        // sentence, its words up to the first that is not a lower-case content word.
        if let Some((count, k)) = (1..=3.min(words.len())).rev().find_map(|k| {
            lex.numbers
                .parse_ending_at(&words, k)
                .filter(|&(v, s)| s == 0 && v > 1)
                .map(|(v, _)| (v, k))
        }) {
            let mut e = k;
            while e < toks.len()
                && e < k + 4
                && !toks[e].is_capitalized()
                && !lex.function_words.contains(words[e])
                && !lex.prepositions.contains_word(words[e])
                && (e == k || !break_before(toks, e))
            {
                e += 1;
            }
            if e > k {
                let name = join(&toks[..e]);
                let src = Source::new(name.clone(), SourceKind::Anonymous, Some(count), Some(name));
                self.mentioned_groups.push(src);
            }
        }
        let mut i = 0;
        while i < toks.len() {
            // "sàn Chợ Phố", "hãng Vèo": a word for an organization in lower case names one too
            // when a capitalized name follows it.
            let prefix = lex.org_prefixes.match_at(&words, i).filter(|&k| {
                toks[i].is_capitalized()
                    || (lex.name_pattern.is_some()
                        && toks.get(i + k).is_some_and(|t| name_word(t, lex)))
            });
            // "vụ Hiệp hội … kiện …": a lower-case word before a capitalized prefix is no part
            // of the name.
            if let Some(k) = prefix.filter(|_| !toks[i].is_capitalized()) {
                if toks.get(i + k).is_some_and(Tok::is_capitalized)
                    && lex.org_prefixes.match_at(&words, i + k).is_some()
                {
                    i += k;
                    continue;
                }
            }
            let start = i + prefix.unwrap_or(0);
            // "Công ty Phần mềm Âm Vang", "Hiệp hội Quyền tác giả Âm nhạc Việt Nam": a name in
            // sentence case runs over lower-case syllables to its last capitalized word (the words
            // after it may be the sentence's verb).
            let end = if prefix.is_some() {
                prefixed_org_end(toks, &words, i, lex)
            } else {
                cap_run_end(toks, start, lex)
            };
            if end <= start {
                i += 1;
                continue;
            }
            let before = &words[..i];
            // Only a title that ends just before the run counts, so look back at most as far as
            // the longest title.
            let titled = (i.saturating_sub(lex.titles.max_words())..i)
                .any(|t| lex.titles.match_at(before, t) == Some(i - t));
            let gender = if i > 0 {
                lex.honorifics.get(words[i - 1]).copied()
            } else {
                None
            };
            // "signed off by Chief Executive Officer Nolan Achebe": a capitalized title that opens
            // the run is the context of the name after it.
            let inner_title = if prefix.is_none() {
                lex.titles
                    .match_at(&words[..end], start)
                    .filter(|&k| start + k + 2 <= end)
            } else {
                None
            };
            let context = titled || gender.is_some() || inner_title.is_some();
            let run = &toks[start + inner_title.unwrap_or(0)..end];
            if prefix.is_some() {
                match person_split(run, lex, self, context) {
                    Some((org_len, _)) if org_len > 0 && lex.name_pattern.is_some() => {
                        self.remember_org(join(&toks[i..start + org_len]));
                        self.register_person(
                            &join(&run[org_len..]),
                            Gender::Unknown,
                            None,
                            true,
                            false,
                        );
                    }
                    _ => self.remember_org(join(&toks[i..end])),
                }
            } else if run.len() > 1
                && (lex.org_suffixes.contains(&*run[run.len() - 1].lower)
                    || lex
                        .institution_words
                        .contains(&run[run.len() - 1].lower.to_string()))
            {
                self.remember_org(join(run));
                self.orgs.insert(join(&run[..run.len() - 1]));
            } else if let Some((org_len, _)) = person_split(run, lex, self, context) {
                // "Board Chairman Rohan Vasudev": a title that ends the words before the name is
                // the person's, not part of an organization's name.
                let run_words = &words[start + inner_title.unwrap_or(0)..end];
                let org_words = (0..org_len)
                    .find(|&t| lex.titles.match_at(&run_words[..org_len], t) == Some(org_len - t))
                    .unwrap_or(org_len);
                if org_words > 0 {
                    self.orgs.insert(join(&run[..org_words]));
                }
                let name = join(&run[org_len..]);
                // "Crane, who has had horses with him for a decade, …": a person already named,
                // by surname, is who a pronoun in the next sentence means.
                if !name.contains(' ') && !context && !self.is_known_org(&name) {
                    if let Some(full) = self.find_person(&to_lower(&name)).map(|p| p.name.clone()) {
                        if self
                            .mentioned
                            .as_ref()
                            .is_none_or(|m| m.1 != self.sentences)
                        {
                            self.mentioned = Some((full, self.sentences));
                        }
                    }
                }
                // "chị Mai Anh" after "chị Hoàng Thị Mai Anh": the end of a known name, of
                // several words, is that person.
                let name = self.ending_of_known_name(&name, lex).unwrap_or(name);
                if (name.contains(' ') || context) && !self.is_known_org(&name) {
                    self.register_person(
                        &name,
                        gender.unwrap_or(Gender::Unknown),
                        None,
                        context,
                        false,
                    );
                    if self
                        .mentioned
                        .as_ref()
                        .is_none_or(|m| m.1 != self.sentences)
                    {
                        self.mentioned = Some((name, self.sentences));
                    }
                }
            }
            i = end.max(i + 1);
        }
    }

    /// Notes that the sentence just scanned attributed nothing, so that a person it introduced
    /// is who a pronoun in the next sentence means.
    pub fn attributed_nothing(&mut self) {
        if let Some(m) = self.mentioned.as_ref().filter(|m| m.1 == self.sentences) {
            self.introduced = Some(m.clone());
        }
    }

    /// The organization named most often that passes `fits`, the latest named of those named
    /// as often: the story's business, when "the company" cannot be the body named last.
    fn main_org(&self, fits: impl Fn(&String) -> bool) -> Option<String> {
        self.org_mentions
            .iter()
            .filter(|(o, _)| fits(o))
            .max_by_key(|(o, &(n, last))| (n, last, std::cmp::Reverse(o.as_str())))
            .map(|(o, _)| o.clone())
    }

    fn remember_org(&mut self, name: String) {
        let next = self.org_mentions.len();
        let seen = self.org_mentions.entry(name.clone()).or_insert((0, next));
        seen.0 += 1;
        seen.1 = self.sentences;
        // "Tập đoàn Sữa Đồng Xanh" is later "Đồng Xanh": its shorter tails name it too.
        let words: Vec<&str> = name.split_whitespace().collect();
        for k in 1..words.len().saturating_sub(1) {
            let tail = words[k..].join(" ");
            self.orgs.insert(tail);
        }
        self.orgs.insert(name.clone());
        self.last_org = Some(name);
    }
}

pub(crate) fn join(toks: &[Tok]) -> String {
    let mut out = String::with_capacity(toks.iter().map(|t| t.text.len() + 2).sum());
    for (i, t) in toks.iter().enumerate() {
        out.push_str(t.text);
        if i + 1 < toks.len() {
            out.push_str(if t.name_comma { ", " } else { " " });
        }
    }
    out
}

/// The text of a phrase as written, from its first word to its last.
fn span_text<'a>(sentence: &'a str, toks: &[Tok]) -> &'a str {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => &sentence[a.start..b.end],
        _ => "",
    }
}

/// Whether a capitalized word can be part of a name here.
fn name_word(tok: &Tok, lex: &Lexicon) -> bool {
    name_word_inner(tok, lex) && !lex.honorifics.contains_key(&*tok.lower)
}

/// Whether a word is a compound that describes, though it starts with a capital: "York-based",
/// "Ohio-born" (not "Sung-ho").
fn describing_compound(tok: &Tok, lex: &Lexicon) -> bool {
    !lex.describing_suffixes.is_empty()
        && tok
            .text
            .rsplit_once('-')
            .is_some_and(|(_, last)| lex.describing_suffixes.contains(last))
}

/// The end of an organization's name after its prefix. In a language that capitalizes only the
/// first syllable of each word of a name ("Sở Y tế Đồng Nai", "Bộ Tài chính"), up to two lower-case
/// syllables may follow a capitalized one.
fn org_name_end(toks: &[Tok], words: &[&str], s: usize, lex: &Lexicon) -> usize {
    let mut e = s;
    let mut end = s;
    let mut lower_run = 0;
    while e < toks.len() && (e == s || !break_before(toks, e)) {
        if name_word_inner(&toks[e], lex) {
            e += 1;
            end = e;
            lower_run = 0;
            continue;
        }
        // "UBND tỉnh Đồng Nai", "UBND xã Hiệp Phước": right after the prefix, a word for a place
        // and the place's name.
        if let Some(k) = (e == s)
            .then(|| lex.place_words.match_at(words, e))
            .flatten()
            .filter(|&k| {
                toks.get(e + k).is_some_and(|t| name_word_inner(t, lex))
                    && (e + 1..=e + k).all(|j| !break_before(toks, j))
            })
        {
            e += k;
            continue;
        }
        let syllable = lex
            .name_pattern
            .as_ref()
            .is_some_and(|re| re.is_match(toks[e].text));
        let lexical = [
            &lex.titles,
            &lex.anonymous,
            &lex.document,
            &lex.spokesperson,
            &lex.clause_breaks,
            &lex.trailing,
            &lex.conjunctions,
        ]
        .iter()
        .any(|set| set.match_at(words, e).is_some());
        // "Bộ Giáo dục và Đào tạo", "Bộ Nông nghiệp và Môi trường": an official name written in
        // sentence case joins its parts with a conjunction; "Sao Mai và Hoa Sen" are two names,
        // and so are "Bộ Tài chính và Bộ Công Thương".
        if lower_run > 0 && joins_name_parts(toks, words, e, lex) {
            e += 1;
            lower_run = 0;
            continue;
        }
        // "VKSND TP Hà Nội giữ nguyên …": a place ends the name.
        let after_place =
            (2..=3).any(|k| e >= s + k && lex.places.match_at(words, e - k) == Some(k));
        if e > s
            && syllable
            && !lexical
            && !after_place
            && !lex.function_words.contains(words[e])
            && lower_run < 2
        {
            e += 1;
            lower_run += 1;
            if lower_run <= 2 {
                end = e;
            }
            continue;
        }
        break;
    }
    end
}

/// Whether the conjunction at `c` joins two parts of one official name written in sentence case
/// after an organization's prefix: "Bộ Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường". Not
/// two names ("Bộ Tài chính và Bộ Công Thương", "Công ty Sao Mai và Hoa Sen") or a name and a
/// person ("Sở Y tế và ông Lâm").
pub(crate) fn joins_name_parts(toks: &[Tok], words: &[&str], c: usize, lex: &Lexicon) -> bool {
    if c < 2 || lex.conjunctions.match_at(words, c) != Some(1) || break_before(toks, c) {
        return false;
    }
    let sentence_case = toks[c - 1].is_capitalized() || toks[c - 2].is_capitalized();
    let lower_before = !toks[c - 1].is_capitalized() && sentence_case;
    let prefixed = (c.saturating_sub(6)..c - 1).any(|p| {
        toks[p].is_capitalized()
            && lex.org_prefixes.match_at(words, p).is_some()
            && (p + 1..=c).all(|k| !break_before(toks, k))
    });
    lower_before
        && prefixed
        && toks.get(c + 1).is_some_and(|t| {
            name_word_inner(t, lex)
                && !break_before(toks, c + 1)
                && lex.org_prefixes.match_at(words, c + 1).is_none()
                && !lex.honorifics.contains_key(words[c + 1])
        })
}

/// Whether a capitalized word can continue a name: an honorific word may ("Lê Thị Ngọc Anh").
fn name_word_inner(tok: &Tok, lex: &Lexicon) -> bool {
    tok.is_capitalized()
        && !lex.function_words.contains(&*tok.lower)
        && !describing_compound(tok, lex)
}

/// The end of the run of name words starting at `i`.
fn cap_run_end(toks: &[Tok], i: usize, lex: &Lexicon) -> usize {
    let mut j = i;
    while j < toks.len()
        && (if j == i {
            name_word(&toks[j], lex)
        } else {
            name_word_inner(&toks[j], lex)
        })
        && (j == i || !break_before(toks, j))
    {
        j += 1;
        if toks[j - 1].possessive {
            break;
        }
    }
    j
}

fn native_name(run: &[Tok], lex: &Lexicon) -> bool {
    lex.name_pattern
        .as_ref()
        .is_some_and(|re| run.iter().all(|t| re.is_match(t.text)))
}

/// Where a person's name starts inside a run of capitalized words, if the run holds one:
/// `(words before the name, name length)`. Words before it name an organization ("OpenAI Sam
/// Altman", "Sao Mai Lê Văn Tâm"). `context` says a title or honorific precedes the run.
fn person_split(
    run: &[Tok],
    lex: &Lexicon,
    disc: &Discourse,
    context: bool,
) -> Option<(usize, usize)> {
    let n = run.len();
    if n == 0 {
        return None;
    }
    let last = &run[n - 1];
    let lowers: Vec<&str> = run.iter().map(|t| t.lower.as_ref()).collect();
    if lex.org_suffixes.contains(&*last.lower)
        || lex.outlet_suffixes.contains(&*last.lower)
        || lex.outlets.is_exactly(&lowers)
    {
        return None;
    }
    let joined = join(run);
    let strong_person = disc.persons.iter().any(|p| p.strong && p.name == joined);
    if disc.is_known_org(&joined) && !strong_person {
        return None;
    }
    if n == 1 {
        return disc.find_person(&last.lower).map(|_| (0, 1));
    }
    if lex.name_pattern.is_some() {
        // Family-name-first names: a family name starts a name of 2 to 4 native words.
        let cands: Vec<usize> = (0..if context { n } else { 1 })
            .filter(|&p| {
                lex.surnames.contains(run[p].text)
                    && (2..=4).contains(&(n - p))
                    && native_name(&run[p..], lex)
                    && run[p..].iter().all(|t| t.is_capitalized())
                    // "Trường Đại học Kinh tế Hà Nội": a place ends the organization's name.
                    && !lex.places.is_exactly(&lowers[p..])
            })
            .collect();
        // "Công ty cổ phần Chợ Phố Lê Hoàng Minh Khôi", after "sàn Chợ Phố": the name starts
        // where a name the article gave an organization ends.
        if let Some(&p) = cands
            .iter()
            .find(|&&p| p > 0 && disc.is_known_org(&join(&run[..p])))
        {
            return Some((p, n - p));
        }
        for want in [3, 4, 2] {
            if let Some(&p) = cands.iter().find(|&&p| n - p == want) {
                return Some((p, n - p));
            }
        }
        // "Đức Anh", after "Lương Đức Anh": the last words of a person's full name, without
        // an honorific, are that person.
        if disc.find_person(&to_lower(&joined)).is_some()
            || disc.full_name_ending(&joined, lex).is_some()
        {
            return Some((0, n));
        }
        // A foreign name after a title, or starting with a foreign given name: its last two
        // words, after any organization's name. A family name of the language's own does not
        // start a foreign name ("Lam Sơn Art" is no "Sơn Art").
        let given =
            lex.given_names.contains(&*run[n - 2].lower) && !lex.surnames.contains(run[n - 2].text);
        if (context || given)
            && !native_name(&run[n - 2..], lex)
            && run[n - 2..].iter().all(|t| t.is_capitalized())
            && !lex.places.is_exactly(&lowers[n - 2..])
        {
            return Some((n - 2, 2));
        }
        return None;
    }
    // Leading words that look like an organization's name (OpenAI, IBM) are not the person's.
    let mut p = 0;
    while p + 2 < n && looks_like_org(run[p].text, disc) {
        p += 1;
    }
    if disc.is_known_org(&join(&run[..n - 1])) {
        return None;
    }
    // Without a title, a capitalized pair is a person's name only when it starts with a given
    // name ("Maria Lindqvist", not "Harbor Air").
    let given = (p..n - 1).find(|&k| lex.given_names.contains(&*run[k].lower));
    match given {
        Some(k) if !context => Some((k, n - k)),
        _ if context => Some((p, n - p)),
        _ => None,
    }
}

fn looks_like_org(word: &str, disc: &Discourse) -> bool {
    written_like_a_brand(word) || disc.is_known_org(word)
}

/// Whether a word has a capital inside it, as a brand's name does ("OpenAI", "EVN"), and not
/// only at the start of each part of a hyphenated name ("Reyes-Hallam").
pub(crate) fn written_like_a_brand(word: &str) -> bool {
    word.split('-')
        .any(|part| part.chars().skip(1).any(char::is_uppercase))
}

/// Context for classifying one noun phrase.
pub struct Phrase<'s, 't> {
    /// The sentence the phrase is in.
    pub sentence: &'s str,
    /// The phrase's words.
    pub toks: &'t [Tok<'s>],
    /// Whether the phrase starts the sentence.
    pub at_sentence_start: bool,
    /// An organization named earlier in the same sentence ("Về phía OpenAI, người phát ngôn …").
    pub context_org: Option<String>,
    /// The name that opens the sentence, the likelier referent of "the body said" at its end
    /// than the last name before it.
    pub subject_org: Option<String>,
    /// The sentence describes the phrase as a person ("X, who heads …", "X, a retired teacher").
    pub person_hint: bool,
}

/// Whether a phrase opens with a demonstrative and one capitalized word that is not a known name
/// of its own: "The Chinese embassy", "the German economy ministry".
fn qualified_institution(toks: &[Tok], words: &[&str], lex: &Lexicon) -> bool {
    words.len() >= 3
        && lex.demonstratives.contains(words[0])
        && toks[1].is_capitalized()
        && !toks[1].possessive
        && !describing_compound(&toks[1], lex)
        && !toks[2].is_capitalized()
        && lex.org_prefixes.match_at(words, 1).is_none()
}

/// The kinds of institution a phrase's words name (`institution_words`): "ministry" in "the
/// agriculture ministry", "hiệp hội" in "người phát ngôn của hiệp hội".
fn institution_kinds<'l>(words: &[&str], lex: &'l Lexicon) -> Vec<&'l String> {
    lex.institution_words
        .iter()
        .filter(|w| {
            let w: Vec<&str> = w.split_whitespace().collect();
            words.windows(w.len()).any(|x| x == w.as_slice())
        })
        .collect()
}

/// The organization a phrase that says what kind of body it is points back to: "the ministry" is
/// a ministry (`institution_words`), not the company that spoke last. Any organization fits a
/// phrase that names no kind ("the company").
fn institution_referent(
    words: &[&str],
    ph: &Phrase,
    lex: &Lexicon,
    disc: &Discourse,
) -> Option<String> {
    let kinds = institution_kinds(words, lex);
    // "the company" is no county or association: the business the story names most, then.
    let company = lex.company_backrefs.is_exactly(words);
    let fits = |name: &String| {
        let lower = crate::lexicon::lower_case(name);
        kinds.iter().all(|k| lower.contains(k.as_str()))
            && !(company && lex.names_non_company(name))
    };
    ph.subject_org
        .clone()
        .filter(fits)
        .or_else(|| ph.context_org.clone().filter(fits))
        .or_else(|| disc.org_referent().filter(fits))
        .or_else(|| disc.last_org.clone().filter(fits))
        .or_else(|| (!kinds.is_empty()).then(|| disc.only_org(fits)).flatten())
        .or_else(|| {
            company
                .then(|| {
                    disc.main_org(|o| {
                        let lower = crate::lexicon::lower_case(o);
                        let words: Vec<&str> = lower.split_whitespace().collect();
                        fits(o) && !lex.places.is_exactly(&words)
                    })
                })
                .flatten()
        })
}

/// The one organization named so far whose name holds a back-reference's words whole: "the
/// commissioning board" is the "Northern Counties Commissioning Board", not the hospital named
/// last. A bare back-reference ("the board", "the company") says too little for this.
fn described_org(words: &[&str], lex: &Lexicon, disc: &Discourse) -> Option<String> {
    if lex.organization_backrefs.is_exactly(words) {
        return None;
    }
    let content: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !lex.demonstratives.contains(*w))
        .collect();
    if content.len() < 2 {
        return None;
    }
    disc.only_org(|name| {
        let name = crate::lexicon::lower_case(name);
        let name: Vec<&str> = name.split_whitespace().collect();
        name.windows(content.len()).any(|w| w == content.as_slice())
    })
}

/// A source found in a phrase, with the sex its words imply.
#[derive(Clone)]
pub struct Classified {
    /// The source.
    pub source: Source,
    /// The sex implied by an honorific or pronoun.
    pub gender: Gender,
    /// Only a guess: a bare capitalized name taken for an organization.
    pub weak: bool,
}

/// Decides who a noun phrase names. Returns `None` when it is not a source.
pub fn classify(ph: &Phrase, lex: &Lexicon, disc: &Discourse) -> Option<Classified> {
    // No one is no source: "không" before a noun is a negation ("không phải 40 người"), even
    // where the lexicon reads it as the number zero.
    classify_any(ph, lex, disc).filter(|c| c.source.count != Some(0))
}

/// [`classify`], counts of zero included.
fn classify_any(ph: &Phrase, lex: &Lexicon, disc: &Discourse) -> Option<Classified> {
    let toks = ph.toks;
    if toks.is_empty() || toks.len() > 32 {
        return None;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    let text = span_text(ph.sentence, toks).to_string();
    let plain = |source: Source| {
        Some(Classified {
            source,
            gender: Gender::Unknown,
            weak: false,
        })
    };
    let spk_anywhere = lex.spokesperson.find(&words);

    // Pronouns and bare titles ("Ông", "she", "Bộ trưởng", "the executive") refer back to a person.
    let bare_honorific = words.len() == 1 && lex.honorifics.contains_key(words[0]);
    let titles_only = spk_anywhere.is_none() && {
        let mut i = 0;
        let mut ok = true;
        let mut anon_title = false;
        let mut demonstrative = false;
        while i < words.len() {
            if let Some(n) = lex.titles.match_at(&words, i) {
                anon_title |= lex.anonymous.match_at(&words, i).is_some();
                i += n;
            } else if lex.demonstratives.contains(words[i]) {
                demonstrative = true;
                i += 1;
            } else {
                ok = false;
                break;
            }
        }
        ok && (demonstrative || !anon_title) && lex.titles.find(&words).is_some()
    };
    // "the town's mayor", "the group's chairwoman": the person named earlier with that title.
    if spk_anywhere.is_none()
        && words.len() >= 3
        && lex.demonstratives.contains(words[0])
        && toks[1].possessive
        && !toks[1].is_capitalized()
        && lex.titles.match_at(&words, 2) == Some(words.len() - 2)
    {
        if let Some(person) = disc.person_titled(&words[2..]) {
            return plain(person);
        }
    }
    if lex.person_pronouns.is_exactly(&words) || bare_honorific || titles_only {
        let gender = if bare_honorific {
            lex.honorifics
                .get(words[0])
                .copied()
                .unwrap_or(Gender::Unknown)
        } else {
            lex.person_pronoun_gender
                .get(&words.join(" "))
                .copied()
                .unwrap_or(Gender::Unknown)
        };
        // "the executive", "Bộ trưởng": a title names a named person, not an unnamed source
        // that spoke last.
        let source = if titles_only {
            resolve_titled(disc, gender, words[words.len() - 1])
        } else if spk_anywhere.is_some() {
            resolve_spokesperson(disc, lex).or_else(|| resolve_pronoun(disc, gender))
        } else {
            resolve_pronoun(disc, gender)
        };
        return source.map(|source| Classified {
            source,
            gender,
            weak: false,
        });
    }

    // "the country's main growers' association", "the workers union": where the head comes
    // last, members' nouns just before a word for an institution name that institution.
    let last = words.len() - 1;
    let members_body = lex.head_final
        && last >= 1
        && spk_anywhere.is_none()
        && !toks[last].is_capitalized()
        && !toks[last - 1].is_capitalized()
        && lex.institution_words.iter().any(|w| w == words[last])
        && (lex.plural.contains_word(words[last - 1])
            || lex.anonymous.is_exactly(&words[last - 1..last]));
    if members_body {
        return plain(Source::new(text, SourceKind::Organization, Some(1), None));
    }
    // Back-references to an anonymous group or source.
    if let Some(n) = lex.anonymous_backrefs.match_at(&words, 0) {
        let rest_is_name = toks[n..].iter().any(|t| name_word(t, lex));
        if !rest_is_name {
            let plural = words.iter().any(|w| lex.group_words.contains(*w))
                || lex.plural.find(&words).is_some();
            // "Người phát ngôn Sở Y tế cho biết …. Người này cho biết …": one person just after
            // an organization's spokesperson spoke is that spokesperson.
            let spokesperson = disc.speaking_org_source.as_ref().filter(|(src, at)| {
                at + 1 == disc.sentences && speaks_for(src.descriptor.as_ref(), lex)
            });
            if let (false, Some((src, _))) = (plural, spokesperson) {
                return plain(src.clone());
            }
            let group = disc.group_for(&words, lex);
            let count = if plural {
                group.and_then(|g| g.count)
            } else {
                Some(1)
            };
            let descriptor = if plural {
                group
            } else {
                disc.last_anonymous.as_ref()
            }
            .and_then(|s| s.descriptor.clone());
            let mut src = Source::new(text, SourceKind::Anonymous, count, descriptor);
            src.backref = true;
            return plain(src);
        }
    }
    // "The welders", after "Fifteen former welders … have sued": a group named before, by its
    // noun.
    if (2..=3).contains(&words.len())
        && lex.determiners.contains(words[0])
        && toks[1..].iter().all(|t| !t.is_capitalized())
    {
        let noun = words[words.len() - 1];
        let named = |g: &&Source| g.name.split_whitespace().any(|w| lower_eq(w, noun));
        // "The rider", after "five riders" or "one of the riders": one member of the group.
        let member = |g: &&Source| {
            g.name.split_whitespace().any(|w| {
                let w = to_lower(w);
                w != noun && w.starts_with(noun) && lex.stem(&w) == lex.stem(noun)
            })
        };
        let group = disc
            .groups
            .iter()
            .rev()
            .find(named)
            .or_else(|| disc.mentioned_groups.iter().rev().find(named))
            .map(|g| (g, g.count))
            .or_else(|| {
                let last = disc.last_anonymous.as_ref().filter(member);
                last.or_else(|| disc.groups.iter().rev().find(member))
                    .map(|g| (g, Some(1)))
            });
        if let Some((g, count)) = group {
            let mut src = Source::new(text, SourceKind::Anonymous, count, g.descriptor.clone());
            src.backref = true;
            return plain(src);
        }
    }
    // "The Chinese embassy in Hanoi", "the German economy ministry": after "the", a capitalized
    // word that qualifies a word for an institution names it together with that word.
    if qualified_institution(toks, &words, lex) {
        if let Some(k) =
            (2..words.len()).find(|&k| lex.institution_words.iter().any(|w| w == words[k]))
        {
            let ends = k + 1 == words.len() || lex.prepositions.match_at(&words, k + 1).is_some();
            if ends && toks[2..=k].iter().all(|t| !t.is_capitalized()) {
                return plain(Source::new(
                    join(&toks[1..=k]),
                    SourceKind::Organization,
                    Some(1),
                    None,
                ));
            }
        }
    }
    // "the company", and with adjectives, "the regional carrier".
    // "Vietnam's agriculture ministry": an owner's name and a word for an organization.
    let owned = toks[0].possessive && toks[0].is_capitalized();
    // "The state attorney general's office", "the Ohio Attorney General's office": an owner
    // named just before the word for the organization may be longer, and capitalized.
    let owner_before_head = words.len() >= 3 && toks[words.len() - 2].possessive;
    let org_head = (words.len() <= 4 || (owner_before_head && words.len() <= 6))
        && (lex.demonstratives.contains(words[0]) || owned)
        && (owner_before_head
            || toks[1..]
                .iter()
                .all(|t| !t.is_capitalized() || describing_compound(t, lex)))
        && lex.demonstratives.iter().any(|d| {
            lex.organization_backrefs
                .is_exactly(&[d.as_str(), words[words.len() - 1]])
        });
    // "The memo said …. “Default matters more than messaging,” it said.": a bare "it" just
    // after a document spoke is that document.
    if words.len() == 1 {
        if let Some((doc, _)) = disc
            .speaking_document
            .as_ref()
            .filter(|(_, at)| at + 1 == disc.sentences)
            .filter(|_| lex.document_pronouns.contains(words[0]))
        {
            return plain(doc.clone());
        }
    }
    // "Ban quản lý tòa nhà Lạc Hồng Tower", "Ban tổ chức giải": a body named by the words for
    // its kind and then what it runs is that body, not the managers in it.
    // Mid-sentence, the name after it shows it is one: "ban giám đốc Gió Việt cho biết".
    let body = !lex.demonstratives.contains(words[0])
        && spk_anywhere.is_none()
        && lex
            .organization_backrefs
            .match_at(&words, 0)
            .is_some_and(|k| {
                k >= 2
                    && k < words.len()
                    && !toks[k - 1].possessive
                    && (toks[0].is_capitalized() || toks[k].is_capitalized())
            });
    if body {
        // Its name ends before a genitive: "Công đoàn cơ sở của công ty" is "Công đoàn cơ sở".
        let end = (2..words.len())
            .find(|&k| lex.genitives.contains(words[k]))
            .unwrap_or(words.len());
        return plain(Source::new(
            span_text(ph.sentence, &toks[..end]).to_string(),
            SourceKind::Organization,
            Some(1),
            None,
        ));
    }
    // "a trade union", "an airline", "its lender": an organization the sentence does not name,
    // speaking on record.
    let unnamed_org = (2..=4).contains(&words.len())
        && lex.determiners.contains(words[0])
        && !lex.demonstratives.contains(words[0])
        && toks[1..]
            .iter()
            .all(|t| (!t.is_capitalized() || describing_compound(t, lex)) && !t.possessive)
        && !words[1..].iter().any(|w| lex.determiners.contains(*w))
        && lex.demonstratives.iter().any(|d| {
            lex.organization_backrefs
                .is_exactly(&[d.as_str(), words[words.len() - 1]])
        });
    if unnamed_org {
        // Set off after a name, it describes that name ("The Open Line Project, a consumer
        // advocacy group, argued"), as a guess would.
        return Some(Classified {
            source: Source::new(text, SourceKind::Organization, Some(1), None),
            gender: Gender::Unknown,
            weak: true,
        });
    }
    if lex.organization_backrefs.is_exactly(&words) || org_head {
        // "the mayor's office" is that office, not the organization last named.
        let name = if owned || toks[..toks.len() - 1].iter().any(|t| t.possessive) {
            text
        } else {
            described_org(&words, lex, disc)
                .or_else(|| institution_referent(&words, ph, lex, disc))
                .unwrap_or(text)
        };
        return plain(Source::new(name, SourceKind::Organization, Some(1), None));
    }
    // "The nine said": a number standing for a group already counted.
    if let Some((v, s)) = lex.numbers.parse_ending_at(&words, words.len()) {
        if s <= 1 && (s == 0 || lex.demonstratives.contains(words[0])) && !words.is_empty() {
            let mut src = Source::new(text, SourceKind::Anonymous, Some(v), None);
            src.backref = true;
            return plain(src);
        }
    }

    // Mark what each word is.
    let n = words.len();
    let mut lexical = vec![false; n];
    let mut title_at = vec![0usize; n];
    let mut title_end = vec![false; n + 1];
    let mut spk: Option<(usize, usize)> = None;
    let mut anon: Option<(usize, usize)> = None;
    let mut doc: Option<(usize, usize)> = None;
    let mut outlet: Option<(usize, usize)> = None;
    let mut prefix_at = vec![0usize; n];
    let mut nouns: Vec<(usize, usize, u8)> = Vec::new(); // (start, length, 0 spokesperson / 1 anonymous / 2 document)
    let mut i = 0;
    // The phrases of each kind that start at each word, looked up once for all the kinds.
    let kinds = SourcePhrases::OUTLETS
        | SourcePhrases::ORG_PREFIXES
        | SourcePhrases::TITLES
        | SourcePhrases::SPOKESPERSON
        | SourcePhrases::ANONYMOUS
        | SourcePhrases::DOCUMENT
        | SourcePhrases::PLACES;
    while i < n {
        let mut adv = 1;
        let found = lex.source_phrases_at(&words, i, kinds);
        if let Some(k) = found[SourcePhrases::at(SourcePhrases::OUTLETS)] {
            if toks[i].is_capitalized() {
                outlet.get_or_insert((i, k));
                adv = k;
            }
        }
        if let Some(k) = found[SourcePhrases::at(SourcePhrases::ORG_PREFIXES)] {
            let after_honorific = i > 0 && lex.honorifics.contains_key(words[i - 1]);
            // "Ngân hàng Nhà nước", "Kiểm toán Nhà nước": a prefix with a capitalized word of
            // its own is a name by itself; "Công ty" alone is not.
            let named = toks[i + 1..i + k].iter().any(Tok::is_capitalized);
            // "Thương Trường Online": in a language that writes names in sentence case, a
            // prefix right after a capitalized word is part of that name.
            let inside_name = lex.name_pattern.is_some()
                && i > 0
                && toks[i - 1].is_capitalized()
                && !toks[i - 1].text.chars().skip(1).any(char::is_uppercase)
                && !lex.honorifics.contains_key(words[i - 1])
                && !title_end[i]
                && !break_before(toks, i);
            if toks[i].is_capitalized()
                && (i > 0 || k < n || named)
                && !after_honorific
                && !inside_name
            {
                prefix_at[i] = k;
                adv = adv.max(k);
            }
        }
        if let Some(k) = found[SourcePhrases::at(SourcePhrases::TITLES)] {
            title_at[i] = k;
            title_end[i + k] = true;
            for l in lexical.iter_mut().skip(i).take(k) {
                *l = true;
            }
            adv = adv.max(k);
        }
        for (kind, set, slot) in [
            (0, SourcePhrases::SPOKESPERSON, &mut spk),
            (1, SourcePhrases::ANONYMOUS, &mut anon),
            (2, SourcePhrases::DOCUMENT, &mut doc),
        ] {
            if let Some(k) = found[SourcePhrases::at(set)] {
                // "The study's author": a document that owns a person's role is not who speaks.
                if kind == 2
                    && i + k < n
                    && toks[i + k - 1].possessive
                    && (lex.titles.match_at(&words, i + k).is_some()
                        || lex.anonymous.match_at(&words, i + k).is_some())
                {
                    continue;
                }
                // "Nhà xuất bản Hồng Lĩnh": a word for a kind of group that opens an
                // organization's name is that organization, not an unnamed group.
                let names_org = kind == 1
                    && prefix_at[i] > 0
                    && toks.get(i + prefix_at[i]).is_some_and(|t| {
                        t.is_capitalized() && !lex.function_words.contains(&*t.lower)
                    });
                if names_org {
                    adv = adv.max(k);
                    continue;
                }
                let in_name = toks[i].is_capitalized() && i > 0 && prefix_at[i] == 0;
                if slot.is_none() && !in_name {
                    *slot = Some((i, k));
                }
                if !in_name {
                    nouns.push((i, k, kind));
                }
                if prefix_at[i] == 0 && !in_name {
                    for l in lexical.iter_mut().skip(i).take(k) {
                        *l = true;
                    }
                }
                adv = adv.max(k);
            }
        }
        if prefix_at[i] > 0 {
            adv = prefix_at[i];
        }
        if let Some(k) = found[SourcePhrases::at(SourcePhrases::PLACES)] {
            // "Hòa Bình Phát", "Tây Nguyên Xanh": a place and one more name word that is no
            // family name or title are a company's name.
            let names_company = toks.get(i + k).is_some_and(|t| {
                name_word_inner(t, lex)
                    && !break_before(toks, i + k)
                    && !lex.surnames.contains(t.text)
                    && lex.titles.match_at(&words, i + k).is_none()
                    && !lex.institution_words.iter().any(|w| w == &*t.lower)
            }) && toks
                .get(i + k + 1)
                .is_none_or(|t| !name_word_inner(t, lex) || break_before(toks, i + k + 1));
            if prefix_at[i] == 0
                && !names_company
                && (i == 0 || !name_word_inner(&toks[i - 1], lex) || break_before(toks, i))
            {
                for l in lexical.iter_mut().skip(i).take(k) {
                    *l = true;
                }
                adv = adv.max(k);
            }
        }
        i += adv.max(1);
    }
    if lex.honorifics.contains_key(words[0]) {
        title_end[1] = true;
    }
    for (k, w) in words.iter().enumerate() {
        if lex.honorifics.contains_key(*w) {
            title_end[k + 1] = true;
        }
    }

    // Runs of name words.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, after an organization prefix)
    let mut i = 0;
    while i < n {
        if prefix_at[i] > 0 {
            let s = i + prefix_at[i];
            let e = org_name_end(toks, &words, s, lex);
            runs.push((i, e.max(s), true));
            i = e.max(s).max(i + 1);
            continue;
        }
        if lexical[i] || !name_word(&toks[i], lex) {
            i += 1;
            continue;
        }
        let mut e = i;
        while e < n
            && !lexical[e]
            && (if e == i {
                name_word(&toks[e], lex)
            } else {
                name_word_inner(&toks[e], lex)
            })
            && (e == i || !break_before(toks, e))
            && prefix_at[e] == 0
        {
            e += 1;
            if toks[e - 1].possessive {
                break;
            }
        }
        // "Competition and Markets Authority": a name whose parts a conjunction joins, when it
        // ends in a word for an organization. (A possessive part is added when the name is
        // chosen, `owned_name`.)
        if e < n && e > i {
            let conjunction = lex.conjunctions.match_at(&words, e) == Some(1)
                && !break_before(toks, e)
                && !toks[e - 1].post.contains(',')
                && !toks[e - 1].possessive;
            // "Fenwick & Lowe", "Hollis & Grove": an ampersand always joins one firm's name.
            let ampersand = conjunction && toks[e].text == "&";
            if let Some(next) = conjunction
                .then_some(e + 1)
                .filter(|&k| k < n && !break_before(toks, k))
            {
                let mut f = next;
                while f < n
                    && !lexical[f]
                    && name_word_inner(&toks[f], lex)
                    && prefix_at[f] == 0
                    && (f == next || !break_before(toks, f))
                {
                    f += 1;
                    if toks[f - 1].possessive {
                        break;
                    }
                }
                if f > next && (ampersand || lex.org_suffixes.contains(&*toks[f - 1].lower)) {
                    e = f;
                }
            }
        }
        // A capitalized common word opening a sentence is not a name.
        let common_opener = ph.at_sentence_start
            && i == 0
            && e - i == 1
            && lex
                .name_pattern
                .as_ref()
                .is_some_and(|re| re.is_match(toks[i].text))
            && disc.find_person(&toks[i].lower).is_none()
            && !disc.is_known_org(toks[i].text);
        if !common_opener {
            runs.push((i, e, false));
        }
        i = e.max(i + 1);
    }

    // Find a person among the runs.
    let mut person: Option<(usize, usize, String, Gender)> = None; // (run start, name start, name, gender)
    for &(s, e, after_prefix) in &runs {
        let name_start = if after_prefix { s + prefix_at[s] } else { s };
        let run = &toks[name_start..e];
        if run.is_empty() {
            continue;
        }
        // "Silver Pines general manager Erik Lund": a name right before a title that another
        // name follows owns the title; the name after it is the person's.
        if e < n
            && title_at[e] > 0
            && runs
                .iter()
                .any(|&(s2, _, _)| s2 == e + title_at[e] && title_end[s2])
        {
            continue;
        }
        let honorific = (s > 0)
            .then(|| lex.honorifics.get(words[s - 1]).copied())
            .flatten();
        let gender = honorific.unwrap_or(Gender::Unknown);
        // "ở Hà Nội", "in Hanoi", "phường Gia Định": a name after a preposition or a word for
        // a place is a place.
        let after_place_word =
            (s.saturating_sub(2)..s).any(|k| lex.place_words.match_at(&words, k) == Some(s - k));
        if s > 0
            && (lex.prepositions.match_at(&words, s - 1) == Some(1) || after_place_word)
            && honorific.is_none()
        {
            // "Chủ tịch UBND xã Tân Thuận Lý Văn Hậu": after a title, a place's name may run
            // into the person's, which starts at a family name.
            let titled = title_at.iter().take(s).any(|&k| k > 0);
            let split = (1..run.len()).find(|&k| {
                lex.surnames.contains(run[k].text)
                    && (3..=4).contains(&(run.len() - k))
                    && native_name(&run[k..], lex)
            });
            if let (true, true, Some(k)) = (after_place_word, titled, split) {
                let p = name_start + k;
                person = Some((s, p, join(&toks[p..e]), gender));
                break;
            }
            continue;
        }
        // "Báo Nông Thôn Ngày Nay đưa tin": a name right after a word for a document or a
        // publication is its title.
        let after_document = nouns
            .iter()
            .any(|&(ns, nk, kind)| kind == 2 && ns + nk == s);
        if after_document && honorific.is_none() && !title_end[s] {
            continue;
        }
        // "retired postal worker Delbert Fenn": a name that ends the phrase right after a noun
        // for an unnamed person is that person's, in a language whose names come given name first.
        let after_person_noun = lex.name_pattern.is_none()
            && e == n
            && (2..=3).contains(&run.len())
            && run.iter().all(|t| {
                t.text
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
            && !lex.org_suffixes.contains(&*run[run.len() - 1].lower)
            && anon.is_some_and(|(a, k)| {
                a + k == s && !(a..s).any(|b| lex.plural.is_exactly(&words[b..s]))
            })
            // "League operator Northline Esports": a noun that also names a kind of
            // organization is that organization's, unless a given name opens the run.
            && (lex.given_names.contains(&*run[0].lower)
                || !lex.demonstratives.iter().any(|d| {
                    lex.organization_backrefs
                        .is_exactly(&[d.as_str(), words[s - 1]])
                }));
        let context = title_end[s]
            || honorific.is_some()
            || (title_at[0] > 0 && title_at[0] <= s)
            || ph.person_hint
            || after_person_noun;
        // "Marsh's office": a possessive name is not the speaker when a noun follows it.
        if toks[e - 1].possessive && e < n {
            continue;
        }
        // "Đại diện Đồng Xanh", "a spokesperson for Bluewave": the name after a spokesperson's
        // title is the organization they speak for.
        let after_spokesperson = spk.is_some_and(|(ss, sk)| ss + sk <= s && s - (ss + sk) <= 1);
        let known_person = disc.find_person(&to_lower(&join(run))).is_some();
        let given = run.len() > 1 && lex.given_names.contains(&*run[0].lower);
        // "Giám đốc nghiên cứu của Kestrel Partners", "chief executive of Bluewave Logistics": a
        // name that owns a title is the organization, not the one who holds it, unless a
        // person's name follows the organization's ("Giám đốc đầu tư của Harborline Capital
        // Jonathan Reeve").
        if s > 0 && lex.genitives.contains(words[s - 1]) && honorific.is_none() {
            if run.len() <= 2 && !given && !known_person {
                continue;
            }
            if let Some((org_len, _)) =
                person_split(run, lex, disc, true).filter(|&(o, l)| o > 0 && l >= 2)
            {
                let p = name_start + org_len;
                person = Some((s, p, join(&toks[p..e]), gender));
                break;
            }
        }
        let titled = title_at.iter().take(s).any(|&k| k > 0);
        // After "for"/"của", or a lone word, it is the organization; a two-word run is one too in a
        // language whose personal names are longer ("Đại diện Đồng Xanh"), but a person in one whose
        // names are given-name first ("company spokesperson Marisa Quintero").
        let gap = spk.map_or(0, |(ss, sk)| s.saturating_sub(ss + sk));
        let native_person =
            run.len() >= 3 && lex.surnames.contains(run[0].text) && native_name(run, lex);
        // "Người phát ngôn EVN Đỗ Thanh Tùng": an organization's name, then a full native name.
        let org_then_person = lex.name_pattern.is_some()
            && run.len() >= 4
            && person_split(run, lex, disc, true).is_some_and(|(o, l)| o > 0 && l >= 3);
        let org_shaped = !org_then_person
            && (gap == 1 || run.len() == 1 || (lex.name_pattern.is_some() && !native_person));
        if after_spokesperson && !known_person && !given && !titled && org_shaped {
            continue;
        }
        // "company spokesperson Marisa Quintero": a name right after a spokesperson is theirs.
        let context = context
            || (after_spokesperson && !org_shaped && !after_prefix)
            || (after_spokesperson && org_then_person);
        if after_prefix {
            // "Công ty Sao Mai Lê Văn Tâm": a full name after the organization's; a pair of native
            // words ("Công ty Chứng khoán Bạch Đằng") is the organization's own name, a foreign
            // pair ("Công ty Kwon Tech Vina Kim Sung-ho") a person's.
            if let Some((org_len, name_len)) = person_split(run, lex, disc, context) {
                // "Chủ tịch Công đoàn cơ sở Lương Thị Mỹ Hạnh": after a title, a prefix that
                // names no one, then a full name.
                let unnamed_org = org_len == 0 && titled && name_len >= 3;
                if (org_len > 0 || unnamed_org)
                    && lex.name_pattern.is_some()
                    && (name_len >= 3 || !native_name(&run[org_len..], lex))
                {
                    let p = name_start + org_len;
                    person = Some((s, p, join(&toks[p..e]), gender));
                    break;
                }
            }
            continue;
        }
        if run.len() == 1 {
            // "Verdan said", after "Verdan Agritech" and its founder "Walter Verdan": a word that
            // opens an organization's name means the organization, unless the person has spoken.
            if let Some(p) = disc
                .find_person(&run[0].lower)
                .filter(|p| p.spoke || disc.org_opening_with(run[0].text).is_none())
            {
                person = Some((s, s, p.name.clone(), gender));
                break;
            }
            if honorific.is_some() || (ph.person_hint && e == n && !disc.is_known_org(run[0].text))
            {
                person = Some((s, s, run[0].text.to_string(), gender));
                break;
            }
            continue;
        }
        let split = person_split(run, lex, disc, context);
        // "ông Ka Sô Bình", "ông Y Bhin Niê": in a language whose names are runs of capitalized
        // syllables, two to four capitalized words after an honorific are a person's whole name,
        // though the first is no family name the lexicon lists (the names of many of Vietnam's
        // peoples), unless words the article gave an organization open them.
        if honorific.is_some()
            && lex.name_pattern.is_some()
            && (2..=4).contains(&run.len())
            && split.is_none_or(|(org_len, _)| !disc.is_known_org(&join(&run[..org_len])))
            && !disc.is_known_org(&join(run))
        {
            person = Some((s, name_start, join(run), gender));
            break;
        }
        if let Some((org_len, _)) = split {
            let p = name_start + org_len;
            let name = join(&toks[p..e]);
            let name = disc
                .find_person(&to_lower(&name))
                .map_or(name, |q| q.name.clone());
            person = Some((s, p, name, gender));
            break;
        }
    }

    // A head noun before the name, linked to it by a preposition, is what speaks ("a report by
    // economist Jane Doe", "an aide to Sen. Briggs"); a title before a name is not a head.
    let mut head = [spk, anon, doc, outlet]
        .iter()
        .flatten()
        .copied()
        .min_by_key(|(s, _)| *s);
    // In a head-final language the last of a run of nouns is the head: "poll workers" are
    // workers, "energy executives" executives.
    if lex.head_final {
        while let Some((hs, hk)) = head {
            let Some(&(ns, nk, kind)) = nouns.iter().find(|&&(ns, _, _)| ns == hs + hk) else {
                break;
            };
            head = Some((ns, nk));
            let slot = Some((ns, nk));
            match kind {
                0 => spk = slot,
                1 => anon = slot,
                _ => doc = slot,
            }
        }
    }
    // "Hai mươi công nhân … gửi ban giám đốc Pacific Thread": a counted group opening the phrase
    // is its subject, whatever names follow.
    let counted_lead = anon.is_some_and(|(a, _)| a <= 3 && a > 0)
        && (1..=3).any(|e| {
            lex.numbers
                .parse_ending_at(&words, e)
                .is_some_and(|(v, s)| s == 0 && v > 1)
        });
    if counted_lead {
        person = None;
    }
    if let Some((pstart, name_start, name, gender)) = person.clone() {
        let head_governs = head.is_some_and(|(hs, hk)| {
            hs < pstart
                && title_at[hs] == 0
                && !title_end[name_start]
                && toks[hs + hk..pstart].iter().enumerate().any(|(k, t)| {
                    let at = hs + hk + k;
                    !t.is_capitalized() && title_at[at] == 0 && !lexical[at]
                })
        });
        if !head_governs {
            let descriptor = span_text(ph.sentence, &toks[..name_start])
                .trim_end_matches([',', ' '])
                .to_string();
            let name = disc
                .full_name_ending(&name, lex)
                .map_or(name, str::to_string);
            let mut src = Source::new(name, SourceKind::Person, Some(1), Some(descriptor));
            if let Some(p) = disc.find_person(&to_lower(&src.name)) {
                if src.descriptor.is_none() {
                    src.descriptor = p.descriptor.clone();
                }
            }
            return Some(Classified {
                source: src,
                gender,
                weak: false,
            });
        }
    }

    // "Terminal operator Greyport Ltd.", "nhà mạng Hải Âu Telecom": a common noun in apposition
    // to a marked organization name; the name is the source.
    if let Some((hs, hk)) = head {
        if let Some(&(s, e, after_prefix)) = runs.iter().find(|r| r.0 == hs + hk && r.1 == n) {
            let name = join(&toks[s..e]);
            // "League operator Northline Esports": so is one after a noun for a kind of
            // organization, unless a given name opens it.
            let org_noun = lex.demonstratives.iter().any(|d| {
                lex.organization_backrefs
                    .is_exactly(&[d.as_str(), words[hs + hk - 1]])
            }) && !lex.given_names.contains(&*toks[s].lower);
            let marked = after_prefix
                || org_noun
                || lex.org_suffixes.contains(&*toks[e - 1].lower)
                || disc.is_known_org(&name);
            // "quan chức Sở Y tế", "nhân viên Công ty An Phát": an unnamed person of a named
            // organization is anonymous, not the organization.
            if marked && spk.is_none_or(|(ss, _)| ss != hs) && (lex.head_final || anon != head) {
                return plain(Source::new(
                    name,
                    SourceKind::Organization,
                    Some(1),
                    Some(join(&toks[..s])),
                ));
            }
        }
    }
    // A capitalized word that opens the phrase, or follows its determiner, and modifies the
    // common noun after it ("Local radio station WMLB", "Engine maker Corvane", "the German
    // carmaker Volkswagen") is no name when another follows.
    let modifier_at = usize::from(n > 0 && lex.determiners.contains(words[0]));
    let modifier_opens = runs.len() > 1
        && runs[0].0 == modifier_at
        && runs[0].1 == modifier_at + 1
        && toks.get(modifier_at + 1).is_some_and(|t| {
            t.text.chars().all(char::is_alphabetic)
                && !t.is_capitalized()
                && !lex.function_words.contains(&*t.lower)
                && !break_before(toks, modifier_at + 1)
        });
    // A name that ends in a word for an organization takes the capitalized words just before
    // it, though they read as titles or owners ("the Justice Department", "the Information
    // Commissioner's Office", "the Dong Nai People's Committee"); otherwise the run's words.
    let owned_name = |s: usize, e: usize| -> String {
        let mut f = s;
        // "Vietnam's Ministry of Construction" is the ministry: a name with a prefix of its own
        // has an owner, not a part.
        if s > 0
            && prefix_at[s] == 0
            && toks[s - 1].is_capitalized()
            && (toks[s - 1].possessive || !lex.function_words.contains(&*toks[s - 1].lower))
            && !break_before(toks, s)
            && lex.org_suffixes.contains(&*toks[e - 1].lower)
        {
            f = s - 1;
            while f > 0
                && toks[f - 1].is_capitalized()
                && !lex.function_words.contains(&*toks[f - 1].lower)
                && !break_before(toks, f)
            {
                f -= 1;
            }
        }
        if f < s {
            span_text(ph.sentence, &toks[f..e]).to_string()
        } else {
            join(&toks[s..e])
        }
    };
    // The organization's name: a run that ends in a word for an organization ("Corvane Aero
    // Systems" after "Engine maker"), else the first run that is not a capitalized common word
    // opening the phrase ("Local radio station WMLB").
    // The run that names the organization: one ending in a word for one (with `owners`, also
    // one after an organization's prefix), else the first that is not a capitalized modifier
    // opening the phrase; with `owners`, a possessive one that does not end the phrase may name
    // it too.
    let name_run = |owners: bool| {
        let usable = |r: &&(usize, usize, bool)| {
            r.1 > r.0 && (owners || !toks[r.1 - 1].possessive || r.1 == n)
        };
        runs.iter()
            .filter(usable)
            .find(|r| (owners && r.2) || lex.org_suffixes.contains(&*toks[r.1 - 1].lower))
            .or_else(|| {
                runs.iter()
                    .filter(usable)
                    .find(|r| !(r.0 == modifier_at && r.1 == modifier_at + 1 && modifier_opens))
            })
    };
    let org_name = || -> Option<String> {
        name_run(true)
            .map(|&(s, e, _)| owned_name(s, e))
            .filter(|r| !r.is_empty())
    };
    if let Some((ss, sk)) = spk {
        // "a spokesperson for a European shipping line", "đại diện một hãng tàu": an
        // organization the article does not name speaks through someone it does not name.
        let mut k = ss + sk;
        while k < n
            && (lex.prepositions.match_at(&words, k) == Some(1) || lex.genitives.contains(words[k]))
        {
            k += 1;
        }
        if head == Some((ss, sk)) && k < n && lex.numbers.is_singular(words[k]) {
            return plain(Source::new(
                text.clone(),
                SourceKind::Anonymous,
                Some(1),
                Some(text.clone()),
            ));
        }
        // "Đại diện hai nhà rang xay châu Âu": the spokespeople of as many unnamed bodies.
        if let Some((count, _)) = (k + 1..=(k + 3).min(n))
            .rev()
            .find_map(|e| {
                lex.numbers
                    .parse_ending_at(&words, e)
                    .filter(|&(_, s)| s == k)
            })
            .filter(|&(v, _)| v > 1 && head == Some((ss, sk)))
        {
            return plain(Source::new(
                text.clone(),
                SourceKind::Anonymous,
                Some(count),
                Some(text.clone()),
            ));
        }
        if head == Some((ss, sk)) {
            // "a union representative", "a ministry spokeswoman": the body the words before the
            // noun say it speaks for, when the story names one of that kind; else that body,
            // unnamed, not the company last named.
            let kind_before = (org_name().is_none()
                && !institution_kinds(&words[..ss], lex).is_empty())
            .then(|| {
                institution_referent(&words[..ss], ph, lex, disc).unwrap_or_else(|| text.clone())
            });
            // "người phát ngôn của hiệp hội", "a spokesman for the ministry": the organization
            // whose name says what it is.
            let name = kind_before
                .or_else(org_name)
                .or_else(|| {
                    (!institution_kinds(&words[k..], lex).is_empty())
                        .then(|| institution_referent(&words[k..], ph, lex, disc))
                        .flatten()
                })
                .or_else(|| ph.context_org.clone())
                .or_else(|| disc.org_referent())
                .unwrap_or_else(|| text.clone());
            return plain(Source::new(
                name,
                SourceKind::Organization,
                Some(1),
                Some(text.clone()),
            ));
        }
    }
    if let Some((os, ok)) = outlet {
        if head == Some((os, ok))
            || (doc.is_none_or(|(ds, _)| ds > os) && anon.is_none_or(|(a, _)| a > os))
        {
            let name = join(&toks[os..os + ok]);
            return plain(Source::new(
                name,
                SourceKind::Document,
                Some(1),
                Some(text.clone()),
            ));
        }
    }
    if let Some((ds, dk)) = doc {
        if head == Some((ds, dk)) {
            let name = strip_article(&text, &words, lex);
            // One report counts 1; "nhiều bài đăng", "several studies" are uncounted.
            let vague_before = lex.vague.match_at(&words, 0).is_some()
                || (ds > 0 && lex.vague.contains_word(words[ds - 1]));
            let count = if vague_before {
                None
            } else {
                Some(
                    anonymous_count_whole(&words, ds, dk, lex)
                        .filter(|&c| c > 1)
                        .unwrap_or(1),
                )
            };
            return plain(Source::new(name, SourceKind::Document, count, None));
        }
    }
    if let Some((as_, ak)) = anon {
        // "Bộ Tài chính làm việc với các doanh nghiệp …, khẳng định": a group after a
        // preposition is an object; the organization that opens the phrase speaks.
        let governed =
            (as_.saturating_sub(3)..as_).any(|k| lex.prepositions.match_at(&words, k) == Some(1));
        if governed && head == Some((as_, ak)) {
            if let Some(&(s, e, true)) = runs.first().filter(|r| r.0 == 0 && r.1 < as_) {
                return plain(Source::new(
                    join(&toks[s..e]),
                    SourceKind::Organization,
                    Some(1),
                    None,
                ));
            }
        }
        if head == Some((as_, ak)) {
            let (mut count, subgroup) = anonymous_count(&words, as_, ak, lex);
            // "những doanh nghiệp này", "the officials": a group already introduced.
            let points_back = count.is_none()
                && if lex.head_final {
                    as_ > 0
                        && lex.demonstratives.contains(words[0])
                        && lex.plural.is_exactly(&words[as_..as_ + ak])
                } else {
                    words
                        .get(as_ + ak)
                        .is_some_and(|w| lex.demonstratives.contains(*w))
                };
            let mut backref = false;
            if points_back && !subgroup {
                if let Some(g) = disc.group_for(&words, lex) {
                    count = g.count;
                    backref = true;
                }
            }
            let descriptor =
                span_text(ph.sentence, &toks[count_words_end(&words, as_, lex)..]).to_string();
            let mut src = Source::new(text.clone(), SourceKind::Anonymous, count, Some(descriptor));
            src.subgroup = subgroup;
            src.backref = backref;
            return plain(src);
        }
    }
    // A counted group the lexicon has no noun for ("Mười lăm nhà vườn", "11 shipping lines").
    if let Some((v, s)) = lex
        .numbers
        .parse_ending_at(&words, 3)
        .filter(|&(_, s)| s == 0)
        .or_else(|| {
            lex.numbers
                .parse_ending_at(&words, 2)
                .filter(|&(_, s)| s == 0)
        })
        .or_else(|| lex.numbers.parse_ending_at(&words, 1))
    {
        if s == 0 && words.len() > 1 && (v > 1 || lex.numbers.is_singular(words[0])) {
            let mut src = Source::new(text.clone(), SourceKind::Anonymous, Some(v), None);
            src.subgroup = false;
            return plain(src);
        }
    }
    // An uncounted group the lexicon has no noun for ("several district superintendents",
    // "nhiều nhà vườn").
    if let Some(k) = lex.vague.match_at(&words, 0) {
        // "Several said …": the quantifier alone stands for some of a group just mentioned.
        if words.len() == k && toks[0].is_capitalized() {
            return plain(Source::new(text.clone(), SourceKind::Anonymous, None, None));
        }
        if words.len() > k && words.len() <= k + 6 && runs.is_empty() {
            return plain(Source::new(text.clone(), SourceKind::Anonymous, None, None));
        }
    }
    // A named organization, or an outlet by the shape of its name ("the Ledger Business Daily").
    // A possessive names an owner, not the speaker: "Vietnam's Ministry of Construction" is the
    // ministry, and "Marsh's office" is the office.
    // A run that ends in a word for an organization is its name ("Engine maker Corvane Aero
    // Systems"); a capitalized common word opening the phrase is not ("Local radio station
    // WMLB").
    let head_run = name_run(false).or_else(|| {
        runs.iter()
            .find(|&&(_, e, _)| !toks[e - 1].possessive || e == n)
    });
    if head_run.is_none() && !runs.is_empty() {
        return plain(Source::new(
            text.clone(),
            SourceKind::Organization,
            Some(1),
            None,
        ));
    }
    if let Some(&(s, e, _)) = head_run {
        let mut name = owned_name(s, e);
        let known = disc.is_known_org(&name);
        // "Verdan", after "Verdan Agritech": the organization by the first word of its name
        // (still only a guess, if nothing else marks it).
        if e == s + 1 && !known {
            if let Some(full) = disc.org_opening_with(&name) {
                name = full.clone();
            }
        }
        if e > s && lex.outlet_suffixes.contains(&*toks[e - 1].lower) {
            return plain(Source::new(
                name,
                SourceKind::Document,
                Some(1),
                Some(text.clone()),
            ));
        }
        if !name.is_empty() {
            let descriptive = toks[..s]
                .iter()
                .any(|t| !lex.function_words.contains(&*t.lower));
            let descriptor = descriptive.then(|| span_text(ph.sentence, &toks[..s]).to_string());
            let marked = prefix_at[s] > 0
                || lex.org_suffixes.contains(&*toks[e - 1].lower)
                || known
                || toks[s..e].iter().any(|t| written_like_a_brand(t.text));
            return Some(Classified {
                source: Source::new(name, SourceKind::Organization, Some(1), descriptor),
                gender: Gender::Unknown,
                weak: !marked,
            });
        }
    }
    // "A senior executive", "the bank's chief economist": the unnamed holder of a title is one
    // unnamed source.
    // "the chairman of the committee": a title opened by a determiner and owned by a body the
    // phrase does not name.
    let title_of = lex.determiners.contains(words[0])
        && lex
            .titles
            .match_at(&words, 1)
            .is_some_and(|k| words.get(1 + k).is_some_and(|w| lex.genitives.contains(*w)))
        && toks[1..].iter().all(|t| !t.is_capitalized());
    let singular_lead = lex.numbers.is_singular(words[0])
        || (lex.demonstratives.contains(words[0])
            && toks
                .iter()
                .skip(1)
                .take(3)
                .take_while(|t| !t.is_capitalized())
                .any(|t| t.possessive))
        || title_of;
    if singular_lead && n <= 8 && lex.titles.find(&words[1..]).is_some() {
        return plain(Source::new(text, SourceKind::Anonymous, Some(1), None));
    }
    None
}

/// Who a bare title ("the executive") refers to: as a pronoun does, but never an unnamed source,
/// unless the unnamed source is one described by that word ("A former Quillon hardware engineer
/// said …. “…,” the engineer said.") and the person found is not.
fn resolve_titled(disc: &Discourse, gender: Gender, head: &str) -> Option<Source> {
    let describes = |s: &Source| {
        s.descriptor.as_deref().is_some_and(|d| {
            d.split_whitespace()
                .any(|w| to_lower(w.trim_matches(|c: char| !c.is_alphanumeric())) == head)
        })
    };
    let person = resolve_pronoun(disc, gender)
        .filter(|s| s.kind == SourceKind::Person)
        .or_else(|| last_strong_person(disc, gender));
    let unnamed = disc
        .last_anonymous
        .as_ref()
        .filter(|a| a.count == Some(1) && describes(a));
    match (person, unnamed) {
        (Some(p), Some(a)) if !describes(&p) => Some(a.clone()),
        (None, Some(a)) => Some(a.clone()),
        (p, _) => p,
    }
}

/// Whether a source's description is one of a spokesperson ("người phát ngôn Sở Y tế", "a
/// spokeswoman for the ministry").
fn speaks_for(descriptor: Option<&String>, lex: &Lexicon) -> bool {
    descriptor.is_some_and(|d| {
        let words: Vec<String> = d
            .split_whitespace()
            .map(crate::lexicon::lower_case)
            .collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        lex.spokesperson.find(&words).is_some()
    })
}

/// Who "the spokesperson" is: the person who spoke last, when a spokesperson; else the
/// organization that spoke last, through its spokesperson or not; else the last person described
/// as a spokesperson.
fn resolve_spokesperson(disc: &Discourse, lex: &Lexicon) -> Option<Source> {
    let speaks_for = |descriptor: Option<&String>| speaks_for(descriptor, lex);
    let last_person = disc
        .last_human
        .as_ref()
        .filter(|s| s.kind == SourceKind::Person && speaks_for(s.descriptor.as_ref()));
    if let Some(p) = last_person {
        return Some(p.clone());
    }
    if let Some((org, _)) = &disc.speaking_org {
        return Some(Source::new(
            org.clone(),
            SourceKind::Organization,
            Some(1),
            None,
        ));
    }
    disc.persons
        .iter()
        .rev()
        .find(|p| speaks_for(p.descriptor.as_ref()))
        .map(Person::source)
}

fn resolve_pronoun(disc: &Discourse, gender: Gender) -> Option<Source> {
    // "Fiona Marchetti, reached by phone, was blunter. “…,” she said."
    if let Some((name, _)) = disc.introduced.as_ref().filter(|i| i.1 == disc.sentences) {
        if let Some(p) = disc.find_person(&to_lower(name)) {
            if p.gender.agrees(gender) {
                return Some(p.source());
            }
        }
    }
    if let (Some(src), Some(g)) = (&disc.last_human, disc.last_human_gender) {
        if g.agrees(gender) {
            return Some(src.clone());
        }
    }
    last_strong_person(disc, gender)
}

/// The person named last with a title or an honorific, or quoted, whose gender agrees.
fn last_strong_person(disc: &Discourse, gender: Gender) -> Option<Source> {
    disc.persons
        .iter()
        .rev()
        .find(|p| p.strong && p.gender.agrees(gender))
        .map(Person::source)
}

fn strip_article(text: &str, words: &[&str], lex: &Lexicon) -> String {
    if words.len() > 1 && lex.numbers.is_singular(words[0]) {
        if let Some(rest) = text.split_once(char::is_whitespace) {
            return rest.1.trim().to_string();
        }
    }
    text.to_string()
}

/// Where the words that count a source end ("three", "a", "several", "two of the"), so the
/// rest is its description.
fn count_words_end(words: &[&str], head: usize, lex: &Lexicon) -> usize {
    if let Some((p, k)) = lex.partitives.find(&words[..head]) {
        return p + k;
    }
    for end in (1..=head).rev() {
        if let Some((_, s)) = lex.numbers.parse_ending_at(words, end) {
            if s == 0 || lex.function_words.contains(words[0]) || lex.numbers.is_singular(words[0])
            {
                return end;
            }
        }
    }
    if let Some(k) = lex.vague.match_at(words, 0) {
        return k.min(head);
    }
    usize::from(lex.numbers.is_singular(words[0]) && head > 0)
}

/// How many sources an anonymous phrase claims.
fn anonymous_count(
    words: &[&str],
    head: usize,
    head_len: usize,
    lex: &Lexicon,
) -> (Option<u32>, bool) {
    let before = &words[..head];
    // "two of the people", "một trong số các nguồn tin": the part that speaks.
    if let Some((p, _)) = lex.partitives.find(before) {
        if let Some((v, _)) = lex.numbers.parse_ending_at(words, p) {
            return (Some(v), true);
        }
    }
    (anonymous_count_whole(words, head, head_len, lex), false)
}

/// What the counted groups joined to the first one, which ends at `from`, add: "Three engineers
/// and two pilots" are five, "ba kỹ sư và một phi công" four.
fn joined_counts(words: &[&str], from: usize, lex: &Lexicon) -> u32 {
    let n = words.len();
    // A conjunction, then a number and the noun it counts.
    (from..n.saturating_sub(2))
        .filter(|&c| lex.conjunctions.match_at(words, c) == Some(1))
        // "và một số doanh nghiệp" is "and some firms": uncounted, adds nothing.
        .filter(|&c| lex.vague.match_at(words, c + 1).is_none())
        .filter_map(|c| {
            let k = c + 1;
            (k + 1..=(k + 3).min(n - 1))
                .rev()
                .find_map(|e| {
                    lex.numbers
                        .parse_ending_at(words, e)
                        .filter(|&(_, s)| s == k)
                        .map(|(v, _)| v)
                })
                .or_else(|| lex.numbers.is_singular(words[k]).then_some(1))
        })
        .sum()
}

fn anonymous_count_whole(
    words: &[&str],
    head: usize,
    head_len: usize,
    lex: &Lexicon,
) -> Option<u32> {
    // A number opening the phrase counts it, whatever adjectives follow ("Half a dozen current
    // and former employees").
    for end in (1..=head.min(3)).rev() {
        if let Some((v, 0)) = lex.numbers.parse_ending_at(words, end) {
            if v > 1 || end > 1 {
                return Some(v + joined_counts(words, end, lex));
            }
        }
    }
    let before = &words[..head];
    // "một số", "several": uncounted, even when a number word is part of the quantifier.
    if lex
        .vague
        .find(before)
        .is_some_and(|(p, k)| p + k >= head.saturating_sub(1))
    {
        return None;
    }
    // A number right before the noun, perhaps with an adjective between ("three senior officials").
    for back in 0..=2usize {
        if back > head {
            break;
        }
        let end = head - back;
        let skipped = &words[end..head];
        if skipped
            .iter()
            .any(|w| lex.vague.contains_word(w) || lex.function_words.contains(*w))
        {
            break;
        }
        if let Some((v, _)) = lex.numbers.parse_ending_at(words, end) {
            return Some(v);
        }
    }
    if lex.vague.find(before).is_some() {
        return None;
    }
    if before.iter().any(|w| lex.numbers.is_singular(w)) {
        return Some(1);
    }
    // A singular noun in a language that marks plurals ("a source", "the official").
    let plural_marked = !lex.plural.is_empty();
    let noun = &words[head..head + head_len];
    if plural_marked && !lex.plural.is_exactly(noun) {
        return Some(1);
    }
    None
}

/// Finds the reason given for anonymity in a sentence: a clause opened by a reason word ("because",
/// "vì") that carries an anonymity marker or follows one.
pub fn anonymity_reason(sentence: &str, toks: &[Tok], lex: &Lexicon) -> Option<String> {
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    let marker = lex.find_anonymity_marker(sentence);
    for i in 0..toks.len() {
        let Some(k) = lex.anonymity_reasons.match_at(&words, i) else {
            continue;
        };
        let mut e = i + k;
        while e < toks.len() && !break_before(toks, e) {
            e += 1;
        }
        if e <= i + k {
            continue;
        }
        let clause_start = toks[i].start;
        let clause_end = toks[e - 1].end;
        let clause = &sentence[clause_start..clause_end];
        let has_marker = lex.find_anonymity_marker(clause).is_some();
        let follows_marker =
            marker.is_some_and(|(_, me)| me <= clause_start && clause_start - me < 40);
        if has_marker || follows_marker {
            return Some(clause.trim_end_matches(['.', ',']).to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    #[test]
    fn split_whitespace_splits_as_the_standard_library() {
        // Every whitespace character, and characters whose UTF-8 shares a first byte with one.
        let whitespace: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        assert_eq!(whitespace.len(), 25);
        let others = [
            'a', 'Đ', '\u{84}', '\u{A1}', 'ộ', '\u{1681}', '\u{200B}', '\u{2027}', '—', '“',
            '\u{205E}', '\u{3001}', '😀',
        ];
        let alphabet: Vec<char> = whitespace.iter().chain(&others).copied().collect();
        // Every string of up to three of them, and longer ones from a fixed walk.
        let mut texts: Vec<String> = Vec::new();
        for &a in &alphabet {
            for &b in &alphabet {
                for &c in &alphabet {
                    texts.push([a, b, c].iter().collect());
                }
            }
        }
        let mut x: u64 = 7;
        for _ in 0..2000 {
            let mut t = String::new();
            for _ in 0..12 {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push(alphabet[(x >> 33) as usize % alphabet.len()]);
            }
            texts.push(t);
        }
        for t in &texts {
            let ours: Vec<&str> = split_whitespace(t).collect();
            let std: Vec<&str> = t.split_whitespace().collect();
            assert_eq!(ours, std, "{t:?}");
        }
    }

    fn src(np: &str, lang: &str) -> Option<Source> {
        src_in(np, lang, &Discourse::default())
    }

    fn src_in(np: &str, lang: &str, disc: &Discourse) -> Option<Source> {
        src_full(np, lang, disc).map(|c| c.source)
    }

    fn src_full(np: &str, lang: &str, disc: &Discourse) -> Option<Classified> {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get(lang).unwrap();
        let toks = tokenize(np);
        classify(
            &Phrase {
                sentence: np,
                toks: &toks,
                at_sentence_start: false,
                context_org: None,
                subject_org: None,
                person_hint: false,
            },
            lex,
            disc,
        )
    }

    #[test]
    fn vietnamese_anonymous_counts() {
        let s = src("tám nguồn tin am hiểu vấn đề", "vi").unwrap();
        assert_eq!((s.kind, s.count), (SourceKind::Anonymous, Some(8)));
        assert_eq!(s.descriptor.as_deref(), Some("nguồn tin am hiểu vấn đề"));
        assert_eq!(src("Một nguồn tin", "vi").unwrap().count, Some(1));
        assert_eq!(src("hai mươi mốt nguồn tin", "vi").unwrap().count, Some(21));
        assert_eq!(
            src("một trong số các nguồn tin", "vi").unwrap().count,
            Some(1)
        );
        assert_eq!(src("nhiều nguồn tin", "vi").unwrap().count, None);
        let s = src("Một số doanh nghiệp", "vi").unwrap();
        assert_eq!((s.kind, s.count), (SourceKind::Anonymous, None));
        let s = src("Các lãnh đạo trong ngành chip", "vi").unwrap();
        assert_eq!((s.kind, s.count), (SourceKind::Anonymous, None));
    }

    #[test]
    fn english_anonymous_counts() {
        assert_eq!(
            src("three people familiar with the matter", "en")
                .unwrap()
                .count,
            Some(3)
        );
        assert_eq!(src("two of the people", "en").unwrap().count, Some(2));
        assert_eq!(src("a dozen officials", "en").unwrap().count, Some(12));
        assert_eq!(src("sources", "en").unwrap().count, None);
        assert_eq!(src("several officials", "en").unwrap().count, None);
        assert_eq!(src("a senior official", "en").unwrap().count, Some(1));
        assert_eq!(src("fifteen analysts", "en").unwrap().count, Some(15));
    }

    #[test]
    fn a_family_name_before_a_foreign_word_starts_no_foreign_name() {
        // "Thạch" is a Vietnamese family name: "Hải Thạch Craft" is a firm, not "Thạch Craft".
        let s = src("Hải Thạch Craft", "vi").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Organization, "Hải Thạch Craft")
        );
        // A foreign given name still starts a foreign name after an organization's.
        let s = src("Giám đốc Harbourline Daniel Okoro", "vi").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Person, "Daniel Okoro")
        );
    }

    #[test]
    fn titles_are_stripped_from_names() {
        let s = src("Giám đốc điều hành Nvidia Jensen Huang", "vi").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Person, "Jensen Huang")
        );
        assert_eq!(s.descriptor.as_deref(), Some("Giám đốc điều hành Nvidia"));
        let s = src("Bộ trưởng Bộ Tài chính Lê Minh Khôi", "vi").unwrap();
        assert_eq!(s.name, "Lê Minh Khôi");
        let s = src("Chief Executive Officer Maria Lindqvist", "en").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Person, "Maria Lindqvist")
        );
    }

    #[test]
    fn organizations_and_documents() {
        let s = src("người phát ngôn OpenAI", "vi").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Organization, "OpenAI")
        );
        let s = src("a spokesperson for Nvidia", "en").unwrap();
        assert_eq!(
            (s.kind, s.name.as_str()),
            (SourceKind::Organization, "Nvidia")
        );
        assert_eq!(src("Reuters", "vi").unwrap().kind, SourceKind::Document);
        assert_eq!(
            src("a study published in the Lancet", "en").unwrap().kind,
            SourceKind::Document
        );
        assert_eq!(src("Nvidia", "en").unwrap().kind, SourceKind::Organization);
        assert_eq!(src("Bộ Y tế", "vi").unwrap().kind, SourceKind::Organization);
    }

    #[test]
    fn a_nationality_before_a_common_noun_describes_the_name_after_it() {
        for (np, name) in [
            ("The German carmaker Volkswagen", "Volkswagen"),
            ("the Swedish tabloid Morgonposten", "Morgonposten"),
            ("Engine maker Corvane", "Corvane"),
            ("League operator Northline Esports", "Northline Esports"),
        ] {
            let s = src(np, "en").unwrap();
            assert_eq!(s.name, name, "{np}");
        }
    }

    #[test]
    fn back_references_resolve() {
        let mut d = Discourse::default();
        d.record(
            &Source::new("tám nguồn tin".into(), SourceKind::Anonymous, Some(8), None),
            Gender::Unknown,
        );
        assert_eq!(src_in("the people", "en", &d).unwrap().count, Some(8));
        assert_eq!(src_in("The eight", "en", &d).unwrap().count, Some(8));
        assert_eq!(src_in("người này", "vi", &d).unwrap().count, Some(1));
        d.record(
            &Source::new("Maria Lindqvist".into(), SourceKind::Person, Some(1), None),
            Gender::Female,
        );
        assert_eq!(
            src_in("Lindqvist", "en", &d).unwrap().name,
            "Maria Lindqvist"
        );
        assert_eq!(src_in("she", "en", &d).unwrap().name, "Maria Lindqvist");
        d.record(
            &Source::new("Nguyễn Huy Hoàng".into(), SourceKind::Person, Some(1), None),
            Gender::Male,
        );
        assert_eq!(
            src_in("ông Hoàng", "vi", &d).unwrap().name,
            "Nguyễn Huy Hoàng"
        );
        assert_eq!(src_in("Ông", "vi", &d).unwrap().name, "Nguyễn Huy Hoàng");
    }

    #[test]
    fn a_capitalized_describing_compound_leaves_a_back_reference_one() {
        let mut d = Discourse::default();
        d.record(
            &Source::new(
                "Qorvia Systems".into(),
                SourceKind::Organization,
                Some(1),
                None,
            ),
            Gender::Unknown,
        );
        for np in ["the Seattle-based company", "The Ohio-based company"] {
            let s = src_in(np, "en", &d).unwrap();
            assert_eq!(
                (s.name.as_str(), s.kind),
                ("Qorvia Systems", SourceKind::Organization)
            );
        }
        let s = src_in("A Texas-based airline", "en", &d).unwrap();
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("A Texas-based airline", SourceKind::Organization)
        );
    }

    #[test]
    fn the_latin_case_table_agrees_with_the_standard_library() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(changes_case(c), changes_case_slow(c), "{c:?}");
            if let Some(k) = latin_case(c) {
                let lower: Vec<char> = c.to_lowercase().collect();
                assert_eq!(k.lower.is_some(), lower.len() == 1, "{c:?}");
                if lower.len() == 1 {
                    assert_eq!(k.lower, Some(lower[0]), "{c:?}");
                }
            }
            let word = format!("a{c}B{c}");
            let lower = word.to_lowercase();
            assert_eq!(to_lower(&word), lower, "{c:?}");
            assert_eq!(lower_cow(&word), lower, "{c:?}");
            assert!(lower_eq(&word, &lower), "{c:?}");
            assert!(!lower_eq(&word, &word[1..]), "{c:?}");
            assert_eq!(lower_eq(&word, &word), word == lower, "{c:?}");
        }
    }

    #[test]
    fn a_word_is_lower_case_when_lower_casing_changes_none_of_it() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            // A word is borrowed as it is only when lower-casing would not change it.
            let lower_differs = c.to_lowercase().ne(std::iter::once(c));
            assert!(!lower_differs || changes_case(c), "{c:?} {:X}", c as u32);
        }
    }

    #[test]
    fn anonymity_reasons_are_found() {
        let lexs = Lexicons::builtin().unwrap();
        let reason =
            |s: &str, lang: &str| anonymity_reason(s, &tokenize(s), lexs.get(lang).unwrap());
        assert_eq!(
            reason(
                "The people, who asked not to be named because they were not authorized to speak, said so.",
                "en"
            )
            .as_deref(),
            Some("because they were not authorized to speak")
        );
        assert_eq!(
            reason(
                "Một quan chức, đề nghị giấu tên vì không được phép phát ngôn, cho biết.",
                "vi"
            )
            .as_deref(),
            Some("vì không được phép phát ngôn")
        );
        assert_eq!(reason("Sales rose because demand grew.", "en"), None);
    }
}
