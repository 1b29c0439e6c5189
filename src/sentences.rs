//! Sentence splitting for news text.
//!
//! News text breaks the usual rules: quotations run over several sentences, abbreviations end in
//! periods (Dr., U.S., Inc., TP.HCM), numbers hold periods and commas (1,2 triệu, 4.800 USD/tấn,
//! $4.2 billion), and headlines have no final punctuation. The splitter never breaks inside a
//! balanced quotation, treats every line as a paragraph (a line that continues in lower case is
//! joined to the one before), and consults the lexicon for abbreviations. It runs in linear time
//! whatever the input: unbalanced quotes are ignored rather than searched for.

use crate::lexicon::Lexicon;

/// A sentence: a byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// A balanced quotation: byte offsets of its opening and closing marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the closing mark.
    pub close: usize,
    /// Byte length of the opening mark.
    pub open_len: usize,
}

impl QuoteSpan {
    /// The byte range of the quoted text, without the marks.
    pub fn inner(&self) -> std::ops::Range<usize> {
        self.open + self.open_len..self.close
    }
}

const MAX_STACK_SEARCH: usize = 8;

/// Balanced quotations in `text`, outermost and nested, in order of their opening marks.
/// Pairing resets at every line end, so an unclosed quote never swallows the next paragraph.
pub fn quote_spans(text: &str) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    // Only quotation marks and line ends matter: the characters around one are read when it is
    // met, not for every character.
    let marks = |c: char| matches!(c, '\n' | '“' | '«' | '‘' | '”' | '»' | '’' | '"');
    for (i, c) in text
        .match_indices(marks)
        .map(|(i, m)| (i, m.chars().next().unwrap_or(' ')))
    {
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        let opener_context = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“‘«".contains(p));
        match c {
            '\n' => stack.clear(),
            '“' | '«' => stack.push((c, i)),
            '‘' if prev.is_none_or(|p| !p.is_alphanumeric()) => stack.push((c, i)),
            '”' | '»' | '’' => {
                let want = match c {
                    '”' => '“',
                    '»' => '«',
                    _ => '‘',
                };
                let is_apostrophe = c == '’' && next.is_some_and(|n| n.is_alphanumeric());
                if !is_apostrophe {
                    close(&mut stack, &mut spans, want, i);
                }
            }
            '"' => {
                let open_straight = stack
                    .iter()
                    .rev()
                    .take(MAX_STACK_SEARCH)
                    .any(|(q, _)| *q == '"');
                if open_straight && !(opener_context && next.is_some_and(|n| n.is_alphanumeric())) {
                    close(&mut stack, &mut spans, '"', i);
                } else if opener_context || next.is_some_and(|n| n.is_alphanumeric()) {
                    stack.push(('"', i));
                }
            }
            _ => {}
        }
    }
    spans.sort_by_key(|s| s.open);
    spans
}

fn close(stack: &mut Vec<(char, usize)>, spans: &mut Vec<QuoteSpan>, want: char, at: usize) {
    let depth = stack.len();
    let found = stack
        .iter()
        .rev()
        .take(MAX_STACK_SEARCH)
        .position(|(q, _)| *q == want)
        .map(|k| depth - 1 - k);
    if let Some(k) = found {
        let (q, open) = stack[k];
        stack.truncate(k);
        spans.push(QuoteSpan {
            open,
            close: at,
            open_len: q.len_utf8(),
        });
    }
}

/// Outermost quotations only, merged, sorted.
fn outer_spans(spans: &[QuoteSpan]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in spans {
        match out.last_mut() {
            Some(last) if s.open < last.1 => last.1 = last.1.max(s.close),
            _ => out.push((s.open, s.close)),
        }
    }
    out
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '»' | ')' | ']' | '\'')
}

/// Splits article text into sentences.
pub fn split(text: &str, lex: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bstart, bend) in blocks(text) {
        split_block(text, bstart, bend, lex, &mut out);
    }
    merge_trailing_attributions(text, lex, &mut out);
    out
}

/// Paragraphs: lines, where a line that starts in lower case continues the one before.
fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let start = offset;
        offset += line.len();
        if content.trim().is_empty() {
            continue;
        }
        let lead = content.trim_start();
        let continues = lead.chars().next().is_some_and(|c| c.is_lowercase())
            && out.last().is_some_and(|&(s, e)| {
                !text[s..e]
                    .trim_end()
                    .ends_with(|c: char| is_terminal(c) || is_closer(c) || c == ':')
            });
        let end = start + content.len();
        match out.last_mut() {
            Some(last) if continues && last.1 + 1 == start => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

fn split_block(text: &str, bstart: usize, bend: usize, lex: &Lexicon, out: &mut Vec<Sentence>) {
    let block = &text[bstart..bend];
    let spans = outer_spans(&quote_spans(block));
    let mut span_idx = 0;
    let mut start = 0;
    // Byte offsets throughout; the character at an offset is read where it is needed.
    let at = |b: usize| block.get(b..).and_then(|r| r.chars().next());
    let mut i = 0;
    while let Some(off) = block.get(i..).and_then(|r| r.find(is_terminal)) {
        i += off;
        let c = at(i).unwrap_or('.');
        let after = i + c.len_utf8();
        // A period inside a number or a dotted abbreviation ("4.2", "TP.HCM").
        if c == '.' && at(after).is_some_and(char::is_alphanumeric) {
            i = after;
            continue;
        }
        let mut j = i;
        while let Some(d) = at(j).filter(|&d| is_terminal(d)) {
            j += d.len_utf8();
        }
        while let Some(d) = at(j).filter(|&d| is_closer(d)) {
            j += d.len_utf8();
        }
        let cut = j;
        let mut n = j;
        while let Some(d) = at(n).filter(|d| d.is_whitespace()) {
            n += d.len_utf8();
        }
        let at_end = n >= block.len();
        if !at_end && n == j {
            i = j.max(after);
            continue;
        }
        while span_idx < spans.len() && spans[span_idx].1 < cut {
            span_idx += 1;
        }
        let inside_quote =
            span_idx < spans.len() && spans[span_idx].0 < cut && cut <= spans[span_idx].1;
        let next_char = at(n);
        let starts_sentence = next_char
            .is_none_or(|c| c.is_uppercase() || c.is_numeric() || "“\"‘«([–—-•*".contains(c));
        let ok = !inside_quote
            && starts_sentence
            && !(c == '.'
                && j == after
                && abbreviation_blocks(block, i, (!at_end).then_some(n), lex));
        if ok {
            push(out, bstart, block, start, cut);
            start = n.min(block.len());
        }
        i = j.max(after);
    }
    push(out, bstart, block, start, block.len());
}

fn push(out: &mut Vec<Sentence>, base: usize, block: &str, s: usize, e: usize) {
    if s >= e {
        return;
    }
    let piece = &block[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail >= piece.len() {
        return;
    }
    out.push(Sentence {
        start: base + s + lead,
        end: base + e - trail,
    });
}

/// Whether the period at `dot` ends an abbreviation that does not end the sentence here.
fn abbreviation_blocks(block: &str, dot: usize, next: Option<usize>, lex: &Lexicon) -> bool {
    let before = &block[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || "(“\"‘«[".contains(c))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    let known = lex.abbreviations.contains(word);
    if !(known || single_initial || dotted) || letters.next().is_none() {
        return false;
    }
    // An initial stands before a name ("John F. Kennedy"), not before a quote or a number:
    // "… các tòa nhà hạng A. “Con số …" ends there.
    if single_initial
        && !known
        && next.is_some_and(|n| block[n..].starts_with(|c: char| !c.is_alphabetic()))
    {
        return false;
    }
    let may_end = lex.may_end.contains(word) || (dotted && !known);
    if !may_end {
        return true;
    }
    // After "Inc." or "U.S." a sentence ends only when a sentence-starting word follows.
    let Some(n) = next else { return false };
    let next_word: String = block[n..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    !lex.function_words.contains(&next_word)
}

/// Joins a short attribution that follows a closing quote to the quote ("“…” Lindqvist said.").
fn merge_trailing_attributions(text: &str, lex: &Lexicon, out: &mut Vec<Sentence>) {
    let mut i = 1;
    while i < out.len() {
        let prev = out[i - 1];
        let cur = out[i];
        let prev_text = &text[prev.start..prev.end];
        let cur_text = &text[cur.start..cur.end];
        let gap = &text[prev.end..cur.start];
        let short = cur_text.split_whitespace().count() <= 6;
        if short
            && !gap.contains('\n')
            && prev_text.ends_with(['”', '"', '»'])
            && !lex.find_cues(cur_text).is_empty()
            && !cur_text.starts_with(['“', '"', '«'])
        {
            out[i - 1].end = cur.end;
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicons;

    fn split_str(text: &str, lang: &str) -> Vec<String> {
        let lex = Lexicons::builtin().unwrap();
        split(text, lex.get(lang).unwrap())
            .iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn numbers_do_not_split() {
        let s = split_str(
            "Giá đạt 4.800 USD/tấn, tăng 1,2 triệu đồng. Doanh thu tăng 24%.",
            "vi",
        );
        assert_eq!(
            s,
            [
                "Giá đạt 4.800 USD/tấn, tăng 1,2 triệu đồng.",
                "Doanh thu tăng 24%."
            ]
        );
        let s = split_str("Sales hit $4.2 billion. Profit rose.", "en");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn an_initial_before_a_quote_ends_the_sentence() {
        let s = split_str(
            "Công ty tập trung vào các tòa nhà hạng A. “Con số này không chính xác”, bà Lan nói.",
            "vi",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        let s = split_str("The plan was called Plan B. 12 people signed it.", "en");
        assert_eq!(s.len(), 2, "{s:?}");
        // Before a name it is an initial.
        let s = split_str("John F. Kennedy spoke.", "en");
        assert_eq!(s.len(), 1, "{s:?}");
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = split_str(
            "Dr. Anna Berg and Mr. Tom Hale met in the U.S. capital. They agreed.",
            "en",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        let s = split_str("Shares of Bluewave Inc. rose. The company said so.", "en");
        assert_eq!(s.len(), 2, "{s:?}");
        let s = split_str(
            "Ông An làm việc tại TP.HCM. TS. Lê Văn Bình cho biết vậy.",
            "vi",
        );
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn quotes_spanning_sentences_stay_whole() {
        let s = split_str(
            "“We are ready. We will ship,” she said. Then she left.",
            "en",
        );
        assert_eq!(
            s,
            ["“We are ready. We will ship,” she said.", "Then she left."]
        );
        let s = split_str(
            "He said: \"It works. It is cheap.\" Others disagreed.",
            "en",
        );
        assert_eq!(
            s,
            ["He said: \"It works. It is cheap.\"", "Others disagreed."]
        );
        let s = split_str("«Chúng tôi sẵn sàng. Sẽ giao hàng», ông nói. Hết.", "vi");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn attribution_after_closed_quote_joins_it() {
        let s = split_str(
            "“We will not raise prices.” Lindqvist said. Sales fell.",
            "en",
        );
        assert_eq!(
            s,
            ["“We will not raise prices.” Lindqvist said.", "Sales fell."]
        );
    }

    #[test]
    fn headlines_and_unbalanced_quotes() {
        let s = split_str(
            "Nvidia bác bỏ tin đồn\nÔng Huang nói “vô lý. Tin khác.\nDòng ba.",
            "vi",
        );
        assert_eq!(
            s,
            [
                "Nvidia bác bỏ tin đồn",
                "Ông Huang nói “vô lý.",
                "Tin khác.",
                "Dòng ba."
            ]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let spans = quote_spans("Nvidia’s chief said ‘no’. The workers’ union agreed.");
        assert_eq!(spans.len(), 1);
    }
}
