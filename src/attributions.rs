//! Attributions: which sentences report what a source said, and who that source is.
//!
//! For every sentence, the lexicon's cues are found outside quotations. A reporting verb takes its
//! subject as the source ("X cho biết …", "…, X said", "“…,” X said"), or the phrase after it in
//! inverted order ("…, said X"); a preposition takes the phrase after it ("Theo X, …",
//! "according to X"). An appositive between a name and its verb ("Lindqvist, chief executive of
//! Bluewave, said") is skipped. A sentence that is only a quotation continues the previous
//! speaker. Non-responses become `no_comment` statements; sentences with no cue are the
//! journalist's own and yield nothing.

use serde::Serialize;

use crate::lexicon::{CueKind, CueMatch, Folded, Gender, Lexicon, SourcePhrases};
use crate::sentences::{quote_spans, QuoteSpan, Sentence};
use crate::sources::{
    anonymity_reason, break_before, classify, join_listed_names, prefixed_org_end, tokenize,
    Classified, Discourse, Phrase, Source, SourceKind, Tok,
};

/// What a statement does to the claim it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// It asserts something.
    Assert,
    /// It denies or rebuts something.
    Deny,
    /// The source declined to comment or did not respond.
    NoComment,
}

impl Stance {
    /// The stance's name as it appears in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
            Stance::NoComment => "no_comment",
        }
    }
}

/// An attributed statement.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    /// Its number in the article, from 1.
    pub id: u32,
    /// The whole sentence, as in the text.
    pub sentence: String,
    /// Offset of the sentence in the article's NFC text, in Unicode scalar values.
    pub start: usize,
    /// Offset just past the sentence, in Unicode scalar values.
    pub end: usize,
    /// The claim without the attribution phrase.
    pub text: String,
    /// The reporting cue, as written ("cho biết", "according to").
    pub cue: Option<String>,
    /// Whether it asserts, denies or declines.
    pub stance: Stance,
    /// Whether it carries a direct quotation.
    pub quote: bool,
    /// The quoted text.
    pub quotes: Vec<String>,
    /// Its sources; the first is the primary one.
    pub sources: Vec<Source>,
    /// Ids of the claims it rebuts.
    pub rebuts: Vec<u32>,
    /// Whether another claim rebuts it.
    pub contested: bool,
    /// Byte offset of the sentence in the article text.
    #[serde(skip)]
    pub byte_start: usize,
    /// Byte offset just past the sentence.
    #[serde(skip)]
    pub byte_end: usize,
    /// The byte ranges of the denial cues in its sentence, as [`Lexicon::find_cues`] finds them,
    /// kept from the sentence's cue search; `None` for a claim read back from a database.
    #[serde(skip)]
    pub(crate) deny_cues: Option<Vec<(usize, usize)>>,
}

impl Claim {
    /// The primary source.
    pub fn primary(&self) -> Option<&Source> {
        self.sources.first()
    }
}

struct Found {
    source: Source,
    gender: Gender,
    cue: Option<(usize, usize)>,
    kind: CueKind,
    np: (usize, usize),
}

/// Finds the attributed statements of an article.
pub fn attribute(text: &str, sentences: &[Sentence], lex: &Lexicon) -> Vec<Claim> {
    let mut disc = Discourse::default();
    let mut claims: Vec<Claim> = Vec::new();
    let mut chars_before = 0usize;
    let mut bytes_seen = 0usize;
    let mut prev_claim_sentence: Option<usize> = None;
    for (si, s) in sentences.iter().enumerate() {
        chars_before += text[bytes_seen..s.start].chars().count();
        bytes_seen = s.start;
        let sent = &text[s.start..s.end];
        let char_len = sent.chars().count();
        let mut toks = tokenize(sent);
        join_listed_names(&mut toks, lex);
        let toks = toks;
        let spans = quote_spans(sent);
        let quoted = quoted_ranges(&spans);
        let in_quote = |b: usize| in_ranges(&quoted, b);

        // The sentence's fold, shared by the searches of it and of its parts.
        let sent_fold = Folded::new(sent);
        let sent_cues = lex.find_cues_in(sent, &sent_fold);
        let mut found = find_source(sent, &sent_cues, &toks, &in_quote, lex, &disc);
        // A sentence that is a quotation and nothing else continues the previous speaker.
        if found.is_none() && prev_claim_sentence == Some(si.wrapping_sub(1)) {
            let quoted: usize = spans
                .iter()
                .filter(|q| q.open_len > 0)
                .map(|q| q.inner().len())
                .sum();
            if sent.starts_with(['“', '"', '«']) && quoted * 10 >= sent.len() * 6 {
                if let Some(prev) = claims.last() {
                    if let Some(p) = prev.primary() {
                        found = Some(Found {
                            source: p.clone(),
                            gender: Gender::Unknown,
                            cue: None,
                            kind: CueKind::Reporting,
                            np: (0, 0),
                        });
                    }
                }
            }
        }
        // "Abernathy was blunt about what she expected: “If a child's score was wrong, …”": a
        // quotation that ends the sentence, introduced by a colon after a sentence that opens
        // with a person already named, is theirs.
        if found.is_none() {
            found = colon_quote(sent, &toks, &spans, lex, &disc);
        }
        if let Some(f) = found {
            // "X said A, while Y said B": the part after the contrast word is a second claim of
            // the same sentence, with its own source.
            let second = second_attribution(sent, &toks, &f, &in_quote, lex, &disc);
            let first_end = second.as_ref().map_or(sent.len(), |s| s.at);
            let parts = std::iter::once((0, f)).chain(second.map(|s| (s.from, s.found)));
            for (from, f) in parts {
                let end = if from == 0 { first_end } else { sent.len() };
                let part = &sent[from..end];
                let part_toks;
                let part_toks: &[Tok] = if from == 0 && end == sent.len() {
                    &toks
                } else {
                    part_toks = tokenize(part);
                    &part_toks
                };
                let mut source = f.source.clone();
                if source.kind == SourceKind::Anonymous {
                    source.anonymity_reason = anonymity_reason(part, part_toks, lex);
                }
                let np = (f.np.0 + from, f.np.1 + from);
                let outer: Vec<&QuoteSpan> = {
                    let mut v: Vec<&QuoteSpan> = Vec::new();
                    for q in spans.iter().filter(|q| q.open >= from && q.close <= end) {
                        if v.last().is_some_and(|l| q.open < l.close) {
                            continue;
                        }
                        if q.open >= np.0 && q.close <= np.1 && np.1 > np.0 {
                            continue;
                        }
                        v.push(q);
                    }
                    v
                };
                let quotes: Vec<String> = outer
                    .iter()
                    .map(|q| {
                        sent[q.inner()]
                            .trim()
                            .trim_end_matches([',', ';'])
                            .trim()
                            .to_string()
                    })
                    .filter(|q| !q.is_empty())
                    .collect();
                let claim_text = claim_text(part, part_toks, &f, &quotes, lex);
                let part_fold = sent_fold.slice(from..end);
                let denial = f.kind == CueKind::Deny
                    || lex.has_denial_in(part, &part_fold)
                    || f.cue.is_some_and(|(_, cue_end)| {
                        conjoined_denial(part_toks, cue_end, &|b| in_quote(from + b), lex)
                    });
                // "A spokeswoman said the company does not comment on market rumors": what the
                // source said is that it does not comment.
                // "We do not comment on market rumors, and we have no plans to divest": a denial
                // after the non-response still denies.
                let reports_no_comment = f.kind == CueKind::Reporting && {
                    let head_end = claim_text
                        .char_indices()
                        .filter(|&(_, c)| c == ' ')
                        .nth(7)
                        .map_or(claim_text.len(), |(i, _)| i);
                    lex.no_comment_cues(&claim_text[..head_end])
                        .first()
                        .is_some_and(|c| {
                            let rest = &claim_text[c.end..];
                            let clause_end = rest.find([',', ';']).map_or(rest.len(), |i| i + 1);
                            !lex.has_denial(&rest[clause_end..])
                        })
                };
                // "Sở … từ chối bình luận trước khi có kết luận của đoàn kiểm tra", "chưa phản hồi
                // câu hỏi về lời kể …": a cue inside what a source will not comment on is part
                // of the non-response.
                let inside_no_comment = f.kind != CueKind::NoComment
                    && f.cue.is_some_and(|(a, _)| {
                        lex.no_comment_cues_in(&part[..a], &part_fold.slice(0..a))
                            .iter()
                            .any(|c| !part[c.end..a].contains([',', ';']))
                    });
                let stance = match f.kind {
                    _ if reports_no_comment || inside_no_comment => Stance::NoComment,
                    CueKind::NoComment => Stance::NoComment,
                    _ if denial => Stance::Deny,
                    _ => Stance::Assert,
                };
                // "A Kessling spokeswoman denied …": the spokeswoman is whom the next "she" means.
                let gender = match (&source.kind, &source.descriptor) {
                    (SourceKind::Organization, Some(d)) if f.gender == Gender::Unknown => {
                        lex.gender_in(d)
                    }
                    _ => f.gender,
                };
                disc.record(&source, gender);
                claims.push(Claim {
                    id: claims.len() as u32 + 1,
                    sentence: sent.to_string(),
                    start: chars_before,
                    end: chars_before + char_len,
                    text: claim_text,
                    cue: f.cue.map(|(a, b)| part[a..b].to_string()),
                    stance,
                    quote: !quotes.is_empty(),
                    quotes,
                    sources: vec![source],
                    rebuts: Vec::new(),
                    contested: false,
                    byte_start: s.start,
                    byte_end: s.end,
                    deny_cues: Some(
                        sent_cues
                            .iter()
                            .filter(|c| c.kind == CueKind::Deny)
                            .map(|c| (c.start, c.end))
                            .collect(),
                    ),
                });
            }
            prev_claim_sentence = Some(si);
        }
        disc.scan_mentions(&toks, lex);
        if prev_claim_sentence != Some(si) {
            disc.attributed_nothing();
        }
    }
    claims
}

/// Whether a denial verb is joined to the reporting verb, after it and outside quotations, by a
/// conjunction, so that it shares the verb's subject: "insisted that the banks remained supportive
/// and denied that it was short of cash", "confirmed the rent talks but denied that …".
fn conjoined_denial(
    toks: &[Tok],
    cue_end: usize,
    in_quote: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
) -> bool {
    // Most claims have no conjunction after their cue.
    let after_cue = |t: &Tok| t.start >= cue_end;
    if !toks
        .iter()
        .any(|t| after_cue(t) && lex.clause_conjunctions.starts_with_word(&t.lower))
    {
        return false;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    (0..toks.len()).any(|i| {
        toks[i].start >= cue_end
            && !in_quote(toks[i].start)
            && toks[i].pre.is_empty()
            && lex
                .clause_conjunctions
                .match_at(&words, i)
                .is_some_and(|n| lex.deny_cue_at(&words, i + n))
    })
}

/// A quotation introduced by a colon and running to the end of a sentence that opens with a
/// person named earlier ("Abernathy", "Bà Dung"): the person's, without a reporting verb.
fn colon_quote(
    sent: &str,
    toks: &[Tok],
    spans: &[QuoteSpan],
    lex: &Lexicon,
    disc: &Discourse,
) -> Option<Found> {
    let trimmed = sent.trim_end().len();
    let quote = spans
        .iter()
        .find(|q| q.open_len > 0 && q.close + 4 >= trimmed && q.open > 0)?;
    if !sent[..quote.open].trim_end().ends_with(':') {
        return None;
    }
    // The person opens the sentence, after an honorific or a title if there is one ("Chief
    // Executive Officer Dana Whitcombe, reached by phone, was more blunt: “…”"); any word of
    // the name may be the one known.
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    let honorific = toks
        .first()
        .is_some_and(|t| lex.honorifics.contains_key(t.lower.as_ref()));
    let title = if honorific {
        0
    } else {
        lex.titles.match_at(&words, 0).unwrap_or(0)
    };
    let lead = usize::from(honorific) + title;
    let run = toks[lead..]
        .iter()
        .take(4)
        .take_while(|t| t.end < quote.open && t.is_capitalized())
        .count();
    let known = toks[lead..lead + run]
        .iter()
        .find_map(|t| disc.person_named(&t.lower).map(|s| (s, t.end)));
    // A full name after a title is a person's, named here for the first time.
    let titled = || {
        (title > 0 && run >= 2).then(|| {
            let name_toks = &toks[lead..lead + run];
            let name = sent[name_toks[0].start..name_toks[run - 1].end].to_string();
            let title = sent[toks[0].start..toks[lead - 1].end].to_string();
            (
                Source {
                    name,
                    kind: SourceKind::Person,
                    anonymous: false,
                    count: Some(1),
                    descriptor: Some(title),
                    anonymity_reason: None,
                    subgroup: false,
                    backref: false,
                    apposed: false,
                },
                name_toks[run - 1].end,
            )
        })
    };
    let (source, end) = known.or_else(titled)?;
    Some(Found {
        source,
        gender: Gender::Unknown,
        cue: None,
        kind: CueKind::Reporting,
        np: (toks[0].start, end),
    })
}

/// A second attribution in a sentence: where its contrast word starts, where its clause starts,
/// and what was found in that clause (offsets within it).
struct Second {
    at: usize,
    from: usize,
    found: Found,
}

/// "X said A, while Y said B", "X cho biết A, còn Y cho hay B": after the first attribution's
/// cue, a contrast word set off by a comma that opens a clause with its own source and cue.
fn second_attribution(
    sent: &str,
    toks: &[Tok],
    first: &Found,
    in_quote: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
    disc: &Discourse,
) -> Option<Second> {
    let (_, cue_end) = first.cue?;
    let after = cue_end.max(first.np.1);
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    // Where a clause may start: after a comma, past the first attribution, outside quotations.
    let clause_start = |i: usize| {
        toks[i].start >= after && toks[i - 1].post.contains(',') && !in_quote(toks[i].start)
    };
    let Some((m, k)) = (1..toks.len()).find_map(|i| {
        clause_start(i)
            .then(|| lex.contrasts.match_at(&words, i).map(|k| (i, k)))
            .flatten()
    }) else {
        // "Trong khi X cho rằng A, Y lo ngại B", "While X said A, Y warned B": the contrast
        // word opens the sentence, and the second clause opens with its own source and cue.
        // A few commas are tried, so that the work stays linear in a very long sentence.
        lex.contrasts.match_at(&words, 0)?;
        return (1..toks.len())
            .filter(|&i| clause_start(i))
            .take(8)
            .find_map(|i| {
                let from = toks[i].start - toks[i].pre.len();
                let (clause_toks, found) = clause_source(sent, from, in_quote, lex, disc)?;
                let (cue_start, _) = found.cue?;
                // Its source opens the clause, before its cue.
                let opens = clause_toks
                    .first()
                    .is_some_and(|t| found.np.0 <= t.start && found.np.1 <= cue_start);
                (opens && found.source.name != first.source.name).then_some(Second {
                    at: toks[i - 1].end,
                    from,
                    found,
                })
            });
    };
    let next = toks.get(m + k)?;
    let from = next.start - next.pre.len();
    let (_, found) = clause_source(sent, from, in_quote, lex, disc)?;
    // Its own cue and its own source, found before the cue ("while Y warned"), not after it.
    let (cue_start, _) = found.cue?;
    (found.source.name != first.source.name && found.np.1 <= cue_start).then_some(Second {
        at: toks[m].start,
        from,
        found,
    })
}

/// The byte ranges inside quotation marks, merged and in order, for [`in_ranges`].
fn quoted_ranges(spans: &[QuoteSpan]) -> Vec<std::ops::Range<usize>> {
    let mut ranges: Vec<std::ops::Range<usize>> = spans
        .iter()
        .map(QuoteSpan::inner)
        .filter(|r| !r.is_empty())
        .collect();
    ranges.sort_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Whether byte `b` lies in one of the merged, ordered `ranges`.
fn in_ranges(ranges: &[std::ops::Range<usize>], b: usize) -> bool {
    let i = ranges.partition_point(|r| r.end <= b);
    ranges.get(i).is_some_and(|r| r.start <= b)
}

/// The words of the clause that starts at byte `from` of a sentence, and its attribution.
fn clause_source<'s>(
    sent: &'s str,
    from: usize,
    in_quote: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
    disc: &Discourse,
) -> Option<(Vec<Tok<'s>>, Found)> {
    let clause = &sent[from..];
    let clause_toks = tokenize(clause);
    let in_clause = |b: usize| in_quote(b + from);
    let found = find_source(
        clause,
        &lex.find_cues(clause),
        &clause_toks,
        &in_clause,
        lex,
        disc,
    )?;
    Some((clause_toks, found))
}

/// The source of a sentence's main attribution, if it has one.
fn find_source(
    sent: &str,
    sent_cues: &[CueMatch],
    toks: &[Tok],
    in_quote: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
    disc: &Discourse,
) -> Option<Found> {
    let mut cues: Vec<CueMatch> = sent_cues
        .iter()
        .filter(|c| !in_quote(c.start))
        .cloned()
        .collect();
    // "Asked whether a manager had told staff to stay quiet, Grange …": a verb inside the
    // question put to the source, up to the clause's comma, reports nothing.
    if !cues.is_empty() {
        let opening: Vec<&str> = toks.iter().take(4).map(|t| t.lower.as_ref()).collect();
        if lex.question_leads.match_at(&opening, 0).is_some() {
            let end = toks
                .iter()
                .find(|t| t.post.contains(','))
                .map_or(0, |t| t.end);
            cues.retain(|c| c.start >= end);
        }
    }
    if cues.is_empty() {
        return None;
    }
    // Tokens are in order, so the tokens of a byte range are found by binary search.
    let tok_range = |a: usize, b: usize| -> Option<(usize, usize)> {
        let first = toks.partition_point(|t| t.end <= a);
        let last = toks.partition_point(|t| t.start < b);
        (first < last).then_some((first, last))
    };
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    // "ông Phong viết rằng … theo đề nghị của khán giả": a "theo" inside the content that an
    // earlier reporting verb introduces.
    let first_verb_end = cues
        .iter()
        .filter(|c| c.kind != CueKind::According)
        .filter_map(|c| tok_range(c.start, c.end))
        .map(|(_, e)| e)
        .next();
    // How many complementizers start before each token, counted once per sentence and only
    // when needed, so that each "according to" is checked in constant time.
    let complementizers_before = std::cell::OnceCell::new();
    let complementizer_before = |c0: usize| {
        first_verb_end.is_some_and(|v| {
            let counts: &Vec<usize> = complementizers_before.get_or_init(|| {
                let mut n = 0;
                let mut counts = Vec::with_capacity(words.len() + 1);
                counts.push(0);
                for k in 0..words.len() {
                    n += usize::from(lex.complementizers.match_at(&words, k).is_some());
                    counts.push(n);
                }
                counts
            });
            v < c0 && counts[c0.min(words.len())] > counts[v.min(words.len())]
        })
    };
    let ctx = Ctx {
        sent,
        toks,
        words: &words,
        in_quote,
        lex,
        disc,
        body_at: body_start(sent),
    };
    let mut verb_found: Vec<Found> = Vec::new();
    // "The family has sued the maker, alleging that it knew of the defect, according to a
    // complaint": an "according to" inside what a verb reports is set aside, and read after
    // all when no verb finds its source.
    let mut deferred: Vec<usize> = Vec::new();
    for round in 0..2 {
        let retry = std::mem::take(&mut deferred);
        for k in (0..cues.len()).filter(|_| round == 0).chain(retry) {
            let cue = &cues[k];
            let Some((c0, c1)) = tok_range(cue.start, cue.end) else {
                continue;
            };
            let cue_span = Some((cue.start, cue.end));
            // "Ngày 12/9, công ty bác bỏ các cáo buộc": a cue after a determiner, after another
            // verb, is that verb's object.
            let verb = |kind: CueKind| matches!(kind, CueKind::Reporting | CueKind::Deny);
            if verb(cue.kind)
                && c0 > 0
                && lex.cue_noun_markers.contains(toks[c0 - 1].text)
                && cues.iter().any(|e| e.end <= cue.start && verb(e.kind))
            {
                continue;
            }
            if round == 0 && cue.kind == CueKind::According && complementizer_before(c0) {
                deferred.push(k);
                continue;
            }
            // "…, người đề nghị giấu tên do không có thẩm quyền công bố thông tin, tiết lộ …": a
            // verb that says what the source may not do is part of the reason for anonymity.
            if cue.kind == CueKind::Reporting && c0 > 0 {
                let from = toks[c0.saturating_sub(6)].start;
                let reason = lex
                    .find_permission_marker(&sent[from..cue.start])
                    .is_some_and(|(_, e)| {
                        let gap = &sent[from + e..cue.start];
                        !gap.contains([',', ';', '.']) && gap.split_whitespace().count() <= 1
                    });
                if reason {
                    continue;
                }
            }
            // "after the report, which cited internal documents": what a relative clause's
            // source said is not the sentence's claim.
            if cue.kind == CueKind::According
                && c0 > 0
                && lex.relativizers.match_at(&words, c0 - 1) == Some(1)
            {
                continue;
            }
            if cue.kind == CueKind::According {
                let (np, _) = forward_phrase(toks, &words, c1, lex, true);
                // A number with no noun after "theo" counts nothing: "tăng 12% theo năm" is
                // "yearly", not five sources.
                if np.1 == np.0 + 1
                    && lex
                        .numbers
                        .parse_ending_at(&words, np.1)
                        .is_some_and(|(v, s)| s == np.0 && v > 1)
                {
                    continue;
                }
                // "Ông Vinh nói khoản này đã được gộp vào lương theo thỏa ước lao động …": after a
                // reporting verb whose source is found, a "theo" that names no one in particular
                // belongs to what that source said.
                let vague = |c: &Classified| {
                    c.source.kind == SourceKind::Anonymous && c.source.count.is_none()
                };
                // "… cho biết danh sách được lập theo kết quả bốc thăm": a "theo" inside a clause
                // that a reporting verb with its source introduced, not set off by a break, is part
                // of what that source said.
                if !verb_found.is_empty() && !break_before(toks, c0) {
                    continue;
                }
                // "The Ledger reported last month, citing an internal audit, that …": a verb's
                // subject that cites a document is the source; so is one that declines to comment,
                // citing a reason. One that cites people ("citing two people familiar with the
                // plans") rests on them.
                let cites = !verb_found.is_empty()
                    && lex
                        .citing
                        .contains(&crate::lexicon::lower_case(&sent[cue.start..cue.end]));
                if cites
                    && (verb_found.iter().any(|f| f.kind == CueKind::NoComment)
                        || ctx
                            .phrase(np)
                            .is_some_and(|c| c.source.kind == SourceKind::Document))
                {
                    continue;
                }
                // "bán kháng sinh theo đơn", "theo mô hình doanh nghiệp tự bỏ vốn": inside a clause,
                // "theo" with a bare generic document or an uncounted group means "following".
                let mid_clause = c0 > 0 && !break_before(toks, c0);
                let generic = |c: &Classified| {
                    c.source.kind == SourceKind::Document
                        && lex.generic_documents.contains(&words[np.0..np.1].join(" "))
                };
                // "cung cấp theo gói thầu … ký với Trung tâm X": inside a clause, a name deep in
                // the phrase is not what "theo" governs.
                let governed = |c: &Classified| {
                    let first = c.source.name.split_whitespace().next().unwrap_or("");
                    (np.0..np.1.min(np.0 + 3)).any(|k| toks[k].text == first)
                };
                if let Some(c) = ctx
                    .phrase(np)
                    .filter(|c| verb_found.is_empty() || !vague(c))
                    .filter(|c| !mid_clause || !(vague(c) || generic(c)))
                    .filter(|c| {
                        !mid_clause
                            || !matches!(
                                c.source.kind,
                                SourceKind::Organization | SourceKind::Person
                            )
                            || governed(c)
                    })
                {
                    return Some(Found {
                        source: c.source,
                        gender: c.gender,
                        cue: cue_span,
                        kind: cue.kind,
                        np: byte_span(toks, np),
                    });
                }
                continue;
            }
            // "GreenLeaf Assurance, đơn vị đánh giá chứng nhận cho công ty, cho biết": a verb right
            // after the bare noun that opens an appositive describes the name before it; the
            // reporting verb comes after the appositive.
            if cue.kind == CueKind::Reporting && c0 > 0 {
                let mut j = c0;
                while j > 0 && !break_before(toks, j) {
                    j -= 1;
                }
                let described_name = j > 0
                    && toks[j - 1].post.contains(',')
                    && toks[j - 1].is_capitalized()
                    && (1..=2).contains(&(c0 - j))
                    && lex.numbers.parse_ending_at(&words, j + 1).is_none()
                    && toks[j..c0].iter().all(|t| {
                        !t.is_capitalized() && !lex.function_words.contains(t.lower.as_ref())
                    })
                    && lex.titles.match_at(&words, j).is_none()
                    && !lex.group_words.contains(words[j]);
                let reported_after = described_name
                    && cues.iter().any(|later| {
                        later.start > cue.end
                            && tok_range(later.start, later.end)
                                .is_some_and(|(l0, _)| l0 > c1 && toks[l0 - 1].post.contains(','))
                    });
                if reported_after {
                    continue;
                }
            }
            // "has since added 22 aircraft to its fleet": a verb that also counts things in,
            // followed by a number, reports nothing.
            if c1 < toks.len()
                && lex
                    .counting_verbs
                    .contains(&crate::lexicon::lower_case(&sent[cue.start..cue.end]))
                && (toks[c1].text.starts_with(|c: char| c.is_ascii_digit())
                    || lex.numbers.is_number_word(words[c1]))
            {
                continue;
            }
            // A passive ("was told", "được … công bố") does not name its speaker as subject.
            // Not a word that ends in a marker: "nhà cung cấp thiết bị cho biết".
            let compound = (2..=3)
                .any(|k| c0 >= k && lex.passive_compounds.match_at(&words, c0 - k) == Some(k));
            if c0 > 0
                && lex.passive_markers.contains(words[c0 - 1])
                && !compound
                && !break_before(toks, c0)
            {
                continue;
            }
            if let Some((r, c)) = ctx.verb_source(c0, c1, cue.kind == CueKind::Deny) {
                // "mức chênh lệch mà người dân nêu xuất phát từ …": a verb in a relative clause
                // with its own subject tells what the noun before it is.
                if r.0 > 0 && lex.object_relativizers.match_at(&words, r.0 - 1) == Some(1) {
                    continue;
                }
                // "…, the regional carrier said, forcing …": an attribution that closes its clause
                // governs the cues inside the clause it reports.
                // So does one that ends the sentence with only when or where it was said: "…,
                // her lawyer, Farid Molnar, said on Monday."
                let adverbial_end = || {
                    toks.len() - c1 <= 5
                        && lex.prepositions.match_at(&words, c1).is_some()
                        && (c1 + 1..toks.len()).all(|k| !break_before(toks, k))
                };
                let closes = r.0 > 0
                    && break_before(toks, r.0)
                    && (c1 >= toks.len()
                        || break_before(toks, c1)
                        || toks[c1 - 1].post.contains(',')
                        || adverbial_end());
                let f = Found {
                    source: c.source,
                    gender: c.gender,
                    cue: cue_span,
                    kind: cue.kind,
                    np: byte_span(toks, r),
                };
                if closes && f.kind != CueKind::NoComment {
                    return Some(f);
                }
                verb_found.push(f);
            }
        }
        // "Inspectors found residue on trays …, according to a report": an "according to" set
        // off by a comma that closes the sentence attributes it when the verbs found only
        // unnamed subjects, who did what the source reports.
        let closes_sentence = |k: &usize| {
            tok_range(cues[*k].start, cues[*k].end).is_some_and(|(c0, c1)| {
                c0 > 0
                    && toks[c0 - 1].post.contains(',')
                    && (c1..toks.len().saturating_sub(1))
                        .all(|j| !toks[j].post.contains([',', ';', '“', '"']))
            })
        };
        let unnamed = verb_found
            .iter()
            .all(|f| f.source.kind == SourceKind::Anonymous);
        if round == 0 && !verb_found.is_empty() && unnamed {
            deferred.retain(closes_sentence);
            if !deferred.is_empty() {
                verb_found.clear();
                continue;
            }
        }
        if !verb_found.is_empty() || deferred.is_empty() {
            break;
        }
    }
    // "… after engineers found corrosion, and three people familiar with the records said …": a
    // subject just after a word that opens a subordinate clause does something in the story;
    // another statement of the sentence is its attribution.
    let subordinate = |f: &Found| {
        let k = toks.partition_point(|t| t.start < f.np.0);
        (1..=k.min(3)).any(|n| lex.subordinators.match_at(&words, k - n) == Some(n))
    };
    // "Halvorsen, which has denied wrongdoing, said it would cooperate": a verb in a relative
    // clause set off by commas tells of its subject; the sentence's own verb reports.
    let relative = |f: &Found| {
        f.cue.is_some_and(|(cs, _)| {
            let c0 = toks.partition_point(|t| t.start < cs);
            let s = clause_start(toks, c0.min(toks.len().saturating_sub(1)));
            c0 < toks.len()
                && s > 0
                && toks[s - 1].post.contains(',')
                && lex.relativizers.match_at(&words, s).is_some()
        })
    };
    let statement = |f: &Found| f.kind != CueKind::NoComment;
    let first_statement = verb_found
        .iter()
        .position(|f| statement(f) && !subordinate(f) && !relative(f))
        .or_else(|| verb_found.iter().position(statement));
    match first_statement {
        Some(i) => Some(verb_found.swap_remove(i)),
        None => verb_found.into_iter().next(),
    }
}

struct Ctx<'a, 's> {
    sent: &'s str,
    toks: &'a [Tok<'s>],
    words: &'a [&'a str],
    in_quote: &'a dyn Fn(usize) -> bool,
    lex: &'a Lexicon,
    disc: &'a Discourse,
    /// Where the sentence's body starts after a dateline ("HANOI - "), or 0: read once per
    /// sentence, for the name that opens it.
    body_at: usize,
}

/// Where a sentence's body starts after a dateline's dash ("HANOI - ", "— "), when the dash
/// comes within its first 80 bytes; otherwise 0.
fn body_start(sent: &str) -> usize {
    ["- ", "— ", "– "]
        .iter()
        .filter_map(|d| sent.find(d).map(|k| k + d.len()))
        .filter(|&k| k < 80)
        .min()
        .unwrap_or(0)
}

impl Ctx<'_, '_> {
    fn phrase(&self, r: (usize, usize)) -> Option<Classified> {
        self.phrase_hinted(r, false)
    }

    fn phrase_hinted(&self, r: (usize, usize), person_hint: bool) -> Option<Classified> {
        let (a, b) = r;
        if a >= b || (self.in_quote)(self.toks[a].start) {
            return None;
        }

        // "Trong văn bản …", "In a statement …": an adverbial, not a subject.
        if self.lex.prepositions.match_at(self.words, a).is_some() {
            return None;
        }
        // In a language whose names are runs of capitalized syllables, a lone capitalized word
        // ("Tết Bính Ngọ") is no organization unless it is known as one or written like a brand
        // ("OpenAI", "EVN").
        let org_like = |t: &Tok| {
            self.lex.name_pattern.is_none()
                || self.disc.is_known_org(t.text)
                || t.text.chars().skip(1).any(char::is_uppercase)
        };
        // In a language that writes names in sentence case, the last name before the phrase
        // that opens with an organization's prefix: "Công ty CP Dược phẩm Phúc Thiện … sẽ đóng
        // cửa 112 điểm bán, phần lớn ở Hà Nội và TP.HCM, công ty cho biết".
        // Only a phrase that names no organization of its own needs one.
        let unnamed = self.toks[a..b].iter().skip(1).all(|t| !t.is_capitalized());
        let prefixed = self
            .lex
            .name_pattern
            .as_ref()
            .filter(|_| unnamed)
            .and_then(|_| {
                (0..a).rev().find(|&i| {
                    self.toks[i].is_capitalized()
                        && !(self.in_quote)(self.toks[i].start)
                        && self.lex.org_prefixes.match_at(self.words, i).is_some()
                })
            })
            .map(|i| {
                (
                    i,
                    prefixed_org_end(self.toks, self.words, i, self.lex).min(a),
                )
            })
            .filter(|&(i, e)| e > i + 1)
            .map(|(i, e)| crate::sources::join(&self.toks[i..e]));
        // The last name before the phrase, whole: "Harbor Air Inc. grounded …, the company
        // said" is Harbor Air Inc., not "Inc". A place ("TP.HCM") is no organization.
        let context_org = self.toks[..a]
            .iter()
            .rposition(|t| {
                t.is_capitalized()
                    && !self.lex.is_common_word(&t.lower)
                    && !(self.in_quote)(t.start)
                    && t.start > 0
                    && self.lex.places.match_at(&[t.lower.as_ref()], 0).is_none()
            })
            .filter(|&k| org_like(&self.toks[k]))
            .map(|k| {
                let mut f = k;
                while f > 0
                    && self.toks[f - 1].is_capitalized()
                    && !self.lex.is_common_word(&self.toks[f - 1].lower)
                    && !break_before(self.toks, f)
                {
                    f -= 1;
                }
                self.toks[f..=k]
                    .iter()
                    .map(|t| t.text)
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        let context_org = prefixed.or(context_org);
        // The name that opens the sentence, after a dateline and an article: "The Global Esports
        // Integrity Unit has opened an investigation into … Vanguard Arena …, the body said".
        let subject_org = {
            let mut f = self.toks.partition_point(|t| t.start < self.body_at);
            if f < a && self.lex.determiners.contains(self.words[f]) {
                f += 1;
            }
            let mut e = f;
            while e < a
                && self.toks[e].is_capitalized()
                && !self.lex.is_common_word(&self.toks[e].lower)
                && !(self.in_quote)(self.toks[e].start)
                && (e == f || !break_before(self.toks, e))
            {
                e += 1;
            }
            // Only a name that reads as an organization's: its last word says so ("Unit",
            // "Corp.") or the article has named it as one.
            (e > f && e < a && org_like(&self.toks[e - 1]) && !self.toks[e - 1].possessive)
                .then(|| crate::sources::join(&self.toks[f..e]))
                .filter(|name| {
                    let last = self.toks[e - 1].lower.as_ref();
                    e - f > 1
                        && (self.lex.org_suffixes.contains(last)
                            || self.lex.institution_words.iter().any(|w| w == last))
                        || self.disc.is_known_org(name)
                })
        };
        classify(
            &Phrase {
                sentence: self.sent,
                toks: &self.toks[a..b],
                at_sentence_start: a == 0,
                context_org,
                subject_org,
                person_hint,
            },
            self.lex,
            self.disc,
        )
    }

    /// Whether a phrase describes a person: "who …", a title, a word for people.
    fn describes_person(&self, r: (usize, usize)) -> bool {
        let words = &self.words[r.0..r.1];
        self.lex
            .person_relativizers
            .match_at(self.words, r.0)
            .is_some()
            || self.lex.titles.find(words).is_some()
            || self.lex.spokesperson.find(words).is_some()
            || self.lex.anonymous.find(words).is_some_and(|(i, _)| i <= 3)
    }

    /// The source of a reporting verb: its subject, the name before an appositive, the subject
    /// of a clause it shares, or the phrase after it in inverted order.
    /// `deny`: the verb denies, and what follows it is its object ("disputed the workers'
    /// account"), never a speaker set after it as in "…, said Lindqvist".
    fn verb_source(
        &self,
        c0: usize,
        c1: usize,
        deny: bool,
    ) -> Option<((usize, usize), Classified)> {
        // "The plan angered workers, who said …": "who" stands for no document.
        let who = self.who_before(c0);
        self.verb_subject(c0, c1, deny)
            .filter(|found| !who || found.1.source.kind != SourceKind::Document)
    }

    /// Whether a relative pronoun set off by a comma stands right before the verb at `c0`
    /// ("…, who said").
    fn who_before(&self, c0: usize) -> bool {
        c0 >= 2
            && self.toks[c0 - 2].post.contains(',')
            && self.lex.person_relativizers.match_at(self.words, c0 - 1) == Some(1)
    }

    /// [`Ctx::verb_source`], before the check of what a relative pronoun stands for.
    fn verb_subject(
        &self,
        c0: usize,
        c1: usize,
        deny: bool,
    ) -> Option<((usize, usize), Classified)> {
        let (toks, words, lex) = (self.toks, self.words, self.lex);
        let comma_before = c0 > 0 && toks[c0 - 1].post.contains(',');
        let quote_before = c0 > 0 && toks[c0 - 1].post.contains(['”', '"', '»']);
        // "Tổng cục Thống kê (GSO) cho biết": the verb follows its subject across an aside.
        let adjacent = match aside_start(toks, c0) {
            Some(c) => {
                let breaks = [',', ';', ':', '”', '"', '»', ')', '—', '–'];
                !toks[c - 1].post.contains(breaks)
                    && !toks[c0 - 1].post.trim_start_matches(')').contains(breaks)
            }
            None => c0 > 0 && !break_before(toks, c0),
        };
        // "“…,” said Lindqvist": after a closing quote, the source follows the verb.
        if quote_before {
            if let Some(found) = self.inverted(c1) {
                return Some(found);
            }
        }
        if adjacent {
            let raw = back_segment(toks, words, c0, self.in_quote, lex);
            let seg = (raw.0, cut_trailing(toks, words, raw.0, raw.1, lex).0);
            // "… gặp năm công nhân của xưởng, những người cho biết …", "… seven former staff,
            // who said …": a relative pronoun after a comma stands for the counted group just
            // before it, or for the person named just before it ("… a blow for Voss, who told a
            // conference in July that …"). Anything else it stands for is no source ("The plan
            // angered workers, who said …" is not the plan's).
            let pronoun = seg.0 > 0 && toks[seg.0 - 1].post.contains(',') && {
                let lead = usize::from(lex.group_words.contains(words[seg.0]));
                lex.person_relativizers
                    .match_at(words, seg.0 + lead)
                    .is_some_and(|n| seg.0 + lead + n == raw.1)
            };
            // The pronoun alone, just before the verb, is a break of its own.
            let alone = raw.0 == raw.1 && self.who_before(c0);
            let rel = if pronoun {
                Some(seg.0)
            } else {
                alone.then(|| c0 - 1)
            };
            if let Some(rel) = rel {
                let start = clause_start(toks, rel - 1).max(rel.saturating_sub(16));
                if let Some(found) = (start..rel - 1).rev().find_map(|p| {
                    self.phrase((p, rel)).filter(|c| {
                        c.source.kind == SourceKind::Anonymous
                            && c.source.count.is_some_and(|n| n > 1)
                    })
                }) {
                    return Some(((start, rel), found));
                }
                let name_start = (rel.saturating_sub(4)..rel)
                    .find(|&p| toks[p..rel].iter().all(|t| t.is_capitalized()));
                if let Some(found) = name_start.and_then(|p| {
                    self.phrase((p, rel))
                        .filter(|c| c.source.kind == SourceKind::Person)
                        .map(|c| ((p, rel), c))
                }) {
                    return Some(found);
                }
            }
            // "Bà Hồng, nguyên trưởng phòng sản xuất, lại cho biết", "Lindqvist, the chief
            // executive, also said": only adverbs between an appositive's comma and the verb.
            let only_adverbs = {
                let mut p = seg.0;
                while let Some(k) = (p < seg.1)
                    .then(|| lex.trailing.match_at(&words[..seg.1], p))
                    .flatten()
                {
                    p += k;
                }
                p == seg.1
            };
            if only_adverbs && seg.0 > 0 && toks[seg.0 - 1].post.contains(',') {
                if let Some(found) = self.appositive_chain(seg.0, None) {
                    return Some(found);
                }
            }
            // "three bondholders who attended a meeting said": the noun before the relative clause.
            // A clause that describes a document ("Hồ sơ mà công ty mẹ … nộp lên … cho thấy")
            // leaves the document the source.
            let relative = lex
                .relativizers
                .match_at(words, seg.0.wrapping_sub(1))
                .is_some();
            let describes = lex.source_clauses.match_at(words, seg.0.wrapping_sub(1)) == Some(1);
            if seg.0 > 0 && (relative || describes) && !break_before(toks, seg.0) {
                let rel = seg.0 - 1;
                let head = back_segment(toks, words, rel, self.in_quote, lex);
                let head = (head.0, cut_trailing(toks, words, head.0, head.1, lex).0);
                if let Some(c) = self
                    .phrase(head)
                    .filter(|c| relative || c.source.kind == SourceKind::Document)
                {
                    return Some((head, c));
                }
            }
            // "Mười cư dân … thì lo ngại …, họ cho biết", "Ten residents … fear …, they said": a
            // plural pronoun alone after a comma is the counted group that opens its sentence.
            let they = seg.0 > 0
                && seg.1 == seg.0 + 1
                && toks[seg.0 - 1].post.contains(',')
                && lex.group_words.contains(words[seg.0])
                && lex.anonymous_backrefs.is_exactly(&words[seg.0..seg.1]);
            if they {
                let opening = after_opening(toks, seg.0).unwrap_or(0);
                if let Some(found) = [0, opening].into_iter().find_map(|start| {
                    let lead = noun_phrase_at(toks, words, start, lex);
                    (lead.1 > lead.0 && lead.1 < seg.0)
                        .then(|| self.phrase(lead))
                        .flatten()
                        .filter(|c| {
                            c.source.kind == SourceKind::Anonymous
                                && c.source.count.is_some_and(|n| n > 1)
                        })
                        // The pronoun stays the words that name the source in the sentence.
                        .map(|c| (seg, c))
                }) {
                    return Some(found);
                }
            }
            let found = self.phrase(seg);
            // "Mười lăm doanh nghiệp … được Thời báo X khảo sát cho biết", "Twelve officials
            // interviewed by X in A, B and C said": a counted group opening the sentence is the
            // subject of a verb whose nearest words name something else.
            // "12 chủ bãi giữ xe trên các tuyến Nguyễn Huệ, Lê Lợi và Hai Bà Trưng cho biết": names
            // joined after a comma that follows another name end a list inside the group.
            let list_tail = seg.0 > 0
                && found
                    .as_ref()
                    .is_some_and(|c| c.source.kind == SourceKind::Person && !c.weak)
                && toks[seg.0 - 1].post.contains(',')
                && toks[seg.0 - 1].is_capitalized()
                && (seg.0..seg.1).any(|k| lex.conjunctions.match_at(words, k).is_some());
            // "Hai mươi nghệ sĩ … mà Đô Thị Sài Gòn trò chuyện đều cho biết": a name inside a
            // clause that describes the group before it is not who speaks.
            let described = seg.0 > 0 && describes;
            let doubtful = list_tail
                || described
                || found
                    .as_ref()
                    .is_none_or(|c| c.weak || c.source.kind == SourceKind::Document);
            // "Twenty former keepers and volunteers accused …": a group named by two nouns, one
            // the lexicon does not know, is cut at its conjunction; the whole is the source when
            // a number opens it.
            let after_conjunction = seg.0 > 1
                && lex.conjunctions.match_at(words, seg.0 - 1) == Some(1)
                && !break_before(toks, seg.0 - 1)
                && found.as_ref().is_some_and(|c| {
                    c.source.kind == SourceKind::Anonymous && c.source.count.is_none_or(|n| n <= 1)
                });
            if after_conjunction {
                let start = clause_start(toks, seg.0 - 1);
                let whole = (start, seg.1);
                let counted = lex
                    .numbers
                    .parse_ending_at(words, start + 1)
                    .is_some_and(|(v, s)| s == start && v > 1);
                if counted {
                    if let Some(c) = self.phrase(whole).filter(|c| {
                        c.source.kind == SourceKind::Anonymous
                            && c.source.count.is_some_and(|n| n > 1)
                    }) {
                        return Some((whole, c));
                    }
                }
            }
            if doubtful && seg.0 > 0 {
                // The group may open the sentence, or the clause that holds the verb after a
                // conjunction ("…, nhưng hai mươi hộ diêm dân mà phóng viên gặp cho biết").
                let mut clause = clause_start(toks, c0);
                while clause < c0
                    && (lex.conjunctions.match_at(words, clause).is_some()
                        || lex.clause_breaks.match_at(words, clause).is_some())
                {
                    clause += 1;
                }
                // A list's group may follow an opening connective ("Tuy nhiên, 12 chủ bãi giữ xe
                // …"); other groups there are found through the appositive chain below.
                let opening = list_tail
                    .then(|| after_opening(toks, c0))
                    .flatten()
                    .unwrap_or(0);
                // The group a clause describes ends at the word that opens the clause: "Mười
                // một kỳ thủ mà …", whatever its nouns.
                let leads = [0, clause, opening]
                    .map(|start| (noun_phrase_at(toks, words, start, lex), false))
                    .into_iter()
                    .chain(
                        [clause, opening, 0]
                            .into_iter()
                            .filter(|&start| described && start + 1 < seg.0)
                            .map(|start| ((start, seg.0 - 1), true)),
                    );
                for (lead, whole) in leads {
                    if lead.1 <= seg.0
                        && lead.1 > lead.0
                        && (whole || lex.anonymous.find(&words[lead.0..lead.1]).is_some())
                    {
                        if let Some(c) = self.phrase(lead) {
                            if c.source.kind == SourceKind::Anonymous
                                && c.source.count.is_some_and(|n| n > 1)
                            {
                                return Some((lead, c));
                            }
                        }
                    }
                }
            }
            // "một nhân viên rạp ở phường Ninh Kiều, Cần Thơ nói": a place or a bare name after a
            // comma ends a list; the source is further back.
            if found.as_ref().is_none_or(|c| c.weak)
                && seg.0 > 0
                && toks[seg.0 - 1].post.contains(',')
                && toks[seg.0 - 1].is_capitalized()
            {
                if let Some(better) = self
                    .appositive_chain(seg.1, Some(seg))
                    .filter(|f| !f.1.weak)
                {
                    return Some(better);
                }
            }
            if let Some(c) = found {
                return Some((seg, c));
            }
            // "X gọi … và cho biết": the subject of the clause the verb shares.
            let conj = seg.0 == seg.1
                || lex
                    .clause_breaks
                    .match_at(words, seg.0.saturating_sub(1))
                    .is_some();
            if conj && seg.0 > 0 {
                let start = clause_start(toks, seg.0 - 1);
                let np = noun_phrase_at(toks, words, start, lex);
                // "The study … tracked 412 hives … and found that losses averaged 41%": a document
                // shares a verb that reports a clause right after "and".
                let reports_clause = lex.conjunctions.match_at(words, c0 - 1) == Some(1)
                    && lex.complementizers.match_at(words, c1).is_some();
                if let Some(c) = self.phrase(np) {
                    if c.source.kind != SourceKind::Document || reports_clause {
                        return Some((np, c));
                    }
                }
                // "The study, led by …, tracked … and found that …": the document opens the
                // sentence, before its appositive.
                if reports_clause && start > 0 {
                    let lead = noun_phrase_at(toks, words, 0, lex);
                    let set_off =
                        lead.1 < start && lead.1 > 0 && toks[lead.1 - 1].post.contains(',');
                    if let Some(c) = set_off.then(|| self.phrase(lead)).flatten() {
                        if c.source.kind == SourceKind::Document {
                            return Some((lead, c));
                        }
                    }
                }
                // "Kevin Oduya, a Summit Lift spokesman, put the number at 61, and said …": after
                // a comma, the verb shares the sentence's subject.
                if start + 1 >= seg.0 && start > 0 {
                    return self.first_clause_subject(c0);
                }
            }
            return None;
        }
        if comma_before {
            let chain = self.appositive_chain(c0, None);
            // "Orders reached a record 87 ships, said Helena Marsh, head of research at …": a
            // named speaker after the verb outranks a clause before it that reads as a document
            // ("a record") or an unnamed group.
            if chain.as_ref().is_some_and(|f| {
                matches!(
                    f.1.source.kind,
                    SourceKind::Document | SourceKind::Anonymous
                )
            }) {
                if let Some(found) = self
                    .inverted(c1)
                    .filter(|f| !deny && f.1.source.kind == SourceKind::Person && !f.1.weak)
                {
                    return Some(found);
                }
            }
            if let Some(found) = chain.as_ref().filter(|f| !f.1.weak) {
                return Some((found.0, found.1.clone()));
            }
            if let Some(found) = self.inverted(c1).filter(|_| !deny) {
                return Some(found);
            }
            if let Some(found) = chain {
                return Some(found);
            }
            return self.first_clause_subject(c0);
        }
        None
    }

    /// "Mười một giảng viên … đã ký đơn, cho rằng …", "Osei did not rule it out, however,
    /// saying …", "The Justice Department sued the importer, alleging …": the subject of the
    /// sentence's first clause. After an opening connective set off by a comma ("Tuy vậy, mười
    /// lăm giáo viên …"), the clause starts after it.
    fn first_clause_subject(&self, c0: usize) -> Option<((usize, usize), Classified)> {
        let (toks, words, lex) = (self.toks, self.words, self.lex);
        for start in std::iter::once(0).chain(after_opening(toks, c0)) {
            let np = noun_phrase_at(toks, words, start, lex);
            if np.1 < c0 && np.1 > np.0 {
                if let Some(c) = self.phrase(np) {
                    let kind = c.source.kind;
                    if kind == SourceKind::Person
                        || kind == SourceKind::Anonymous && c.source.count != Some(1)
                        || kind == SourceKind::Organization && !c.weak
                    {
                        return Some((np, c));
                    }
                }
            }
        }
        None
    }

    /// "…, said X" / "“…” said X": the phrase after the verb, which must run to the end of the
    /// sentence or to a comma.
    fn inverted(&self, c1: usize) -> Option<((usize, usize), Classified)> {
        let (np, clean_end) = forward_phrase(self.toks, self.words, c1, self.lex, false);
        if !clean_end || np.0 >= np.1 {
            return None;
        }
        // "said the town's mayor, Lucinda Farrow, who …": a title set off before a name is
        // that person's.
        if let Some(found) = self.title_then_name(np) {
            return Some(found);
        }
        // "says Lorraine Petty, who heads the tenants' union": described as a person.
        let after = (np.1, self.toks.len().min(np.1 + 6));
        let hint = np.1 < self.toks.len() && self.describes_person(after);
        self.phrase_hinted(np, hint).map(|c| (np, c))
    }

    /// After an inverted verb, a description with a title, a comma, then a person's name set off
    /// to the sentence's end or by a comma: that person, described ("the company's chief
    /// executive, Dana Hume,").
    fn title_then_name(&self, np: (usize, usize)) -> Option<((usize, usize), Classified)> {
        let (toks, words, lex) = (self.toks, self.words, self.lex);
        if np.1 >= toks.len()
            || !toks[np.1 - 1].post.contains(',')
            || lex.titles.find(&words[np.0..np.1]).is_none()
            || !toks[np.1].is_capitalized()
        {
            return None;
        }
        let (name, clean) = forward_phrase(toks, words, np.1, lex, false);
        // The name ends the sentence, or a relative clause or another reporting verb follows it
        // (", who …", ", adding …"): "said the regents' chair, Howard Beaumont, had pressed for
        // a vote" reports what the chair did.
        let set_off = name.1 == toks.len()
            || lex.relativizers.match_at(words, name.1).is_some()
            || lex.verb_cue_at(words, name.1);
        if !clean
            || !set_off
            || name.1 <= name.0 + 1
            || !toks[name.0..name.1].iter().all(|t| t.is_capitalized())
        {
            return None;
        }
        let mut c = self.phrase_hinted(name, true)?;
        if c.source.kind != SourceKind::Person {
            return None;
        }
        if c.source.descriptor.is_none() {
            let (a, b) = byte_span(toks, np);
            c.source.descriptor = Some(self.sent[a..b].to_string());
        }
        Some(((np.0, name.1), c))
    }

    /// "Lindqvist, chief executive of Bluewave, said", "bà Nhung, 58 tuổi, sống tại …, kể": the
    /// name before one or more appositives. Walks back over the comma-separated segments that end
    /// at `end`; `first` is the nearest segment when the caller has already cut it.
    fn appositive_chain(
        &self,
        end: usize,
        first: Option<(usize, usize)>,
    ) -> Option<((usize, usize), Classified)> {
        let (toks, words, lex) = (self.toks, self.words, self.lex);
        let mut end = end;
        // "The American Car Rental Association, which represents Redline, Pacer and dozens of
        // smaller operators, said": a relative clause set off before the verb may hold commas of
        // its own. The subject comes before it.
        if first.is_none() {
            let mut e = end;
            for _ in 0..6 {
                if e == 0 {
                    break;
                }
                let mut j = e - 1;
                while j > 0 && !break_before(toks, j) {
                    j -= 1;
                }
                if j == 0
                    || (j..e).any(|k| (self.in_quote)(toks[k].start))
                    || !toks[j - 1].post.contains(',')
                {
                    break;
                }
                if lex.relativizers.match_at(words, j).is_some() {
                    if e != end {
                        end = j;
                    }
                    break;
                }
                e = j;
            }
        }
        let mut hint = false;
        let mut fallback: Option<((usize, usize), Classified)> = None;
        let mut pending: Option<((usize, usize), Classified)> = None;
        // Whether the pending subject is a description ("the grocery chain").
        let mut pending_described = false;
        // The appositive nearest the verb, which describes a person named before it.
        let mut appositive: Option<(usize, usize)> = None;
        let mut bare_document: Option<((usize, usize), Classified)> = None;
        let mut described_fallback: Option<((usize, usize), Classified)> = None;
        // A description that ends in a name read only by a guess ("former hurdler Tomas
        // Reinholt"), nearest the verb: the holder of a role set off before it.
        let mut named_description: Option<(usize, usize)> = None;
        for depth in 0..6 {
            if end == 0 {
                break;
            }
            // "chủ một cửa hàng trên đường Lê Thánh Tôn (Q.1 cũ), TP.HCM, cho biết": an aside in
            // brackets belongs to the words before it.
            end = aside_start(toks, end).unwrap_or(end);
            let mut j = end - 1;
            while j > 0 && !break_before(toks, j) {
                j -= 1;
            }
            if let (0, Some(f)) = (depth, first) {
                j = f.0;
            }
            if (j..end).any(|k| (self.in_quote)(toks[k].start)) || end - j > 30 {
                break;
            }
            let (cut, clause) = cut_trailing(toks, words, j, end, lex);
            let seg = (j, cut);
            // "Bảy nhân viên, những người đề nghị giấu tên, cho biết": the people who asked not
            // to be named are the ones before.
            let asked_anonymity = || {
                let lead = usize::from(lex.group_words.contains(words[j]));
                lex.person_relativizers.match_at(words, j + lead).is_some()
                    && lex
                        .find_anonymity_marker(&self.sent[toks[j].start..toks[cut - 1].end])
                        .is_some()
            };
            // "The memo, addressed to the operations chief, Lorna Pike, said": a name set off
            // after a description that ends in a role is that role's holder, inside the
            // description.
            let role_holder = || {
                if j == 0 || !toks[j - 1].post.contains(',') {
                    return false;
                }
                let mut k = j - 1;
                while k > 0 && !break_before(toks, k) {
                    k -= 1;
                }
                // Opened by a verb ("and addressed to …"), not by a determiner ("the company's
                // chief executive, John Smith").
                let k = k + lex.conjunctions.match_at(words, k).unwrap_or(0);
                if k >= j {
                    return false;
                }
                let bare_description = !toks[k].is_capitalized()
                    && !lex.function_words.contains(words[k])
                    && !lex.demonstratives.contains(words[k])
                    && lex.titles.match_at(words, k).is_none()
                    && lex.numbers.parse_ending_at(words, k + 1).is_none();
                bare_description
                    && (k..j).any(|t| lex.titles.match_at(words, t).is_some_and(|n| t + n == j))
            };
            let relative = lex.relativizers.match_at(words, j).is_some()
                || lex.clause_breaks.match_at(words, j).is_some()
                || (cut > j && asked_anonymity())
                || (depth == 0 && role_holder());
            // A title, an age or a description ("chief executive of Bluewave", "58 tuổi") is an
            // appositive to the name before it, not the source.
            let title_led = lex.titles.match_at(words, j).is_some()
                || (lex.demonstratives.contains(words[j]) || lex.numbers.is_singular(words[j]))
                    && j + 1 < end
                    && lex.titles.match_at(words, j + 1).is_some();
            // An age set off by commas ("Lê Văn Bảy, 67, said", "một người dân, 54 tuổi, kể"), not
            // a counted group ("15 franchisees, who spoke on condition of anonymity, said").
            let numeric = toks[j].text.chars().all(|c| c.is_ascii_digit())
                && (cut == j + 1 || lex.numbers.ages.match_at(words, j + 1) == Some(cut - j - 1));
            // "the ship's operator, Aurelia Cruises, confirmed": the nearer name is the source,
            // and the description before it is its appositive.
            // "…, and its chief executive, Tomas Hallam, told": a conjunction before the
            // description joins it to the clause before, and the description is the name's.
            let jd = (j + lex.conjunctions.match_at(words, j).unwrap_or(0)).min(cut);
            let described = described(&toks[jd..cut], &words[jd..cut], lex);
            let classified = if relative || clause || numeric {
                None
            } else {
                self.phrase_hinted(seg, hint)
            };
            // "One of the plaintiffs, Delbert Fenn, said": one member of a group, then a name.
            let member = classified.as_ref().is_some_and(|c| {
                c.source.kind == SourceKind::Anonymous
                    && c.source.count == Some(1)
                    && j + 1 < cut
                    && lex.partitives.match_at(words, j + 1).is_some()
            });
            // The name is that member's only when it reads as a person's.
            let member_named = member
                .then_some(fallback.as_ref())
                .flatten()
                .and_then(|(fseg, _)| self.phrase_hinted(*fseg, true))
                .is_some_and(|c| c.source.kind == SourceKind::Person);
            // "The chairman of the bid committee, former hurdler Tomas Reinholt, said".
            if pending.is_none() && fallback.is_none() && described && depth == 1 {
                let titled = lex.titles.find(&words[j..cut]).is_some();
                if let Some(nseg) = named_description.filter(|_| titled) {
                    if let Some(mut person) = self
                        .phrase_hinted(nseg, true)
                        .filter(|c| c.source.kind == SourceKind::Person)
                    {
                        describe(&mut person, self.sent, &toks[jd..cut], lex);
                        return Some((nseg, person));
                    }
                }
            }
            // "The chairman of Halden Athletics, Tomas Reinholt": a role opened by a determiner
            // describes the name after it, whatever names the role's body.
            let role = j + 1 < cut
                && lex.determiners.contains(words[j])
                && lex.titles.match_at(words, j + 1).is_some();
            if pending.is_none() && (described || member_named || role) {
                if let Some((fseg, fc)) = fallback {
                    // "Orbitra's chief executive, Sunniva Hartmann": a person's description.
                    let titled = member
                        || lex.titles.find(&words[j..cut]).is_some()
                        || lex.spokesperson.find(&words[j..cut]).is_some();
                    let person = titled
                        .then(|| self.phrase_hinted(fseg, true))
                        .flatten()
                        .filter(|c| c.source.kind == SourceKind::Person);
                    let mut found = person.unwrap_or(fc);
                    describe(&mut found, self.sent, &toks[jd..cut], lex);
                    return Some((fseg, found));
                }
            }
            // How the segment opens: a capital or a count marks a subject; a bare noun or a
            // verb ("công nhân tổ cắt", "sent to senior managers") a description; "a"/"một" either.
            let w = words[j];
            let counted = lex
                .numbers
                .parse_ending_at(words, j + 1)
                .is_some_and(|(v, _)| v > 1)
                || lex.vague.match_at(words, j).is_some()
                || lex.demonstratives.contains(w)
                || lex.group_words.contains(w);
            let singular = lex.numbers.is_singular(w);
            // "đại diện GreenLeaf Assurance, đơn vị …, cho biết": a spokesperson opens a subject.
            // "đại diện chủ đầu tư" is a role, and describes the name before it.
            let speaks_for = lex
                .spokesperson
                .match_at(words, j)
                .is_some_and(|k| toks.get(j + k).is_some_and(Tok::is_capitalized));
            let bare = !toks[j].is_capitalized() && !counted && !singular && !speaks_for;
            if let Some(c) = classified {
                // A title and a name ("PGS.TS Vũ Thị Thanh Bình"), or a named subject; not a
                // name inside a description ("superintendent of the Fenwick Valley district").
                let named_early = c.source.kind == SourceKind::Person
                    && c.source
                        .name
                        .split_whitespace()
                        .next()
                        .and_then(|w| toks[j..seg.1.min(j + 6)].iter().position(|t| t.text == w))
                        .is_some_and(|at| {
                            !words[j..j + at]
                                .iter()
                                .any(|w| lex.function_words.contains(*w))
                        });
                // "Renata Koss, the lawyer representing Ostrova, told": a role whose person is
                // named only deep inside it, set off after other words, describes what comes
                // before it when that is a name; it is the source only when nothing is.
                let deep_name = c.source.kind == SourceKind::Person
                    && !named_early
                    && title_led
                    && j > 0
                    && toks[j - 1].post.contains(',');
                if deep_name {
                    described_fallback.get_or_insert((seg, c.clone()));
                } else if named_early || (c.source.kind == SourceKind::Person && !bare) {
                    // "Ông Bùi Văn Thịnh, trưởng thôn Đồng Chè, cho biết": a title and a name set
                    // off after a person named with an honorific is that person's description
                    // (the name is the village's), not a second person.
                    let honoured = ((title_led || bare) && j > 0 && toks[j - 1].post.contains(','))
                        .then(|| clause_start(toks, j - 1))
                        .filter(|&k| k < j && lex.honorifics.contains_key(words[k]))
                        .and_then(|k| {
                            self.phrase_hinted((k, j), true)
                                .filter(|p| p.source.kind == SourceKind::Person)
                                .map(|p| ((k, j), p))
                        });
                    if let Some((pseg, mut p)) = honoured {
                        describe(&mut p, self.sent, &toks[j..cut], lex);
                        return Some((pseg, p));
                    }
                    let mut c = c;
                    // "Andrés Villacís, Ecuador's trade minister, told": the description after
                    // the name.
                    let after = appositive.or_else(|| {
                        pending
                            .as_ref()
                            .filter(|_| pending_described)
                            .map(|(p, _)| *p)
                    });
                    // "Ecuador's trade minister, Andrés Villacís, told": the description before it.
                    let before = (j > 0 && toks[j - 1].post.contains(','))
                        .then(|| clause_start(toks, j - 1))
                        .filter(|&k| self::described(&toks[k..j], &words[k..j], lex))
                        .map(|k| (k, j));
                    if let Some((a, b)) = after.or(before) {
                        describe(&mut c, self.sent, &toks[a..b], lex);
                    }
                    return Some((seg, c));
                }
                let title_led = title_led && c.source.kind != SourceKind::Anonymous;
                if title_led || bare {
                    // "Tuy nhiên, báo cáo thường niên của Golden Loom Holdings, công ty mẹ …, cho
                    // thấy": a document, its noun not capitalized, is the subject when no name
                    // before it is.
                    if bare && c.source.kind == SourceKind::Document {
                        bare_document.get_or_insert((seg, c.clone()));
                    }
                    if bare && c.weak && depth == 0 {
                        named_description = Some(seg);
                    }
                    // An appositive describing a name before it.
                    appositive.get_or_insert(seg);
                } else if pending.is_some() && pending_described && toks[j].is_capitalized() {
                    // "Harrowgate Mutual, Kestrel's insurer, declined", "Brandywine, the region's
                    // No. 2 grower, disputed": the name before a description is the source.
                    return Some((seg, c));
                } else if c.weak && described {
                    // "Lumen Optik, the German company, said": a description named only by a
                    // guess describes the name before it.
                    appositive.get_or_insert(seg);
                    described_fallback.get_or_insert((seg, c));
                } else if c.weak && singular && !toks[j].is_capitalized() {
                    // "Hollis Grant, a beekeeper in Merritt Valley, said": a description opened
                    // by "a" with only a place's name in it describes the name before it.
                    appositive.get_or_insert(seg);
                    described_fallback.get_or_insert((seg, c));
                } else if c.weak || (singular && !toks[j].is_capitalized()) {
                    fallback.get_or_insert((seg, c));
                } else if let Some(p) = pending.take() {
                    // Two subjects in a row: the nearer one is the source.
                    return Some(p);
                } else {
                    // It may yet be an appositive to a name further back ("ông Đức, …,
                    // Trường Đại học X, nhận định").
                    pending = Some((seg, c));
                    pending_described = described;
                }
            }
            hint = self.describes_person((j, end));
            let comma = j > 0
                && (toks[j - 1].post.contains([',', '–', '—']) || toks[j].pre.contains(['–', '—']));
            if !comma {
                break;
            }
            end = j;
        }
        pending
            .or(fallback)
            .or(bare_document)
            .or(described_fallback)
    }
}

/// Gives a person found through an appositive the appositive as its description, when it has
/// none or only an honorific that says no more than their sex: "Andrés Villacís, Ecuador's
/// trade minister, told …", "Bà Lê Thu Hà, Tổng giám đốc Minh Tâm, cho biết …" (but "Sen."
/// and "Dr." stay).
fn describe(found: &mut Classified, sentence: &str, toks: &[Tok], lex: &Lexicon) {
    let bare = found.source.descriptor.as_deref().is_none_or(|d| {
        let d = crate::lexicon::lower_case(d);
        let d = d.trim_end_matches('.');
        [d.to_string(), format!("{d}.")]
            .iter()
            .any(|h| lex.honorifics.get(h).is_some_and(|&g| g != Gender::Unknown))
    });
    if let (SourceKind::Person, true, Some(first), Some(last)) =
        (found.source.kind, bare, toks.first(), toks.last())
    {
        found.source.descriptor = Some(sentence[first.start..last.end].to_string());
        found.source.apposed = true;
    }
}

fn byte_span(toks: &[Tok], r: (usize, usize)) -> (usize, usize) {
    if r.0 >= r.1 {
        return (0, 0);
    }
    (toks[r.0].start, toks[r.1 - 1].end)
}

/// Whether a clause-breaking word (or phrase) ends at `toks[i]`.
fn clause_break_ends_at(toks: &[Tok], words: &[&str], i: usize, lex: &Lexicon) -> bool {
    for len in 1..=3usize {
        if i + 1 < len {
            break;
        }
        let s = i + 1 - len;
        if lex.clause_breaks.match_at(words, s) == Some(len) {
            // "Nvidia and OpenAI said": a conjunction between two names joins them.
            let joins_names = len == 1
                && s > 0
                && s + 1 < toks.len()
                && toks[s - 1].is_capitalized()
                && toks[s + 1].is_capitalized()
                && !break_before(toks, s)
                && !break_before(toks, s + 1);
            return !joins_names;
        }
    }
    false
}

/// Where the clause after an opening connective set off by a comma starts ("Tuy vậy, mười lăm
/// giáo viên …", "However, three officials …"), if the sentence has one before `c0`.
fn after_opening(toks: &[Tok], c0: usize) -> Option<usize> {
    (0..3.min(c0))
        .find(|&i| toks[i].post.contains(','))
        .map(|i| i + 1)
}

/// Where an aside in brackets that ends just before `end` opens, if one does and words come
/// before it: "(Q.1 cũ)", "(West Yorkshire)".
fn aside_start(toks: &[Tok], end: usize) -> Option<usize> {
    if end < 2 || !toks[end - 1].post.contains(')') {
        return None;
    }
    (1..end)
        .rev()
        .take(8)
        .take_while(|&k| k == end - 1 || !toks[k].post.contains(['(', ')']))
        .find(|&k| toks[k].pre.contains('('))
}

/// The words that end just before `end` with no punctuation or clause break among them.
fn back_segment(
    toks: &[Tok],
    words: &[&str],
    end: usize,
    in_quote: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
) -> (usize, usize) {
    // An aside in brackets just before names nothing: the words before it do ("12 chủ bãi giữ
    // xe trên tuyến Lê Lợi (Q.1 cũ) cho biết").
    let end = aside_start(toks, end).unwrap_or(end);
    let mut i = end;
    while i > 0 {
        if i < end && break_before(toks, i) {
            break;
        }
        if in_quote(toks[i - 1].start) {
            break;
        }
        // "… said a technician had found “uneven wear”": the subject of a later verb starts
        // after an earlier reporting verb.
        if i < end && lex.determiners.contains(words[i]) && lex.is_reporting_word(words[i - 1]) {
            break;
        }
        // A conjunction just before the verb joins no nouns: "Brightwell blamed the supplier
        // and said …".
        if clause_break_ends_at(toks, words, i - 1, lex)
            && (i == end || !joins_nouns(toks, words, i - 1, lex))
        {
            break;
        }
        i -= 1;
        if end - i > 24 {
            break;
        }
    }
    (i, end)
}

/// How many words a place after a group's preposition may have before a conjunction: a word for
/// the kind of place and a name of up to four words ("ở ấp Cù Lao Tre").
const PLACE_WORDS: usize = 5;

/// Whether the conjunction at `toks[c]` joins two nouns of one source ("traders and exporters",
/// "Nine current and former employees", "phi công và tiếp viên").
fn joins_nouns(toks: &[Tok], words: &[&str], c: usize, lex: &Lexicon) -> bool {
    if crate::sources::joins_name_parts(toks, words, c, lex) {
        return true;
    }
    if c == 0
        || lex.conjunctions.match_at(words, c) != Some(1)
        || break_before(toks, c)
        || break_before(toks, c + 1)
    {
        return false;
    }
    let before = c - 1;
    let noun_ends_at = |end: usize| {
        (end.saturating_sub(3)..=end).any(|k| {
            [&lex.anonymous, &lex.titles]
                .iter()
                .any(|set| set.match_at(words, k) == Some(end + 1 - k))
        })
    };
    // "Tám nguồn tin tại trường và cơ quan quản lý", "officials at the ministry and the
    // regulator": the conjunction joins two places of one group. A place may have a name of
    // several words ("người dân ở ấp Rạch Sậy và ấp Cù Lao Tre").
    let place_of_group = || {
        (before.saturating_sub(PLACE_WORDS)..before).any(|p| {
            p > 0
                && lex.prepositions.match_at(words, p) == Some(1)
                && (p..=before).all(|k| !break_before(toks, k))
                && (p + 3 > before || (p + 2..=before).all(|k| toks[k].is_capitalized()))
                && noun_ends_at(p - 1)
        })
    };
    let noun_before = noun_ends_at(before) || place_of_group();
    let number_near = (before.saturating_sub(1)..=before).any(|k| {
        lex.numbers.is_number_word(words[k]) || toks[k].text.chars().all(|ch| ch.is_ascii_digit())
    }) || lex.numbers.parse_ending_at(words, before).is_some();
    noun_before || number_near
}

/// The first word of the clause that holds `toks[i]`: just after the last punctuation before it.
fn clause_start(toks: &[Tok], i: usize) -> usize {
    let mut s = i;
    while s > 0 && !break_before(toks, s) {
        s -= 1;
    }
    s
}

/// The noun phrase that starts at `start`: names, numbers, and the lexicon's source words, up to
/// the first other word.
fn noun_phrase_at(toks: &[Tok], words: &[&str], start: usize, lex: &Lexicon) -> (usize, usize) {
    let mut e = start;
    // Whether the phrase names an organization so far ("Sở", "Bộ"): its name may hold a
    // lower-case word between capitals ("Sở Xây dựng Quảng Ngãi").
    let mut organization = false;
    while e < toks.len() {
        if e > start && break_before(toks, e) {
            break;
        }
        // "The company visited the plant and said …": a back-reference to an organization too.
        let sets = SourcePhrases::TITLES
            | SourcePhrases::ANONYMOUS
            | SourcePhrases::DOCUMENT
            | SourcePhrases::SPOKESPERSON
            | SourcePhrases::PARTITIVES
            | SourcePhrases::ORG_PREFIXES
            | SourcePhrases::VAGUE
            | SourcePhrases::OUTLETS
            | SourcePhrases::ORGANIZATION_BACKREFS;
        let phrase = lex
            .source_phrases_at(words, e, sets)
            .into_iter()
            .flatten()
            .max();
        if let Some(k) = phrase {
            organization |= (e..e + k).any(|i| lex.org_prefixes.match_at(words, i).is_some());
            e += k;
            continue;
        }
        let t = &toks[e];
        // "Sở Giao thông vận tải Bình Định": up to three lower-case words, none a function word
        // or a reporting verb, then a capital.
        let inside_name = organization
            && e > start
            && (1..=3).any(|n| {
                toks.get(e + n).is_some_and(|t| t.is_capitalized())
                    && (e..e + n).all(|i| {
                        !toks[i].is_capitalized()
                            && !break_before(toks, i + 1)
                            && !lex.function_words.contains(words[i])
                            && !lex.starts_cue(words, i)
                    })
            });
        // "Half a dozen dentists", "Six dentists who …": a number phrase, then the noun it
        // counts, whatever that noun is.
        let counted = (1..=3).filter(|&k| e + k < toks.len()).find(|&k| {
            lex.numbers
                .parse_ending_at(words, e + k)
                .is_some_and(|(v, s)| s == e && v > 1)
                && (e..e + k).all(|i| !break_before(toks, i + 1))
        });
        if let Some(k) = counted {
            let noun = e + k;
            // A source noun the lexicon knows ("quan chức") is read as one by the next round.
            if [&lex.anonymous, &lex.titles, &lex.document, &lex.partitives]
                .iter()
                .any(|set| set.match_at(words, noun).is_some())
            {
                e = noun;
                continue;
            }
            if !toks[noun].is_capitalized()
                && !lex.function_words.contains(words[noun])
                && !lex.starts_cue(words, noun)
            {
                e = noun + 1;
                continue;
            }
        }
        let number =
            lex.numbers.is_number_word(words[e]) || t.text.chars().all(|c| c.is_ascii_digit());
        if t.is_capitalized()
            || number
            || inside_name
            || lex.demonstratives.contains(words[e])
            || lex.honorifics.contains_key(words[e])
        {
            e += 1;
            continue;
        }
        break;
    }
    (start, e.min(toks.len()))
}

/// Cuts a phrase at the first adverb or time expression that cannot belong to a source
/// ("Nvidia cũng", "Lindqvist on Tuesday"). Returns the new end and whether the cut word is a
/// clause verb ("would", "sẽ"), which shows the phrase was a clause, not a name.
fn cut_trailing(toks: &[Tok], words: &[&str], a: usize, b: usize, lex: &Lexicon) -> (usize, bool) {
    // "Giám đốc … tại Việt Nam Henrik Solberg": a name right before the cue is the source, so
    // nothing before it is cut.
    let mut name_start = b;
    while name_start > a
        && toks[name_start - 1].is_capitalized()
        && !lex.function_words.contains(words[name_start - 1])
    {
        name_start -= 1;
    }
    if b - name_start >= 2 {
        return (b, false);
    }
    let b_cut = b;
    let mut covered = vec![false; b.saturating_sub(a)];
    for p in a..b {
        let sets = SourcePhrases::TITLES
            | SourcePhrases::ANONYMOUS
            | SourcePhrases::DOCUMENT
            | SourcePhrases::SPOKESPERSON
            | SourcePhrases::PARTITIVES
            | SourcePhrases::ANONYMOUS_BACKREFS
            | SourcePhrases::ORGANIZATION_BACKREFS
            | SourcePhrases::OUTLETS
            | SourcePhrases::ORG_PREFIXES;
        for k in lex
            .source_phrases_at(&words[..b], p, sets)
            .into_iter()
            .flatten()
        {
            if k > 1 {
                for c in covered.iter_mut().skip(p - a).take(k) {
                    *c = true;
                }
            }
        }
    }
    let mut after_inside = false;
    for p in a + 1..b_cut {
        if covered[p - a] {
            after_inside = false;
            continue;
        }
        // "plans" ends "Halvorsen plans" but not "familiar with the plans".
        // "giấy phép do UBND TP Cần Thơ cấp": a capitalized word is part of a name.
        if lex.clause_verbs.match_at(&words[..b], p).is_some()
            && !lex.determiners.contains(words[p - 1])
            && !toks[p].is_capitalized()
        {
            return (p, true);
        }
        // "Một trong hai người": a partitive after a number is no adverbial.
        let partitive = lex.partitives.match_at(&words[..b], p).is_some()
            && lex.numbers.parse_ending_at(words, p).is_some();
        // "Mỹ Thuật Ngày Nay", "Nông Thôn Ngày Mới": a capitalized adverb between two capitalized
        // words is part of a name, and so is one right after it.
        let trailing = lex.trailing.match_at(&words[..b], p).is_some();
        let inside_name = toks[p].is_capitalized()
            && toks[p - 1].is_capitalized()
            && (after_inside || (p + 1 < b && toks[p + 1].is_capitalized()));
        after_inside = trailing && inside_name;
        if trailing && !partitive && !inside_name {
            return (p, false);
        }
    }
    (b, false)
}

/// The noun phrase after a cue: up to punctuation, a clause break or "that". Also says whether it
/// ends cleanly, at a comma, a period or the end of the sentence.
fn forward_phrase(
    toks: &[Tok],
    words: &[&str],
    c1: usize,
    lex: &Lexicon,
    according: bool,
) -> ((usize, usize), bool) {
    let mut e = c1;
    let mut clean = false;
    while e < toks.len() {
        if e == c1 && toks[e].pre.contains(['“', '"', '«']) {
            break;
        }
        if e > c1
            && lex.clause_breaks.match_at(words, e).is_some()
            && !crate::sources::joins_name_parts(toks, words, e, lex)
        {
            break;
        }
        if lex.complementizers.match_at(words, e).is_some() {
            break;
        }
        e += 1;
        let post = toks[e - 1].post;
        if e == toks.len() || post.contains([',', ';', '!', '?']) {
            clean = !post.contains(['“', '"']) || e == toks.len();
            break;
        }
        if e < toks.len() && break_before(toks, e) {
            break;
        }
        if e - c1 > 14 {
            break;
        }
    }
    let (end, verb_cut) = cut_trailing(toks, words, c1, e, lex);
    if verb_cut && !according {
        return ((c1, c1), false);
    }
    ((c1, end), clean)
}

/// The claim without its attribution.
/// How many words after a reporting verb a citing phrase and the "that" after it may run.
const CITED_GAP: usize = 24;

/// Where "that" opens the claim after a citing phrase set off by commas ("last month, citing an
/// internal audit by the insurer, that …"): the complementizer's index and length.
fn cited_then_that(toks: &[Tok], words: &[&str], lex: &Lexicon) -> Option<(usize, usize)> {
    let reach = words.len().min(CITED_GAP);
    let cites = (1..reach).find(|&i| {
        toks[i - 1].post.contains(',')
            && lex.citing.contains(words[i])
            && (0..i - 1).all(|j| !toks[j].post.contains([',', ';', '“', '"']))
    })?;
    let k = (cites + 1..reach).find(|&k| toks[k - 1].post.contains(','))?;
    let m = lex.complementizers.match_at(words, k)?;
    (cites + 1..k - 1)
        .all(|j| !toks[j].post.contains([',', ';', '“', '"']))
        .then_some((k, m))
}

fn claim_text(sent: &str, toks: &[Tok], f: &Found, quotes: &[String], lex: &Lexicon) -> String {
    // A sentence that is mostly quotation: the quotation is the claim. A partial quote
    // ("gọi … là “vô lý”") stays inside the claim around it.
    let quoted: usize = quotes.iter().map(|q| q.len()).sum();
    if !quotes.is_empty() && quoted * 2 >= sent.len() {
        return quotes.join(" … ");
    }
    let trim = |s: &str| {
        s.trim()
            .trim_matches(|c: char| c == ',' || c == ';' || c == ':' || c.is_whitespace())
            .trim_end_matches('.')
            .trim()
            .to_string()
    };
    let Some((cs, ce)) = f.cue else {
        // No verb: a quotation continuing its speaker, or introduced by a colon.
        return if quotes.is_empty() {
            trim(sent)
        } else {
            quotes.join(" … ")
        };
    };
    let (ns, ne) = f.np;
    let mut attribution_start = cs.min(ns);
    let attribution_end = ce.max(ne);
    // "Sales fell, the company's chief executive, John Smith, said": a description set off
    // before a source that is itself set off belongs to the attribution.
    if ns < cs && ne <= cs && sent[ne..cs].trim_start().starts_with([',', '–', '—']) {
        attribution_start = descriptor_start(&sent[..ns], lex);
    }
    let before = trim(&sent[..attribution_start]);
    // The tokens' offsets are into `whole`; `after` may start later within it.
    let whole = sent[attribution_end..].trim_start();
    let mut after = whole;
    let after_toks = tokenize(whole);
    let words: Vec<&str> = after_toks.iter().map(|t| t.lower.as_ref()).collect();
    // A verb of telling is followed by whom it addresses ("told the board").
    let told = lex.recipient_verbs.contains(&sent[cs..ce].to_lowercase());
    // "…, citing two people, that the depot would close": what follows "that" is the claim.
    let mut introduced = false;
    // "“We will close,” Park told the Daily Star.": nothing but whom a verb of telling addresses
    // follows it.
    let mut only_recipient = false;
    if let Some(k) = lex.complementizers.match_at(&words, 0) {
        if let Some(t) = after_toks.get(k) {
            after = &whole[t.start..];
            introduced = true;
        }
    } else if f.kind != CueKind::According {
        // "told Capital Ledger News that …", "argued last week that …", "said on Monday that
        // …", "told the board that …": a name, a phrase opened by a preposition, or whom a verb
        // of telling addresses, between the verb and "that" is not part of what was said. After
        // another verb a lower-case noun there may own a relative "that" ("said the firm that
        // makes …"), so it stays.
        // A phrase opened by a preposition may be longer: "said in an interview with the Daily
        // Star that …".
        let reach = if lex.prepositions.match_at(&words, 0).is_some() {
            11
        } else {
            7
        };
        let gap = (1..words.len().min(reach)).find(|&k| {
            lex.complementizers.match_at(&words, k).is_some()
                && !after_toks[..k]
                    .iter()
                    .any(|t| t.post.contains([',', ';', '“', '"']))
        });
        if let Some(k) = gap {
            let name =
                after_toks[..k].iter().enumerate().all(|(i, t)| {
                    t.is_capitalized() || (i == 0 && lex.determiners.contains(words[0]))
                }) && after_toks[..k].iter().any(|t| t.is_capitalized());
            let phrase = lex.prepositions.match_at(&words, 0).is_some();
            let m = lex.complementizers.match_at(&words, k).unwrap_or(1);
            if let (true, Some(t)) = (name || phrase || told, after_toks.get(k + m)) {
                after = &whole[t.start..];
                introduced = true;
            }
        } else if let Some((k, m)) = cited_then_that(&after_toks, &words, lex) {
            // "reported last month, citing an internal audit, that …": what the source cites,
            // set off by commas before "that", is not part of what was said.
            if let Some(t) = after_toks.get(k + m) {
                after = &whole[t.start..];
                introduced = true;
            }
        } else if told {
            // "told Reuters the plant would close", "told lawmakers prices would rise": whom a
            // verb of telling addresses, a name or one noun, then a clause that opens with its
            // subject.
            let lead = usize::from(words.first().is_some_and(|w| lex.determiners.contains(*w)));
            let mut k = lead;
            while k < after_toks.len().min(lead + 4)
                && after_toks[k].is_capitalized()
                && (k == lead || !break_before(&after_toks, k))
            {
                k += 1;
            }
            if k == lead && lead == 0 {
                k = 1;
            }
            let subject = after_toks.get(k).filter(|t| {
                k > lead
                    && !break_before(&after_toks, k)
                    && (lex.determiners.contains(words[k])
                        || lex.person_pronouns.contains_word(words[k])
                        || lex.group_words.contains(words[k])
                        || t.is_capitalized()
                        || t.text.starts_with(|c: char| c.is_ascii_digit()))
            });
            if let Some(t) = subject {
                after = &whole[t.start..];
                introduced = true;
            }
            only_recipient = k >= after_toks.len();
        }
    }
    // "Theo báo cáo mà Thạch Hãn công bố hồi tháng 3, dư nợ …", "According to the report,
    // which was released on Monday, exports …": a relative clause that opens what follows an
    // opening "according to" still describes the source; the claim starts after its comma.
    if f.kind == CueKind::According
        && before.is_empty()
        && (lex.relativizers.match_at(&words, 0).is_some()
            || lex.source_clauses.match_at(&words, 0).is_some())
    {
        if let Some(t) = after_toks
            .iter()
            .take(25)
            .position(|t| t.post.contains(','))
            .and_then(|k| after_toks.get(k + 1))
        {
            // Only forward: a complementizer may already have moved the start past the comma.
            let at = t.start - t.pre.len();
            if at >= whole.len() - after.len() {
                after = &whole[at..];
            }
        }
    }
    let after = trim(after);
    let _ = toks;
    let before_is_clause = before.split_whitespace().count() > 3;
    // "…, X said": an attribution set off after the claim closes it; "X said …" opens it.
    let closes = sent[..attribution_start]
        .trim_end()
        .ends_with([',', '”', '"', '»', '—', '–']);
    // "In a separate statement, X said …", "Trong thông cáo gửi báo chí, X khẳng định …": an
    // opening phrase led by a preposition sets the scene for the statement after the verb.
    let na = after.split_whitespace().count();
    // "Trái với lời khai này, X thừa nhận …", "Contrary to the filing, X said …" too.
    let opening: Vec<String> = before
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let opening: Vec<&str> = opening.iter().map(String::as_str).collect();
    let scene = !before.contains([',', '“', '”', '"', '«', '»'])
        && lex.prepositions.match_at(&opening, 0).is_some();
    // "Speaking at a conference in Hanoi, Smith said the company was losing money", "Trả lời
    // qua email, ông An xác nhận …": what runs straight on from the verb is the claim, and the
    // phrase before set the scene. After the verb, a comma ("…, X said, adding …"), a phrase
    // opened by a preposition or a subordinate clause ("…, X said in an interview", "… when
    // asked"), a quotation before the verb, or whom a verb of telling addresses ("…, X told the
    // Lakeside Post") leaves the claim before.
    // `words` are the words right after the attribution.
    let runs_on = matches!(f.kind, CueKind::Reporting | CueKind::Deny)
        && !sent[..cs].contains(['”', '»'])
        && sent[..cs].matches('"').count() < 2
        && !sent[attribution_end..]
            .trim_start()
            .starts_with([',', ';', '.', '—', '–', '(', '“', '"'])
        && lex.prepositions.match_at(&words, 0).is_none()
        && lex.clause_breaks.match_at(&words, 0).is_none()
        && !told;
    // "“…,” said Lucinda Farrow, who spoke against the plan": a relative clause after a closing
    // attribution describes its source.
    let describes_source = closes
        && !before.is_empty()
        && sent[attribution_end..].trim_start().starts_with(',')
        && lex.relativizers.match_at(&words, 0).is_some()
        && lex.complementizers.match_at(&words, 0).is_none();
    match (before_is_clause, na > 2) {
        _ if describes_source => before,
        // "In a statement on Monday, the ministry denied the report.", "On Friday, Lumen
        // rejected the claims.": the opening phrase set the scene; what the verb takes is all
        // the sentence states.
        // A single word after the verb ("bác bỏ thông tin này") says too little: the sentence.
        (_, false) if scene && matches!(f.kind, CueKind::Reporting | CueKind::Deny) => {
            if na >= 2 {
                after
            } else {
                trim(sent)
            }
        }
        (true, false) => before,
        (false, true) if only_recipient && closes && !before.is_empty() => before,
        (false, true) => after,
        (true, true) if closes && !introduced && !scene && !runs_on => before,
        (true, true) => after,
        (false, false) if closes && !before.is_empty() => before,
        // "Smith said prices fell.": a short claim after an attribution that opens the sentence.
        (false, false) if before.is_empty() && !after.is_empty() => after,
        (false, false) => trim(sent),
    }
}

/// Whether words describe a name beside them rather than name anyone: a title ("chief executive
/// of Bluewave") or a short phrase opened by a determiner without a capital after it ("the ship's
/// operator").
fn descriptive(toks: &[Tok], words: &[&str], lex: &Lexicon) -> bool {
    lex.titles.match_at(words, 0).is_some() || described(toks, words, lex)
}

/// Whether words are a common noun phrase opened by a determiner or an owner ("the grocery
/// chain", "Kestrel's insurer"), with no name in it before any relative clause.
fn described(toks: &[Tok], words: &[&str], lex: &Lexicon) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let head = (1..words.len())
        .find(|&i| lex.relativizers.match_at(words, i).is_some())
        .unwrap_or(words.len());
    (lex.determiners.contains(*first) || toks[0].possessive)
        && head <= 8
        && !(1..head).any(|i| {
            let t = &toks[i];
            // "The Lantern's artistic director": capitalized words that end in an owner before a
            // common noun name the owner, and the phrase still describes.
            let owner_end = (i..head).find(|&k| !toks[k].is_capitalized() || toks[k].possessive);
            if owner_end.is_some_and(|k| {
                toks[k].possessive
                    && toks[k].is_capitalized()
                    && k + 1 < head
                    && !toks[k + 1].is_capitalized()
            }) {
                return false;
            }
            // "the German company", "the Belgian sports daily": one capitalized word before a
            // common noun qualifies it.
            let qualifies = !toks[i - 1].is_capitalized()
                && i + 1 < head
                && !toks[i + 1].is_capitalized()
                && !t.possessive;
            if qualifies {
                return false;
            }
            // "Ohio-based" describes; "Bluewave" names; "No. 2" ranks.
            t.is_capitalized()
                && !t
                    .text
                    .rsplit('-')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && !(lex.numbers.is_ordinal_marker(words[i])
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit())))
        })
}

/// Where the text before a source ends once a description set off just before it is left out:
/// "Sales fell, the ship's operator, " ends after "Sales fell".
fn descriptor_start(before: &str, lex: &Lexicon) -> usize {
    let body = before.trim_end();
    let Some(body) = body.strip_suffix([',', '–', '—']) else {
        return before.len();
    };
    let seg_start = body
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '–' | '—' | ';' | ':'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let toks = tokenize(&body[seg_start..]);
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_ref()).collect();
    if descriptive(&toks, &words, lex) {
        seg_start
    } else {
        before.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;
    use crate::sentences::split;

    fn run(text: &str, lang: &str) -> Vec<Claim> {
        let lexs = Lexicons::builtin().unwrap();
        let lex = lexs.get(lang).unwrap();
        attribute(text, &split(text, lex), lex)
    }

    fn one(text: &str, lang: &str) -> Claim {
        let c = run(text, lang);
        assert_eq!(c.len(), 1, "{c:#?}");
        c.into_iter().next().unwrap()
    }

    #[test]
    fn a_word_that_ends_in_a_passive_marker_leaves_its_phrase_the_subject() {
        let c = one(
            "Hai nguồn tin tại một nhà cung cấp thiết bị cho biết công ty chưa thanh toán.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(2), "{c:#?}");
        // A passive names no speaker: "được cho biết" reports nothing of its subject.
        assert!(run("Hợp đồng được cho biết đã bị hủy.", "vi").is_empty());
    }

    #[test]
    fn no_one_is_no_source() {
        // "không" reads as zero before a noun: "không phải 40 người" counts no one, and the
        // sentence's reporting verb keeps its subject.
        for text in [
            "Lumio cho biết công ty chỉ cắt 12 nhân sự, không phải 40 người lan truyền.",
            "Lumio cho biết công ty chỉ cắt 12 nhân sự, không phải 40 người như tin đồn lan truyền.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, "Lumio", "{c:#?}");
            assert_eq!(c.cue.as_deref(), Some("cho biết"), "{c:#?}");
        }
    }

    #[test]
    fn an_organization_that_issues_a_statement_is_its_source() {
        let c = one(
            "Tối 4/11, CLB Hoàng Sơn phát đi thông cáo khẳng định thông tin nợ lương là không chính xác.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        assert_eq!(c.sources[0].name, "CLB Hoàng Sơn", "{c:#?}");
    }

    #[test]
    fn rules_and_records_that_state_something_are_documents() {
        let c = one(
            "Theo quy chế giải hạng Nhất mùa 2026-2027, câu lạc bộ nợ lương cầu thủ quá 60 ngày có thể bị trừ điểm.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        let c = one(
            "Tuy nhiên, biên bản họp giao ban của công ty ghi rõ hạng mục thay tà vẹt “tạm hoãn do chưa bố trí được vốn”.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        assert_eq!(c.cue.as_deref(), Some("ghi rõ"), "{c:#?}");
        // Work done under a contract is no contract speaking.
        assert!(run(
            "Hai tàu được đặt đóng theo hợp đồng ký tháng 3/2023, tổng giá trị khoảng 46 triệu USD.",
            "vi"
        )
        .is_empty());
    }

    #[test]
    fn a_verb_that_counts_things_in_reports_nothing() {
        assert!(run(
            "Norvane Air has since added 22 aircraft to its fleet.",
            "en"
        )
        .is_empty());
        assert!(run("Acme Corp added 1,200 jobs last year.", "en").is_empty());
        let c = one("Acme Corp added that the fleet would grow.", "en");
        assert_eq!(c.cue.as_deref(), Some("added"));
    }

    #[test]
    fn a_name_that_ends_in_a_word_for_a_business_is_an_organization() {
        for text in [
            "The resort's owner, Denver-based Summitline Leisure, said in a statement that it had spent 12 million dollars.",
            "A spokesperson for the third, Crestline Assurance, said the company has never used thermostat data.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        }
    }

    #[test]
    fn a_title_set_off_before_a_name_after_the_verb_is_that_persons() {
        for text in [
            "“Everyone remembers 2021,” said the town's mayor, Lucinda Farrow, who spoke against the plan.",
            "“Everyone remembers 2021,” said the mayor, Lucinda Farrow.",
            "“Fans have heard promises before,” said the group's chairwoman, Lisbeth Aune, adding that supporters wanted answers.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
            assert!(c.sources[0].name.starts_with(['L']), "{c:#?}");
            assert!(c.quote && c.text.starts_with('“'), "{c:#?}");
        }
        // "The town's mayor" later is the mayor named before, though someone else spoke since.
        let c = run(
            "Mayor Lucinda Farrow said the park would create 400 jobs. Councillor Pat Reyes said \
             the wetland would be lost. The town's mayor said the council would vote in May.",
            "en",
        );
        assert_eq!(c[2].sources[0].name, "Lucinda Farrow", "{c:#?}");
        // The name there is the subject of what was reported.
        let c = one(
            "Several officials said the regents’ chair, Howard Beaumont, had pressed for a vote.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn a_name_before_a_title_owns_it_and_the_name_after_it_speaks() {
        for text in [
            "Silver Pines general manager Erik Lund, who is due to testify, said the resort follows every condition.",
            "Silver Pines general manager Erik Lund, the resort's longest-serving employee, said the resort follows every condition.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, "Erik Lund", "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
        }
    }

    #[test]
    fn a_documents_author_is_a_person() {
        let c = one(
            "The study's author, hydrologist Pauline Reyes, said in a deposition that she had not tried to determine why the flow stopped.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Pauline Reyes", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
        // What a document holds is still the document's.
        let c = one("The report's findings show that the flow stopped.", "en");
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn a_british_spelling_of_a_role_is_that_role() {
        let c = one(
            "“Our members are exhausted,” said Abena Kwarteng, the union’s regional organiser.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn a_name_set_off_after_a_role_is_a_person_whatever_its_given_name() {
        for text in [
            "Monteiro’s agent, Paulo Sena, told Pitchside that he had spoken with the director.",
            "The lawyer, Tiago Sena, said he had spoken with the director.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
        }
    }

    #[test]
    fn one_person_just_after_a_spokesperson_is_that_spokesperson() {
        for (text, lang, org) in [
            (
                "Người phát ngôn Sở Y tế tỉnh Đông Giang cho biết sở chưa nhận được báo cáo nào. \
                 Người này cho biết sở sẽ cử đoàn kiểm tra trong tuần tới.",
                "vi",
                "Sở Y tế tỉnh Đông Giang",
            ),
            (
                "A spokeswoman for Qorvia said the plant was safe. \
                 The person said inspectors would visit next week.",
                "en",
                "Qorvia",
            ),
        ] {
            let c = run(text, lang);
            assert_eq!(c.len(), 2, "{c:#?}");
            assert_eq!(c[1].sources[0].kind, SourceKind::Organization, "{c:#?}");
            assert_eq!(c[1].sources[0].name, org, "{c:#?}");
        }
    }

    #[test]
    fn a_role_that_names_the_person_it_serves_describes_the_name_before_it() {
        let c = run(
            "Delia Marsh is suing the columnist Margaret Vandermolen for libel. \
             Ines Carrow, the lawyer representing the Courier and Vandermolen, told jurors the column was accurate.",
            "en",
        );
        let last = c.last().unwrap();
        assert_eq!(last.sources[0].name, "Ines Carrow", "{c:#?}");
        assert_eq!(last.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn a_vietnamese_body_of_a_named_company_is_that_company_mid_sentence() {
        let c = one(
            "Trong thư trả lời người lao động, ban giám đốc Sao Biển cho biết công ty không cắt giảm nhân sự.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "ban giám đốc Sao Biển", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert_eq!(c.sources[0].count, Some(1));
        // Without a name after it, the board's members are not a named body.
        let c = one(
            "Trong thư trả lời, các giám đốc cho biết công ty không cắt giảm nhân sự.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn vietnamese_athletes_are_people_and_some_of_them_are_uncounted() {
        let c = one(
            "Một số vận động viên cho biết họ chưa nhận được tiền thưởng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        assert_eq!(c.sources[0].count, None);
        let c = one("Võ sĩ Lạc Thị Thu Trang cho biết cô sẽ kháng cáo.", "vi");
        assert_eq!(c.sources[0].name, "Lạc Thị Thu Trang", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn the_last_words_of_a_vietnamese_name_are_that_person_without_an_honorific() {
        let claims = run(
            "Tay vợt Phí Minh Khoa đã bị đình chỉ, theo thông báo của liên đoàn. \
             Minh Khoa phủ nhận việc sử dụng chất cấm.",
            "vi",
        );
        let c = claims.last().unwrap();
        assert_eq!(c.sources[0].name, "Phí Minh Khoa", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn a_spokesperson_for_a_kind_of_body_speaks_for_a_body_of_that_kind() {
        // "A hospital spokesperson" speaks for the hospital, not the regulator that spoke last.
        let c = run(
            "Doctors at St Aldric Regional Hospital said surgeries had been delayed. \
             The Healthcare Quality Commission said the hospital's sterilization unit was \
             inadequate. \
             A hospital spokesperson said four operations had been postponed.",
            "en",
        );
        assert_eq!(
            c[2].sources[0].name, "St Aldric Regional Hospital",
            "{c:#?}"
        );
        // A union the story does not name is not the company it named.
        let c = run(
            "Larsen Foods plans to close the bakery, two people familiar with the plan said. \
             A union representative said staff expected the closure.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "A union representative", "{c:#?}");
        assert_eq!(c[1].sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn the_board_is_the_board_named_before() {
        // "The board" is the body named "… Board", not the company that spoke last; the title
        // before a chairman's name ("Board Chairman Ilse Brandt") names no second board.
        let c = run(
            "One of the people said the Nordvik Rowing Board hoped to sign a deal by June. \
             \"We have not seen an offer,\" Board Chairman Ilse Brandt said. \
             A Tallin Media spokeswoman said the company does not comment on negotiations. \
             Data from Ostrava Ratings showed audiences fell 4%. \
             The board said its figure included streams on its own app.",
            "en",
        );
        assert_eq!(c[4].sources[0].name, "Nordvik Rowing Board", "{c:#?}");
        assert_eq!(c[4].sources[0].kind, SourceKind::Organization);
        // "The trust" with no trust named before stays what it says.
        let c = run(
            "Data from Ostrava Ratings showed audiences fell 4%. \
             The trust said its figure included streams on its own app.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "The trust", "{c:#?}");
    }

    #[test]
    fn an_occupation_speaks_and_a_later_verb_takes_no_subject_across_a_reporting_verb() {
        // "A chef told a court": a cook, a welder or a chef is an unnamed source as a farmer is,
        // and the participle inside what he told ("a review accusing …") is no attribution.
        let c = one(
            "A celebrated seafood chef told a court on Monday that a newspaper review accusing \
             his restaurant of serving frozen fish had nearly ruined his business.",
            "en",
        );
        assert_eq!(c.sources[0].name, "A celebrated seafood chef", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        // "… said a technician had found “uneven wear”": the memo said it; "said a technician"
        // is not the subject of "found".
        let c = one(
            "A memo seen by the Courier, dated Jan. 9 and addressed to the head of operations, \
             said a technician had found \"uneven wear\" on the mixing paddles.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn dismissing_both_reports_denies() {
        let c = one(
            "\"We have not received an offer from anyone,\" Chairwoman Ana Ruiz told reporters, \
             dismissing both reports.",
            "en",
        );
        assert_eq!(c.stance, Stance::Deny, "{c:#?}");
    }
    #[test]
    fn a_participle_after_the_main_clause_reports_or_denies() {
        let c = one(
            "Its chief executive, Jonas Ekdahl, went further in a video posted late on Friday, \
             rejecting what he called \"a flood of anonymous accusations\" about his players.",
            "en",
        );
        assert_eq!(c.stance, Stance::Deny, "{c:#?}");
        assert_eq!(c.sources[0].name, "Jonas Ekdahl");
        let c = one(
            "Analysts at Fjellstad Securities painted a different picture in a note last month, \
             estimating that new orders were still a quarter below their level of 2019.",
            "en",
        );
        assert_eq!(c.stance, Stance::Assert, "{c:#?}");
        assert!(c.text.contains("new orders were still"), "{c:#?}");
    }

    #[test]
    fn putting_a_number_in_words_on_something_reports_it() {
        let c = one(
            "In a separate statement, Northline put the number of matches under review at two.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Northline", "{c:#?}");
    }

    #[test]
    fn a_topic_particle_between_the_source_and_the_verb_keeps_the_source_whole() {
        for (text, name) in [
            (
                "Trưởng tàu Nguyễn Hữu Tấn thì cho rằng hành khách được thông báo qua loa.",
                "Nguyễn Hữu Tấn",
            ),
            (
                "Ban Quản lý dự án thành phố thì cho biết chỉ có 9 cây được xác định là cây nguy \
                 hiểm.",
                "Ban Quản lý dự án thành phố",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
        }
    }

    #[test]
    fn raising_doubts_reports_and_a_table_of_figures_is_a_document() {
        let c = one(
            "Một số tài khoản trên mạng xã hội đặt nghi vấn về mối quan hệ giữa công ty và lãnh \
             đạo nhà trường.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        let c = one(
            "Điểm trung bình môn học chỉ đạt 4,6/10, theo bảng tổng hợp mà Ban đại diện sinh viên \
             đăng trên trang của mình.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn the_body_at_the_end_of_a_sentence_is_the_organization_that_opens_it() {
        for (text, name) in [
            (
                "STOCKHOLM, May 15 (GSW) - The Global Esports Integrity Unit has opened an \
                 investigation into match-fixing in the league for the game Vanguard Arena, the \
                 body said on Friday.",
                "Global Esports Integrity Unit",
            ),
            (
                "The Marine Safety Agency has opened an inquiry into the sinking of the ferry \
                 Nordic Star, the agency said.",
                "Marine Safety Agency",
            ),
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
        }
        // A single word that could end a name ("Construction") is no name by itself.
        let c = run(
            "Halden Mining Corp. said it had won approval for the mine, the company said. \
             Construction is scheduled to begin in January, the company said.",
            "en",
        );
        assert_ne!(c[1].sources[0].name, "Construction", "{c:#?}");
    }

    #[test]
    fn a_newsletter_or_a_leaflet_is_a_document_that_reports() {
        for (text, lang, name) in [
            (
                "A union newsletter reported that managers had told staff the plant would close.",
                "en",
                "union newsletter",
            ),
            (
                "Tờ rơi của ban quản trị cho biết thang máy sẽ ngừng hoạt động từ thứ Hai.",
                "vi",
                "Tờ rơi của ban quản trị",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
        }
    }

    #[test]
    fn a_common_noun_for_a_business_before_a_name_makes_it_an_organization() {
        for (text, name) in [
            (
                "The German carmaker Volkswagen said on Thursday that sales had fallen.",
                "Volkswagen",
            ),
            (
                "League operator Northline Esports said it had handed match data to investigators.",
                "Northline Esports",
            ),
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Organization);
        }
        // A given name after the noun is still a person's.
        let c = one(
            "Crane operator Maria Velez said the load had shifted.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn an_organization_the_sentence_does_not_name_speaks_on_record() {
        for (text, name) in [
            (
                "Night staff were refused rest breaks, a transport union alleged on Friday.",
                "a transport union",
            ),
            (
                "A regional airline said it would drop the route in May.",
                "A regional airline",
            ),
            (
                "Dockers voted to strike, their union said on Monday.",
                "their union",
            ),
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Organization);
            assert_eq!(c.sources[0].count, Some(1));
        }
        // Set off after a name, it describes the name.
        let c = one(
            "The Quiet Roads Trust, a cycling charity, argued that the lanes were too narrow.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Quiet Roads Trust", "{c:#?}");
        // A noun phrase with a determiner inside is not one organization.
        let c = one(
            "The Harbor Ledger reported that the board had weighed a sale, a plan the company denied.",
            "en",
        );
        assert_ne!(c.sources[0].name, "a plan the company", "{c:#?}");
    }

    #[test]
    fn the_spokesperson_is_whoever_last_spoke_through_one() {
        // The organization that spoke through its spokesperson, not the person quoted since.
        let c = run(
            "A Tollbridge spokesperson said the firm did not comment on rumours. \
             Founder Wendell Ashgrove said the group needed a buyer. \
             The spokesperson said there was no plan to close the mill.",
            "en",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].sources[0].name, "Tollbridge", "{c:#?}");
        assert_eq!(c[2].sources[0].kind, SourceKind::Organization);
        // A person described as a spokesperson, who spoke last, is the one meant.
        let c = run(
            "Ingrid Ravensholt, a spokesperson for the family, denied that any meeting had taken place. \
             “There have been no talks,” the spokesperson said.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "Ingrid Ravensholt", "{c:#?}");
    }

    #[test]
    fn a_vietnamese_person_named_again_by_the_last_words_of_their_name_is_that_person() {
        let c = run(
            "Đại diện nhóm phụ huynh, bà Hoàng Thị Mai Anh, cho biết trung tâm đã đóng cửa. \
             “Họ còn giục chúng tôi đóng tiền sớm,” bà Mai Anh nói. \
             Ông Trần Văn Minh Đức cho biết công ty sẽ bồi thường. \
             “Chúng tôi sẽ trả đủ,” ông Minh Đức nói.",
            "vi",
        );
        let names: Vec<&str> = c.iter().map(|c| c.sources[0].name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Hoàng Thị Mai Anh",
                "Hoàng Thị Mai Anh",
                "Trần Văn Minh Đức",
                "Trần Văn Minh Đức"
            ]
        );
    }

    #[test]
    fn a_title_set_off_before_a_name_makes_it_a_persons() {
        // After a conjunction, and with a hyphenated family name, which is no brand's capital.
        for (text, name, descriptor) in [
            (
                "Kestrel is growing, and its chief executive, Quill Darrow, told investors that \
                 the group would look at acquisitions.",
                "Quill Darrow",
                "its chief executive",
            ),
            (
                "Its chief executive, Quill Reyes-Darrow, told investors that the group would \
                 look at acquisitions.",
                "Quill Reyes-Darrow",
                "Its chief executive",
            ),
        ] {
            let c = one(text, "en");
            assert_eq!(
                (
                    c.sources[0].kind,
                    c.sources[0].name.as_str(),
                    c.sources[0].descriptor.as_deref()
                ),
                (SourceKind::Person, name, Some(descriptor)),
                "{text}"
            );
        }
        // "a widely cited study" cites nothing; an agreement is a document.
        let c = one(
            "Ashworth University has opened an inquiry into a widely cited study that linked \
             naps to memory, the university said on Wednesday.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (SourceKind::Organization, "Ashworth University")
        );
        let c = one(
            "Recipients must report attendance accurately, according to a copy of the 2025 \
             agreement reviewed by Civic Wire.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
        // "Directorate" ends an organization's name.
        let c = one(
            "The Rail Safety Directorate, the national regulator, said it had been notified.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_product_recall_reports_nothing() {
        assert!(run(
            "Canivax Biologics has recalled three batches of its rabies vaccine.",
            "en"
        )
        .is_empty());
        assert_eq!(
            one(
                "Maria Lind recalled that the plant had flooded twice.",
                "en"
            )
            .text,
            "the plant had flooded twice"
        );
    }

    #[test]
    fn a_word_for_an_institution_qualified_by_a_capitalized_word_is_its_name() {
        let c = one(
            "The Indonesian agriculture ministry said imports would resume in March.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Indonesian agriculture ministry");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        let c = one(
            "The Chinese embassy in Hanoi said the shipments had been cleared.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Chinese embassy");
    }

    #[test]
    fn a_bare_word_for_a_department_is_the_department_named_before() {
        let c = run(
            "Sở Y tế Đồng Nai đã lấy mẫu thức ăn để xét nghiệm. Theo Sở, các bệnh nhân đều đã qua cơn nguy kịch.",
            "vi",
        );
        assert_eq!(c[0].sources[0].name, "Sở Y tế Đồng Nai", "{c:#?}");
    }

    #[test]
    fn the_spokespeople_of_counted_bodies_are_counted() {
        let c = one("Đại diện hai nhà rang xay cho biết giá sẽ tăng.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        assert_eq!(c.sources[0].count, Some(2));
    }

    #[test]
    fn a_prefix_word_inside_a_name_opens_no_organization() {
        let c = one(
            "Theo Thương Trường Online, công ty dự kiến cắt giảm khoảng 2.000 nhân sự.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Thương Trường Online");
        assert_eq!(c.sources[0].kind, SourceKind::Document);
        // After a title's acronym, the prefix still opens the organization.
        let c = one(
            "Chủ tịch HĐQT Công ty CP Nước giải khát Suối Ngàn Võ Thị Kim Oanh cho biết sẽ kiểm tra.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Võ Thị Kim Oanh");
    }

    #[test]
    fn the_company_is_the_one_its_sentence_names_not_a_place() {
        let c = one(
            "Công ty CP Dược phẩm Phúc Thiện, chủ sở hữu chuỗi hơn 900 nhà thuốc, sẽ đóng cửa 112 điểm bán, phần lớn ở Hà Nội và TP.HCM, công ty cho biết trong thông cáo.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Công ty CP Dược phẩm Phúc Thiện");
    }

    #[test]
    fn an_organization_named_in_passing_keeps_its_whole_name() {
        let c = run(
            "Hiệp hội Quyền tác giả Âm nhạc Phương Nam kiện Công ty TNHH Giải trí Ngôi Sao Xanh, theo hồ sơ nộp lên tòa. Ông Bảo cho biết kho bài hát được mua từ Công ty Phần mềm Âm Vang, nhà cung cấp thiết bị. Người phát ngôn của hiệp hội phủ nhận thông tin này.",
            "vi",
        );
        // "người phát ngôn của hiệp hội" speaks for the association, not for the company named
        // last.
        assert_eq!(
            c[2].sources[0].name, "Hiệp hội Quyền tác giả Âm nhạc Phương Nam",
            "{c:#?}"
        );
        let c = run(
            "Ông Bảo cho biết kho bài hát được mua từ Công ty Phần mềm Âm Vang, nhà cung cấp thiết bị. Công ty này cho biết sẽ kháng cáo.",
            "vi",
        );
        assert_eq!(c[1].sources[0].name, "Công ty Phần mềm Âm Vang", "{c:#?}");
    }

    #[test]
    fn a_relative_clause_with_commas_of_its_own_is_not_the_subject() {
        let c = one(
            "The American Car Rental Association, which represents Redline, Pacer and dozens of smaller operators, said rates rose 11%.",
            "en",
        );
        assert_eq!(c.sources[0].name, "American Car Rental Association");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_name_that_lists_its_fields_keeps_its_commas() {
        let c = one(
            "Bộ Văn hóa, Thể thao và Du lịch cho biết sẽ xem xét lại cách tính phí.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Bộ Văn hóa, Thể thao và Du lịch");
        let c = one(
            "Hai mươi mốt chủ quán karaoke đã ký đơn gửi Bộ Văn hóa, Thể thao và Du lịch, cho rằng cách tính phí là bất hợp lý.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(21), "{c:#?}");
        // Names that each open with a prefix of their own are a list.
        let c = one(
            "Bộ Tài chính, Bộ Công Thương và Bộ Xây dựng cho biết sẽ xem xét.",
            "vi",
        );
        assert_ne!(
            c.sources[0].name,
            "Bộ Tài chính, Bộ Công Thương và Bộ Xây dựng"
        );
    }

    #[test]
    fn what_follows_a_denial_verb_is_its_object_not_its_speaker() {
        let c = run(
            "A dozen pickers said the quotas were harsh. Brandywine, the region's No. 2 grower by volume, disputed the workers' account, saying its targets were guidelines.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "Brandywine", "{c:#?}");
        assert_eq!(c[1].stance, Stance::Deny);
    }

    #[test]
    fn a_cue_after_a_determiner_after_a_verb_is_the_verbs_object() {
        for (text, cue) in [
            ("Ngày 12/9, Công ty Mộc Lam bác bỏ các cáo buộc.", "bác bỏ"),
            (
                "Trong thông cáo gửi báo chí, Công ty Mộc Lam phủ nhận những cáo buộc này.",
                "phủ nhận",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.cue.as_deref(), Some(cue), "{c:#?}");
            assert_eq!(c.sources[0].name, "Công ty Mộc Lam", "{c:#?}");
            assert_eq!(c.stance, Stance::Deny);
        }
        // With no verb before it, such a cue still reports: "gọi các cáo buộc là …".
        let c = one(
            "Ông Trương Gia Bảo gọi các cáo buộc là “tin đồn thất thiệt”.",
            "vi",
        );
        assert_eq!(c.stance, Stance::Deny, "{c:#?}");
    }

    #[test]
    fn a_rank_is_no_count() {
        let c = one(
            "The No. 2 official at the ministry said the talks had stalled.",
            "en",
        );
        assert_ne!(c.sources[0].count, Some(2), "{c:#?}");
    }

    #[test]
    fn reports_called_false_without_a_determiner_are_denied() {
        let c = one(
            "In a statement on Monday, the ministry called reports of a nationwide curfew “inaccurate” and said it had no plans to restrict opening hours.",
            "en",
        );
        assert_eq!(c.stance, Stance::Deny);
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_suit_is_a_document() {
        let c = one(
            "The company's new line, the suit says, relies on a blend of three sweeteners.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn a_capitalized_compound_that_describes_is_no_name() {
        let c = one(
            "Frostline Creamery Co., the St. Paul-based maker of ice cream, has sued a rival and its former chief scientist, accusing them of stealing a recipe.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Frostline Creamery Co");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        // A hyphenated given name is still a name.
        let c = one(
            "Kim Sung-ho, an engineer, said the line stopped twice.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Kim Sung-ho");
    }

    #[test]
    fn a_denial_verb_joined_to_the_reporting_verb_denies() {
        for (text, lang) in [
            (
                "Chief Executive Dana Hall confirmed the talks but denied that the company was considering a restructuring.",
                "en",
            ),
            (
                "A ministry spokesman said the department had full confidence in the contract and rejected suggestions that defendants had been put at risk.",
                "en",
            ),
            (
                "Ông Khôi xác nhận công ty đang đàm phán với ngân hàng, đồng thời phủ nhận việc công ty chậm trả lương.",
                "vi",
            ),
        ] {
            assert_eq!(one(text, lang).stance, Stance::Deny, "{text}");
        }
        // Inside a quotation, or with a subject of its own, the verb is not the speaker's.
        for text in [
            "Dana Hall said “we met them and denied nothing” on Tuesday.",
            "Dana Hall said the company grew and denials were rare.",
        ] {
            assert_eq!(one(text, "en").stance, Stance::Assert, "{text}");
        }
    }

    #[test]
    fn vietnamese_institutions_speak_without_a_name() {
        let c = one(
            "Viện kiểm sát cho rằng bị cáo đã chỉ đạo lập hồ sơ khống.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert_eq!(c.text, "bị cáo đã chỉ đạo lập hồ sơ khống");
        let c = one(
            "Hai nhân viên khai thêm rằng chính giám đốc duyệt từng bộ báo giá.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(2));
    }

    #[test]
    fn a_short_claim_after_its_attribution_is_only_the_claim() {
        assert_eq!(
            one("Maria Lindqvist said prices fell.", "en").text,
            "prices fell"
        );
        assert_eq!(one("Ông Hải cho biết giá giảm.", "vi").text, "giá giảm");
        assert_eq!(
            one("Prices fell, Maria Lindqvist said.", "en").text,
            "Prices fell"
        );
    }

    #[test]
    fn a_native_pair_after_an_organization_prefix_is_its_name() {
        let c = one(
            "TS. Lê Minh Thư, Giám đốc phân tích Công ty Chứng khoán Bạch Đằng, dự báo giá sẽ tăng.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lê Minh Thư");
        let c = one(
            "Tổng giám đốc Công ty Sao Mai Lê Văn Tâm cho biết giá sẽ tăng.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lê Văn Tâm");
        let c = one(
            "Giám đốc điều hành Công ty TNHH Hanseong Precision Vina Park Ji-hoon cho biết giá sẽ tăng.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Park Ji-hoon");
    }

    #[test]
    fn a_trade_union_is_an_organization_and_its_chair_a_person() {
        let c = one(
            "Theo Công đoàn cơ sở của công ty, mức thưởng Tết chỉ còn 3,2 triệu đồng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert_eq!(c.sources[0].name, "Công đoàn cơ sở");
        let c = one(
            "Chủ tịch Công đoàn cơ sở Lương Thị Mỹ Hạnh cho biết công đoàn đã ba lần đề nghị đối thoại.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person);
        assert_eq!(c.sources[0].name, "Lương Thị Mỹ Hạnh");
        let c = one("Công đoàn Hàng không Việt Nam cho biết sẽ đối thoại.", "vi");
        assert_eq!(c.sources[0].name, "Công đoàn Hàng không Việt Nam");
    }

    #[test]
    fn a_lone_capitalized_word_is_not_the_company_meant() {
        let c = run(
            "Công nhân ngừng việc ba tuần trước Tết Bính Ngọ, sau khi công ty thông báo cắt thưởng.",
            "vi",
        );
        assert!(c.iter().all(|c| c.sources[0].name != "Ngọ"), "{c:#?}");
    }

    #[test]
    fn a_name_after_a_described_role_holds_that_role() {
        let c = one(
            "The memo, dated Jan. 14 and addressed to the operations chief, Lorna Pike, said \
             64 inspections would slip.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
        assert_eq!(c.text, "64 inspections would slip");
        let c = one(
            "Sales fell, the company's chief executive, John Smith, said.",
            "en",
        );
        assert_eq!(c.sources[0].name, "John Smith");
    }

    #[test]
    fn a_newspaper_by_its_classifier_is_a_document() {
        let c = one(
            "Theo tờ Tin Nhanh Thủ Đô, bốn bệnh viện đã phải để thiết bị đắp chiếu.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn an_organization_that_opens_a_clause_speaks_for_it() {
        let c = one(
            "Bộ Tài chính làm việc với các doanh nghiệp xăng dầu hôm 5/3, khẳng định giá sẽ không tăng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert!(c.sources[0].name.starts_with("Bộ Tài chính"), "{c:#?}");
        assert!(!c.sources[0].name.contains("doanh nghiệp"), "{c:#?}");
    }

    #[test]
    fn the_people_who_asked_anonymity_are_the_group_before() {
        let c = one(
            "Bảy nhân viên của cửa hàng, những người đề nghị giấu tên, cho biết hàng đã bị dồn về kho.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(7));
        assert_eq!(c.text, "hàng đã bị dồn về kho");
    }

    #[test]
    fn an_opening_contrary_to_sets_the_scene() {
        let c = one(
            "Trái với lời khai này, Kế toán trưởng Sao Mai Phan Thị Ngọc Diệp thừa nhận đã chuyển tiền.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Phan Thị Ngọc Diệp");
        assert_eq!(c.text, "đã chuyển tiền");
        let c = one(
            "Contrary to the company's account, two engineers said the pumps were never tested.",
            "en",
        );
        assert_eq!(c.text, "the pumps were never tested");
    }

    #[test]
    fn a_place_ending_an_organization_is_not_a_person() {
        let c = one(
            "TS. Lê Hoàng Nam, chuyên gia kinh tế du lịch của Trường Đại học Kinh tế TP.HCM, cho rằng giá phòng sẽ giảm.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lê Hoàng Nam");
        let c = one(
            "Chuyên gia của Trường Đại học Kinh tế Hà Nội cho rằng giá phòng sẽ giảm.",
            "vi",
        );
        assert_ne!(c.sources[0].name, "Hà Nội");
    }

    #[test]
    fn a_spokesperson_of_a_named_organization_with_a_full_name() {
        for text in [
            "Người phát ngôn EVN Đỗ Thanh Tùng bác bỏ thông tin này.",
            "Người phát ngôn Tập đoàn Điện lực Việt Nam Đỗ Thanh Tùng bác bỏ thông tin này.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].kind, SourceKind::Person, "{text}");
            assert_eq!(c.sources[0].name, "Đỗ Thanh Tùng", "{text}");
        }
        let c = one("Đại diện Công ty Nguyễn Kim cho biết giá không tăng.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        // A place ends an organization's name; the verb after it is no name.
        let c = one(
            "Đại diện VKSND TP Hà Nội giữ nguyên quan điểm, nhấn mạnh kết luận là khách quan.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        assert_eq!(c.sources[0].name, "VKSND TP Hà Nội");
    }

    #[test]
    fn a_name_and_its_description_set_off_by_commas() {
        let c = one(
            "Marcus Oyelaran, superintendent of the Fenwick Valley school district, said 43 of his students failed.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Marcus Oyelaran");
        let c = one(
            "Dozens fell ill aboard the ship, the ship's operator, Aurelia Cruises, confirmed on Sunday.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Aurelia Cruises");
        assert_eq!(c.text, "Dozens fell ill aboard the ship");
        let c = one(
            "Harrowgate Mutual, Kestrel's insurer, declined to comment.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Harrowgate Mutual");
        let c = one(
            "The company's chief executive, Lena Marsh, said sales would fall this year.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Lena Marsh");
        assert_eq!(c.text, "sales would fall this year");
        let c = one(
            "Veridian Systems, the Ohio-based contractor that scores the exams, denied that any result had been affected.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Veridian Systems");
        assert_eq!(c.stance, Stance::Deny);
    }

    #[test]
    fn groups_and_titles_the_lexicon_does_not_list() {
        let c = one(
            "Several district superintendents said they had noticed odd results.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, None)
        );
        let c = one(
            "City Councilwoman Renata Kowalczyk said the city would consider tax breaks.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (SourceKind::Person, "Renata Kowalczyk")
        );
    }

    #[test]
    fn an_opening_phrase_sets_the_scene_for_the_statement() {
        let c = one(
            "In a separate statement, Northmoor said it had no plans to close the Clearbrook plant.",
            "en",
        );
        assert_eq!(c.text, "it had no plans to close the Clearbrook plant");
        let c = one(
            "Trong thông cáo gửi báo chí ngày 4/8, Công ty Vèo khẳng định cả hai thông tin này đều sai sự thật.",
            "vi",
        );
        assert_eq!(c.text, "cả hai thông tin này đều sai sự thật");
        // A quotation before the verb stays the claim.
        let c = one(
            "“It is not true,” Hale said when asked about the tenant letters and the rent.",
            "en",
        );
        assert!(c.text.contains("It is not true"), "{c:#?}");
    }

    #[test]
    fn the_first_word_of_an_organizations_name_means_it_not_a_namesake_who_never_spoke() {
        let c = run(
            "Verdan Agritech said it was not in talks. \
             Verdan has been exploring options since its founder, Walter Verdan, stepped down. \
             Verdan said its own prices had risen by 4% a year.",
            "en",
        );
        assert_eq!(
            (c[1].sources[0].kind, c[1].sources[0].name.as_str()),
            (SourceKind::Organization, "Verdan Agritech")
        );
        // Once the founder has spoken, his surname is his.
        let c = run(
            "Verdan Agritech said it was not in talks. \
             Its founder, Walter Verdan, said he had sold his shares. \
             Verdan said prices had risen by 4% a year.",
            "en",
        );
        assert_eq!(c[2].sources[0].name, "Walter Verdan");
    }

    #[test]
    fn a_name_before_a_description_with_a_nationality_is_the_source() {
        let c = one(
            "Lumen Optik, the German company that coated the segments, rejected the claim.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Lumen Optik");
        let c = one(
            "“Buying the club is the cheap part,” said Kieran Doyle, a sports finance lecturer.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn one_member_of_a_group_named_before_and_an_uncounted_profession() {
        let c = run(
            "Riders have not been paid for two months, according to five riders. \
             One of the riders, who asked not to be named, said he had borrowed money. \
             The rider said at least eight teammates were in the same position.",
            "en",
        );
        assert_eq!(
            (c[2].sources[0].kind, c[2].sources[0].count),
            (SourceKind::Anonymous, Some(1))
        );
        let c = one(
            "Astronomers outside the consortium said a long delay could help a rival.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, None)
        );
    }

    #[test]
    fn a_permit_issued_by_a_named_body_is_the_document_whole() {
        let c = one(
            "Theo giấy phép do UBND TP Cần Thơ cấp năm 2023, công ty được khai thác tối đa \
             180.000 m3 cát mỗi năm.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (
                SourceKind::Document,
                "giấy phép do UBND TP Cần Thơ cấp năm 2023"
            )
        );
        assert!(c.text.starts_with("công ty được khai thác"), "{}", c.text);
        // Inside a clause, "theo giấy phép" is "under the permit".
        assert!(run("Các sà lan chỉ được hút cát theo giấy phép.", "vi").is_empty());
    }

    #[test]
    fn one_of_a_counted_group_is_named_whole() {
        let c = run(
            "Hai cán bộ xã cho biết sà lan thường mất tín hiệu. Theo một trong hai người, xã \
             đã báo cáo việc này lên Sở từ giữa tháng 8.",
            "vi",
        );
        assert_eq!(c[1].sources[0].name, "một trong hai người");
        assert!(c[1].text.starts_with("xã đã báo cáo"), "{}", c[1].text);
    }

    #[test]
    fn a_document_shares_a_verb_that_reports_a_clause_after_and() {
        for text in [
            "The study tracked 412 hives and found that winter losses averaged 41% near treated fields.",
            "The study, led by ecologist Elise Montague, tracked 412 hives on 38 farms and found \
             that winter losses averaged 41% near treated fields.",
        ] {
            let c = one(text, "en");
            assert_eq!(
                (c.sources[0].kind, c.sources[0].name.as_str()),
                (SourceKind::Document, "The study"),
                "{text}"
            );
            assert!(c.text.starts_with("winter losses"), "{}", c.text);
        }
        // Without a clause it reports, the verb after "and" is the document's action.
        assert!(run(
            "The report asks the company to disclose its data and to say how the estimates were made.",
            "en"
        )
        .is_empty());
    }

    #[test]
    fn a_long_vietnamese_document_phrase_is_read_whole() {
        let c = one(
            "Tuy nhiên, một khảo sát do Viện Nghiên cứu Lao động và Xã hội Phương Nam thực hiện \
             với 1.150 tài xế công nghệ tại TP HCM cho thấy thu nhập bình quân chỉ khoảng 8,6 \
             triệu đồng mỗi tháng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
        assert!(c.text.starts_with("thu nhập bình quân"), "{}", c.text);
    }

    #[test]
    fn a_one_word_country_inside_a_vietnamese_name_does_not_end_it() {
        for (text, name) in [
            (
                "Trung tâm Kiểm nghiệm Mỹ phẩm phía Nam cho biết toàn bộ mẫu đều có mã lô trùng khớp.",
                "Trung tâm Kiểm nghiệm Mỹ phẩm phía Nam",
            ),
            (
                "Đại sứ quán Nhật tại Hà Nội cho biết hai bên đã ký thỏa thuận.",
                "Đại sứ quán Nhật",
            ),
        ] {
            assert_source(text, "vi", SourceKind::Organization, name);
        }
    }

    /// Asserts the kind and name of the source of a sentence's one claim.
    fn assert_source(text: &str, lang: &str, kind: SourceKind, name: &str) {
        let c = one(text, lang);
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (kind, name),
            "{text}"
        );
    }

    #[test]
    fn after_an_honorific_a_name_with_no_listed_family_name_is_a_persons_and_an_age_is_no_count() {
        for (text, name) in [
            ("“Họ làm cả đêm”, ông Ka Sô Bình nói.", "Ka Sô Bình"),
            (
                "“Họ làm cả đêm”, ông Ka Sô Bình, nông dân, kể.",
                "Ka Sô Bình",
            ),
            (
                "“Họ làm cả đêm”, ông Y Bhin Niê, nông dân, kể.",
                "Y Bhin Niê",
            ),
            (
                "“Họ làm cả đêm”, cụ Ka Sô Liêng, 80 tuổi, kể.",
                "Ka Sô Liêng",
            ),
        ] {
            assert_source(text, "vi", SourceKind::Person, name);
        }
        // An English word for a trade ends a company's name: "Đông Dương Sports" is no "Dương".
        assert_source(
            "Trong khi đó, Đông Dương Sports cho biết đã chuyển 70% khoản doanh thu.",
            "vi",
            SourceKind::Organization,
            "Đông Dương Sports",
        );
        // "Consumer advocates say": unnamed people who advocate, not a company called Consumer.
        let c = one(
            "Consumer advocates say automated claims tools are spreading quickly.",
            "en",
        );
        assert_eq!(
            (
                c.sources[0].kind,
                c.sources[0].name.as_str(),
                c.sources[0].count
            ),
            (SourceKind::Anonymous, "Consumer advocates", None)
        );
        // A payroll or a portal is a document: "Theo bảng lương …, một kỹ sư …" is the payroll's.
        // A capitalized word that opens the sentence before a people noun names no company.
        for (text, lang, kind, name) in [
            (
                "Theo bảng lương tháng 5 mà phóng viên có được, một kỹ sư chỉ nhận 6 triệu đồng.",
                "vi",
                SourceKind::Document,
                "bảng lương",
            ),
            (
                "Theo cổng thông tin của Sở Kế hoạch, Công ty Minh Phát thành lập năm 2019.",
                "vi",
                SourceKind::Document,
                "cổng thông tin của Sở Kế hoạch",
            ),
            (
                "Independent transfusion specialists said the alarms should never be disabled.",
                "en",
                SourceKind::Anonymous,
                "Independent transfusion specialists",
            ),
            (
                "Local business groups have said the hub would revive the logistics industry.",
                "en",
                SourceKind::Anonymous,
                "Local business groups",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources[0].kind, kind, "{text}");
            assert!(
                c.sources[0].name.starts_with(name),
                "{text}: {:?}",
                c.sources[0]
            );
            if kind == SourceKind::Anonymous {
                assert_eq!(c.sources[0].count, None, "{text}");
            }
        }
        let c = one("“Họ làm cả đêm”, một người dân, 54 tuổi, kể.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        assert_eq!(c.sources[0].name, "một người dân");
        assert_eq!(c.sources[0].count, Some(1));
    }

    #[test]
    fn budgets_and_contracts_are_documents() {
        for (text, name) in [
            (
                "According to the city's most recent budget, parking fees brought in $21.6 million.",
                "the city's most recent budget",
            ),
            (
                "The contract says the operator must replace broken meters within 48 hours.",
                "The contract",
            ),
        ] {
            assert_source(text, "en", SourceKind::Document, name);
        }
    }

    #[test]
    fn a_participle_writing_and_a_quoted_verdict_report() {
        let c = one(
            "Judge Ana Pruitt did dismiss one count, writing that the plaintiffs had not shown any loss.",
            "en",
        );
        assert_eq!(c.cue.as_deref(), Some("writing"));
        assert_eq!(c.text, "the plaintiffs had not shown any loss");
        let c = one(
            "Ana Pruitt, a lawyer for the tenants, called the ruling “a victory for every renter.”",
            "en",
        );
        assert_eq!(c.sources[0].name, "Ana Pruitt");
        assert_eq!(c.stance, Stance::Assert);
        assert!(run("The invoices were approved in writing.", "en").is_empty());
        assert!(run("The company called the police at noon.", "en").is_empty());
    }

    #[test]
    fn offices_titles_and_places_name_their_own_speakers() {
        let c = run(
            "The governor's office did not respond to requests for comment. \
             The mayor's office said the road would reopen in May.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "The mayor's office");
        // A longer or capitalized owner before the office.
        for (text, name) in [
            (
                "The state attorney general's office said it had opened an inquiry.",
                "The state attorney general's office",
            ),
            (
                "Separately, the Ohio Attorney General's office said in March that it had opened an inquiry.",
                "the Ohio Attorney General's office",
            ),
        ] {
            assert_source(text, "en", SourceKind::Organization, name);
        }
        let c = one(
            "Chủ tịch UBND xã Tân Thuận Lý Văn Hậu cho biết xã đã đề nghị tỉnh lấy mẫu nước.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (SourceKind::Person, "Lý Văn Hậu")
        );
        let c = one(
            "Người phát ngôn Sở Xây dựng gọi thông tin xe máy bị thu phí là tin đồn thất thiệt.",
            "vi",
        );
        assert_eq!(
            (c.stance, c.sources[0].kind),
            (Stance::Deny, SourceKind::Organization)
        );
        let c = one(
            "Figures compiled by the Maritime Health Registry show that two earlier outbreaks were larger.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn named_and_unnamed_spokespeople() {
        let c = one(
            "Lucie Bergeron, a Vantor spokeswoman, said the company had no plans to sell the studio.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].name.as_str()),
            (SourceKind::Person, "Lucie Bergeron")
        );
        let c = one(
            "Orbitra's chief executive, Sunniva Hartmann, wrote that the company would publish its review.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person);
        let c = one(
            "A spokesperson for a European shipping line said it had moved four calls to other ports.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        let c = one(
            "Người phát ngôn của một hãng tàu cho biết hãng đã chuyển bốn chuyến sang cảng khác.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        let c = one(
            "Nhiều hội nhóm giao nhận trên mạng xã hội lan truyền thông tin cảng sẽ thu thêm phụ phí.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, None)
        );
    }

    #[test]
    fn two_attributions_in_one_sentence() {
        let c = run(
            "Mayor Lena Park said the city would consider tax breaks for the towers, while the \
             Lake Erie Commerce Council warned that a foreclosure would push down values.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].sources[0].name, "Lena Park");
        assert_eq!(
            c[0].text,
            "the city would consider tax breaks for the towers"
        );
        assert_eq!(c[1].sources[0].name, "Lake Erie Commerce Council");
        assert_eq!(c[1].text, "a foreclosure would push down values");
        assert_eq!((c[0].start, c[0].end), (c[1].start, c[1].end));
        let c = run(
            "Ông Lý Văn Hậu cho biết xã đã đề nghị lấy mẫu nước, còn Chi cục Thủy sản cho hay sẽ hỗ trợ con giống.",
            "vi",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].cue.as_deref(), Some("cho hay"));
        // A contrast without a source and cue of its own adds nothing.
        let c = run(
            "Sales rose 5% in the quarter, the company said, while costs fell.",
            "en",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
    }

    #[test]
    fn a_quotation_after_a_colon_is_the_named_persons() {
        let c = run(
            "Commissioner Lorraine Abernathy said she had ordered every essay re-marked. \
             Abernathy was blunt about the contractor: “Veridian will pay to fix it.” \
             The letter had a simple message: “Pay the schools.”",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Lorraine Abernathy");
        assert_eq!(c[1].text, "Veridian will pay to fix it.");
        assert!(c[1].quote && c[1].cue.is_none());
        // A titled full name may be named there for the first time.
        let c = one(
            "Chief Executive Officer Dana Whitcombe, reached by phone on Tuesday, was more \
             blunt: “There is no sale process and there is no board vote.”",
            "en",
        );
        assert_eq!(c.sources[0].name, "Dana Whitcombe");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn vietnamese_cue_orders() {
        let c = one("Nvidia cho biết có kế hoạch rót vốn vào OpenAI.", "vi");
        assert_eq!(c.sources[0].name, "Nvidia");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        let c = one(
            "OpenAI đã tìm kiếm giải pháp thay thế, theo tám nguồn tin am hiểu vấn đề.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, Some(8))
        );
        let c = one("“Chúng tôi không tăng giá”, ông Nguyễn Văn An nói.", "vi");
        assert_eq!(c.sources[0].name, "Nguyễn Văn An");
        assert!(c.quote);
        let c = one("Theo Reuters, thỏa thuận sẽ hoàn tất.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn english_cue_orders() {
        let c = one("Sales will fall 24% this year, the company said.", "en");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
        let c = one(
            "“We are not in talks,” said Maria Lindqvist, chief executive of Bluewave.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Maria Lindqvist");
        let c = one(
            "Maria Lindqvist, chief executive of Bluewave, said the plan was sound.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Maria Lindqvist");
        let c = one(
            "The deal could close in weeks, according to three people familiar with the matter.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(3));
    }

    #[test]
    fn speaker_carries_across_sentences() {
        let c = run(
            "Giám đốc điều hành Nvidia Jensen Huang cho biết công ty sẽ đầu tư. Ông nhấn mạnh rằng quan hệ vẫn tốt.",
            "vi",
        );
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].sources[0].name, "Jensen Huang");
        let c = run(
            "Maria Lindqvist said sales rose. She added that costs fell. Lindqvist said more.",
            "en",
        );
        assert!(
            c.iter().all(|c| c.sources[0].name == "Maria Lindqvist"),
            "{c:#?}"
        );
    }

    #[test]
    fn reporting_words_inside_a_quote_are_not_cues() {
        let c = run(
            "Maria Lindqvist runs the firm. “People said we would never ship it,” Lindqvist said.",
            "en",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].sources[0].kind, SourceKind::Person);
        assert_eq!(c[0].sources[0].name, "Maria Lindqvist");
    }

    #[test]
    fn an_account_noun_is_no_cue_of_its_own() {
        // "lời kể" (an account) holds the verb "kể" (tell): the sentence is the director's
        // denial, its cue "gọi … là “…”", not a telling by the group it names.
        let c = one(
            "Ông Phan Đức Vĩnh, Giám đốc bệnh viện, gọi lời kể của hai điều dưỡng là “hoàn toàn \
             bịa đặt”.",
            "vi",
        );
        assert_eq!(c.cue.as_deref(), Some("gọi"), "{c:#?}");
        assert_eq!(c.stance, Stance::Deny);
        assert_eq!(c.sources[0].name, "Phan Đức Vĩnh");
    }

    #[test]
    fn non_responses_and_journalist_text() {
        let c = one("A spokesperson for Nvidia declined to comment.", "en");
        assert_eq!(c.stance, Stance::NoComment);
        let c = one("Người phát ngôn OpenAI từ chối bình luận.", "vi");
        assert_eq!(c.stance, Stance::NoComment);
        assert!(run(
            "The company was founded in 1998 and employs 4,000 people.",
            "en"
        )
        .is_empty());
        assert!(run("Giá cà phê tăng 24% trong tháng 10.", "vi").is_empty());
    }

    #[test]
    fn whom_a_source_told_and_where_it_said_it_are_no_part_of_the_claim() {
        for (text, lang, claim) in [
            (
                "People familiar with the matter told Reuters the plant would close in March.",
                "en",
                "the plant would close in March",
            ),
            (
                "Helen Park told lawmakers the plant would close in March.",
                "en",
                "the plant would close in March",
            ),
            (
                "Helen Park said in an interview with the Daily Star that the plant would close.",
                "en",
                "the plant would close",
            ),
            (
                "Bộ Công Thương cho biết trong thông cáo phát đi tối 3/2 rằng thông tin trên là không chính xác.",
                "vi",
                "thông tin trên là không chính xác",
            ),
        ] {
            assert_eq!(one(text, lang).text, claim, "{text}");
        }
        // Nothing but whom it told after the verb: the claim is before it.
        let c = one(
            "Prices will rise next year, Helen Park told the Daily Star.",
            "en",
        );
        assert_eq!(c.text, "Prices will rise next year");
    }

    #[test]
    fn a_source_described_as_anonymous_just_before_the_verb_reports() {
        let c = one(
            "Hai nguồn tin giấu tên cho biết công ty sẽ đóng cửa nhà máy vào tháng 3.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(2), "{c:#?}");
        assert!(c.sources[0].anonymous);
        // A verb after what the source may not do is no cue of its own.
        let c = one(
            "Một cán bộ, đề nghị giấu tên do không có thẩm quyền công bố thông tin, tiết lộ dự án đã bị đình lại.",
            "vi",
        );
        assert_eq!(c.cue.as_deref(), Some("tiết lộ"), "{c:#?}");
    }

    #[test]
    fn police_are_a_source_without_a_capital() {
        for text in [
            "Two people had been arrested, police said.",
            "According to police, two people had been arrested.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, "police", "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Organization);
        }
        let c = run(
            "The Garland Police Department opened an inquiry. Two people had been arrested, police said.",
            "en",
        );
        assert_eq!(c[0].sources[0].name, "Garland Police Department", "{c:#?}");
    }

    #[test]
    fn a_denial_verb_under_a_negation_or_in_a_relative_clause_denies_nothing() {
        for (text, lang) in [
            ("Halvorsen did not deny that it had held talks.", "en"),
            ("Halvorsen did not deny the report.", "en"),
            (
                "Công ty Minh Long không phủ nhận việc đã tạm dừng sản xuất.",
                "vi",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.stance, Stance::Assert, "{c:#?}");
        }
        let c = one(
            "Công ty Minh Long không phủ nhận việc đã tạm dừng sản xuất.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Công ty Minh Long");
        let c = one(
            "Halvorsen, which has denied wrongdoing, said it would cooperate with investigators.",
            "en",
        );
        assert_eq!(
            (c.stance, c.text.as_str()),
            (Stance::Assert, "it would cooperate with investigators")
        );
        for (text, lang) in [
            ("Halvorsen neither confirmed nor denied the report.", "en"),
            ("Halvorsen has not commented on the allegations.", "en"),
            (
                "Công ty Minh Long không xác nhận cũng không phủ nhận thông tin này.",
                "vi",
            ),
        ] {
            assert_eq!(one(text, lang).stance, Stance::NoComment, "{text}");
        }
    }

    #[test]
    fn a_proposal_or_what_a_document_sets_out_reports() {
        let c = one(
            "Hiệp hội Du lịch Đà Nẵng, trong văn bản góp ý gửi UBND thành phố, đề nghị áp dụng lộ trình tăng phí trong ba năm.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Hiệp hội Du lịch Đà Nẵng", "{c:#?}");
        let c = one(
            "Cáo trạng cũng nêu công ty chứng khoán đã không báo cáo các giao dịch đáng ngờ.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        // Asking not to be named is no statement of its own.
        let c = one(
            "Những người này, đề nghị không nêu danh tính do không có thẩm quyền công bố thông tin, cho biết dự án đã bị đình lại.",
            "vi",
        );
        assert_eq!(c.cue.as_deref(), Some("cho biết"), "{c:#?}");
    }

    #[test]
    fn a_description_opened_by_a_with_a_place_in_it_describes_the_name_before() {
        let c = one(
            "Hollis Grant, a beekeeper in Merritt Valley, said nobody listened.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Hollis Grant", "{c:#?}");
        assert_eq!(c.text, "nobody listened");
        let c = one("The plant will close, a senior official said.", "en");
        assert_eq!(c.sources[0].count, Some(1), "{c:#?}");
    }

    #[test]
    fn a_back_reference_to_an_organization_is_the_subject_a_second_verb_shares() {
        let c = run(
            "Acme Corp said sales rose. The company visited the plant and said it would fight any cuts.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Acme Corp");
        let c = one(
            "The union called the plan “reckless” and said it would fight any cuts.",
            "en",
        );
        assert_eq!(c.text, "it would fight any cuts");
    }

    #[test]
    fn what_a_report_cited_in_a_relative_clause_is_no_attribution_of_the_sentence() {
        assert!(run(
            "The company's shares fell 8% after the report, which cited internal documents.",
            "en"
        )
        .is_empty());
        let c = one(
            "Prices rose sharply in the first quarter, the newspaper reported, citing two officials.",
            "en",
        );
        assert_eq!(c.text, "Prices rose sharply in the first quarter");
    }

    #[test]
    fn economists_who_expect_something_report_it() {
        let c = one(
            "Economists polled by the Daily Ledger expect the central bank to hold rates at 4.5%.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn a_bank_a_recollection_and_what_an_audit_points_out_report() {
        let c = one(
            "Ông Nguyễn Văn Nam (45 tuổi, trú xã Hòa Phú) kể lại rằng nước lũ lên rất nhanh.",
            "vi",
        );
        assert_eq!(c.text, "nước lũ lên rất nhanh", "{c:#?}");
        let c = one(
            "Đáng chú ý, báo cáo kiểm toán chỉ rõ công ty đã chi sai 12 tỷ đồng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        let c = one(
            "Phía ngân hàng khẳng định mọi khoản vay đều đúng quy định.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
    }

    #[test]
    fn a_peoples_committee_is_named_with_its_place() {
        for (text, name) in [
            (
                "UBND tỉnh Đồng Nai cho biết đã lập đoàn kiểm tra.",
                "UBND tỉnh Đồng Nai",
            ),
            (
                "UBND xã Hiệp Phước cho biết đã lập biên bản.",
                "UBND xã Hiệp Phước",
            ),
        ] {
            assert_eq!(one(text, "vi").sources[0].name, name, "{text}");
        }
    }

    #[test]
    fn residents_who_complain_report() {
        let c = one(
            "Nhiều người dân phản ánh nước sinh hoạt có mùi lạ từ đầu tháng 5.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Nhiều người dân", "{c:#?}");
        // A complaint as a noun, and a price that reflects something, report nothing.
        assert!(run("Sở đã tiếp nhận phản ánh của người dân về mùi lạ.", "vi").is_empty());
        assert!(run("Giá cổ phiếu phản ánh kỳ vọng của nhà đầu tư.", "vi").is_empty());
    }

    #[test]
    fn speaking_up_is_no_part_of_the_subject() {
        let c = one(
            "Công ty Minh Long lên tiếng bác bỏ tin đồn bán cổ phần.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Công ty Minh Long", "{c:#?}");
    }

    #[test]
    fn denials_are_marked() {
        let c = one("Nvidia denied the report.", "en");
        assert_eq!(c.stance, Stance::Deny);
        let c = run(
            "Tom Hale said sales rose. “It is not true,” he said of the report.",
            "en",
        );
        assert_eq!(c[1].stance, Stance::Deny);
        assert_eq!(c[1].sources[0].name, "Tom Hale");
        for (text, lang) in [
            (
                "“There is no evidence that any cheese that left our building carried it,” said \
                 Gerrit Hale, the owner.",
                "en",
            ),
            (
                "The company said the pause had nothing to do with any sale.",
                "en",
            ),
            (
                "Đại diện công ty cho biết việc tạm hoãn không liên quan đến giao dịch cổ phần.",
                "vi",
            ),
            (
                "The commission has no record of receiving any such notice, a spokeswoman said.",
                "en",
            ),
            (
                "The company said it was not aware of any investigation.",
                "en",
            ),
            (
                "The operator said its monitoring had found no credible link between the wells \
                 and the cracks.",
                "en",
            ),
            ("Restructuring is not on the table, Mr. Okafor said.", "en"),
            (
                "Bà Phương khẳng định công ty chưa từng xả thải ra suối.",
                "vi",
            ),
            ("The ministry labelled the claims false.", "en"),
            (
                "Haldane AgriScience said the study was “fundamentally flawed.”",
                "en",
            ),
            ("The firm branded the report “fake news.”", "en"),
            ("Jones characterized the account as misleading.", "en"),
            ("Ông Trần Văn Hùng mô tả báo cáo là thiếu cơ sở.", "vi"),
            (
                "Her lawyer said the emails had been “ripped out of context” by prosecutors.",
                "en",
            ),
            (
                "The company said the union had misrepresented its offer.",
                "en",
            ),
            (
                "Ông Lực cho biết bài viết đã bóp méo phát biểu của ông.",
                "vi",
            ),
            (
                "Bà Phan Thị Hân cho biết số nợ quá hạn thực tế chỉ khoảng 35 tỷ đồng.",
                "vi",
            ),
            (
                "The company said the number of complaints was in fact only 11.",
                "en",
            ),
            (
                "Ông Quang khẳng định câu lạc bộ không có ý định bán tiền vệ này.",
                "vi",
            ),
            (
                "Đại diện công ty cho biết đến nay chưa có thỏa thuận nào được ký kết.",
                "vi",
            ),
            (
                "Ông Bảo cho rằng con số 12 tỷ đồng trên mạng là hoàn toàn do suy diễn.",
                "vi",
            ),
            (
                "Bà Hương cũng gọi thông tin trường thu khoảng 3.200 tỷ đồng năm ngoái mà không \
                 đưa vào báo cáo tài chính là “vô căn cứ”.",
                "vi",
            ),
        ] {
            assert_eq!(one(text, lang).stance, Stance::Deny, "{text}");
        }
    }

    #[test]
    fn a_denial_beside_another_cue_is_a_denial() {
        for text in [
            "“Nothing will change,” the mayor, Ana Ruiz, said, denying the report.",
            "The mayor, Ana Ruiz, rejected those claims, saying the budget was balanced.",
        ] {
            assert_eq!(one(text, "en").stance, Stance::Deny, "{text}");
        }
        let c = one(
            "Ông Lê Văn Hùng cho biết nhà máy vẫn chạy, đồng thời bác bỏ thông tin về việc đóng cửa.",
            "vi",
        );
        assert_eq!(c.stance, Stance::Deny);
        // Without a denial, the same shape asserts.
        let c = one(
            "Ông Lê Văn Hùng cho biết nhà máy vẫn chạy bình thường.",
            "vi",
        );
        assert_eq!(c.stance, Stance::Assert);
    }

    #[test]
    fn what_follows_that_is_the_claim() {
        let c = one(
            "The Harbor Times reported on Monday, citing two people familiar with the plans, \
             that Dover Freight would close its Kent depot.",
            "en",
        );
        assert_eq!(c.text, "Dover Freight would close its Kent depot");
        // "plans" after "the" is a noun: it does not end the source.
        assert_eq!(c.sources[0].name, "two people familiar with the plans");
        assert_eq!(c.sources[0].count, Some(2));
        let c = one(
            "In a note to clients on Tuesday, analyst Priya Raman wrote that a sale could fetch $4 billion.",
            "en",
        );
        assert_eq!(c.text, "a sale could fetch $4 billion");
        // An attribution set off after the claim still closes it.
        let c = one(
            "Dover Freight would close its Kent depot next year, the union said.",
            "en",
        );
        assert_eq!(c.text, "Dover Freight would close its Kent depot next year");
    }

    #[test]
    fn an_agency_name_with_lower_case_words_stays_whole() {
        // The reporting verb follows a comma; its subject opens the sentence, a title, an agency
        // whose name has lower-case words, a province and a name.
        for (text, name, agency) in [
            (
                "Phó giám đốc Sở Xây dựng Bình Định Trần Quốc Bảo gọi đó là cách “đổ lỗi cho \
                 thời tiết”, cho biết cầu vẫn an toàn.",
                "Trần Quốc Bảo",
                "Sở Xây dựng Bình Định",
            ),
            (
                "Giám đốc Sở Y tế Cần Thơ Lê Văn Tám gọi đó là cách “đánh tráo khái niệm”, cho \
                 biết bệnh viện đủ thuốc.",
                "Lê Văn Tám",
                "Sở Y tế Cần Thơ",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name);
            assert_eq!(c.sources[0].kind, SourceKind::Person);
            assert!(c.sources[0]
                .descriptor
                .as_deref()
                .is_some_and(|d| d.contains(agency)));
        }
    }

    #[test]
    fn a_vague_theo_after_a_reporting_verb_is_part_of_the_claim() {
        let c = run(
            "Ông Trần Văn Nam là giám đốc công ty. Ông Nam nói khoản phụ cấp đã được gộp vào \
             lương theo thỏa ước lao động tập thể.",
            "vi",
        );
        assert_eq!(c[0].sources[0].name, "Trần Văn Nam");
        assert!(c[0].text.contains("thỏa ước"), "{:?}", c[0].text);
        // A counted group after "according to" is still the source.
        let c = one(
            "Customs officers turned back 90 containers this year, according to three exporters.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(3));
    }

    #[test]
    fn a_group_that_opens_the_first_clause_speaks_through_a_verb_after_a_comma() {
        for text in [
            "Tuy vậy, mười lăm giáo viên đã ký thư chung, cho biết trung tâm nợ lương từ tháng 5.",
            // "họ chưa …" after the verb is a clause, not an inverted source.
            "Mười lăm giáo viên của BrightPath đã ký thư chung gửi cơ quan chức năng, cho biết \
             họ chưa được trả lương từ tháng 5.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].count, Some(15), "{text}");
            assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{text}");
        }
    }

    #[test]
    fn the_organization_that_owns_a_title_is_not_its_holder() {
        for (text, name) in [
            (
                "Bà Trần Thị Mỹ Linh, Giám đốc nghiên cứu của Kestrel Partners tại Việt Nam, cho \
                 biết tỷ lệ lấp đầy kho đã vượt 94%.",
                "Trần Thị Mỹ Linh",
            ),
            // A person's name after the organization's is still the holder.
            (
                "Giám đốc đầu tư của Harborline Capital Jonathan Reeve tuyên bố quỹ vẫn ủng hộ kế \
                 hoạch tái cấu trúc.",
                "Jonathan Reeve",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name, "{text}");
            assert_eq!(c.sources[0].kind, SourceKind::Person, "{text}");
        }
    }

    #[test]
    fn a_counted_group_before_a_relative_clause_keeps_its_noun_and_count() {
        for (text, lang, name, count) in [
            (
                "Half a dozen dentists who work or have worked at Northgate clinics told \
                 reporters that managers tracked the conversions.",
                "en",
                "Half a dozen dentists",
                6,
            ),
            (
                "Hai quan chức giấu tên trong Bộ Khoa học và Công nghệ cho biết bộ đang tính \
                 phương án thuê ảnh vệ tinh.",
                "vi",
                "Hai quan chức giấu tên",
                2,
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources[0].name, name, "{text}");
            assert_eq!(c.sources[0].count, Some(count), "{text}");
        }
    }

    #[test]
    fn a_counted_group_of_two_nouns_keeps_its_count_and_a_warning_list_reports_nothing() {
        let c = one(
            "Twenty former keepers and volunteers accused the zoo of neglect in a letter, \
             alleging that the elephants had gone weeks without care.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(20), "{c:#?}");
        assert!(run(
            "Brussels placed Vietnam on a warning list over illegal fishing several years ago, \
             and the label has hurt exporters.",
            "en"
        )
        .is_empty());
    }

    #[test]
    fn the_regulator_is_the_regulator_that_spoke_and_a_given_name_makes_a_person() {
        let c = run(
            "Callum Fairbairn faces an inquiry, the Turf Integrity Authority said on Monday. \
             The colt won for a syndicate led by Mrs. Elspeth Crane. \
             In its statement, the regulator said the sample had been taken late. \
             Fairbairn has denied any wrongdoing.",
            "en",
        );
        let names: Vec<(&str, SourceKind)> = c
            .iter()
            .map(|c| (c.sources[0].name.as_str(), c.sources[0].kind))
            .collect();
        assert_eq!(
            names,
            [
                ("Turf Integrity Authority", SourceKind::Organization),
                ("Turf Integrity Authority", SourceKind::Organization),
                ("Callum Fairbairn", SourceKind::Person),
            ],
            "{c:#?}"
        );
    }

    #[test]
    fn a_complaint_that_accuses_makes_a_claim_but_the_accused_does_not() {
        let c = one(
            "A complaint filed by twelve cooperatives accuses three brokers of rigging bids.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
        assert!(run("Smith was accused of fraud by prosecutors.", "en").is_empty());
        // Without "was", as in a headline.
        assert!(run("Funeral chain accused of hiding prices", "en").is_empty());
    }

    #[test]
    fn a_report_or_a_list_by_a_named_body_is_a_document() {
        for text in [
            "A report by Zuri Capital found the auction favoured three brokers.",
            "Fifteen suppliers are owed £640,000, according to a list of creditors seen by \
             Northern Sports Desk.",
        ] {
            assert_eq!(
                one(text, "en").sources[0].kind,
                SourceKind::Document,
                "{text}"
            );
        }
        // A clause that says who filed it leaves the document the source.
        let c = one(
            "Hồ sơ mà công ty mẹ Hòa Bình Holdings nộp lên cơ quan quản lý hồi tháng 6 cho thấy \
             tập đoàn lỗ 31 triệu USD.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        assert_eq!(c.sources[0].name, "Hồ sơ");
    }

    #[test]
    fn a_person_named_again_by_surname_is_whom_the_next_pronoun_means() {
        let c = run(
            "The colt won for a syndicate led by Mrs. Elspeth Crane. \
             Dr. Anselm Whitlock, a pharmacologist, said trace amounts could linger. \
             Crane, who has had horses with the trainer for a decade, keeps the colt nearby. \
             “I believe every word,” she said.",
            "en",
        );
        assert_eq!(c.last().unwrap().sources[0].name, "Elspeth Crane", "{c:#?}");
    }

    #[test]
    fn a_vietnamese_name_met_again_by_its_given_names_is_the_same_person() {
        // "chị Mai Anh" after "chị Hoàng Thị Mai Anh" is her ("Mai" is also a family name), and
        // so is the pronoun after it.
        let c = run(
            "“Toa tôi không có điều hòa,” chị Hoàng Thị Mai Anh, hành khách đi Huế, nói. \
             Ông Trần Văn Lộc, trưởng tàu, cho biết đoàn tàu đã được sửa. \
             Gia đình chị Mai Anh đến nơi vào tối 15/10. \
             “Lần sau tôi không dám đi tàu nữa,” chị nói.",
            "vi",
        );
        assert_eq!(
            c.last().unwrap().sources[0].name,
            "Hoàng Thị Mai Anh",
            "{c:#?}"
        );
        // "ông Sinh" later is the whole name, not its last two words ("Văn" is also a family
        // name).
        let c = run(
            "Ông Vàng Văn Sinh, Chủ tịch UBND xã, cho biết: “Các cháu sẽ học gần nhà”. \
             Ông Sinh khẳng định học sinh lớp 1 vẫn học tại điểm lẻ.",
            "vi",
        );
        assert_eq!(c[1].sources[0].name, "Vàng Văn Sinh", "{c:#?}");
    }

    #[test]
    fn a_representative_by_authorization_is_no_according_to() {
        let c = one(
            "“Chúng tôi đã thanh toán đủ”, luật sư Phan Minh Khoa, đại diện theo ủy quyền của \
             Ánh Dương, nói tại phiên tòa.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Phan Minh Khoa", "{c:#?}");
        assert_eq!(c.text, "“Chúng tôi đã thanh toán đủ”");
    }

    #[test]
    fn a_memo_instructs_but_a_company_reporting_revenue_or_writing_off_stock_says_nothing() {
        let c = one(
            "An internal memo seen by the Tribune instructed managers to “avoid documenting \
             shortfalls in writing.”",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        for text in [
            "Summit Lift reported revenue of $2.7 billion last year.",
            "Hollis & Grove reported net sales of $3.6 billion last year.",
            "Her company wrote off roughly 240,000 stems over the holiday.",
        ] {
            assert!(run(text, "en").is_empty(), "{text}");
        }
    }

    #[test]
    fn no_answer_to_a_request_for_comment_is_a_non_response() {
        for text in [
            "Sở Y tế Đồng Tháp chưa trả lời đề nghị bình luận của phóng viên.",
            "Người phát ngôn Ngân hàng Nhà nước chưa phản hồi đề nghị bình luận về thông tin này.",
            // A cue inside what it will not comment on is part of the non-response.
            "Sở Nông nghiệp từ chối bình luận trước khi có kết luận của đoàn kiểm tra.",
            "Lumina chưa phản hồi câu hỏi của phóng viên về lời kể của cựu nhân viên.",
        ] {
            assert_eq!(one(text, "vi").stance, Stance::NoComment, "{text}");
        }
    }

    #[test]
    fn a_prefix_with_a_name_of_its_own_is_the_organization() {
        let c = one("Ngân hàng Nhà nước cho biết hệ thống vẫn an toàn.", "vi");
        assert_eq!(c.sources[0].name, "Ngân hàng Nhà nước", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_place_and_one_more_name_word_name_a_company() {
        let c = one("Đại diện Hòa Bình Phát cho biết công ty đã nộp phạt.", "vi");
        assert_eq!(c.sources[0].name, "Hòa Bình Phát", "{c:#?}");
        // A place before a person's name or an institution is still a place.
        let c = one(
            "Phó chủ tịch UBND TP.HCM Võ Thị Kim Yến cho biết dự thảo đã xong.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Võ Thị Kim Yến", "{c:#?}");
    }

    #[test]
    fn an_appositive_replaces_an_honorific_but_not_a_title() {
        let c = one(
            "Bà Lê Thu Hà, Tổng giám đốc Minh Tâm, cho biết doanh thu tăng 12%.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lê Thu Hà", "{c:#?}");
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("Tổng giám đốc Minh Tâm")
        );
        let c = one(
            "Mr. Owen Talbot, the company's managing director, said sales rose 12%.",
            "en",
        );
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("the company's managing director"),
            "{c:#?}"
        );
        // A title says more than the appositive's guess at a role.
        let c = one(
            "Sen. Clara Voss, a Vermont Democrat, said prices had climbed.",
            "en",
        );
        assert_ne!(
            c.sources[0].descriptor.as_deref(),
            Some("a Vermont Democrat"),
            "{c:#?}"
        );
    }

    #[test]
    fn a_name_set_off_after_an_owned_role_or_a_group_member_is_a_person() {
        // The owner is a name, but the phrase before the name still describes a role.
        let c = one(
            "The Bellmoor Playhouse's managing director, Odile Trevanion, said ticket sales had halved.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Odile Trevanion", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("The Bellmoor Playhouse's managing director")
        );
        // One member of a group, then the member's name.
        let c = one(
            "One of the claimants, Ambrose Quillfeather, said his deposit was never returned.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Ambrose Quillfeather", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
        // Without a name, the member stays one of the group.
        let c = one(
            "One of the claimants, a retired teacher, said his deposit was never returned.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        assert_eq!(c.sources[0].count, Some(1));
    }

    #[test]
    fn a_role_set_off_before_a_name_makes_the_name_its_holder() {
        // A role, then a description that ends in a name the lexicon does not know.
        let c = run(
            "The chairman of the bid committee, former hurdler Tomas Reinholt, said a full relay \
             was not necessary.",
            "en",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].sources[0].name, "Tomas Reinholt");
        assert_eq!(c[0].sources[0].kind, SourceKind::Person);
        // A role whose body has a name of its own, then the holder's name.
        let c = one(
            "The chairman of Halden Athletics, Tomas Reinholt, said a full relay was not necessary.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Tomas Reinholt", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
    }

    #[test]
    fn a_name_deep_in_the_phrase_after_a_theo_inside_a_clause_is_no_source() {
        let c = run(
            "Lô vật tư gồm khoảng 2.000 bộ, do Công ty TNHH Cơ khí Hòa Bình cung cấp theo gói \
             thầu trị giá 3,1 tỷ đồng ký với Bệnh viện Đa khoa Tân Lập hồi tháng 4.",
            "vi",
        );
        assert!(c.is_empty(), "{c:#?}");
        // The name right after it is.
        let c = run(
            "Lô vật tư gồm khoảng 2.000 bộ, theo Bệnh viện Đa khoa Tân Lập.",
            "vi",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
    }

    #[test]
    fn an_offer_to_buy_reports_nothing_and_a_discharge_paper_is_a_document() {
        let c = run(
            "Năm 2021, một quỹ đầu tư Nhật Bản từng đề nghị mua 20% cổ phần công ty nhưng không thành.",
            "vi",
        );
        assert!(c.is_empty(), "{c:#?}");
        let c = one(
            "Giấy ra viện của Bệnh viện Đa khoa Hòa Lạc ghi nhận bệnh nhân nhập viện với chẩn đoán ngộ độc.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn a_bare_quantifier_speaks_for_some_of_a_group_and_a_participle_reports_nothing() {
        let c = run(
            "Tenants in two buildings told the newspaper that the heating had failed. Several \
             said complaints to the landlord had gone unanswered for a month.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].kind, SourceKind::Anonymous);
        assert_eq!(c[1].sources[0].count, None);
        let c = run(
            "Poorly maintained heaters are a common cause of such fires, and smoke can kill within minutes.",
            "en",
        );
        assert!(c.is_empty(), "{c:#?}");
        let c = one(
            "Nhiều bình luận viên và cựu vận động viên cho rằng quy định của giải còn lỏng lẻo.",
            "vi",
        );
        assert_eq!(c.cue.as_deref(), Some("cho rằng"), "{c:#?}");
    }

    #[test]
    fn the_subject_that_cites_a_source_is_the_source() {
        let c = one(
            "The Harbor Gazette reported on Monday, citing an internal audit by the port \
             authority, that cranes had been left uninspected for two years.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Harbor Gazette", "{c:#?}");
        // What it cites, set off before "that", is not part of the claim.
        assert_eq!(
            c.text, "cranes had been left uninspected for two years",
            "{c:#?}"
        );
        let c = one(
            "Councillor Ivo Brankovic declined to comment, citing the advice of his lawyer.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Ivo Brankovic", "{c:#?}");
        assert_eq!(c.stance, Stance::NoComment);
        // "According to" after a verb still names the source.
        let c = one(
            "Inspectors found rust on six cranes, according to a report by the port authority.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn an_unnamed_holder_of_a_title_of_a_body_is_one_unnamed_source() {
        let c = one(
            "The chairman of the planning committee said the tower would not be approved.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        assert_eq!(c.sources[0].count, Some(1));
        // As "the committee's chairman" is.
        let c = one(
            "The planning committee's chairman said the tower would not be approved.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn a_name_after_a_noun_for_an_unnamed_person_is_that_person() {
        let c = one(
            "Retired bus driver Ambrose Quillfeather said his deposit was never returned.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Ambrose Quillfeather", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person);
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("Retired bus driver")
        );
        // Not an organization's name after a supplier.
        let c = one(
            "Danish cable supplier Nordkabel A/S declined to comment on the tender.",
            "en",
        );
        assert_ne!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn an_appositive_after_a_name_is_its_description() {
        let c = one(
            "Andrés Villacís, Ecuador's trade minister, told the daily that the rule was a barrier.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Andrés Villacís", "{c:#?}");
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("Ecuador's trade minister")
        );
        // Or before it.
        let c = one(
            "Ecuador's trade minister, Andrés Villacís, told the daily that the rule was a barrier.",
            "en",
        );
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("Ecuador's trade minister"),
            "{c:#?}"
        );
        let c = one(
            "Nguyễn Thị Lan, giám đốc Công ty Hoa Sen, cho biết doanh thu tăng 12%.",
            "vi",
        );
        assert_eq!(
            c.sources[0].descriptor.as_deref(),
            Some("giám đốc Công ty Hoa Sen"),
            "{c:#?}"
        );
    }

    #[test]
    fn a_relative_pronoun_after_a_comma_stands_for_the_group_before_it() {
        let c = one(
            "Ông Hùng đã gặp năm công nhân của xưởng, những người cho biết họ bị nợ lương.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(5), "{c:#?}");
        assert_eq!(c.sources[0].name, "năm công nhân của xưởng");
        // "tư" alone is no number ("tư cách"); "hai mươi tư" still is.
        let c = one(
            "Lời khai mâu thuẫn với bảy nhân viên được triệu tập với tư cách người làm chứng, \
             những người cho biết họ bị trừ lương.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(7), "{c:#?}");
        let c = one("Hai mươi tư công nhân cho biết họ bị nợ lương.", "vi");
        assert_eq!(c.sources[0].count, Some(24), "{c:#?}");
    }

    #[test]
    fn a_petition_that_reports_a_grievance_makes_a_claim() {
        let c = one(
            "Hai mươi tổng đài viên đã ký đơn gửi công đoàn công ty, phản ánh việc ca làm của họ \
             bị cắt dần từ tháng 6.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(20), "{c:#?}");
        assert!(c.text.starts_with("ca làm"), "{:?}", c.text);
    }

    #[test]
    fn a_shared_office_shares_nothing_and_a_notice_received_says_nothing() {
        assert!(run(
            "UrbanNest, chuỗi văn phòng chia sẻ do một quỹ Singapore rót vốn, từng có 15 cơ sở. \
             Khách thuê ở tòa Sông Hàn Tower liên tiếp nhận thông báo phải dọn đi.",
            "vi"
        )
        .is_empty());
    }

    #[test]
    fn a_verb_inside_the_reason_for_anonymity_is_no_cue() {
        let c = run(
            "Bốn nguồn tin cho biết công ty sắp bán nhà máy. Một trong số các nguồn tin, người đề \
             nghị giấu tên do không có thẩm quyền công bố thông tin, tiết lộ giá bán là 30 triệu \
             USD.",
            "vi",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].count, Some(1));
        assert!(c[1].text.starts_with("giá bán"), "{:?}", c[1].text);
        // Set off by a comma, a cue after the reason is the cue.
        let c = one(
            "Một quan chức, đề nghị giấu tên, nói công ty sắp bán nhà máy.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(1));
        assert_eq!(c.text, "công ty sắp bán nhà máy");
    }

    #[test]
    fn a_correction_rather_than_the_claim_denies() {
        let c = one(
            "Bà Oanh cho biết nguyên nhân là hai phòng thí nghiệm cho kết quả khác nhau, chứ \
             không phải chè bị nhiễm hóa chất.",
            "vi",
        );
        assert_eq!(c.stance, Stance::Deny);
    }

    #[test]
    fn an_opening_phrase_sets_the_scene_and_the_claim_runs_on_from_the_verb() {
        for (text, lang, claim) in [
            (
                "Speaking at a conference in Hanoi on Tuesday, Smith said the company was losing \
                 money.",
                "en",
                "the company was losing money",
            ),
            (
                "Trả lời qua email, ông Nguyễn Văn An xác nhận công ty đang lỗ.",
                "vi",
                "công ty đang lỗ",
            ),
            // A closing attribution keeps the claim before it.
            (
                "Sales fell sharply in the quarter, Smith said in an interview on Tuesday.",
                "en",
                "Sales fell sharply in the quarter",
            ),
            (
                "Sales fell sharply in the quarter, Smith told the Lakeside Post newspaper.",
                "en",
                "Sales fell sharply in the quarter",
            ),
        ] {
            assert_eq!(one(text, lang).text, claim, "{text}");
        }
    }

    #[test]
    fn whom_a_source_told_is_not_part_of_the_claim() {
        for text in [
            "Smith told Capital Ledger News that sales had slowed.",
            "Smith told the board that sales had slowed.",
            "Smith said on Monday that sales had slowed.",
        ] {
            assert_eq!(one(text, "en").text, "sales had slowed", "{text}");
        }
        // After another verb, a noun may own a relative "that".
        let c = one(
            "Smith said the firm that makes the chips is struggling.",
            "en",
        );
        assert_eq!(c.text, "the firm that makes the chips is struggling");
    }

    #[test]
    fn saying_one_does_not_comment_is_a_non_response_unless_a_denial_follows() {
        let c = one(
            "A Tidewater spokeswoman said the company does not comment on market rumors.",
            "en",
        );
        assert_eq!(c.stance, Stance::NoComment);
        let c = one(
            "“We do not comment on market rumors, and we have no plans to sell the unit,” a \
             Tidewater spokeswoman said.",
            "en",
        );
        assert_eq!(c.stance, Stance::Deny);
    }

    #[test]
    fn inside_a_clause_theo_with_a_bare_generic_document_names_no_source() {
        let c = run(
            "Quy định bán kháng sinh theo đơn đã có hiệu lực từ nhiều năm, song việc thực thi \
             còn lỏng lẻo.",
            "vi",
        );
        assert!(c.is_empty(), "{c:#?}");
        // A document with its owner still speaks.
        let c = one(
            "Giá thép tăng 5% trong quý I theo số liệu của Hiệp hội Thép.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn adverbs_between_an_appositive_and_the_verb_keep_the_name_as_source() {
        for (text, lang, name) in [
            (
                "Bị cáo Mai Thị Hồng, nguyên trưởng phòng sản xuất, lại khai rằng giám đốc yêu \
                 cầu giảm nguyên liệu.",
                "vi",
                "Mai Thị Hồng",
            ),
            (
                "Dana Whitcombe, the chief executive, also said the units were safe.",
                "en",
                "Dana Whitcombe",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources[0].name, name, "{text}");
        }
    }

    #[test]
    fn a_defendant_is_a_role_that_refers_back_to_the_named_one() {
        let c = run(
            "Tại tòa, bị cáo Lương Văn Thịnh thừa nhận công ty đã đổi nhà cung cấp. Tuy nhiên, bị \
             cáo phủ nhận việc ra lệnh cắt giảm hoạt chất. “Tôi tin vào phiếu kiểm nghiệm”, Thịnh \
             trình bày trước tòa.",
            "vi",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        for claim in &c {
            assert_eq!(claim.sources[0].name, "Lương Văn Thịnh");
        }
        assert_eq!(c[1].stance, Stance::Deny);
    }

    #[test]
    fn an_unnamed_official_of_a_named_agency_is_anonymous() {
        let c = one("Một quan chức Bộ Tài chính cho biết thuế sẽ tăng.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        assert_eq!(c.sources[0].count, Some(1));
        // A common noun before a company's name is in apposition to it.
        let c = one(
            "Shipping line Maren Cargo Ltd. said rates would rise.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_sentence_that_opens_with_a_contrast_holds_two_attributions() {
        for (text, lang, first, second) in [
            (
                "Trong khi ông Trần Văn An cho rằng dự án sẽ mang lại nguồn thu, TS Lê Thị Bình, \
                 Giám đốc Trung tâm Sinh thái, cảnh báo rừng sẽ bị tàn phá.",
                "vi",
                "Trần Văn An",
                "Lê Thị Bình",
            ),
            (
                "While John Smith said the project would bring revenue, Mary Jones warned that \
                 the forest would suffer.",
                "en",
                "John Smith",
                "Mary Jones",
            ),
        ] {
            let c = run(text, lang);
            assert_eq!(c.len(), 2, "{c:#?}");
            assert_eq!(c[0].sources[0].name, first);
            assert_eq!(c[1].sources[0].name, second);
            assert!(!c[0].text.contains(second), "{:?}", c[0].text);
        }
    }

    #[test]
    fn offsets_count_characters() {
        let text = "Tiêu đề\nÔng Trần Văn Bình cho biết giá tăng.";
        let c = one(text, "vi");
        let chars: Vec<char> = text.chars().collect();
        let s: String = chars[c.start..c.end].iter().collect();
        assert_eq!(s, c.sentence);
    }

    #[test]
    fn a_preposition_inside_what_a_named_source_said_is_not_a_source() {
        let c = one(
            "Tổng giám đốc Hưng Thịnh Lê Văn Khoa khẳng định công ty làm đúng luật, và cho biết \
             danh sách được lập theo kết quả bốc thăm công khai.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lê Văn Khoa", "{c:#?}");
        // Set off by a comma, "theo" still names the source.
        let c = one(
            "Giá thép tăng 5% trong quý I, theo số liệu của Hiệp hội Thép.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn a_group_in_two_places_is_one_group() {
        let c = one(
            "Tám nguồn tin tại trường và cơ quan quản lý cho biết Bộ đang cân nhắc đình chỉ tuyển sinh.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(8), "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous);
        // Places with names of several words: the group, not the last place, speaks.
        for (text, lang) in [
            (
                "Nhiều người dân ở ấp Rạch Sậy và ấp Cù Lao Tre cho biết trạm y tế đã đóng cửa.",
                "vi",
            ),
            (
                "Hai tiểu thương ở chợ Bến Thành và chợ Bình Tây cho biết giá rau đã tăng.",
                "vi",
            ),
            (
                "Many residents of Oak Park and Elm Grove said the clinic had closed.",
                "en",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources.len(), 1, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        }
    }

    #[test]
    fn a_name_after_a_word_for_a_newspaper_is_its_title() {
        for text in [
            "Báo Nông Thôn Ngày Nay đưa tin doanh nghiệp này đã lắp trạm bơm.",
            "Tờ Đồng Bằng Mới hồi tháng 3 đưa tin doanh nghiệp này đã lắp trạm bơm.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
    }

    #[test]
    fn an_outlet_named_for_today_keeps_its_whole_name() {
        for (text, name) in [
            (
                "Theo tạp chí Kiến Trúc Ngày Nay, dự án đã bị đình chỉ từ tháng 4.",
                "tạp chí Kiến Trúc Ngày Nay",
            ),
            (
                "Tờ Cà Mau Ngày Mới hôm thứ Hai đưa tin nhà máy đã ngừng hoạt động.",
                "Tờ Cà Mau Ngày Mới",
            ),
            (
                "Báo Nhà Nông Hôm Nay cho biết giá phân bón đã tăng gấp đôi.",
                "Báo Nhà Nông Hôm Nay",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
        }
        // An adverb of time after a name is still cut off.
        let c = one(
            "Theo Sở Tài chính ngày 12/5, ngân sách đã bị cắt một nửa.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Sở Tài chính", "{c:#?}");
        let c = one(
            "Corvane Monday denied that it had cut wages at the plant.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Corvane", "{c:#?}");
    }

    #[test]
    fn as_alleged_reports_nothing() {
        let c = one(
            "Bị cáo Trần Văn Phúc thừa nhận có nhận tiền nhưng khẳng định chỉ khoảng 200 triệu \
             đồng, không phải 3 tỷ đồng như cáo buộc.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Trần Văn Phúc", "{c:#?}");
        assert_ne!(c.cue.as_deref(), Some("cáo buộc"), "{c:#?}");
    }

    #[test]
    fn a_named_speaker_after_the_verb_outranks_a_clause_before_it() {
        let c = one(
            "Orders for new tankers reached a record 87 ships in 2025, said Helena Marsh, head of \
             research at the shipbroker Aldous & Penn.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Helena Marsh", "{c:#?}");
        // A document that speaks before the comma keeps its place.
        let c = one(
            "The report, released on Monday, said exports fell 4% in March.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
    }

    #[test]
    fn an_aside_in_brackets_names_no_source() {
        let c = one(
            "Bà Trần Thu Hà, chủ một cửa hàng trên đường Hai Bà Trưng (Q.3 cũ), TP.HCM, cho biết \
             doanh thu giảm một nửa.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Trần Thu Hà", "{c:#?}");
        // The verb follows its subject across the aside.
        let c = one("Tổng cục Thống kê (GSO) cho biết GDP tăng 7%.", "vi");
        assert_eq!(c.sources[0].name, "Tổng cục Thống kê", "{c:#?}");
        let c = one(
            "Two engineers (both based in Ohio) said the test had failed.",
            "en",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, Some(2)),
            "{c:#?}"
        );
        let c = one(
            "Maria Gomez, who owns a bakery in Leeds (West Yorkshire), said sales fell.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Maria Gomez", "{c:#?}");
    }

    #[test]
    fn official_names_keep_their_legal_form_and_their_joined_parts() {
        let c = one(
            "Công ty cổ phần Công nghệ Đô thị Sao Việt thừa nhận đã nhận hợp đồng.",
            "vi",
        );
        assert_eq!(
            c.sources[0].name,
            "Công ty cổ phần Công nghệ Đô thị Sao Việt"
        );
        let c = one("Bộ Nông nghiệp và Môi trường cho biết giá lúa tăng.", "vi");
        assert_eq!(c.sources[0].name, "Bộ Nông nghiệp và Môi trường", "{c:#?}");
        let c = one("Theo Bộ Giáo dục và Đào tạo, học phí không đổi.", "vi");
        assert_eq!(c.sources[0].name, "Bộ Giáo dục và Đào tạo", "{c:#?}");
        assert_eq!(c.text, "học phí không đổi");
        // Two names, or a name and a person, stay apart.
        let c = one(
            "Bộ Tài chính và Bộ Công Thương cho biết giá xăng giảm.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Bộ Công Thương", "{c:#?}");
        // Whom a report was sent to is not part of its name.
        let c = one(
            "Theo báo cáo của Sở Xây dựng Hà Nội gửi HĐND thành phố, tốc độ xe buýt giảm.",
            "vi",
        );
        assert_eq!(
            c.sources[0].name, "báo cáo của Sở Xây dựng Hà Nội",
            "{c:#?}"
        );
    }

    #[test]
    fn a_verb_that_describes_a_name_in_an_appositive_is_no_cue() {
        let c = one(
            "Tuy nhiên, đại diện GreenLeaf Assurance, đơn vị đánh giá chứng nhận cho công ty, \
             cho biết chứng chỉ vẫn còn hiệu lực.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].name.as_str(), c.cue.as_deref()),
            ("GreenLeaf Assurance", Some("cho biết")),
            "{c:#?}"
        );
        // A role after a name describes it: "đại diện chủ đầu tư".
        let c = one(
            "Ban Quản lý dự án Đường sắt Ven Sông, đại diện chủ đầu tư, khẳng định hồ sơ đã được \
             giải ngân.",
            "vi",
        );
        assert!(c.sources[0].name.starts_with("Ban Quản lý"), "{c:#?}");
    }

    #[test]
    fn an_organizations_whole_name_is_its_source() {
        for (text, name) in [
            (
                "The Competition and Markets Authority said it was aware of the reports.",
                "Competition and Markets Authority",
            ),
            (
                "In a note to clients, Fenwick & Lowe estimated the cost at $40 million.",
                "Fenwick & Lowe",
            ),
            (
                "A spokesman for the Information Commissioner's Office said it had been told.",
                "Information Commissioner's Office",
            ),
            (
                "Engine maker Corvane Aero Systems said it was working with regulators.",
                "Corvane Aero Systems",
            ),
            (
                "Local radio station WMLB reported that talks had begun.",
                "WMLB",
            ),
            (
                "Harbor Air Inc. grounded its 14 aircraft on Thursday, the company said.",
                "Harbor Air Inc",
            ),
            // A name with a prefix of its own has an owner, not a part.
            (
                "Vietnam's Ministry of Construction said the rules would change.",
                "Ministry of Construction",
            ),
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        }
        // Two firms are two names.
        let c = one("Google and Microsoft said they would comply.", "en");
        assert_eq!(c.sources[0].name, "Google", "{c:#?}");
    }

    #[test]
    fn a_counted_group_met_before_is_the_group_its_noun_names() {
        let c = run(
            "Fifteen former welders at the shipyard have sued the company for negligence. \
             The welders, who worked at the yard until 2025, say the fumes left them ill.",
            "en",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        let s = &c[0].sources[0];
        assert_eq!(
            (s.name.as_str(), s.kind, s.count, s.backref),
            ("The welders", SourceKind::Anonymous, Some(15), true),
            "{c:#?}"
        );
        assert_eq!(c[0].text, "the fumes left them ill");
        // A noun no group was named by is no source.
        let c = run(
            "Fifteen former welders have sued the company. The painters said nothing changed.",
            "en",
        );
        assert!(c.is_empty(), "{c:#?}");
    }

    #[test]
    fn groups_report_in_the_plural_present() {
        for (text, lang, name) in [
            (
                "Public health campaigners estimate that as many as 300,000 people use the creams.",
                "en",
                "Public health campaigners",
            ),
            (
                "Critics argue that the plan will raise rents.",
                "en",
                "Critics",
            ),
            ("Analysts warn the deal could collapse.", "en", "Analysts"),
            (
                "Một số doanh nghiệp vận tải phàn nàn rằng giá dự thầu là quá cao.",
                "vi",
                "Một số doanh nghiệp vận tải",
            ),
        ] {
            let c = one(text, lang);
            let s = &c.sources[0];
            assert_eq!(
                (s.name.as_str(), s.kind, s.count),
                (name, SourceKind::Anonymous, None),
                "{c:#?}"
            );
        }
    }

    #[test]
    fn a_verb_after_a_comma_shares_the_sentences_subject() {
        let c = one(
            "The Justice Department sued Brightwell Toys Inc. on Tuesday, alleging in a complaint \
             that the importer sold kitchens coated in lead paint.",
            "en",
        );
        assert_eq!(
            (c.sources[0].name.as_str(), c.sources[0].kind),
            ("Justice Department", SourceKind::Organization),
            "{c:#?}"
        );
        let c = one(
            "Kevin Oduya, a Summit Lift spokesman, put the number of stops at 61, and said most \
             were caused by power cuts.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Kevin Oduya", "{c:#?}");
        assert_eq!(c.text, "most were caused by power cuts");
    }

    #[test]
    fn a_full_name_starts_where_a_known_organizations_name_ends() {
        let text =
            "Người bán trên sàn Chợ Phố than phí hoàn hàng tăng. Giám đốc điều hành Công ty \
                    cổ phần Chợ Phố Lê Hoàng Minh Khôi cho biết tỷ lệ hoàn chỉ là 3,5%.";
        let c = run(text, "vi");
        assert_eq!(c[0].sources[0].name, "Lê Hoàng Minh Khôi", "{c:#?}");
        // With no such organization, a three-word name is likelier.
        let c = run(&text.replace("sàn Chợ Phố", "sàn"), "vi");
        assert_eq!(c[0].sources[0].name, "Hoàng Minh Khôi", "{c:#?}");
    }

    #[test]
    fn five_sources_are_not_a_year() {
        let c = one(
            "Công ty Sao Mai đang tìm người mua nhà máy, theo năm nguồn tin am hiểu vụ việc.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(5), "{c:#?}");
        // "theo năm" alone is "yearly".
        assert!(run("Doanh thu tăng 12% theo năm, cao nhất kể từ 2019.", "vi").is_empty());
    }

    #[test]
    fn a_name_ending_in_a_word_for_a_trade_is_a_company_before_a_role() {
        let c = one(
            "Highgate Produce, the second broker named, said it had followed every rule.",
            "en",
        );
        assert_eq!(
            (c.sources[0].name.as_str(), c.sources[0].kind),
            ("Highgate Produce", SourceKind::Organization),
            "{c:#?}"
        );
        let c = one("Ray Mills, a farmer in Iowa, said prices fell.", "en");
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn a_conjunction_just_before_the_verb_joins_no_nouns() {
        let c = one(
            "Brightwell blamed the supplier and said the kits were safe.",
            "en",
        );
        assert_eq!(
            (c.sources[0].name.as_str(), c.sources[0].kind),
            ("Brightwell", SourceKind::Organization),
            "{c:#?}"
        );
        assert_eq!(c.text, "the kits were safe");
        // No clause that ends in a group is its source: better no claim than a wrong one.
        let c = run(
            "The company blamed a withdrawal of funding by a key investor and said tickets would \
             be refunded.",
            "en",
        );
        assert!(c.iter().all(|c| c.sources[0].name.len() < 30), "{c:#?}");
    }

    #[test]
    fn counted_groups_joined_by_a_conjunction_add_up() {
        for (text, lang, count) in [
            (
                "Three engineers and two pilots said the test failed.",
                "en",
                5,
            ),
            ("Three engineers and a pilot said the test failed.", "en", 4),
            (
                "Ba kỹ sư và hai phi công cho biết cuộc thử nghiệm thất bại.",
                "vi",
                5,
            ),
            (
                "Hai mươi hộ dân và một số doanh nghiệp cho biết nước bị nhiễm mặn.",
                "vi",
                20,
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.sources[0].count, Some(count), "{c:#?}");
        }
    }

    #[test]
    fn names_that_end_a_list_inside_a_group_are_not_its_source() {
        let c = one(
            "Tuy nhiên, 15 chủ sạp trên các phố Lý Thường Kiệt, Trần Hưng Đạo và Lê Thánh Tông cho biết họ chưa \
             nhận được thông báo nào.",
            "vi",
        );
        assert_eq!(
            (c.sources[0].kind, c.sources[0].count),
            (SourceKind::Anonymous, Some(15)),
            "{c:#?}"
        );
    }

    #[test]
    fn a_state_after_a_town_is_a_place_in_a_description() {
        let c = one(
            "Gary Lind, a retired mechanic in Duluth, Minnesota, who has diabetes, said his \
             sensor misread.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Gary Lind", "{c:#?}");
    }

    #[test]
    fn the_company_is_the_one_that_spoke_just_before() {
        let c = run(
            "Veridel, which competes with larger rivals such as Solenta Corp., said in a \
             statement that the sensor was safe. The company also disputed the complaint figure.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Veridel", "{c:#?}");
        // Without a company speaking just before, the one named last.
        let c = run(
            "Prices rose after Bluewave Logistics Inc. raised its fees. The company said demand \
             was strong.",
            "en",
        );
        assert_eq!(c[0].sources[0].name, "Bluewave Logistics Inc", "{c:#?}");
    }

    #[test]
    fn offsets_found_by_the_property_test_stay_inside_the_text() {
        // Found by the property test: the claim's start moved past "that", and a later cut by
        // the comma used offsets into the text before the move, inside a two-byte letter.
        let c = run("according to Ͷ that ,” aaađđđđ “ “", "en");
        assert_eq!(c.len(), 1, "{c:#?}");
        let c = run("According to the report that , the đđđ plant closed.", "en");
        assert!(c.iter().all(|c| c.sentence.contains(&c.text)), "{c:#?}");
        // Also found by it: a source phrase that ends past the start of its cue.
        let c = run("Đà«ông Hoàng Ông»said\u{300}“", "en");
        assert!(c.len() <= 1, "{c:#?}");
    }

    #[test]
    fn a_counted_group_set_off_after_an_opening_phrase_is_the_source() {
        for text in [
            "In interviews with the Wire, 15 franchisees, who asked not to be named, said approvals \
             were on hold.",
            "In interviews, 15 franchisees, who asked not to be named, said approvals were on hold.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].name, "15 franchisees", "{c:#?}");
            assert_eq!(c.sources[0].count, Some(15), "{c:#?}");
        }
        // An age set off by commas is not the source.
        let c = one(
            "Helen Varga, 71, said the boat had lurched twice before it stopped.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Helen Varga", "{c:#?}");
    }

    #[test]
    fn the_company_is_no_county_or_association() {
        let c = run(
            "Hương Lúa Food Group plans a noodle plant near Houston, five people said. \
             Hương Lúa Food Group has shortlisted two sites, one of the people said. \
             Land in Fort Bend County costs less than in Harris County. \
             In a statement, the company said it was always studying options.",
            "en",
        );
        let last = c.last().unwrap();
        assert_eq!(last.sources[0].name, "Hương Lúa Food Group", "{c:#?}");
        // A body named last that may be a company stays the referent.
        let c = run(
            "Hương Lúa Food Group plans a noodle plant near Houston, five people said. \
             Rates at Lone Star Bank rose. \
             In a statement, the company said it was always studying options.",
            "en",
        );
        assert_eq!(
            c.last().unwrap().sources[0].name,
            "Lone Star Bank",
            "{c:#?}"
        );
    }

    #[test]
    fn a_clause_describing_an_opening_source_is_not_the_claim() {
        for (text, lang, claim) in [
            (
                "Theo báo cáo thường niên mà Bình An công bố hồi tháng 3, dư nợ đạt 4.150 tỷ đồng.",
                "vi",
                "dư nợ đạt 4.150 tỷ đồng",
            ),
            (
                "According to the Harbor Ledger, which first reported the talks on Sunday, Zipra \
                 has lined up $1.5 billion in loans.",
                "en",
                "Zipra has lined up $1.5 billion in loans",
            ),
            // An opening phrase of time or place is no claim: what the verb takes is, or the
            // sentence when that is one word.
            (
                "On Friday, Lumen Corp rejected the claims.",
                "en",
                "the claims",
            ),
            (
                "In a statement on Monday, the ministry denied the report.",
                "en",
                "the report",
            ),
            (
                "Trong thông cáo chiều qua, công ty bác bỏ thông tin này.",
                "vi",
                "Trong thông cáo chiều qua, công ty bác bỏ thông tin này",
            ),
        ] {
            let c = one(text, lang);
            assert_eq!(c.text, claim, "{c:#?}");
        }
    }

    #[test]
    fn the_unnamed_holder_of_a_title_is_one_unnamed_source() {
        for text in [
            "A senior executive said rates would fall.",
            "The bank's chief economist said rates would fall.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
            assert_eq!(c.sources[0].count, Some(1), "{c:#?}");
        }
    }

    #[test]
    fn a_verb_in_a_relative_clause_with_its_own_subject_reports_nothing() {
        let c = run(
            "Theo ông Lâm, giá đền bù đã theo đúng khung, còn mức chênh mà các hộ dân nêu \
             xuất phát từ việc so sánh với giá rao bán.",
            "vi",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert!(c[0].sources[0].name.ends_with("Lâm"), "{c:#?}");
        // Without the relative word, the clause after "còn" is the residents' own statement.
        let c = run(
            "Theo ông Lâm, giá đền bù đã theo đúng khung, còn các hộ dân nêu rằng giá quá thấp.",
            "vi",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
    }

    #[test]
    fn a_bare_title_means_the_unnamed_source_it_describes() {
        let text = "Chief executive Adrian Soll said the phone would ship in March. \
             A former Quillon hardware engineer said the design left no margin. \
             \u{201c}The hinge paid the price,\u{201d} the engineer said.";
        let c = run(text, "en");
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        assert_eq!(c[2].sources[0].count, Some(1), "{c:#?}");
        // A title the unnamed source does not carry is the named person's.
        let c = run(
            &text.replace("the engineer said", "the executive said"),
            "en",
        );
        assert_eq!(c[2].sources[0].name, "Adrian Soll", "{c:#?}");
    }

    #[test]
    fn a_summary_a_manual_or_a_registry_is_a_document_and_what_it_lists_is_its_claim() {
        for text in [
            "An internal test summary dated Sept. 30 and seen by Tribune Tech showed that 14 of \
             200 units developed cracks.",
            "A maintenance manual obtained by the Courier says the check is due every 400 hours.",
            "A public trial registry run by the National Medicines Agency lists 58 active sites.",
            "A breach notification the firm filed with regulators lists 412,600 affected people.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
    }

    #[test]
    fn who_after_a_comma_stands_for_the_person_just_before_and_never_a_document() {
        let c = run(
            "Chief executive Mirela Voss said sales were strong. The delay is a blow for Voss, \
             who told a developer conference in July that the phone would ship in October.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Mirela Voss", "{c:#?}");
        assert!(c[1].text.starts_with("the phone would ship"), "{c:#?}");
        let c = run(
            "The plan angered local traders, who said that the market would close.",
            "en",
        );
        assert!(
            c.iter().all(|c| c.sources[0].kind != SourceKind::Document),
            "{c:#?}"
        );
    }

    #[test]
    fn a_document_that_a_reporter_obtained_is_the_source_of_what_it_shows() {
        // "có được" ("obtained") ends in a passive marker and is no passive.
        for text in [
            "Số liệu mà phóng viên có được cho thấy 311 học sinh phải nghỉ học.",
            "Danh sách do nhà trường tổng hợp cho thấy 311 học sinh phải nghỉ học.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
            assert!(c.text.starts_with("311"), "{c:#?}");
        }
    }

    #[test]
    fn a_pronoun_after_an_organizations_spokeswoman_means_her() {
        let text = "Union organiser Hanna Brisk said the plant would close in May. \
             A Delvane spokeswoman denied that the company planned to close the plant. \
             \u{201c}That is simply wrong,\u{201d} she said.";
        let c = run(text, "en");
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[2].sources[0].name, "Delvane", "{c:#?}");
        assert_eq!(c[2].sources[0].kind, SourceKind::Organization, "{c:#?}");
        // A spokesman is not whom "she" means.
        let c = run(&text.replace("spokeswoman", "spokesman"), "en");
        assert_eq!(c[2].sources[0].name, "Hanna Brisk", "{c:#?}");
    }

    #[test]
    fn a_pronoun_means_the_person_the_sentence_before_introduced() {
        let c = run(
            "A senior executive at a rival, speaking on condition of anonymity because he was not \
             authorized to speak, said Corvane had approached two producers. \
             Halberd Chief Executive Officer Fiona Marchetti, reached by phone, was blunter. \
             “It is not true that anyone has approached us,” she said.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Fiona Marchetti", "{c:#?}");
        // A person named inside a claim is not who the next pronoun means.
        let c = run(
            "Tom Reyes, the mayor, said he had met Fiona Marchetti on Monday. \
             “We agreed on nothing,” he said.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "Tom Reyes", "{c:#?}");
    }

    #[test]
    fn a_titled_name_inside_a_claim_is_known_later_by_surname_and_title() {
        let c = run(
            "One of the sources said the change had been signed off by Chief Executive Officer \
             Nolan Achebe himself. \
             In a statement on Tuesday, Achebe denied that the app had misled anyone. \
             “It is not true that anyone was tricked,” the executive said.",
            "en",
        );
        assert_eq!(c.len(), 3, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Nolan Achebe", "{c:#?}");
        // A title names a named person, not the unnamed source that spoke last.
        assert_eq!(c[2].sources[0].name, "Nolan Achebe", "{c:#?}");
    }

    #[test]
    fn calling_a_statement_inaccurate_denies_it() {
        for text in [
            "The union called the company's statement inaccurate.",
            "A spokesperson for the preserve called Tusk Haven's description of the journey \
             “misleading.”",
            "Marlow & Finch called the figure of 120 job losses \"inaccurate and misleading\" \
             and said no decisions on staffing had been taken.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.stance, Stance::Deny, "{c:#?}");
        }
    }

    #[test]
    fn a_list_of_countries_describes_the_group_before_it() {
        let c = one(
            "A dozen exporters in Vietnam, Thailand and Ivory Coast told the Trade Desk they \
             could not trace half of their latex.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(12), "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn an_infinitive_show_reports_nothing() {
        assert!(run(
            "Exporters are racing to map farms before a U.S. rule takes effect on July 1 that will \
             require importers to show their rubber was not grown on cleared land.",
            "en"
        )
        .is_empty());
    }

    #[test]
    fn city_districts_are_places() {
        let c = one(
            "Chủ 12 cửa hàng sách ở các quận Cầu Giấy, Đống Đa và Hai Bà Trưng cho biết sách \
             Toán 10 đã hết hàng.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn describing_reports() {
        let c = one(
            "Ba mươi người vay khác đã trả lời câu hỏi của phóng viên và mô tả cách đòi nợ tương tự.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(30), "{c:#?}");
    }

    #[test]
    fn a_group_word_that_opens_an_organizations_name_is_that_organization() {
        let c = one("Nhà xuất bản Hồng Lĩnh cho biết giá bìa không đổi.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        let c = one("Các nhà xuất bản cho biết giá bìa tăng.", "vi");
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
    }

    #[test]
    fn an_institution_named_by_its_kind_is_one_of_that_kind() {
        let c = run(
            "The company declined to say how many jobs would go. \
             The figures show prices rose, the ministry said.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "the ministry", "{c:#?}");
        let c = run(
            "A judge barred the Riverside Zoo from moving its elephants, siding with the group \
             Tusk Haven. The city-owned zoo said the move was safe.",
            "en",
        );
        assert_eq!(c[0].sources[0].name, "Riverside Zoo", "{c:#?}");
        let c = run(
            "Bluewave Bank said rates would rise. The bank also said fees would fall.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "Bluewave Bank", "{c:#?}");
        // Any kind of public body: "the directorate" is the directorate named before.
        let c = run(
            "Regulators grounded nine aircraft, the Northern Aviation Safety Directorate said. \
             In a notice on its website, the directorate said inspectors had found 14 gaps.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(
            c[1].sources[0].name, "Northern Aviation Safety Directorate",
            "{c:#?}"
        );
    }

    #[test]
    fn a_back_reference_with_a_modifier_is_the_one_organization_whose_name_holds_it() {
        let c = run(
            "Two people said Wexfield executives met the Northern Counties Commissioning Board \
             in January. Officials at Hartfield General Hospital said they had not been told. \
             The commissioning board declined to comment.",
            "en",
        );
        assert_eq!(
            c[2].sources[0].name, "Northern Counties Commissioning Board",
            "{c:#?}"
        );
        // A bare "the board" is still a board, not the hospital that spoke before.
        let c = run(
            "Two people said Wexfield executives met the Northern Counties Commissioning Board \
             in January. Hartfield General Hospital said it had not been told. \
             The board declined to comment.",
            "en",
        );
        assert_eq!(
            c[2].sources[0].name, "Northern Counties Commissioning Board",
            "{c:#?}"
        );
        // "The company" is whichever company spoke before.
        let c = run(
            "Two people said Wexfield executives met the Northern Counties Commissioning Board \
             in January. Hartfield Foods said it had not been told. \
             The company declined to comment.",
            "en",
        );
        assert_eq!(c[2].sources[0].name, "Hartfield Foods", "{c:#?}");
    }

    #[test]
    fn it_just_after_a_document_spoke_is_that_document() {
        let c = run(
            "The memo, dated Aug. 12, said a test version raised tip revenue by 24%. \
             \"Default matters more than messaging,\" it said.",
            "en",
        );
        assert_eq!(c[1].sources[0].kind, SourceKind::Document, "{c:#?}");
        let c = run(
            "Bluewave said profits rose. It said sales would grow.",
            "en",
        );
        assert_eq!(c[1].sources[0].name, "Bluewave", "{c:#?}");
    }

    #[test]
    fn a_name_inside_a_clause_describing_a_counted_group_does_not_speak() {
        for (text, name, count) in [
            (
                "Mười một kỳ thủ mà Thể Thao Ngày Nay phỏng vấn tại giải cho biết họ không bất ngờ.",
                "Mười một kỳ thủ",
                11,
            ),
            (
                "Tuy nhiên, hai mươi nghệ sĩ và diễn viên mà Đô Thị Sài Gòn trò chuyện đều cho biết \
                 họ chưa được hỏi ý kiến.",
                "hai mươi nghệ sĩ và diễn viên",
                20,
            ),
            (
                "Ba mươi hộ dân mà ông Nam tiếp xúc cho biết họ chưa nhận tiền.",
                "Ba mươi hộ dân",
                30,
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
            assert_eq!(c.sources[0].count, Some(count), "{c:#?}");
        }
    }

    #[test]
    fn a_body_named_by_its_kind_and_what_it_runs_is_an_organization() {
        for (text, name) in [
            (
                "Ban quản lý tòa nhà Sao Biển Tower khẳng định đã thông báo trước ba ngày.",
                "Ban quản lý tòa nhà Sao Biển Tower",
            ),
            (
                "Ban quản lý chợ Bến Thành cho biết sẽ sửa mái che.",
                "Ban quản lý chợ Bến Thành",
            ),
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].name, name, "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        }
        // A title before a person's name stays a title.
        let c = one(
            "Nguyên trưởng phòng kỹ thuật Lã Văn Cường thừa nhận đã sửa mã nguồn.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Lã Văn Cường", "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn a_plural_pronoun_after_a_comma_is_the_counted_group_opening_its_sentence() {
        let c = run(
            "Thirty club members said they would oppose the project. Ten residents on the east \
             shore fear the noise will run late into the night, they said.",
            "en",
        );
        assert_eq!(c[1].sources[0].count, Some(10), "{c:#?}");
        assert_eq!(
            c[1].text,
            "Ten residents on the east shore fear the noise will run late into the night",
            "{c:#?}"
        );
        let c = run(
            "Ba mươi thành viên câu lạc bộ khẳng định sẽ phản đối dự án. Mười cư dân sống ven hồ \
             thì lo ngại tiếng ồn sẽ kéo dài tới khuya, họ cho biết.",
            "vi",
        );
        assert_eq!(c[1].sources[0].count, Some(10), "{c:#?}");
        // With no counted group in its sentence, the pronoun is the group named before.
        let c = run(
            "Thirty club members said they would oppose the project. The noise will run late, \
             they said.",
            "en",
        );
        assert_eq!(c[1].sources[0].count, Some(30), "{c:#?}");
    }

    #[test]
    fn an_estimate_that_puts_a_figure_on_something_reports_it() {
        let c = one(
            "One of the sources put the value of the European business, which includes a plant \
             near Brescia, at roughly $1.1 billion including debt.",
            "en",
        );
        assert_eq!(c.sources[0].name, "One of the sources", "{c:#?}");
        assert_eq!(c.cue.as_deref(), Some("put"), "{c:#?}");
        let c = run("Analysts put the cost at about $40 million.", "en");
        assert_eq!(c.len(), 1, "{c:#?}");
        // Putting something at risk reports nothing.
        let c = run("A cap would put thousands of jobs at risk.", "en");
        assert!(c.is_empty(), "{c:#?}");
        // A participle after it does not take its place.
        let c = one(
            "The annual report, published on Feb. 26, puts the company's share of the market at \
             8.5 percent, well below the figure cited by its rival.",
            "en",
        );
        assert_eq!(c.cue.as_deref(), Some("puts"), "{c:#?}");
        // A name for what is measured, and "just" before the figure.
        let c = one(
            "The growers' council put British production at just 1,150 tonnes last year.",
            "en",
        );
        assert_eq!(c.cue.as_deref(), Some("put"), "{c:#?}");
    }

    #[test]
    fn according_to_inside_a_reported_clause_is_read_when_no_verb_has_a_source() {
        let c = one(
            "The family of a girl hurt on the ride has sued its maker, alleging that the firm knew \
             of the cracked wheel for three years, according to a complaint filed on Thursday.",
            "en",
        );
        assert_eq!(c.cue.as_deref(), Some("according to"), "{c:#?}");
        assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        // A verb with a source keeps it.
        let c = one(
            "Ông Phong viết rằng buổi diễn sẽ kéo dài thêm một tuần theo đề nghị của khán giả.",
            "vi",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Person, "{c:#?}");
    }

    #[test]
    fn a_closing_according_to_outranks_a_verb_with_an_unnamed_subject() {
        for text in [
            "Auditors found invoices that had never been paid, according to a report released on \
             Friday by the state comptroller.",
            "A group of parents has sued the district, alleging that the buses were unsafe, \
             according to a complaint filed in federal court.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.cue.as_deref(), Some("according to"), "{c:#?}");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
        // A named subject keeps its verb: the copy only shows what he wrote.
        let c = one(
            "Chief executive Martin Hale told staff in a memo that the plant was not for sale, \
             according to a copy seen by the newspaper.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Martin Hale", "{c:#?}");
    }

    #[test]
    fn court_papers_are_documents() {
        for text in [
            "The class action, filed in March, says the insurer delayed payouts to 2,000 families.",
            "Two of the lawsuits say the landlord ignored repeated warnings about the boilers.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
    }

    #[test]
    fn members_nouns_before_a_word_for_an_institution_name_that_institution() {
        for text in [
            "Exporters lost $27 million in sales, the country's main growers' association estimated.",
            "The workers union said the offer was too low.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
        }
        // Members of it are people.
        let c = one(
            "Three members of the association said the offer was too low.",
            "en",
        );
        assert_eq!(c.sources[0].kind, SourceKind::Anonymous, "{c:#?}");
        assert_eq!(c.sources[0].count, Some(3), "{c:#?}");
    }

    #[test]
    fn a_document_that_lays_out_or_outlines_a_plan_reports_it() {
        for text in [
            "Letters between the dealer and the curator indicate the fossil was dug up abroad.",
            "A memo seen by the Ledger laid out a plan to sell audience reports to advertisers.",
            "The draft outlines a plan to close three plants by 2028.",
        ] {
            let c = one(text, "en");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
    }

    #[test]
    fn a_document_that_mentions_or_records_something_reports_it() {
        for text in [
            "Một tài liệu nội bộ gửi cổ đông đề cập phương án chuyển nhượng cổ phần cho đối tác.",
            "Biên bản giám định của cơ quan công an ghi nhận chiếc xe được sạc bằng bộ sạc chính hãng.",
        ] {
            let c = one(text, "vi");
            assert_eq!(c.sources[0].kind, SourceKind::Document, "{c:#?}");
        }
    }

    #[test]
    fn a_verb_inside_the_question_put_to_a_source_reports_nothing() {
        let c = run(
            "The chief operating officer, Hollis Grange, dismissed the workers' accounts. \
             Asked whether a manager had told staff to stay quiet, Grange did not hesitate. \
             “It is not true,” he said.",
            "en",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[1].sources[0].name, "Hollis Grange", "{c:#?}");
        // After the question, its answer is reported.
        let c = one(
            "Asked whether the plant would close, the company said it had no plans to do so.",
            "en",
        );
        assert_eq!(c.sources[0].name, "the company", "{c:#?}");
        for text in [
            "Được hỏi về việc nhân viên khẳng định đã báo cáo sự cố từ tháng 6, ông Nam im lặng.",
            "Khi được hỏi liệu ông Nam có nói với nhân viên giữ im lặng hay không, bà Hoa lắc đầu.",
        ] {
            let c = run(text, "vi");
            assert!(c.is_empty(), "{c:#?}");
        }
    }

    #[test]
    fn a_counted_group_opening_a_clause_after_a_conjunction_speaks() {
        let c = one(
            "Giá muối tăng gấp đôi, nhưng hai mươi hộ diêm dân mà phóng viên tiếp xúc ở Khánh Hòa \
             và Cà Mau cho biết họ không được hưởng lợi.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(20), "{c:#?}");
    }

    #[test]
    fn a_subject_after_a_word_for_when_or_why_is_no_attribution_when_another_verb_has_one() {
        let c = one(
            "The county closed the bridge after engineers found corrosion in two supports, and three people familiar with the records said officials had been warned a year ago.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(3), "{c:#?}");
        assert!(c.text.starts_with("officials had been warned"), "{c:#?}");
        let c = one(
            "Xã đã đóng cầu sau khi các kỹ sư ghi nhận vết nứt ở hai trụ, và hai cán bộ xã cho biết cầu đã xuống cấp từ năm ngoái.",
            "vi",
        );
        assert_eq!(c.sources[0].count, Some(2), "{c:#?}");
        // With no other statement, the verb after the subordinate subject still reports.
        let c = one(
            "The plant was shut after inspectors found that two valves had been left open.",
            "en",
        );
        assert_eq!(c.sources[0].name, "inspectors", "{c:#?}");
    }

    #[test]
    fn an_abbreviation_in_parentheses_inside_a_name_is_part_of_it() {
        let c = one(
            "Kết quả kiểm nghiệm của Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng cho thấy mẫu gà dương tính với Salmonella.",
            "vi",
        );
        assert_eq!(
            c.sources[0].name,
            "Kết quả kiểm nghiệm của Trung tâm Kiểm soát bệnh tật (CDC) Đà Nẵng"
        );
        assert_eq!(c.sources[0].kind, SourceKind::Document);
    }

    #[test]
    fn a_bare_word_for_a_county_or_a_panel_is_that_body() {
        let c = run(
            "Cardell County Council said in a statement that repairs had begun. The Tessa Valley Taxpayers Alliance said 41 bridges were in poor condition. The county disputed that tally.",
            "en",
        );
        assert_eq!(c[2].sources[0].name, "Cardell County Council", "{c:#?}");
        let c = one("The panel said 1,184 workers voted for the union.", "en");
        assert_eq!(c.sources[0].kind, SourceKind::Organization, "{c:#?}");
    }

    #[test]
    fn naming_what_something_is_reports() {
        let c = one(
            "Two industry executives identified the supplier as Kaito Cell Technologies, a maker of cells.",
            "en",
        );
        assert_eq!(c.sources[0].count, Some(2), "{c:#?}");
        assert!(run("Police identified the victim's car by its plates.", "en").is_empty());
    }

    #[test]
    fn a_title_and_a_name_after_a_person_with_an_honorific_describe_that_person() {
        // "Đồng" is a surname, but "trưởng thôn Đồng Chè" is the head of Đồng Chè village.
        let c = one(
            "Ông Bùi Văn Thịnh, trưởng thôn Đồng Chè, ước tính khoảng 12 tấn cá đã chết.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Bùi Văn Thịnh", "{c:#?}");
    }

    #[test]
    fn an_attribution_that_ends_the_sentence_with_when_it_was_said_governs_it() {
        let c = one(
            "Kesi Ambrose has appealed her four-year doping ban to the Sports Arbitration Panel, arguing that the substance came from a supplement, her lawyer, Farid Molnar, said on Monday.",
            "en",
        );
        assert_eq!(c.sources[0].name, "Farid Molnar", "{c:#?}");
    }

    #[test]
    fn a_document_after_an_opening_word_and_before_an_appositive_is_the_subject() {
        let c = one(
            "Tuy nhiên, báo cáo thường niên của Golden Loom Holdings, công ty mẹ có trụ sở tại Hồng Kông (Trung Quốc), cho thấy doanh thu tăng 6%.",
            "vi",
        );
        assert_eq!(
            c.sources[0].name, "báo cáo thường niên của Golden Loom Holdings",
            "{c:#?}"
        );
        // A name before a description that reads like a document is still the subject.
        let c = one(
            "Công ty CP Giải trí Sóng Bạc, đơn vị vận hành công viên, cho biết đã đóng cửa khu trượt.",
            "vi",
        );
        assert_eq!(c.sources[0].name, "Công ty CP Giải trí Sóng Bạc", "{c:#?}");
    }
}
