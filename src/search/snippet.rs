//! Snippets: a short extract of a text around a match, cut at word boundaries.

use std::ops::Range;

/// Characters of context kept before a match in a snippet (fewer, to start on a whole word).
const CONTEXT_BEFORE: usize = 40;
/// Characters kept from the match start in a snippet.
const CONTEXT_AFTER: usize = 90;

/// The part of a text a snippet shows: `start..end` of the text, at `offset` in the snippet.
pub(super) struct Window {
    pub start: usize,
    pub end: usize,
    pub offset: usize,
}

/// An extract of `text` around `anchor` that starts and ends at word boundaries, with "…"
/// where cut.
pub(super) fn snippet(text: &str, anchor: Range<usize>) -> (String, Window) {
    let start = snippet_start(text, anchor.start);
    let end = snippet_end(text, anchor.clone());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let offset = out.len();
    out.push_str(text.get(start..end).unwrap_or_default());
    if end < text.len() {
        out.push('…');
    }
    (out, Window { start, end, offset })
}

/// A snippet of `text` that keeps its first `kept` bytes (an item's title and separator) whole
/// and cuts the rest around `anchor`, or from its start where the match is in the title; with
/// the windows it shows, title first.
pub(super) fn titled_snippet(text: &str, kept: usize, anchor: Range<usize>) -> (String, Vec<Window>) {
    let (Some(title), Some(body)) = (text.get(..kept).filter(|t| !t.is_empty()), text.get(kept..)) else {
        let (out, window) = snippet(text, anchor);
        return (out, vec![window]);
    };
    let in_body = if anchor.start >= kept {
        (anchor.start - kept)..(anchor.end - kept)
    } else {
        0..0
    };
    let (rest, window) = snippet(body, in_body);
    let windows = vec![
        Window {
            start: 0,
            end: kept,
            offset: 0,
        },
        Window {
            start: kept + window.start,
            end: kept + window.end,
            offset: kept + window.offset,
        },
    ];
    (format!("{title}{rest}"), windows)
}

/// Where a snippet around a match at `anchor` starts: about `CONTEXT_BEFORE` characters
/// before it, at the start of a word.
fn snippet_start(text: &str, anchor: usize) -> usize {
    let Some(before) = text.get(..anchor) else {
        return 0;
    };
    let Some((start, _)) = before.char_indices().rev().nth(CONTEXT_BEFORE - 1) else {
        return 0;
    };
    if text
        .get(..start)
        .is_some_and(|t| t.ends_with(char::is_whitespace))
    {
        return start;
    }
    // Mid-word: on to the next word, or back to the start of the match's own word.
    let rest = before.get(start..).unwrap_or_default();
    match rest.find(char::is_whitespace) {
        Some(i) => {
            let after = rest.get(i..).unwrap_or_default();
            start + i + (after.len() - after.trim_start().len())
        }
        None => before.rfind(char::is_whitespace).map_or(0, |i| {
            i + before
                .get(i..)
                .and_then(|t| t.chars().next())
                .map_or(1, char::len_utf8)
        }),
    }
}

/// Where a snippet around a match at `anchor` ends: about `CONTEXT_AFTER` characters after the
/// match starts, at the end of a word, without a dangling comma or full stop before the "…".
fn snippet_end(text: &str, anchor: Range<usize>) -> usize {
    let Some(after) = text.get(anchor.start..) else {
        return text.len();
    };
    let Some((cut, _)) = after.char_indices().nth(CONTEXT_AFTER) else {
        return text.len();
    };
    let mut end = (anchor.start + cut).max(anchor.end);
    if end >= text.len() {
        return text.len();
    }
    let at_word_end = text
        .get(end..)
        .is_some_and(|t| t.starts_with(char::is_whitespace));
    if !at_word_end {
        // Mid-word: back to the end of the previous word, or on to the end of this one.
        let tail = text.get(anchor.end..end).unwrap_or_default();
        end = match tail.rfind(char::is_whitespace) {
            Some(i) => anchor.end + i,
            None => match text.get(end..).and_then(|t| t.find(char::is_whitespace)) {
                Some(i) => end + i,
                None => return text.len(),
            },
        };
    }
    let kept = text.get(..end).unwrap_or_default();
    let trimmed = kept.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '(' | '–' | '—')
    });
    trimmed.len().max(anchor.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The snippet's text without its ellipses, and where it is in `text`.
    fn located<'a>(text: &str, snippet: &'a str) -> (&'a str, usize) {
        let inner = snippet.trim_start_matches('…').trim_end_matches('…');
        (inner, text.find(inner).unwrap_or(usize::MAX))
    }

    #[test]
    fn snippets_cut_on_character_boundaries_with_ellipses() {
        let text = format!("{} needle {}", "é".repeat(60), "ü".repeat(120));
        let start = text.find("needle").unwrap_or_default();
        let (snippet, window) = snippet(&text, start..start + 6);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
        assert_eq!(&snippet[window.offset..window.offset + 6], "needle");
    }

    #[test]
    fn snippets_start_and_end_on_whole_words() {
        let words: Vec<String> = (0..60).map(|i| format!("word{i}")).collect();
        let text = words.join(" ");
        let at = text.find("word30").unwrap_or_default();
        let (snippet, window) = snippet(&text, at..at + 6);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
        let (inner, position) = located(&text, &snippet);
        assert_eq!(position, window.start);
        // A whole word on either side: a space (or the text's end) just outside the cut.
        assert!(text[..position].ends_with(' '), "starts mid-word: {snippet}");
        assert!(
            text[position + inner.len()..].starts_with(' '),
            "ends mid-word: {snippet}"
        );
        assert!(inner.starts_with("word") && !inner.ends_with(' '), "{snippet}");
        assert!(inner.contains("word30"));
    }

    #[test]
    fn a_snippet_ending_at_a_comma_drops_the_comma() {
        let text = format!("needle {}, and more after that", "x ".repeat(44).trim_end());
        let (snippet, _) = snippet(&text, 0..6);
        assert!(snippet.ends_with("x…"), "{snippet}");
    }

    #[test]
    fn a_title_is_kept_whole_before_a_cut_text() {
        let title = "What salary can I expect? ";
        let text = format!("{title}{} pay $35,000 to $45,000 a year", "word ".repeat(30));
        let at = text.find("$35,000").unwrap_or_default();
        let (snippet, windows) = titled_snippet(&text, title.len(), at..at + 7);
        assert!(snippet.starts_with("What salary can I expect? …"), "{snippet}");
        assert!(snippet.contains("$35,000"), "{snippet}");
        let body = &windows[1];
        assert_eq!(&snippet[body.offset + at - body.start..][..7], "$35,000");
        // A match in the title alone: the text from its start.
        let (snippet, _) = titled_snippet(&text, title.len(), 0..4);
        assert!(
            snippet.starts_with("What salary can I expect? word word"),
            "{snippet}"
        );
    }

    #[test]
    fn a_short_text_is_its_own_snippet() {
        let (snippet, window) = snippet("Phlebotomy basics", 0..10);
        assert_eq!(snippet, "Phlebotomy basics");
        assert_eq!((window.start, window.offset), (0, 0));
    }
}
