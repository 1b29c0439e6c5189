//! Language knowledge, loaded from data files.
//!
//! Everything claimtrack knows about a language (reporting verbs, denial words, source nouns,
//! titles, number words, abbreviations) lives in one TOML file per language. The built-in files,
//! `src/lexicon/vi.toml` and `src/lexicon/en.toml`, are embedded in the binary; a user's file
//! given with `--lexicon` adds a language or replaces a built-in one. The matchers in the other
//! modules are language-neutral: they only consult a compiled [`Lexicon`].

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

use regex::Regex;
use serde::Deserialize;

use crate::error::{Error, Result};

const NAMES: &str = include_str!("lexicon/names.toml");

#[derive(Debug, Deserialize)]
struct RawNames {
    given_names: Vec<String>,
}

const BUILTIN: &[(&str, &str)] = &[
    ("vi.toml", include_str!("lexicon/vi.toml")),
    ("en.toml", include_str!("lexicon/en.toml")),
];

#[derive(Debug, Deserialize)]
struct RawLexicon {
    language: String,
    #[serde(default)]
    name: String,
    detect: RawDetect,
    #[serde(default)]
    sentences: RawSentences,
    cues: RawCues,
    sources: RawSources,
    numbers: RawNumbers,
    #[serde(default)]
    events: HashMap<String, Vec<String>>,
    /// Events that are one deal seen from its two sides ("sell" and "acquire").
    #[serde(default)]
    event_converses: HashMap<String, String>,
    #[serde(default)]
    words: RawWords,
}

/// How words of the language are compared.
#[derive(Debug, Default, Deserialize)]
struct RawWords {
    /// Inflectional endings removed before words are compared ("jobs" and "job").
    #[serde(default)]
    suffixes: Vec<String>,
    /// Nouns that point back at a number ("that figure", "con số này").
    #[serde(default)]
    figure_nouns: Vec<String>,
    /// Words after which a noun names an owner ("the claims of the workers", "của").
    #[serde(default)]
    genitives: Vec<String>,
    /// Words for documents too general to say which one is meant ("report": the news report or
    /// a document).
    #[serde(default)]
    generic_documents: Vec<String>,
    /// Attributing words that name the source of a reporting verb's subject ("The Ledger
    /// reported, citing an audit, that …"): the subject, not what it cites, is the source.
    #[serde(default)]
    citing: Vec<String>,
    /// Nouns for what a source said or wrote, which a name before them (after them, in a
    /// language whose heads come first) names the owner of: "the Lakeside Post report".
    #[serde(default)]
    statement_nouns: Vec<String>,
    /// Words that take two things together ("both").
    #[serde(default)]
    both: Vec<String>,
    /// Demonstratives that point back at several statements ("those claims").
    #[serde(default)]
    plural_pointers: Vec<String>,
    /// Demonstratives that point back at the statement just reported ("that account").
    #[serde(default)]
    proximal_pointers: Vec<String>,
    /// Words that mark a statement that may contradict an earlier one without a denial word: a
    /// negation ("not", "never"), or "only".
    #[serde(default)]
    counter_markers: Vec<String>,
    /// Words that deny the figure just after them ("not 12%", "không phải 12%").
    #[serde(default)]
    figure_negations: Vec<String>,
    /// Words that give the figure just after them as smaller than another ("only 41", "chỉ
    /// khoảng 6,2 tỷ đồng").
    #[serde(default)]
    figure_restrictions: Vec<String>,
    /// Reporting verbs that mark a statement as an answer to an earlier one ("khẳng định").
    #[serde(default)]
    counter_cues: Vec<String>,
    /// Reporting verbs whose statement answers nothing, whatever its negations ("confirmed").
    #[serde(default)]
    non_counter_cues: Vec<String>,
    /// Phrases with a counter marker in them that mark nothing ("four in every ten").
    #[serde(default)]
    counter_exceptions: Vec<String>,
    /// Words that open a statement as an answer to an earlier one ("Tuy nhiên, …").
    #[serde(default)]
    counter_openers: Vec<String>,
    /// Words just before a statement's reporting verb that set its source against another's
    /// ("Ông Khải thì cho rằng …").
    #[serde(default)]
    contrast_particles: Vec<String>,
    /// Words before its reporting verb that set an unnamed or documentary account against the
    /// named denial just before it ("However, a draft memo … lists …", "Two members, however,
    /// said …"), and against nothing else.
    #[serde(default)]
    account_contrasts: Vec<String>,
    /// How many words before a figure, and after its unit, say what it measures ("the share of
    /// the greenhouse seed market was below 15%"): more in a language whose words are syllables.
    #[serde(default = "default_figure_context")]
    figure_context: [usize; 2],
    /// Words just after a figure noun that make it another source's figure, which a statement
    /// that cites it answers: "the figure cited by …", "the figures in the draft", "con số trong
    /// cáo trạng".
    #[serde(default)]
    figure_citations: Vec<String>,
    /// Words just before a figure noun that do the same: "these numbers".
    #[serde(default)]
    figure_citations_before: Vec<String>,
    /// Words just before a denial verb that add a denial of something else ("also denied").
    #[serde(default)]
    additives: Vec<String>,
    /// Statement nouns in the plural ("the allegations", "các cáo buộc").
    #[serde(default)]
    plural_statements: Vec<String>,
    /// Phrases with which a source holds to what it said ("stood by its findings").
    #[serde(default)]
    reaffirmations: Vec<String>,
    /// Words that make the clause after them a noun, as "that" does: "phủ nhận việc công ty …".
    #[serde(default)]
    clause_nouns: Vec<String>,
    /// Words that open a condition, in which a denial word denies nothing ("if", "nếu").
    #[serde(default)]
    conditionals: Vec<String>,
    /// Two-word compounds that hold a conditional word and open no condition ("số liệu").
    #[serde(default)]
    conditional_compounds: Vec<String>,
}

fn default_figure_context() -> [usize; 2] {
    [7, 4]
}

#[derive(Debug, Deserialize)]
struct RawDetect {
    words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawSentences {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    may_end: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawCues {
    reporting: Vec<String>,
    #[serde(default)]
    according: Vec<String>,
    #[serde(default)]
    deny: Vec<String>,
    #[serde(default)]
    no_comment: Vec<String>,
    #[serde(default)]
    not_cues: Vec<String>,
    #[serde(default)]
    complementizers: Vec<String>,
    #[serde(default)]
    clause_conjunctions: Vec<String>,
    #[serde(default)]
    question_leads: Vec<String>,
    #[serde(default)]
    subordinators: Vec<String>,
    #[serde(default)]
    recipient_verbs: Vec<String>,
    #[serde(default)]
    deny_phrases: Vec<String>,
    #[serde(default)]
    not_deny_phrases: Vec<String>,
    #[serde(default)]
    deny_patterns: Vec<String>,
    #[serde(default)]
    report_patterns: Vec<String>,
    #[serde(default)]
    passive_markers: Vec<String>,
    /// Words that end in a passive marker and are no passive ("thiết bị", equipment).
    #[serde(default)]
    passive_compounds: Vec<String>,
    /// Reporting verbs that report nothing when a number follows them ("added 22 aircraft").
    #[serde(default)]
    counting_verbs: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawSources {
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    honorifics: HashMap<String, String>,
    #[serde(default)]
    person_pronouns: HashMap<String, String>,
    #[serde(default)]
    gendered_nouns: HashMap<String, String>,
    #[serde(default)]
    anonymous_backrefs: Vec<String>,
    #[serde(default)]
    organization_backrefs: Vec<String>,
    /// Back-references that mean a business ("the company", "công ty này").
    #[serde(default)]
    company_backrefs: Vec<String>,
    /// Words that name a body that is no business ("county", "association"); in a language
    /// whose heads come first, only as the name's first words ("Sở", "Hiệp hội").
    #[serde(default)]
    non_company_words: Vec<String>,
    #[serde(default)]
    spokesperson: Vec<String>,
    #[serde(default)]
    anonymous: Vec<String>,
    #[serde(default)]
    plural: Vec<String>,
    #[serde(default)]
    anonymity_markers: Vec<String>,
    #[serde(default)]
    permission_markers: Vec<String>,
    #[serde(default)]
    anonymity_reasons: Vec<String>,
    #[serde(default)]
    document: Vec<String>,
    #[serde(default)]
    outlets: Vec<String>,
    #[serde(default)]
    org_prefixes: Vec<String>,
    #[serde(default)]
    org_suffixes: Vec<String>,
    #[serde(default)]
    vague: Vec<String>,
    #[serde(default)]
    partitives: Vec<String>,
    #[serde(default)]
    surnames: Vec<String>,
    #[serde(default)]
    trailing: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    clause_verbs: Vec<String>,
    /// Words after which a clause verb is a noun ("the plans", "its needs").
    #[serde(default)]
    determiners: Vec<String>,
    /// Words after which a reporting or denial cue that follows another is that verb's object, a
    /// noun ("denied the claims", "bác bỏ các cáo buộc").
    #[serde(default)]
    cue_noun_markers: Vec<String>,
    #[serde(default)]
    group_words: Vec<String>,
    #[serde(default)]
    demonstratives: Vec<String>,
    #[serde(default)]
    relativizers: Vec<String>,
    /// Words for kinds of institution that a back-reference names ("the ministry", "bộ này"):
    /// the organization it means has the word in its name.
    #[serde(default)]
    institution_words: Vec<String>,
    /// Pronouns that, just after a document spoke, mean that document ("it").
    #[serde(default)]
    document_pronouns: Vec<String>,
    /// Words that open a clause still describing a source named after "according to" ("Theo
    /// báo cáo mà Thạch Hãn công bố …, …"); the relativizers do too.
    #[serde(default)]
    source_clauses: Vec<String>,
    #[serde(default)]
    contrasts: Vec<String>,
    #[serde(default)]
    name_pattern: String,
    #[serde(default)]
    conjunctions: Vec<String>,
    #[serde(default)]
    prepositions: Vec<String>,
    #[serde(default)]
    person_relativizers: Vec<String>,
    /// Words that open a relative clause whose own subject follows them ("mức chênh lệch mà
    /// người dân nêu"): a reporting verb of that subject reports nothing of the sentence.
    #[serde(default)]
    object_relativizers: Vec<String>,
    #[serde(default)]
    legal_forms: Vec<String>,
    #[serde(default)]
    place_words: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    #[serde(default)]
    head_final: bool,
    #[serde(default)]
    outlet_suffixes: Vec<String>,
    #[serde(default)]
    function_words: Vec<String>,
    #[serde(default)]
    describing_suffixes: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct RawNumbers {
    #[serde(default)]
    units: HashMap<String, u32>,
    #[serde(default)]
    tens: HashMap<String, u32>,
    #[serde(default)]
    multipliers: HashMap<String, u32>,
    #[serde(default)]
    after_tens: HashMap<String, u32>,
    #[serde(default)]
    phrases: HashMap<String, u32>,
    #[serde(default)]
    singular: Vec<String>,
    #[serde(default)]
    scales: HashMap<String, f64>,
    #[serde(default)]
    percent: Vec<String>,
    #[serde(default)]
    decimal_comma: bool,
    #[serde(default)]
    ordinal_markers: Vec<String>,
    #[serde(default)]
    ages: Vec<String>,
}

/// A set of word sequences, matched token by token (case-insensitively) at a position.
#[derive(Debug, Default, Clone)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
    /// The most words in a phrase.
    max_words: usize,
    /// A bit for each first word's [`PhraseSet::sign`]: most words of a text start no phrase,
    /// and this says so without hashing them.
    signs: [u64; 16],
}

impl PhraseSet {
    fn new(items: &[String]) -> Self {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for item in items {
            let words: Vec<String> = item.split_whitespace().map(word_key).collect();
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push(words);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        let max_words = by_first
            .values()
            .flat_map(|l| l.first())
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        let mut signs = [0u64; 16];
        for first in by_first.keys() {
            let b = Self::sign(first);
            signs[b >> 6] |= 1 << (b & 63);
        }
        PhraseSet {
            by_first,
            max_words,
            signs,
        }
    }

    /// A word's bit in `signs`: from its length and its first and last bytes.
    #[inline]
    fn sign(word: &str) -> usize {
        let b = word.as_bytes();
        let (first, last) = (
            b.first().copied().unwrap_or(0),
            b.last().copied().unwrap_or(0),
        );
        let key = u32::from(first) | u32::from(last) << 8 | (b.len() as u32) << 16;
        (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    /// Whether a phrase may start with `word` (no when its bit is not set).
    #[inline]
    fn may_start(&self, word: &str) -> bool {
        let b = Self::sign(word);
        self.signs[b >> 6] & (1 << (b & 63)) != 0
    }

    /// The first word of each phrase, for a quick test that a text may hold one.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    /// The most words in one of its phrases.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// The length in tokens of the longest phrase that starts at `words[i]`.
    pub fn match_at(&self, words: &[&str], i: usize) -> Option<usize> {
        let first = words.get(i)?;
        if !self.may_start(first) {
            return None;
        }
        let cands = self.by_first.get(*first)?;
        cands
            .iter()
            .find(|p| p.len() <= words.len() - i && p.iter().zip(&words[i..]).all(|(a, b)| a == b))
            .map(|p| p.len())
    }

    /// Its one-word phrases.
    fn single_words(&self) -> impl Iterator<Item = String> + '_ {
        self.by_first
            .iter()
            .filter(|(_, c)| c.iter().any(|p| p.len() == 1))
            .map(|(w, _)| w.clone())
    }

    /// Whether the whole of `words` is one phrase of the set.
    pub fn is_exactly(&self, words: &[&str]) -> bool {
        self.match_at(words, 0) == Some(words.len()) && !words.is_empty()
    }

    /// The first match in `words`: (start, length).
    pub fn find(&self, words: &[&str]) -> Option<(usize, usize)> {
        (0..words.len()).find_map(|i| self.match_at(words, i).map(|n| (i, n)))
    }

    /// Whether the set has no phrases.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Whether a phrase starts with `word`.
    pub fn starts_with_word(&self, word: &str) -> bool {
        self.may_start(word) && self.by_first.contains_key(word)
    }

    /// Whether a one-word phrase equals `word`.
    pub fn contains_word(&self, word: &str) -> bool {
        self.may_start(word)
            && self
                .by_first
                .get(word)
                .is_some_and(|c| c.iter().any(|p| p.len() == 1))
    }
}

/// What a cue does in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: the source is its subject, or follows it in inverted order.
    Reporting,
    /// A preposition: the source follows it ("according to", "theo").
    According,
    /// A reporting verb that denies.
    Deny,
    /// A non-response ("declined to comment").
    NoComment,
}

/// A compiled lexicon for one language.
#[derive(Debug)]
pub struct Lexicon {
    /// The language code, such as `vi` or `en`.
    pub language: String,
    /// A human name for the language.
    pub name: String,
    pub(crate) detect_words: HashSet<String>,
    pub(crate) abbreviations: HashSet<String>,
    pub(crate) may_end: HashSet<String>,
    cue_regex: WordRegex,
    cue_kinds: HashMap<String, CueKind>,
    not_cue_regex: Option<WordRegex>,
    /// The non-response cues alone ("declined to comment"): a text without one has no
    /// non-response cue, which is found without looking for every cue.
    no_comment_regex: Option<WordRegex>,
    pub(crate) complementizers: PhraseSet,
    /// Words that join a second verb to a first one with the same subject ("and", "but also",
    /// "và"): "confirmed the talks but denied that …".
    pub(crate) clause_conjunctions: PhraseSet,
    /// Words that open a sentence with the question put to its source ("Asked whether …,"):
    /// a verb before the clause's comma reports nothing.
    pub(crate) question_leads: PhraseSet,
    /// Words that open a subordinate clause of time or cause ("after", "sau khi"): a verb whose
    /// subject follows one tells of an event, and the sentence's main reporting verb, when it
    /// has one, is its attribution.
    pub(crate) subordinators: PhraseSet,
    /// Reporting verbs whose object is who was told ("told the board that …").
    pub(crate) recipient_verbs: HashSet<String>,
    /// The denial phrases, and the longer phrases that hold one but deny nothing
    /// (`not_deny_phrases`: "không đúng quy định"), which a match of this regex may also be.
    deny_phrase_regex: Option<WordRegex>,
    not_deny_phrases: HashSet<String>,
    deny_patterns: Vec<GappedPattern>,
    /// Reporting verbs with a gap ("put the cost at $4 million"): a cue at the first word.
    report_patterns: Vec<GappedPattern>,
    pub(crate) passive_markers: HashSet<String>,
    /// Words that end in a passive marker and are no passive ("thiết bị").
    pub(crate) passive_compounds: PhraseSet,
    /// Reporting verbs that report nothing when a number follows them ("added 22 aircraft").
    pub(crate) counting_verbs: HashSet<String>,
    pub(crate) titles: PhraseSet,
    pub(crate) honorifics: HashMap<String, Gender>,
    pub(crate) person_pronouns: PhraseSet,
    pub(crate) person_pronoun_gender: HashMap<String, Gender>,
    /// Nouns for a person that give their sex ("spokeswoman", "chairman").
    pub(crate) gendered_nouns: HashMap<String, Gender>,
    pub(crate) anonymous_backrefs: PhraseSet,
    pub(crate) organization_backrefs: PhraseSet,
    pub(crate) company_backrefs: PhraseSet,
    non_company_words: PhraseSet,
    pub(crate) spokesperson: PhraseSet,
    pub(crate) anonymous: PhraseSet,
    pub(crate) plural: PhraseSet,
    anonymity_marker_regex: Option<WordRegex>,
    /// The anonymity markers that say what a source may not do, a verb after them ("not
    /// authorized to discuss", "không có thẩm quyền công bố"): that verb reports nothing.
    permission_marker_regex: Option<WordRegex>,
    pub(crate) anonymity_reasons: PhraseSet,
    pub(crate) document: PhraseSet,
    pub(crate) outlets: PhraseSet,
    pub(crate) org_prefixes: PhraseSet,
    pub(crate) org_suffixes: HashSet<String>,
    pub(crate) vague: PhraseSet,
    pub(crate) partitives: PhraseSet,
    pub(crate) surnames: HashSet<String>,
    pub(crate) trailing: PhraseSet,
    pub(crate) clause_breaks: PhraseSet,
    pub(crate) clause_verbs: PhraseSet,
    pub(crate) determiners: HashSet<String>,
    /// Words after which a reporting or denial cue that follows another is a noun.
    pub(crate) cue_noun_markers: HashSet<String>,
    pub(crate) group_words: HashSet<String>,
    pub(crate) demonstratives: HashSet<String>,
    pub(crate) relativizers: PhraseSet,
    pub(crate) source_clauses: PhraseSet,
    pub(crate) institution_words: Vec<String>,
    pub(crate) document_pronouns: HashSet<String>,
    /// Words that open a second attribution in the same sentence ("…, while Y said …").
    pub(crate) contrasts: PhraseSet,
    pub(crate) name_pattern: Option<Regex>,
    pub(crate) conjunctions: PhraseSet,
    pub(crate) prepositions: PhraseSet,
    pub(crate) person_relativizers: PhraseSet,
    pub(crate) object_relativizers: PhraseSet,
    /// Legal forms that end a company's name ("Inc.", "JSC"): the same for every company.
    pub(crate) legal_forms: HashSet<String>,
    pub(crate) place_words: PhraseSet,
    pub(crate) places: PhraseSet,
    /// Whether the last noun of a compound is its head ("poll workers"), as in English.
    pub(crate) head_final: bool,
    pub(crate) outlet_suffixes: HashSet<String>,
    pub(crate) given_names: HashSet<String>,
    pub(crate) function_words: HashSet<String>,
    /// The last words of compounds that describe though they start with a capital ("Ohio-based",
    /// "Texas-born"): such a compound is no part of a name.
    pub(crate) describing_suffixes: HashSet<String>,
    pub(crate) numbers: Numbers,
    /// Event words, each with the concept it names ("mua lại" and "acquire" name `acquire`).
    pub(crate) events: PhraseSet,
    pub(crate) event_concepts: HashMap<String, String>,
    /// Each event concept's converse, both ways ("sell" and "acquire").
    pub(crate) event_converses: HashMap<String, String>,
    /// Inflectional endings, longest first, removed by [`Lexicon::stem`].
    suffixes: Vec<String>,
    /// Nouns that point back at a number ("figure", "con số").
    pub(crate) figure_nouns: PhraseSet,
    /// Words after which a noun names an owner ("of", "của").
    pub(crate) genitives: HashSet<String>,
    /// Nouns for what a source said or wrote ("report", "báo cáo").
    pub(crate) statement_nouns: PhraseSet,
    /// Words for documents too general to say which one is meant ("report").
    pub(crate) generic_documents: HashSet<String>,
    /// Attributing words that name what a reporting verb's subject cites ("citing").
    pub(crate) citing: HashSet<String>,
    /// Words that take two things together ("both"), with the word that joins the second when
    /// there is one ("cả … lẫn").
    both: Vec<(String, Option<String>)>,
    /// Demonstratives that point back at several statements ("those claims").
    pub(crate) plural_pointers: HashSet<String>,
    /// Demonstratives that point back at the statement just reported ("that account").
    pub(crate) proximal_pointers: HashSet<String>,
    /// Words that mark a statement that may contradict an earlier one without a denial word: a
    /// negation ("not", "never"), or "only".
    pub(crate) counter_markers: PhraseSet,
    /// Words that deny the figure just after them ("not 12%", "không phải 12%").
    pub(crate) figure_negations: PhraseSet,
    /// Words that give the figure just after them as smaller than another ("only 41", "chỉ
    /// khoảng 6,2 tỷ đồng").
    pub(crate) figure_restrictions: PhraseSet,
    /// Reporting verbs that mark a statement as an answer to an earlier one ("khẳng định").
    pub(crate) counter_cues: HashSet<String>,
    /// Reporting verbs whose statement answers nothing, whatever its negations ("confirmed").
    pub(crate) non_counter_cues: HashSet<String>,
    /// Phrases with a counter marker in them that mark nothing ("four in every ten").
    pub(crate) counter_exceptions: PhraseSet,
    /// Words that open a statement as an answer to an earlier one ("Tuy nhiên, …").
    pub(crate) counter_openers: PhraseSet,
    /// Words just before a statement's reporting verb that set its source against another's
    /// ("Ông Khải thì cho rằng …").
    pub(crate) contrast_particles: HashSet<String>,
    /// Words before its reporting verb that set an unnamed or documentary account against the
    /// named denial just before it.
    pub(crate) account_contrasts: HashSet<String>,
    /// How many words before a figure, and after its unit, say what it measures.
    pub(crate) figure_context: [usize; 2],
    /// Words just after a figure noun that make it another source's figure.
    pub(crate) figure_citations: PhraseSet,
    /// Words just before a figure noun that make it another source's figure.
    pub(crate) figure_citations_before: HashSet<String>,
    /// Words just before a denial verb that add a denial of something else ("also denied").
    pub(crate) additives: HashSet<String>,
    /// Statement nouns in the plural ("the allegations", "các cáo buộc").
    pub(crate) plural_statements: PhraseSet,
    /// Phrases with which a source holds to what it said ("stood by its findings", "giữ nguyên
    /// quan điểm"): said after a denial, they answer it.
    reaffirmation_regex: Option<WordRegex>,
    pub(crate) clause_nouns: PhraseSet,
    /// Words that open a condition ("if", "nếu").
    conditionals: HashSet<String>,
    /// Compounds that hold a conditional word and open no condition ("số liệu", "dữ liệu").
    conditional_compounds: HashSet<String>,
    /// Function words, honorifics and one-word titles: [`Lexicon::is_common_word`].
    common_words: HashSet<String>,
    /// Function words, language detection words and one-word complementizers: words that say
    /// nothing of what a statement is about ([`Lexicon::says_nothing`]).
    contentless: HashSet<String>,
    /// For each word that starts a phrase of [`Lexicon::source_phrase_sets`], which of the sets
    /// have one that starts with it, a bit each.
    source_phrase_starts: HashMap<String, u16>,
}

/// The sex a word implies, when it implies one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
    /// Not known.
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// Whether two genders can name the same person.
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// Bits naming the sets of [`Lexicon::source_phrase_sets`].
pub(crate) struct SourcePhrases;

impl SourcePhrases {
    pub(crate) const TITLES: u16 = 1 << 0;
    pub(crate) const ANONYMOUS: u16 = 1 << 1;
    pub(crate) const DOCUMENT: u16 = 1 << 2;
    pub(crate) const SPOKESPERSON: u16 = 1 << 3;
    pub(crate) const PARTITIVES: u16 = 1 << 4;
    pub(crate) const ANONYMOUS_BACKREFS: u16 = 1 << 5;
    pub(crate) const ORGANIZATION_BACKREFS: u16 = 1 << 6;
    pub(crate) const OUTLETS: u16 = 1 << 7;
    pub(crate) const ORG_PREFIXES: u16 = 1 << 8;
    pub(crate) const VAGUE: u16 = 1 << 9;
    pub(crate) const PLACES: u16 = 1 << 10;

    /// The place of a set's bit in what [`Lexicon::source_phrases_at`] returns.
    pub(crate) const fn at(bit: u16) -> usize {
        bit.trailing_zeros() as usize
    }
}

/// Number words of a language.
#[derive(Debug, Default)]
pub struct Numbers {
    units: HashMap<String, u32>,
    tens: HashMap<String, u32>,
    multipliers: HashMap<String, u32>,
    after_tens: HashMap<String, u32>,
    phrases: HashMap<Vec<String>, u32>,
    /// The last word of each fixed phrase: a number ending in another word is no phrase.
    phrase_ends: HashSet<String>,
    singular: HashSet<String>,
    pub(crate) scales: PhraseSet,
    pub(crate) scale_values: HashMap<String, f64>,
    pub(crate) percent: PhraseSet,
    pub(crate) decimal_comma: bool,
    /// Words before a figure that make it a rank or a label, not a count ("the No. 2 grower").
    ordinal_markers: HashSet<String>,
    /// Words after a figure that make it a person's age, not a count ("54 tuổi").
    pub(crate) ages: PhraseSet,
}

impl Numbers {
    /// Whether a word makes the figure after it a rank or a label ("No. 2").
    pub fn is_ordinal_marker(&self, word: &str) -> bool {
        self.ordinal_markers.contains(word)
    }

    /// Reads a number that ends exactly at `words[end - 1]`, looking backwards.
    /// Returns its value and the index of its first word.
    pub fn parse_ending_at(&self, words: &[&str], end: usize) -> Option<(u32, usize)> {
        if end == 0 || end > words.len() {
            return None;
        }
        let last = words[end - 1];
        // Fixed phrases first ("half a dozen"), longest first.
        if self.phrase_ends.contains(last) {
            let mut best: Option<(u32, usize)> = None;
            for (phrase, value) in &self.phrases {
                let n = phrase.len();
                if n <= end && phrase.iter().zip(&words[end - n..end]).all(|(a, b)| a == b) {
                    let start = end - n;
                    if best.is_none_or(|(_, s)| start < s) {
                        best = Some((*value, start));
                    }
                }
            }
            if best.is_some() {
                return best;
            }
        }
        // Digits, maybe with a thousands separator.
        let bytes = last.as_bytes();
        let separator = |b: &u8| matches!(b, b',' | b'.');
        if bytes.iter().any(u8::is_ascii_digit)
            && bytes.iter().all(|b| b.is_ascii_digit() || separator(b))
        {
            if end >= 2 && self.ordinal_markers.contains(words[end - 2]) {
                return None;
            }
            let digits = bytes.iter().filter(|b| !separator(b)).count();
            // Four digits with no separator in the range of years are a year: "A 2025 report
            // found", "a March 2025 memo" (a count that large is written "2,025" or "2.025").
            // A count too large for a u32 is none.
            let mut value: u32 = 0;
            for b in bytes.iter().filter(|b| !separator(b)) {
                value = value.checked_mul(10)?.checked_add(u32::from(b - b'0'))?;
            }
            if bytes.len() == 4 && digits == 4 && (1800..2200).contains(&value) {
                return None;
            }
            return Some((value, end - 1));
        }
        // Words: try the longest run of number words ending here that parses.
        let mut start = end;
        while start > 0 && self.is_number_word(words[start - 1]) && end - start < 4 {
            start -= 1;
        }
        (start..end).find_map(|s| self.parse_words(&words[s..end]).map(|v| (v, s)))
    }

    /// Whether a word can be part of a spelled-out number.
    pub fn is_number_word(&self, w: &str) -> bool {
        self.units.contains_key(w)
            || self.tens.contains_key(w)
            || self.multipliers.contains_key(w)
            || self.after_tens.contains_key(w)
            || w.contains('-') && w.split('-').all(|p| self.is_number_word(p))
    }

    /// Parses a whole sequence of number words, such as "hai mươi mốt" or "twenty-one".
    pub fn parse_words(&self, words: &[&str]) -> Option<u32> {
        let parts: Vec<&str> = words.iter().flat_map(|w| w.split('-')).collect();
        let (&first, rest) = parts.split_first()?;
        let mut value;
        let mut have_tens;
        if let Some(&t) = self.tens.get(first) {
            value = t;
            have_tens = true;
        } else if let Some(&u) = self.units.get(first) {
            value = u;
            have_tens = false;
        } else {
            return None;
        }
        let mut rest = rest;
        if let Some((&m, r)) = rest.split_first() {
            if let Some(&mult) = self.multipliers.get(m) {
                if have_tens {
                    return None;
                }
                value *= mult;
                have_tens = true;
                rest = r;
            }
        }
        match rest {
            [] => Some(value),
            [u] if have_tens => self.after_tens.get(*u).map(|x| value + x),
            _ => None,
        }
    }

    /// Whether the word marks a singular ("a", "một").
    pub fn is_singular(&self, w: &str) -> bool {
        self.singular.contains(w)
    }
}

fn alternation(items: &[String]) -> String {
    let mut items: Vec<&String> = items.iter().filter(|s| !s.trim().is_empty()).collect();
    items.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    items.dedup();
    items
        .iter()
        .map(|s| {
            s.split_whitespace()
                .map(regex::escape)
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Matches one non-word character at the start of a string: what stands between a phrase of a
/// [`WordRegex`] and the words around it. One for every phrase regex, compiled once.
static DELIMITER: std::sync::LazyLock<Regex> =
    std::sync::LazyLock::new(|| Regex::new(r"^[^\p{L}\p{N}]").expect("a valid regex"));

/// A regex that finds any of `items` as whole words, case-insensitively.
fn word_regex(items: &[String]) -> std::result::Result<Option<WordRegex>, regex::Error> {
    if items.is_empty() {
        return Ok(None);
    }
    let pattern = format!(
        r"(?i)(?:^|[^\p{{L}}\p{{N}}])({})(?:$|[^\p{{L}}\p{{N}}])",
        alternation(items)
    );
    let delimiter = &*DELIMITER;
    let bare = items.iter().all(|item| {
        let item = item.trim();
        let edge =
            |c: Option<char>| c.is_some_and(|c| !delimiter.is_match(c.encode_utf8(&mut [0; 4])));
        edge(item.chars().next()) && edge(item.chars().next_back())
    });
    // The phrases in the form `fold` gives a text, for the fast path of `find_words`.
    let phrases = bare
        .then(|| {
            let folded: Vec<String> = items
                .iter()
                .map(|item| {
                    let words: Vec<String> = item.split_whitespace().map(fold_word).collect();
                    words.join(" ")
                })
                .filter(|p| !p.is_empty())
                .collect();
            Some(FoldedPhrases {
                longest: phrase_automaton(&folded, aho_corasick::MatchKind::LeftmostLongest)?,
                every: std::sync::OnceLock::new(),
                folded,
            })
        })
        .flatten();
    // The regex is needed at once when there is no fold to search; otherwise only for a text
    // that does not fold, which is rare: it is compiled then, and start-up (a one-article run)
    // skips most of its cost. It cannot fail then: its phrases are escaped, so its syntax holds,
    // and its size limit is far above what they take.
    let re = std::sync::OnceLock::new();
    if phrases.is_none() {
        let _ = re.set(compile_word_regex(&pattern)?);
    }
    Ok(Some(WordRegex {
        pattern,
        re,
        bare,
        phrases,
    }))
}

/// Compiles a [`word_regex`] pattern. The size limit is far above what a lexicon's phrases take,
/// so that a regex compiled when first needed does not fail where one compiled on load would not.
fn compile_word_regex(pattern: &str) -> std::result::Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .size_limit(1 << 28)
        .build()
}

/// A text's fold ([`fold`]), made when first needed; `None` when the text does not fold.
pub struct Folded<'t> {
    text: &'t str,
    folded: std::cell::OnceCell<Option<std::borrow::Cow<'t, str>>>,
}

impl<'t> Folded<'t> {
    pub fn new(text: &'t str) -> Folded<'t> {
        Folded {
            text,
            folded: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> Option<&str> {
        self.folded
            .get_or_init(|| {
                let mut out = String::new();
                fold(self.text, &mut out).then_some(out.into())
            })
            .as_deref()
    }

    /// The fold of a part of the text, `text[range]`: the same part of the text's fold, which
    /// folds each character in its place, when the text folds.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Folded<'_> {
        let part = Folded::new(&self.text[range.clone()]);
        if let Some(f) = self.get() {
            let _ = part.folded.set(Some(std::borrow::Cow::Borrowed(&f[range])));
        }
        part
    }
}

/// A text in lower case, quickly when every character keeps its length in lower case.
pub fn lower_case(text: &str) -> String {
    let mut out = String::new();
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else if fold(text, &mut out) {
        out
    } else {
        text.to_lowercase()
    }
}

/// A word in lower case, each character lower-cased alone, as `fold` writes it.
fn fold_word(word: &str) -> String {
    word.chars()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .collect()
}

/// The text in lower case, with every whitespace character a space, byte for byte in the same
/// places; `None` when that cannot be done (a character whose lower case is longer or shorter,
/// a whitespace character other than ASCII) or would not match as the regex does (a run of
/// whitespace, which `\s+` matches inside a phrase).
fn fold(text: &str, out: &mut String) -> bool {
    out.clear();
    out.reserve(text.len());
    let mut prev_space = false;
    let mut rest = text;
    loop {
        // A run of ASCII with no whitespace but single spaces is copied and lowered whole.
        let bytes = rest.as_bytes();
        let mut run = 0;
        // Eight bytes at a time while they are ASCII, with no control character and no two
        // spaces in a row; the loop after it reads the rest, and decides at any such byte.
        const HIGH: u64 = 0x8080_8080_8080_8080;
        const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
        // The high bit of each byte of `y` (all below 0x80) that is zero.
        let zero_bytes = |y: u64| !(((y & LOW7) + LOW7) | y | LOW7);
        while let Some(chunk) = bytes.get(run..run + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if x & HIGH != 0 || zero_bytes(x & 0x6060_6060_6060_6060) != 0 {
                break;
            }
            let spaces = zero_bytes(x ^ 0x2020_2020_2020_2020);
            if spaces & (spaces << 8) != 0 || (prev_space && spaces & 0x80 != 0) {
                break;
            }
            prev_space = spaces >> 63 != 0;
            run += 8;
        }
        while let Some(&b) = bytes.get(run) {
            if b == b' ' {
                if prev_space {
                    return false;
                }
                prev_space = true;
            } else if !b.is_ascii() || b.is_ascii_whitespace() || b == 0x0b {
                break;
            } else {
                prev_space = false;
            }
            run += 1;
        }
        let start = out.len();
        out.push_str(&rest[..run]);
        out[start..].make_ascii_lowercase();
        rest = &rest[run..];
        let Some(c) = rest.chars().next() else {
            return true;
        };
        rest = &rest[c.len_utf8()..];
        // A Latin letter, by table: no whitespace among them.
        if let Some(k) = crate::sources::latin_case(c) {
            if !k.changes {
                out.push(c);
            } else {
                match k.lower {
                    Some(l) if l.len_utf8() == c.len_utf8() => out.push(l),
                    _ => return false,
                }
            }
            prev_space = false;
            continue;
        }
        let space = c.is_whitespace();
        if space {
            if prev_space || !c.is_ascii() {
                return false;
            }
            out.push(' ');
        } else if !crate::sources::changes_case(c) {
            out.push(c);
        } else {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
                _ => return false,
            }
        }
        prev_space = space;
    }
}

/// A pattern with a gap ("called the report …", "put the cost … at $4 million"), matched as
/// `regex::Regex::find_iter` would, without its reverse search: the gaps' counted repetitions
/// make the reverse automaton large, and each of its states costly to build. A forward search
/// finds where the leftmost match ends; the first position from which an anchored search matches
/// is where it starts.
#[derive(Debug, Clone)]
pub(crate) struct GappedPattern {
    /// The pattern, compiled when a text first may hold a match: a run of one article needs
    /// few of them, and compiling them all was a third of its start-up.
    re: std::sync::OnceLock<regex_automata::meta::Regex>,
    pattern: String,
    /// What every match begins with, folded as [`fold`] folds a text, when that is known: a
    /// folded text that holds none of them holds no match, and the pattern is not run on it.
    needles: Option<Vec<memchr::memmem::Finder<'static>>>,
}

impl GappedPattern {
    /// The pattern, or why it does not parse; it is compiled when first needed.
    fn new(pattern: &str) -> std::result::Result<Self, String> {
        let hir = regex_syntax::Parser::new()
            .parse(pattern)
            .map_err(|e| e.to_string())?;
        Ok(Self {
            re: std::sync::OnceLock::new(),
            pattern: pattern.to_string(),
            needles: Self::needles(&hir),
        })
    }

    /// The compiled pattern. Only where a match starts and ends is read: no capture groups are
    /// built. No size limit: the syntax was checked on load, and that is all that can fail.
    fn re(&self) -> &regex_automata::meta::Regex {
        self.re.get_or_init(|| {
            regex_automata::meta::Builder::new()
                .configure(
                    regex_automata::meta::Config::new()
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit)
                        .nfa_size_limit(None),
                )
                .build(&self.pattern)
                .expect("a pattern whose syntax was checked on load")
        })
    }

    /// The prefixes every match of `pattern` begins with (each of its literal prefixes, up to
    /// six bytes and whole characters, folded and without repeats); `None` when a match may
    /// begin with anything (a class such as `\w`, an optional start), the prefixes are too many,
    /// or one does not fold character for character.
    fn needles(hir: &regex_syntax::hir::Hir) -> Option<Vec<memchr::memmem::Finder<'static>>> {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let mut extractor = Extractor::new();
        extractor
            .kind(ExtractKind::Prefix)
            .limit_literal_len(6)
            .limit_class(64)
            .limit_repeat(4)
            .limit_total(4096);
        let seq = extractor.extract(hir);
        let mut folded: Vec<String> = Vec::new();
        for literal in seq.literals()? {
            // The whole characters at its start: a literal cut inside a character keeps less.
            let bytes = literal.as_bytes();
            let text = match std::str::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?,
            };
            let mut out = String::new();
            for c in text.chars() {
                let lower = if c.is_whitespace() {
                    ' '
                } else {
                    let mut l = c.to_lowercase();
                    match (l.next(), l.next()) {
                        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                        _ => return None,
                    }
                };
                out.push(lower);
            }
            if out.is_empty() {
                return None;
            }
            folded.push(out);
        }
        if folded.is_empty() {
            return None;
        }
        folded.sort_unstable();
        folded.dedup();
        // A prefix that starts another makes the longer one redundant.
        let kept: Vec<&String> = folded
            .iter()
            .filter(|f| !folded.iter().any(|g| g != *f && f.starts_with(g.as_str())))
            .collect();
        Some(
            kept.into_iter()
                .map(|f| memchr::memmem::Finder::new(f.as_bytes()).into_owned())
                .collect(),
        )
    }

    /// Whether a match may begin somewhere in a text whose fold is `folded` (`None` when the
    /// text does not fold).
    pub(crate) fn may_match(&self, folded: Option<&str>) -> bool {
        match (&self.needles, folded) {
            (Some(needles), Some(f)) => needles.iter().any(|n| n.find(f.as_bytes()).is_some()),
            _ => true,
        }
    }

    /// The matches `regex::Regex::find_iter` finds, to check [`Self::find_iter`] against.
    #[cfg(test)]
    fn by_regex_crate(&self, text: &str) -> Vec<(usize, usize)> {
        Regex::new(&self.pattern)
            .unwrap()
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// The byte ranges of the pattern's non-overlapping leftmost-first matches in `text`.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize)> + 't {
        use regex_automata::{Anchored, Input};
        let mut at = 0;
        std::iter::from_fn(move || {
            if at > text.len() {
                return None;
            }
            let end = self
                .re()
                .search_half(&Input::new(text).range(at..))?
                .offset();
            let m = (at..=end)
                .filter(|&s| text.is_char_boundary(s))
                .find_map(|s| {
                    self.re()
                        .search(&Input::new(text).range(s..).anchored(Anchored::Yes))
                })?;
            debug_assert_eq!(m.end(), end);
            // An empty match moves the search on by a character, as find_iter does.
            at = if m.is_empty() {
                m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end()
            };
            Some((m.start(), m.end()))
        })
    }
}

/// A regex built by [`word_regex`]: phrases between non-word characters or the text's ends.
#[derive(Debug, Clone)]
pub(crate) struct WordRegex {
    /// The regex's source, for [`WordRegex::regex`].
    pattern: String,
    /// The regex, compiled when first needed.
    re: std::sync::OnceLock<Regex>,
    /// Whether every phrase starts and ends with a word character. Then a match is the phrase
    /// with at most one delimiting character on each side, which is trimmed off; otherwise the
    /// phrase is read from the capture group, which costs a second, slower search.
    bare: bool,
    /// For a bare regex, its phrases folded as `fold` folds a text: the same matches, found
    /// without the regex engine when the text folds.
    phrases: Option<FoldedPhrases>,
}

/// The phrases of a [`WordRegex`] folded as [`fold`] folds a text, and two automata of them:
/// leftmost-longest matches, and every match, for a text where a leftmost-longest match is not
/// a whole word. That is rare, and the second is built when first needed.
#[derive(Debug, Clone)]
struct FoldedPhrases {
    longest: aho_corasick::AhoCorasick,
    every: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    folded: Vec<String>,
}

impl FoldedPhrases {
    /// The automaton of every match; `None` if it cannot be built.
    fn every(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.every
            .get_or_init(|| phrase_automaton(&self.folded, aho_corasick::MatchKind::Standard))
            .as_ref()
    }
}

/// An automaton of folded phrases; `None` if it cannot be built. A contiguous NFA rather than a
/// DFA: as fast on the benchmark corpus (medians of 21 runs, one core), and a third of a
/// one-article run's start-up less to build.
fn phrase_automaton(
    folded: &[String],
    kind: aho_corasick::MatchKind,
) -> Option<aho_corasick::AhoCorasick> {
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
        .match_kind(kind)
        .build(folded)
        .ok()
}

impl WordRegex {
    /// The compiled regex.
    fn regex(&self) -> &Regex {
        self.re.get_or_init(|| {
            compile_word_regex(&self.pattern).expect("a phrase regex whose syntax was checked")
        })
    }

    /// The byte ranges of whole-word matches. Matches may share their delimiting character, so
    /// the search restarts inside the previous one.
    fn find_words(&self, text: &str) -> Vec<(usize, usize)> {
        self.find_words_in(text, &Folded::new(text))
    }

    /// [`WordRegex::find_words`] with the text's fold already made, for several searches of
    /// one text.
    fn find_words_in(&self, text: &str, folded: &Folded) -> Vec<(usize, usize)> {
        if let (Some(phrases), Some(folded)) = (&self.phrases, folded.get()) {
            let mut out = Vec::new();
            for m in phrases.longest.find_iter(folded) {
                if !self.delimited(text, m.start(), m.end()) {
                    // A shorter phrase at the same start, or one inside it, may be a word.
                    return match phrases.every() {
                        Some(every) => self.find_folded(every, text, folded),
                        None => self.find_by_regex(text),
                    };
                }
                out.push((m.start(), m.end()));
            }
            return out;
        }
        self.find_by_regex(text)
    }

    /// Whether `text[start..end]` stands between delimiters or the text's ends.
    fn delimited(&self, text: &str, start: usize, end: usize) -> bool {
        text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| self.is_delimiter(c))
            && text[end..]
                .chars()
                .next()
                .is_none_or(|c| self.is_delimiter(c))
    }

    /// `find_words` on a text and its fold: every occurrence of a phrase between delimiters,
    /// the longest at each start, from the left, without overlaps, as the regex finds them.
    fn find_folded(
        &self,
        phrases: &aho_corasick::AhoCorasick,
        text: &str,
        folded: &str,
    ) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = phrases
            .find_overlapping_iter(folded)
            .map(|m| (m.start(), m.end()))
            .filter(|&(s, e)| self.delimited(text, s, e))
            .collect();
        // Leftmost first; at one start, the longest.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (s, e) in found {
            if out.last().is_none_or(|&(_, last_end)| s >= last_end) {
                out.push((s, e));
            }
        }
        out
    }

    fn find_by_regex(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos <= text.len() {
            let (start, end) = if self.bare {
                let Some(m) = self.regex().find_at(text, pos) else {
                    break;
                };
                let found = m.as_str();
                let lead = found
                    .chars()
                    .next()
                    .filter(|c| self.is_delimiter(*c))
                    .map_or(0, char::len_utf8);
                let trail = found[lead..]
                    .chars()
                    .next_back()
                    .filter(|c| self.is_delimiter(*c))
                    .map_or(0, char::len_utf8);
                (m.start() + lead, m.end() - trail)
            } else {
                let Some(caps) = self.regex().captures_at(text, pos) else {
                    break;
                };
                let Some(m) = caps.get(1) else { break };
                (m.start(), m.end())
            };
            out.push((start, end));
            pos = end;
        }
        out
    }

    fn is_delimiter(&self, c: char) -> bool {
        if c.is_ascii() {
            return !c.is_ascii_alphanumeric();
        }
        // The Latin letters (Latin-1's but "×" and "÷", Latin Extended-A and -B, Latin Extended
        // Additional), where the letters of most text are, by their code alone; and a character
        // that is neither alphabetic nor numeric is neither a letter nor a number.
        let u = u32::from(c);
        if ((0xC0..0x250).contains(&u) && c != '×' && c != '÷') || (0x1E00..0x1F00).contains(&u) {
            return false;
        }
        if !c.is_alphanumeric() {
            return true;
        }
        DELIMITER.is_match(c.encode_utf8(&mut [0; 4]))
    }
}

fn lower_set(items: &[String]) -> HashSet<String> {
    items.iter().map(|s| word_key(s)).collect()
}

/// The form in which words are compared: lower case, without a final period ("Dr." and "dr" match).
pub fn word_key(word: &str) -> String {
    crate::sources::to_lower(word.trim_end_matches('.'))
}

/// A cue found in a sentence: its byte range and what it does.
#[derive(Debug, Clone)]
pub struct CueMatch {
    /// Byte offset of the cue's first byte in the searched text.
    pub start: usize,
    /// Byte offset just past the cue.
    pub end: usize,
    /// What the cue does.
    pub kind: CueKind,
}

impl Lexicon {
    /// Compiles a lexicon from TOML text. `origin` names the file in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Lexicon> {
        let raw: RawLexicon = toml::from_str(text).map_err(|e| Error::Lexicon {
            path: origin.to_string(),
            message: e.to_string(),
        })?;
        let bad = |e: regex::Error| Error::Lexicon {
            path: origin.to_string(),
            message: e.to_string(),
        };
        let c = &raw.cues;
        let mut cue_kinds = HashMap::default();
        let mut all_cues = Vec::new();
        for (list, kind) in [
            (&c.reporting, CueKind::Reporting),
            (&c.according, CueKind::According),
            (&c.deny, CueKind::Deny),
            (&c.no_comment, CueKind::NoComment),
        ] {
            for cue in list {
                let key = normalize_key(cue);
                cue_kinds.insert(key, kind);
                all_cues.push(cue.clone());
            }
        }
        let cue_regex = word_regex(&all_cues)
            .map_err(bad)?
            .ok_or_else(|| Error::Lexicon {
                path: origin.to_string(),
                message: "no reporting cues".into(),
            })?;
        let regexes = |patterns: &[String]| {
            patterns
                .iter()
                .map(|p| GappedPattern::new(p))
                .collect::<std::result::Result<Vec<_>, _>>()
                .map_err(|message| Error::Lexicon {
                    path: origin.to_string(),
                    message,
                })
        };
        let deny_patterns = regexes(&c.deny_patterns)?;
        let report_patterns = regexes(&c.report_patterns)?;
        let s = &raw.sources;
        let n = &raw.numbers;
        let mut lex = Lexicon {
            language: raw.language.clone(),
            name: raw.name.clone(),
            detect_words: lower_set(&raw.detect.words),
            abbreviations: raw.sentences.abbreviations.iter().cloned().collect(),
            may_end: raw.sentences.may_end.iter().cloned().collect(),
            cue_regex,
            cue_kinds,
            not_cue_regex: word_regex(&c.not_cues).map_err(bad)?,
            no_comment_regex: word_regex(&c.no_comment).map_err(bad)?,
            complementizers: PhraseSet::new(&c.complementizers),
            clause_conjunctions: PhraseSet::new(&c.clause_conjunctions),
            question_leads: PhraseSet::new(&c.question_leads),
            subordinators: PhraseSet::new(&c.subordinators),
            recipient_verbs: lower_set(&c.recipient_verbs),
            deny_phrase_regex: word_regex(
                &c.deny_phrases
                    .iter()
                    .chain(&c.not_deny_phrases)
                    .cloned()
                    .collect::<Vec<_>>(),
            )
            .map_err(bad)?,
            not_deny_phrases: c
                .not_deny_phrases
                .iter()
                .map(|p| normalize_key(p))
                .collect(),
            deny_patterns,
            report_patterns,
            passive_markers: lower_set(&c.passive_markers),
            passive_compounds: PhraseSet::new(&c.passive_compounds),
            counting_verbs: lower_set(&c.counting_verbs),
            titles: PhraseSet::new(&s.titles),
            honorifics: s
                .honorifics
                .iter()
                .map(|(k, v)| (word_key(k), Gender::parse(v)))
                .collect(),
            person_pronouns: PhraseSet::new(&s.person_pronouns.keys().cloned().collect::<Vec<_>>()),
            person_pronoun_gender: s
                .person_pronouns
                .iter()
                .map(|(k, v)| (normalize_key(k), Gender::parse(v)))
                .collect(),
            gendered_nouns: s
                .gendered_nouns
                .iter()
                .map(|(k, v)| (word_key(k), Gender::parse(v)))
                .collect(),
            anonymous_backrefs: PhraseSet::new(&s.anonymous_backrefs),
            organization_backrefs: PhraseSet::new(&s.organization_backrefs),
            company_backrefs: PhraseSet::new(&s.company_backrefs),
            non_company_words: PhraseSet::new(&s.non_company_words),
            spokesperson: PhraseSet::new(&s.spokesperson),
            anonymous: PhraseSet::new(&s.anonymous),
            plural: PhraseSet::new(&s.plural),
            anonymity_marker_regex: word_regex(&s.anonymity_markers).map_err(bad)?,
            permission_marker_regex: word_regex(&s.permission_markers).map_err(bad)?,
            anonymity_reasons: PhraseSet::new(&s.anonymity_reasons),
            document: PhraseSet::new(&s.document),
            outlets: PhraseSet::new(&s.outlets),
            org_prefixes: PhraseSet::new(&s.org_prefixes),
            org_suffixes: s
                .org_suffixes
                .iter()
                .map(|x| x.trim_end_matches(['.', ',']).to_lowercase())
                .collect(),
            vague: PhraseSet::new(&s.vague),
            partitives: PhraseSet::new(&s.partitives),
            surnames: s.surnames.iter().cloned().collect(),
            trailing: PhraseSet::new(&s.trailing),
            clause_breaks: PhraseSet::new(&s.clause_breaks),
            clause_verbs: PhraseSet::new(&s.clause_verbs),
            determiners: lower_set(&s.determiners),
            cue_noun_markers: lower_set(&s.cue_noun_markers),
            group_words: lower_set(&s.group_words),
            demonstratives: lower_set(&s.demonstratives),
            relativizers: PhraseSet::new(&s.relativizers),
            source_clauses: PhraseSet::new(&s.source_clauses),
            institution_words: s
                .institution_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            document_pronouns: lower_set(&s.document_pronouns),
            contrasts: PhraseSet::new(&s.contrasts),
            conjunctions: PhraseSet::new(&s.conjunctions),
            prepositions: PhraseSet::new(&s.prepositions),
            person_relativizers: PhraseSet::new(&s.person_relativizers),
            object_relativizers: PhraseSet::new(&s.object_relativizers),
            legal_forms: lower_set(&s.legal_forms),
            place_words: PhraseSet::new(&s.place_words),
            places: PhraseSet::new(&s.places),
            head_final: s.head_final,
            outlet_suffixes: lower_set(&s.outlet_suffixes),
            given_names: HashSet::default(),
            name_pattern: if s.name_pattern.is_empty() {
                None
            } else {
                Some(Regex::new(&s.name_pattern).map_err(bad)?)
            },
            function_words: lower_set(&s.function_words),
            describing_suffixes: lower_set(&s.describing_suffixes),
            numbers: Numbers {
                units: n.units.clone(),
                tens: n.tens.clone(),
                multipliers: n.multipliers.clone(),
                after_tens: n.after_tens.clone(),
                phrases: n
                    .phrases
                    .iter()
                    .map(|(k, v)| (k.split_whitespace().map(word_key).collect(), *v))
                    .collect(),
                phrase_ends: n
                    .phrases
                    .keys()
                    .filter_map(|k| k.split_whitespace().next_back().map(word_key))
                    .collect(),
                singular: lower_set(&n.singular),
                ordinal_markers: lower_set(&n.ordinal_markers),
                ages: PhraseSet::new(&n.ages),
                scales: PhraseSet::new(&n.scales.keys().cloned().collect::<Vec<_>>()),
                scale_values: n
                    .scales
                    .iter()
                    .map(|(k, v)| (normalize_key(k), *v))
                    .collect(),
                percent: PhraseSet::new(&n.percent),
                decimal_comma: n.decimal_comma,
            },
            events: PhraseSet::new(&raw.events.values().flatten().cloned().collect::<Vec<_>>()),
            event_converses: raw
                .event_converses
                .iter()
                .flat_map(|(a, b)| [(a.clone(), b.clone()), (b.clone(), a.clone())])
                .collect(),
            event_concepts: raw
                .events
                .iter()
                .flat_map(|(concept, phrases)| {
                    phrases
                        .iter()
                        .map(move |p| (normalize_key(p), concept.clone()))
                })
                .collect(),
            suffixes: {
                let mut v: Vec<String> = raw
                    .words
                    .suffixes
                    .iter()
                    .map(|x| x.to_lowercase())
                    .collect();
                v.sort_by_key(|x| std::cmp::Reverse(x.chars().count()));
                v
            },
            figure_nouns: PhraseSet::new(&raw.words.figure_nouns),
            genitives: lower_set(&raw.words.genitives),
            statement_nouns: PhraseSet::new(&raw.words.statement_nouns),
            generic_documents: lower_set(&raw.words.generic_documents),
            citing: lower_set(&raw.words.citing),
            both: raw
                .words
                .both
                .iter()
                .map(|b| match b.split_once('…') {
                    Some((first, second)) => (
                        word_key(first.trim()),
                        Some(word_key(second.trim())).filter(|s| !s.is_empty()),
                    ),
                    None => (word_key(b.trim()), None),
                })
                .collect(),
            plural_pointers: lower_set(&raw.words.plural_pointers),
            proximal_pointers: lower_set(&raw.words.proximal_pointers),
            counter_markers: PhraseSet::new(&raw.words.counter_markers),
            figure_negations: PhraseSet::new(&raw.words.figure_negations),
            figure_restrictions: PhraseSet::new(&raw.words.figure_restrictions),
            counter_cues: lower_set(&raw.words.counter_cues),
            non_counter_cues: lower_set(&raw.words.non_counter_cues),
            counter_exceptions: PhraseSet::new(&raw.words.counter_exceptions),
            counter_openers: PhraseSet::new(&raw.words.counter_openers),
            contrast_particles: lower_set(&raw.words.contrast_particles),
            account_contrasts: lower_set(&raw.words.account_contrasts),
            figure_context: raw.words.figure_context,
            figure_citations: PhraseSet::new(&raw.words.figure_citations),
            figure_citations_before: lower_set(&raw.words.figure_citations_before),
            additives: lower_set(&raw.words.additives),
            plural_statements: PhraseSet::new(&raw.words.plural_statements),
            reaffirmation_regex: word_regex(&raw.words.reaffirmations).map_err(bad)?,
            clause_nouns: PhraseSet::new(&raw.words.clause_nouns),
            conditionals: lower_set(&raw.words.conditionals),
            conditional_compounds: lower_set(&raw.words.conditional_compounds),
            common_words: HashSet::default(),
            contentless: HashSet::default(),
            source_phrase_starts: HashMap::default(),
        };
        // One set for the question asked of most words.
        lex.common_words = lex
            .function_words
            .iter()
            .chain(lex.honorifics.keys())
            .cloned()
            .chain(lex.titles.single_words())
            .collect();
        lex.contentless = lex
            .function_words
            .iter()
            .chain(&lex.detect_words)
            .cloned()
            .chain(lex.complementizers.single_words())
            .collect();
        let mut starts: HashMap<String, u16> = HashMap::default();
        for (k, set) in lex.source_phrase_sets().iter().enumerate() {
            for w in set.first_words() {
                *starts.entry(w.to_string()).or_default() |= 1 << k;
            }
        }
        lex.source_phrase_starts = starts;
        Ok(lex)
    }

    /// The phrases that name or describe a source: titles, unnamed sources, documents,
    /// spokespeople, partitives, back-references to unnamed sources and to organizations,
    /// outlets, organization prefixes, vague sources and places, in the order of
    /// [`SourcePhrases`].
    pub(crate) fn source_phrase_sets(&self) -> [&PhraseSet; 11] {
        [
            &self.titles,
            &self.anonymous,
            &self.document,
            &self.spokesperson,
            &self.partitives,
            &self.anonymous_backrefs,
            &self.organization_backrefs,
            &self.outlets,
            &self.org_prefixes,
            &self.vague,
            &self.places,
        ]
    }

    /// The longest phrase of each of the sets of [`Lexicon::source_phrase_sets`] that `sets`
    /// names (bits of [`SourcePhrases`]) and that starts at `words[i]`, by one lookup of the
    /// word for all the sets; `None` for a set with none.
    pub(crate) fn source_phrases_at(
        &self,
        words: &[&str],
        i: usize,
        sets: u16,
    ) -> [Option<usize>; 11] {
        let mut out = [None; 11];
        let Some(&mask) = words.get(i).and_then(|w| self.source_phrase_starts.get(*w)) else {
            return out;
        };
        let mask = mask & sets;
        for (k, set) in self.source_phrase_sets().iter().enumerate() {
            if mask & (1 << k) != 0 {
                out[k] = set.match_at(words, i);
            }
        }
        out
    }

    /// The non-response cues of a text ("declined to comment", "từ chối bình luận"), in order,
    /// as [`Lexicon::find_cues`] finds them.
    pub fn no_comment_cues(&self, text: &str) -> Vec<CueMatch> {
        // Most texts hold no non-response phrase at all: then no cue of theirs is one.
        self.no_comment_cues_in(text, &Folded::new(text))
    }

    /// [`Lexicon::no_comment_cues`] with the text's fold.
    pub fn no_comment_cues_in(&self, text: &str, folded: &Folded) -> Vec<CueMatch> {
        if self
            .no_comment_regex
            .as_ref()
            .is_none_or(|re| re.find_words_in(text, folded).is_empty())
        {
            return Vec::new();
        }
        let mut cues = self.find_cues_in(text, folded);
        cues.retain(|c| c.kind == CueKind::NoComment);
        cues
    }

    /// Every cue in `text`, in order, without overlaps and without those that are part of a
    /// longer non-cue expression ("bài viết", "so-called").
    pub fn find_cues(&self, text: &str) -> Vec<CueMatch> {
        self.find_cues_in(text, &Folded::new(text))
    }

    /// [`Lexicon::find_cues`] with the text's fold.
    pub fn find_cues_in(&self, text: &str, folded: &Folded) -> Vec<CueMatch> {
        let found = self.cue_regex.find_words_in(text, folded);
        // A non-cue expression ("theo học", "bài viết") blocks a cue unless a name follows its
        // first word ("Theo Học Đường Online"). Looked for only when there is a cue to block.
        let blocked: Vec<(usize, usize)> = match &self.not_cue_regex {
            Some(re) if !found.is_empty() => re
                .find_words_in(text, folded)
                .into_iter()
                .filter(|&(s, e)| {
                    let rest = text[s..e]
                        .split_once(char::is_whitespace)
                        .map_or("", |r| r.1);
                    !rest.chars().any(char::is_uppercase)
                })
                .collect(),
            _ => Vec::new(),
        };
        let mut cues: Vec<CueMatch> = found
            .into_iter()
            .filter(|(s, e)| !blocked.iter().any(|(bs, be)| *s < *be && *bs < *e))
            .filter_map(|(s, e)| {
                let kind = *self.cue_kinds.get(&normalize_key(&text[s..e]))?;
                Some(CueMatch {
                    start: s,
                    end: e,
                    kind,
                })
            })
            .collect();
        // A denial with a gap ("gọi … là “…”", "called the report …") is a cue at its first word.
        // So is a reporting verb with a gap ("put the value of the unit at $1 billion"), unless
        // a conjunction joins another reporting verb to it: "put the number of stops at 61, and
        // said most were …" is read by its "said".
        let patterns = (self.deny_patterns.iter().map(|re| (re, CueKind::Deny))).chain(
            self.report_patterns
                .iter()
                .map(|re| (re, CueKind::Reporting)),
        );
        for (re, kind) in patterns {
            if !re.may_match(folded.get()) {
                continue;
            }
            for (m_start, m_end) in re.find_iter(text) {
                let conjoined = |at: usize| {
                    text[..at].split_whitespace().next_back().is_some_and(|w| {
                        self.clause_conjunctions.contains_word(
                            &w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase(),
                        )
                    })
                };
                if kind == CueKind::Reporting
                    && cues.iter().any(|c| {
                        c.kind != CueKind::NoComment && c.start > m_end && conjoined(c.start)
                    })
                {
                    continue;
                }
                let word_end = text[m_start..]
                    .find(|c: char| !c.is_alphanumeric())
                    .map_or(m_end, |k| m_start + k);
                if !cues.iter().any(|c| c.start < m_end && m_start < c.end) {
                    cues.push(CueMatch {
                        start: m_start,
                        end: word_end,
                        kind,
                    });
                }
            }
        }
        cues.sort_by_key(|c| c.start);
        cues
    }

    /// Whether `word` is by itself a reporting verb ("said", "nói").
    pub fn is_reporting_word(&self, word: &str) -> bool {
        self.cue_kinds.get(&normalize_key(word)) == Some(&CueKind::Reporting)
    }

    /// Whether a denial verb starts at `words[i]` ("denied", "phủ nhận"): one of the denial cues,
    /// read over at most three words.
    pub fn deny_cue_at(&self, words: &[&str], i: usize) -> bool {
        self.cue_of_kind_at(words, i, |kind| kind == CueKind::Deny)
    }

    /// Whether a reporting or denial verb starts at `words[i]` ("adding", "phủ nhận"), read over
    /// at most three words.
    pub fn verb_cue_at(&self, words: &[&str], i: usize) -> bool {
        self.cue_of_kind_at(words, i, |kind| {
            matches!(kind, CueKind::Reporting | CueKind::Deny)
        })
    }

    /// Whether a cue of a kind `wanted` accepts starts at `words[i]`, read over at most three
    /// words.
    fn cue_of_kind_at(&self, words: &[&str], i: usize, wanted: impl Fn(CueKind) -> bool) -> bool {
        (1..=3).filter(|k| i + k <= words.len()).any(|k| {
            self.cue_kinds
                .get(&normalize_key(&words[i..i + k].join(" ")))
                .is_some_and(|&kind| wanted(kind))
        })
    }

    /// The byte ranges of the denial phrases in a text ("not true", "sai sự thật").
    pub fn deny_phrases_in(&self, text: &str) -> Vec<(usize, usize)> {
        self.deny_phrases_folded(text, &Folded::new(text))
    }

    /// [`Lexicon::deny_phrases_in`] with the text's fold already made.
    fn deny_phrases_folded(&self, text: &str, folded: &Folded) -> Vec<(usize, usize)> {
        self.deny_phrase_regex
            .as_ref()
            .map_or_else(Vec::new, |re| re.find_words_in(text, folded))
            .into_iter()
            .filter(|&(s, e)| !self.not_deny_phrases.contains(&normalize_key(&text[s..e])))
            .collect()
    }

    /// Whether a text holds its source to what it said before: "the agency stood by its
    /// findings", "giữ nguyên quan điểm truy tố".
    pub fn reaffirms(&self, text: &str) -> bool {
        self.reaffirmation_regex
            .as_ref()
            .is_some_and(|re| !re.find_words(text).is_empty())
    }

    /// Whether what a denial denies, `object` in lower-case words, takes two things together:
    /// "both reports", "cả thông tin về thương vụ lẫn biên bản ghi nhớ".
    pub fn takes_both(&self, object: &[&str]) -> bool {
        self.both.iter().any(|(first, second)| {
            object
                .iter()
                .take(3)
                .position(|w| w == first)
                .is_some_and(|at| {
                    second
                        .as_ref()
                        .is_none_or(|s| object[at + 1..].iter().any(|w| w == s))
                })
        })
    }

    /// Whether an organization's name says it is no business ("Fort Bend County", "Coin
    /// Laundry Owners Association", "Sở Y tế"): "the company" does not mean it.
    pub fn names_non_company(&self, name: &str) -> bool {
        let lower = lower_case(name);
        let words: Vec<&str> = lower
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        if self.head_final {
            (0..words.len()).any(|i| self.non_company_words.match_at(&words, i).is_some())
        } else {
            self.non_company_words.match_at(&words, 0).is_some()
        }
    }
    /// The sex a description gives its person by a gendered noun ("A Kessling spokeswoman"), or
    /// [`Gender::Unknown`].
    pub(crate) fn gender_in(&self, description: &str) -> Gender {
        description
            .split_whitespace()
            .find_map(|w| {
                self.gendered_nouns
                    .get(&word_key(w.trim_matches(|c: char| !c.is_alphanumeric())))
            })
            .copied()
            .unwrap_or(Gender::Unknown)
    }

    /// Whether `text` contains words that deny ("not true", "sai sự thật", "gọi … là “…”").
    pub fn has_denial(&self, text: &str) -> bool {
        self.has_denial_in(text, &Folded::new(text))
    }

    /// [`Lexicon::has_denial`] with the text's fold.
    pub fn has_denial_in(&self, text: &str, folded: &Folded) -> bool {
        // "If a child's score was wrong, …": a denial word in a condition denies nothing.
        let conditional = |at: usize| {
            // The clause before the word, read back at most 200 bytes.
            let mut from = at.saturating_sub(200);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = &text[from..at];
            let clause = before
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '“' | '"' | '.'))
                .map_or(before, |(k, c)| &before[k + c.len_utf8()..]);
            let words: Vec<String> = clause.split_whitespace().map(str::to_lowercase).collect();
            let compound = |a: &str, b: &str| {
                !self.conditional_compounds.is_empty()
                    && self.conditional_compounds.contains(&format!("{a} {b}"))
            };
            words.iter().enumerate().any(|(i, w)| {
                self.conditionals.contains(w)
                    && !(i > 0 && compound(&words[i - 1], w))
                    && !words.get(i + 1).is_some_and(|n| compound(w, n))
            })
        };
        // "did not deny the report": a denial pattern that starts inside a reporting phrase
        // under a negation denies nothing.
        let negated = |at: usize| {
            self.cue_regex
                .find_words_in(text, folded)
                .into_iter()
                .any(|(s, e)| {
                    s < at
                        && at < e
                        && self.cue_kinds.get(&normalize_key(&text[s..e]))
                            == Some(&CueKind::Reporting)
                })
        };
        // "neither confirmed nor denied", "không xác nhận cũng không phủ nhận": a denial word
        // inside a non-response denies nothing. Looked for only when a denial word is found.
        let no_comment: std::cell::OnceCell<Vec<CueMatch>> = std::cell::OnceCell::new();
        let responds = |at: usize| {
            !no_comment
                .get_or_init(|| self.no_comment_cues_in(text, folded))
                .iter()
                .any(|c| c.start <= at && at < c.end)
        };
        self.deny_phrases_folded(text, folded)
            .into_iter()
            .any(|(s, _)| !conditional(s) && responds(s))
            || self.deny_patterns.iter().any(|re| {
                re.may_match(folded.get())
                    && re.find_iter(text).any(|(s, _)| !negated(s) && responds(s))
            })
    }

    /// The byte range of the first anonymity marker ("on condition of anonymity", "giấu tên").
    pub fn find_anonymity_marker(&self, text: &str) -> Option<(usize, usize)> {
        self.anonymity_marker_regex
            .as_ref()
            .and_then(|re| re.find_words(text).into_iter().next())
    }

    /// The first marker in `text` of what a source may not do ("không có thẩm quyền"), as a byte
    /// range.
    pub fn find_permission_marker(&self, text: &str) -> Option<(usize, usize)> {
        self.permission_marker_regex
            .as_ref()
            .and_then(|re| re.find_words(text).into_iter().next())
    }

    /// A lower-case word without its inflectional ending, so that "jobs" and "job", "reported"
    /// and "report" compare equal. At least three letters of the word are kept.
    pub fn stem<'w>(&self, lower: &'w str) -> &'w str {
        for suffix in &self.suffixes {
            if let Some(stem) = lower.strip_suffix(suffix.as_str()) {
                if stem.chars().count() >= 3 {
                    return stem;
                }
            }
        }
        lower
    }

    /// The concept of the event word or phrase starting at `words[i]` ("đóng cửa", "closure"),
    /// if one does.
    pub fn event_at(&self, words: &[&str], i: usize) -> Option<&str> {
        let k = self.events.match_at(words, i)?;
        let concept = if k == 1 {
            self.event_concepts.get(words[i])
        } else {
            self.event_concepts.get(&words[i..i + k].join(" "))
        };
        concept.map(String::as_str)
    }

    /// Whether a reporting cue of one or two words starts at `words[i]`.
    pub fn starts_cue(&self, words: &[&str], i: usize) -> bool {
        self.cue_kinds.contains_key(words[i])
            || words
                .get(i + 1)
                .is_some_and(|next| self.cue_kinds.contains_key(&format!("{} {next}", words[i])))
    }

    /// Whether a lowercase word is a title, honorific or function word, never part of a name.
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// Whether a lower-case word says nothing of what a claim is about: a function word, a
    /// language detection word, a complementizer or a single character.
    pub fn says_nothing(&self, lower: &str) -> bool {
        self.contentless.contains(lower) || lower.chars().nth(1).is_none()
    }
}

fn given_names() -> Result<HashSet<String>> {
    let raw: RawNames = toml::from_str(NAMES).map_err(|e| Error::Lexicon {
        path: "names.toml".into(),
        message: e.to_string(),
    })?;
    Ok(lower_set(&raw.given_names))
}

/// The lower-case, single-spaced form a phrase is looked up by.
pub(crate) fn normalize_key(s: &str) -> String {
    s.split_whitespace()
        .map(word_key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The lexicons claimtrack knows, by language code.
#[derive(Debug)]
pub struct Lexicons {
    langs: Vec<Lexicon>,
}

impl Lexicons {
    /// The built-in Vietnamese and English lexicons.
    pub fn builtin() -> Result<Lexicons> {
        // Compiling a lexicon's matchers is most of a short run's start: one language per core.
        use rayon::prelude::*;
        let langs = BUILTIN
            .par_iter()
            .map(|(name, text)| Lexicon::from_toml(text, name))
            .collect::<Result<Vec<_>>>()?;
        let mut all = Lexicons { langs };
        all.share_name_starters()?;
        Ok(all)
    }

    /// Adds a user's lexicon file, replacing a built-in one of the same language.
    pub fn load_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
            path: path.display().to_string(),
            source: e,
        })?;
        let lex = Lexicon::from_toml(&text, &path.display().to_string())?;
        self.langs.retain(|l| l.language != lex.language);
        self.langs.push(lex);
        self.share_name_starters()
    }

    /// Names are written the same in every language: a person's name may start with a given name
    /// from the shared list or with a family name from any lexicon ("Nguyễn Thị Thu Hà" in an
    /// English article).
    fn share_name_starters(&mut self) -> Result<()> {
        let mut names = given_names()?;
        for lex in &self.langs {
            names.extend(lex.surnames.iter().map(|s| s.to_lowercase()));
        }
        for lex in &mut self.langs {
            lex.given_names = names.clone();
        }
        Ok(())
    }

    /// The lexicon of a language.
    pub fn get(&self, language: &str) -> Option<&Lexicon> {
        self.langs.iter().find(|l| l.language == language)
    }

    /// Every lexicon, in load order.
    pub fn all(&self) -> &[Lexicon] {
        &self.langs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(lang: &str) -> Lexicon {
        let all = Lexicons::builtin().unwrap();
        let i = all.langs.iter().position(|l| l.language == lang).unwrap();
        let mut v = all.langs;
        v.swap_remove(i)
    }

    #[test]
    fn vietnamese_numbers() {
        let l = lex("vi");
        let n = &l.numbers;
        assert_eq!(n.parse_words(&["tám"]), Some(8));
        assert_eq!(n.parse_words(&["mười"]), Some(10));
        assert_eq!(n.parse_words(&["mười", "lăm"]), Some(15));
        assert_eq!(n.parse_words(&["mười", "một"]), Some(11));
        assert_eq!(n.parse_words(&["hai", "mươi"]), Some(20));
        assert_eq!(n.parse_words(&["hai", "mươi", "mốt"]), Some(21));
        assert_eq!(n.parse_words(&["hai", "mươi", "tư"]), Some(24));
        assert_eq!(n.parse_words(&["ba", "mươi", "lăm"]), Some(35));
        assert_eq!(
            n.parse_ending_at(&["theo", "hai", "mươi", "lăm"], 4),
            Some((25, 1))
        );
        assert_eq!(n.parse_ending_at(&["có", "12"], 2), Some((12, 1)));
    }

    #[test]
    fn english_numbers() {
        let l = lex("en");
        let n = &l.numbers;
        assert_eq!(n.parse_words(&["three"]), Some(3));
        assert_eq!(n.parse_words(&["twenty-one"]), Some(21));
        assert_eq!(n.parse_words(&["fifteen"]), Some(15));
        assert_eq!(n.parse_ending_at(&["half", "a", "dozen"], 3), Some((6, 0)));
        assert_eq!(n.parse_ending_at(&["a", "dozen"], 2), Some((12, 0)));
        // A year is no count; a figure written with a separator is.
        assert_eq!(n.parse_ending_at(&["a", "2025"], 2), None);
        assert_eq!(n.parse_ending_at(&["of", "2,025"], 2), Some((2025, 1)));
        assert_eq!(n.parse_ending_at(&["of", "250"], 2), Some((250, 1)));
        assert_eq!(n.parse_ending_at(&["of", "1.200"], 2), Some((1200, 1)));
        // A rank, a count too large to be one, a word with a digit in it.
        assert_eq!(n.parse_ending_at(&["no", "2"], 2), None);
        assert_eq!(n.parse_ending_at(&["of", "99,999,999,999"], 2), None);
        assert_eq!(n.parse_ending_at(&["the", "b2"], 2), None);
        assert_eq!(n.parse_ending_at(&["the", ","], 2), None);
    }

    #[test]
    fn phrases_are_found_as_the_regex_finds_them() {
        let texts = [
            "Ông Hoàng CHO BIẾT doanh thu tăng, theo nguồn tin.",
            "THEO báo cáo, bà Lan nói rằng “không có chuyện” đó",
            "She said\tthe deal was off, according to  two people.",
            "An untold story, unsaid words and said-so: he said.",
            "According\u{a0}to people familiar with the matter, İstanbul said no.",
            "saidsaid said, says, told told.",
            "",
            "said",
            "Ǆ said ǅ",
        ];
        for lang in ["vi", "en"] {
            let l = lex(lang);
            // The cues take the fast path.
            assert!(l.cue_regex.phrases.is_some(), "{lang}");
            let regexes = [
                Some(&l.cue_regex),
                l.not_cue_regex.as_ref(),
                l.no_comment_regex.as_ref(),
                l.deny_phrase_regex.as_ref(),
                l.anonymity_marker_regex.as_ref(),
                l.permission_marker_regex.as_ref(),
                l.reaffirmation_regex.as_ref(),
            ];
            for re in regexes.into_iter().flatten() {
                for text in texts {
                    assert_eq!(
                        re.find_words(text),
                        re.find_by_regex(text),
                        "{lang}: {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_delimiter_test_agrees_with_its_regex_on_every_character() {
        let re = &lex("en").cue_regex;
        let mismatched: Vec<char> = (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| re.is_delimiter(c) != DELIMITER.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert!(mismatched.is_empty(), "{mismatched:?}");
    }

    #[test]
    fn a_phrase_regex_is_compiled_only_for_a_text_that_does_not_fold() {
        let re = word_regex(&["said".to_string(), "according to".to_string()])
            .unwrap()
            .unwrap();
        assert!(re.phrases.is_some());
        assert_eq!(re.find_words("Lumen said on Friday."), vec![(6, 10)]);
        assert!(re.re.get().is_none(), "a text that folds needs no regex");
        // Two spaces in a row: the text does not fold, and the regex reads it.
        assert_eq!(
            re.find_words("according  to the filing, Lumen said"),
            vec![(0, 13), (32, 36)]
        );
        assert!(re.re.get().is_some());
        // Phrases that open with punctuation have no fold to search: compiled at once.
        let quoted = word_regex(&["“no plans”".to_string()]).unwrap().unwrap();
        assert!(quoted.phrases.is_none() && quoted.re.get().is_some());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn the_fast_path_agrees_with_the_regex(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "said", "SAID", "Said", "says", "un", "told", "according", "to", "theo",
                    "THEO", "cho", "biết", "BIẾT", "nói", "rằng", "không", "chính", "xác",
                    "denied", "not", "true", "Ông", "Đà", "İ", "ǅ", "x", "1", "NÓI", "Nói",
                    "CHO BIẾT", "Bác bỏ", "PHỦ NHẬN", "phủ nhận", "Sai sự thật",
                ]),
                0..12,
            ),
            glue in proptest::collection::vec(
                proptest::sample::select(vec![" ", "  ", "\t", "\n", "", ",", ", ", "-", "\u{a0}", "“", "”"]),
                12,
            ),
        ) {
            let text = joined(&pieces, &glue);
            for l in builtin().all() {
                for re in [Some(&l.cue_regex), l.deny_phrase_regex.as_ref()].into_iter().flatten() {
                    proptest::prop_assert_eq!(re.find_words(&text), re.find_by_regex(&text));
                }
            }
        }
    }

    #[test]
    fn a_gapped_pattern_is_checked_on_load_and_compiled_when_a_text_may_match() {
        assert!(GappedPattern::new(r"(?i)\bcalled\s+(").is_err());
        let p = GappedPattern::new(r"(?i)\bcalled\s+(?:the|that)\s+[^.;]{0,40}?report\b").unwrap();
        assert!(p.needles.is_some() && p.re.get().is_none());
        assert!(!p.may_match(Some("she said the figures were wrong")));
        let text = "Lumen called the Harbor Wire report baseless.";
        assert!(p.may_match(Some(&text.to_lowercase())));
        assert_eq!(p.find_iter(text).collect::<Vec<_>>(), vec![(6, 35)]);
        assert!(p.re.get().is_some());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The patterns with a gap find what `regex::Regex::find_iter` finds, without its reverse
        /// search.
        #[test]
        fn gapped_patterns_match_as_the_regex_crate_does(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "denied", "Rejected", "dismissing", "called", "calls", "put", "puts", "the",
                    "both", "this", "report", "reports", "claims", "claim", "at", "$4", "40",
                    "about", "identified", "as", "Kaito", "it", "“nonsense”", "denying", "that",
                    "gọi", "là", "“vô lý”", "bác bỏ", "thông tin", "Phủ nhận", "tin", "cost",
                    "of", "repairs", "figure", "x", "Đà", "tin đồn", ".", ";", ",",
                ]),
                0..16,
            ),
            glue in proptest::collection::vec(
                proptest::sample::select(vec![" ", " ", "  ", "", ", ", "\u{a0}", "\n"]),
                16,
            ),
        ) {
            let text = joined(&pieces, &glue);
            for l in builtin().all() {
                for re in l.deny_patterns.iter().chain(&l.report_patterns) {
                    let found: Vec<(usize, usize)> = re.find_iter(&text).collect();
                    proptest::prop_assert_eq!(found, re.by_regex_crate(&text));
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The prefixes of a pattern with a gap pass over no text that holds a match of it: texts
        /// joined by single spaces and commas, which fold.
        #[test]
        fn gapped_patterns_are_run_on_every_text_they_match(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Denied", "rejected", "Dismissed", "disputed", "called", "Calling", "put",
                    "Puts", "the", "both", "that", "report", "Reports", "claims", "at", "$4",
                    "about", "identified", "as", "Kaito", "it", "“nonsense”", "denying", "Gọi",
                    "gọi", "là", "“vô lý”", "Bác bỏ", "bác", "thông tin", "phủ nhận", "PHẢN BÁC",
                    "tin đồn", "figure", "x", ",",
                ]),
                0..14,
            ),
            glue in proptest::collection::vec(
                proptest::sample::select(vec![" ", " ", ", ", "\n"]),
                14,
            ),
        ) {
            let text = joined(&pieces, &glue);
            let folded = Folded::new(&text);
            proptest::prop_assume!(folded.get().is_some());
            for l in builtin().all() {
                for re in l.deny_patterns.iter().chain(&l.report_patterns) {
                    if re.find_iter(&text).next().is_some() {
                        proptest::prop_assert!(re.may_match(folded.get()), "{}", text);
                    }
                }
            }
        }
    }

    /// The built-in lexicons, built once for all the property tests.
    fn builtin() -> &'static Lexicons {
        static LEXICONS: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
        LEXICONS.get_or_init(|| Lexicons::builtin().unwrap())
    }

    /// The pieces, each followed by the glue of the same place.
    fn joined(pieces: &[&str], glue: &[&str]) -> String {
        let mut text = String::new();
        for (p, g) in pieces.iter().zip(glue) {
            text.push_str(p);
            text.push_str(g);
        }
        text
    }

    /// `fold` as it reads, character by character, without its ASCII runs.
    fn fold_by_char(text: &str) -> Option<String> {
        let mut out = String::new();
        let mut prev_space = false;
        for c in text.chars() {
            let space = c.is_whitespace();
            if space {
                if prev_space || !c.is_ascii() {
                    return None;
                }
                out.push(' ');
            } else if !crate::sources::changes_case(c) {
                out.push(c);
            } else {
                let lower: Vec<char> = c.to_lowercase().collect();
                match lower[..] {
                    [l] if l.len_utf8() == c.len_utf8() => out.push(l),
                    _ => return None,
                }
            }
            prev_space = space;
        }
        Some(out)
    }

    /// Folds `text` and checks the result against folding it one character at a time.
    fn agrees_with_folding_by_character(
        text: &str,
    ) -> std::result::Result<(), proptest::test_runner::TestCaseError> {
        let mut out = String::from("left over");
        let ok = fold(text, &mut out);
        match fold_by_char(text) {
            Some(expected) => {
                proptest::prop_assert!(ok);
                proptest::prop_assert_eq!(out, expected);
            }
            None => proptest::prop_assert!(!ok),
        }
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]

        #[test]
        fn folding_by_ascii_runs_agrees_with_folding_by_character(
            text in "[a-zA-Z0-9 \\t\\n\\x0b\\r.,“”ĐđÀàẾếİǅ\\u{a0}\\u{85}ß]{0,40}"
        ) {
            agrees_with_folding_by_character(&text)?;
        }

        #[test]
        fn folding_mostly_ascii_text_agrees_with_folding_by_character(
            text in "[a-zA-Z0-9     .,\\t\\x0b\\x01\\x7fẾế]{0,80}"
        ) {
            agrees_with_folding_by_character(&text)?;
        }
    }

    #[test]
    fn source_phrases_are_found_for_all_sets_as_each_set_finds_them() {
        for (lang, text) in [
            (
                "en",
                "two people familiar with the matter and a company spokesperson for the ministry",
            ),
            (
                "en",
                "chief executive officer of the firm told the report by analysts",
            ),
            (
                "vi",
                "một trong hai người am hiểu vấn đề và người phát ngôn của bộ theo báo cáo",
            ),
        ] {
            let l = lex(lang);
            let words: Vec<&str> = text.split(' ').collect();
            let mut found = 0;
            for i in 0..=words.len() {
                for sets in [u16::MAX, SourcePhrases::TITLES | SourcePhrases::VAGUE, 0] {
                    let all = l.source_phrases_at(&words, i, sets);
                    for (k, set) in l.source_phrase_sets().iter().enumerate() {
                        let want = if sets & (1 << k) != 0 {
                            set.match_at(&words, i)
                        } else {
                            None
                        };
                        assert_eq!(all[k], want, "{lang} {i} {k}");
                        found += usize::from(want.is_some());
                    }
                }
            }
            assert!(found > 2, "{lang}");
        }
    }

    #[test]
    fn a_part_of_a_text_folds_as_the_same_part_of_its_fold() {
        for text in [
            "Ông HOÀNG cho biết, theo Reuters, doanh thu tăng.",
            "The Ministry SAID it had “no plans”.",
            "Two  spaces do not fold, but this part does.",
        ] {
            let whole = Folded::new(text);
            let mut ends: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            ends.retain(|&i| i % 3 == 0 || i == text.len());
            for &a in &ends {
                for &b in ends.iter().filter(|&&b| b >= a) {
                    let alone = Folded::new(&text[a..b]);
                    let part = whole.slice(a..b);
                    assert_eq!(part.text, &text[a..b]);
                    if whole.get().is_some() {
                        assert_eq!(part.get(), alone.get(), "{text:?} {a}..{b}");
                    }
                }
            }
        }
        // A text that does not fold leaves its parts to fold alone.
        let text = "Two  spaces do not fold, but this part does.";
        assert!(Folded::new(text).get().is_none());
        assert_eq!(
            Folded::new(text).slice(5..text.len()).get(),
            Some("spaces do not fold, but this part does.")
        );
    }

    #[test]
    fn non_response_cues_are_the_non_response_cues_among_all_cues() {
        let texts = [
            (
                "en",
                "The company declined to comment, a spokesperson said.",
            ),
            (
                "en",
                "She said the ministry did not respond to a request for comment.",
            ),
            ("en", "He said sales rose and declined to say by how much."),
            ("en", "Profits declined to a record low, the company said."),
            ("en", "The firm said nothing about it."),
            ("vi", "Công ty từ chối bình luận về thông tin này."),
            (
                "vi",
                "Ông An cho biết sở chưa phản hồi câu hỏi của phóng viên.",
            ),
            ("vi", "Bà Hà cho biết doanh thu tăng 12%."),
        ];
        for (lang, text) in texts {
            let l = lex(lang);
            let all: Vec<(usize, usize)> = l
                .find_cues(text)
                .iter()
                .filter(|c| c.kind == CueKind::NoComment)
                .map(|c| (c.start, c.end))
                .collect();
            let found: Vec<(usize, usize)> = l
                .no_comment_cues(text)
                .iter()
                .map(|c| (c.start, c.end))
                .collect();
            assert_eq!(found, all, "{text}");
        }
        assert_eq!(lex("en").no_comment_cues(texts[0].1).len(), 1);
        assert!(lex("vi").no_comment_cues(texts[7].1).is_empty());
    }

    #[test]
    fn cues_skip_non_cue_expressions() {
        let l = lex("vi");
        let text = "Sau khi bài viết được công bố, ông An cho biết";
        let found: Vec<&str> = l
            .find_cues(text)
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["công bố", "cho biết"]);
        let l = lex("en");
        let cues = l.find_cues("The so-called plan, she said.");
        assert_eq!(cues.len(), 1);
    }

    #[test]
    fn denial_words() {
        let l = lex("vi");
        assert!(l.has_denial("ông gọi những đồn đoán này là “vô lý”"));
        assert!(!l.has_denial("ông cho biết doanh thu tăng"));
        // "liệu" opens a condition; "số liệu" (data) does not.
        assert!(!l.has_denial("liệu thông tin này có sai sự thật"));
        assert!(l.has_denial("số liệu đã được soát xét và không có chuyện che giấu nợ"));
        let l = lex("en");
        assert!(l.has_denial("the report was inaccurate"));
        assert!(!l.has_denial("If a child's score was wrong, the company will pay to fix it"));
        assert!(!l.has_denial("When a meter reading is wrong, customers can ask for a refund"));
        assert!(l.has_denial("The meter reading was wrong when it was sent"));
        assert!(l.has_denial("She said the scores were wrong"));
        assert!(l.has_denial("That is simply not what happened"));
        assert!(l.has_denial("the survey did not reflect the views of its members"));
        assert!(!l.has_denial("sales rose 4%"));
        // Not recognising a figure or an account disputes it; not recognising a person does not.
        assert!(l.has_denial("We don't recognise their numbers"));
        assert!(l.has_denial("the company did not recognize the union's description of events"));
        assert!(!l.has_denial("Staff did not recognise the man in the photograph"));
    }

    #[test]
    fn a_denial_word_inside_a_non_response_denies_nothing() {
        let l = lex("vi");
        let text =
            "tập đoàn luôn tìm cơ hội đầu tư nhưng không xác nhận cũng không phủ nhận thông tin";
        assert!(!l.has_denial(text));
        assert!(l.has_denial("tập đoàn phủ nhận thông tin đàm phán"));
        let l = lex("en");
        assert!(!l.has_denial("the group neither confirmed nor denied the report"));
        assert!(l.has_denial("the group denied the report"));
    }

    #[test]
    fn a_longer_phrase_that_holds_a_denial_phrase_may_deny_nothing() {
        let l = lex("vi");
        assert!(!l.has_denial("sở đã nhắc nhở công ty vì quảng cáo không đúng quy định"));
        assert!(!l.has_denial("tôi sống ở đây 40 năm chưa từng thấy cảnh này"));
        assert!(l.has_denial("thông tin công ty quảng cáo sai là không đúng"));
        assert!(l.has_denial("công ty chưa từng nhận khoản tiền nào"));
        let l = lex("en");
        assert!(!l.has_denial("those numbers have gone the wrong way for three years"));
        assert!(!l.has_denial("there is nothing wrong with a developer paying for a survey"));
        assert!(l.has_denial("she said the survey was wrong"));
    }
}
