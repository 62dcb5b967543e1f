//! Full-text search over the guide: built once at start-up, queried on every keystroke.
//!
//! Matching is case- and accent-insensitive ("Phlébotomie" finds "phlebotomy"): text is folded
//! to lowercase without combining marks, with a map back to the original for snippets.
//!
//! Each item of a block (a list item, a question with its answer, a table row, a key-fact card)
//! is an entry of its own, so that opening a hit takes the reader to that item, and an item's
//! title (the question, the level's name) stays whole in its snippet, so that hits from alike
//! items are told apart.

use std::ops::Range;

use unicode_normalization::{UnicodeNormalization as _, char::is_combining_mark};

mod build;
mod snippet;

use snippet::titled_snippet;

/// How important the text a match was found in is; lower ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    /// A section title.
    Title = 0,
    /// A heading, question, term, step, level or region name.
    Heading = 1,
    /// Body text.
    Body = 2,
}

/// What within a block a hit was found in: the part that is opened, marked and given the
/// keyboard (a whole block where there is none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The block's heading or lead line: a list's heading, a chart's title, the description that
    /// related careers share.
    Heading,
    /// Item `n` of the block: a list item, a term, a step, a question with its answer, a pro or a
    /// con (the pros first), a related career, a level described, a key-fact card (then typical
    /// education and top industries).
    Item(usize),
    /// Row `n` of a table, counted in the data's order (not the order shown): marked, while the
    /// table as a whole takes the keyboard.
    Row(usize),
    /// Data note `n` of the key facts, in the order the notes are shown.
    Note(usize),
}

/// Where a text is in the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    section: usize,
    /// Index of the block in its section, `None` for the section title.
    block: Option<usize>,
    /// The part of the block, `None` for the block as a whole.
    part: Option<Part>,
}

/// One searchable piece of text: an item's title (if it has one), then its text.
#[derive(Debug, Clone)]
struct Entry {
    place: Place,
    weight: Weight,
    /// The title, its separator and the text: what is matched.
    text: String,
    /// Bytes of `text` that are the title (0: none).
    title_len: usize,
    /// Bytes of `text` that a snippet keeps whole: the title and its separator (0: no title).
    kept: usize,
    /// Bytes of `folded` that are the title.
    folded_title: usize,
    folded: String,
    /// For each byte of `folded`, the byte offset in `text` of the character it came from.
    origin: Vec<usize>,
}

/// A match: where it is, and a snippet of text around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub section: usize,
    pub block: Option<usize>,
    /// The part of the block it is in, `None` for the block as a whole.
    pub part: Option<Part>,
    pub weight: Weight,
    /// The item's title whole, if it has one, then a short extract around the match, cut at
    /// word boundaries ("…" where cut).
    pub snippet: String,
    /// Bytes at the start of `snippet` that are the item's title (0: none).
    pub title_len: usize,
    /// Byte ranges of the query's words inside `snippet`: sorted, never overlapping.
    pub matched: Vec<Range<usize>>,
}

/// The search index over one guide.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Most hits returned for one query.
pub const MAX_HITS: usize = 50;

/// Lowercases and strips accents, keeping a map from each folded byte to its original byte.
#[must_use]
pub fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        for decomposed in c.nfd().filter(|d| !is_combining_mark(*d)) {
            for lower in decomposed.to_lowercase() {
                let before = folded.len();
                folded.push(lower);
                origin.extend(std::iter::repeat_n(offset, folded.len() - before));
            }
        }
    }
    (folded, origin)
}

/// What joins an item's title to its text: a space after a question or a sentence, else a colon.
fn separator(title: &str) -> &'static str {
    if title.ends_with(['?', '!', '.', ':']) {
        " "
    } else {
        ": "
    }
}

impl SearchIndex {
    /// Adds `text` at `place`, after the `title` of the item it belongs to, if any.
    fn add(&mut self, place: Place, weight: Weight, title: Option<&str>, text: &str) {
        let (text, title_len, kept, folded_title) = match title {
            Some(title) => (
                format!("{title}{}{text}", separator(title)),
                title.len(),
                title.len() + separator(title).len(),
                fold(title).0.len(),
            ),
            None => (text.to_owned(), 0, 0, 0),
        };
        let (folded, origin) = fold(&text);
        self.entries.push(Entry {
            place,
            weight,
            text,
            title_len,
            kept,
            folded_title,
            folded,
            origin,
        });
    }

    /// The hits for `query`, best first: titles, then headings, then body text; in guide order
    /// within each. An empty query has no hits.
    ///
    /// Each word of the query must appear somewhere in a section, in any order, for it to
    /// match: its hits are the texts holding every word or, when the words are spread over
    /// several texts, the one holding most of them. A text found in several places (a level's
    /// median in a chart and in its table) is one hit, the first.
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let (folded, _) = fold(query);
        let mut words: Vec<&str> = folded.split_whitespace().take(MAX_WORDS).collect();
        words.sort_unstable();
        words.dedup();
        if words.is_empty() {
            return Vec::new();
        }
        let all = u64::MAX >> (64 - words.len());
        let mut found: Vec<&Entry> = Vec::new();
        // Entries are in guide order, so each section's entries are contiguous.
        for section in self.entries.chunk_by(|a, b| a.place.section == b.place.section) {
            let masks: Vec<u64> = section.iter().map(|entry| words_in(entry, &words)).collect();
            if masks.iter().fold(0, |acc, mask| acc | mask) != all {
                continue;
            }
            let before = found.len();
            found.extend(
                section
                    .iter()
                    .zip(&masks)
                    .filter(|(_, mask)| **mask == all)
                    .map(|(entry, _)| entry),
            );
            if found.len() == before {
                // No one text has every word: the one with most of them (the first of equals).
                let best = section
                    .iter()
                    .zip(&masks)
                    .min_by_key(|(entry, mask)| (std::cmp::Reverse(mask.count_ones()), entry.weight))
                    .map(|(entry, _)| entry);
                found.extend(best);
            }
        }
        // Stable: guide order is kept within a weight.
        found.sort_by_key(|entry| weight(entry, &words));
        let mut seen = std::collections::HashSet::new();
        found
            .into_iter()
            .filter(|entry| seen.insert(entry.text.as_str()))
            .take(MAX_HITS)
            .filter_map(|entry| hit(entry, &words))
            .collect()
    }
}

/// Most words of a query that count; the rest are ignored.
const MAX_WORDS: usize = 64;

/// Bit `i` set for each `words[i]` that `entry` contains.
fn words_in(entry: &Entry, words: &[&str]) -> u64 {
    words
        .iter()
        .enumerate()
        .filter(|(_, word)| entry.folded.contains(**word))
        .fold(0, |mask, (i, _)| mask | (1 << i))
}

/// How `entry` ranks for `words`: as a heading when its title alone holds them all (a question
/// that asks what was searched for), else as its text.
fn weight(entry: &Entry, words: &[&str]) -> Weight {
    let title = entry.folded.get(..entry.folded_title).unwrap_or_default();
    if entry.folded_title > 0 && words.iter().all(|word| title.contains(*word)) {
        entry.weight.min(Weight::Heading)
    } else {
        entry.weight
    }
}

/// The hit for `entry`: its title, then a snippet around the first word found in its text (or
/// the text's start), every found word marked in both.
fn hit(entry: &Entry, words: &[&str]) -> Option<Hit> {
    let original = |folded: Range<usize>| -> Option<Range<usize>> {
        let start = *entry.origin.get(folded.start)?;
        let end = entry.origin.get(folded.end).copied().unwrap_or(entry.text.len());
        Some(start..end)
    };
    let mut ranges: Vec<Range<usize>> = words
        .iter()
        .flat_map(|word| entry.folded.match_indices(*word).map(|(i, w)| i..i + w.len()))
        .filter_map(original)
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let anchor = ranges
        .iter()
        .find(|r| r.start >= entry.kept)
        .or(ranges.first())?
        .clone();
    let (snippet, windows) = titled_snippet(&entry.text, entry.kept, anchor);
    let mut matched: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        let Some(window) = windows
            .iter()
            .find(|w| w.start <= range.start && range.end <= w.end)
        else {
            continue;
        };
        let range = (range.start - window.start + window.offset)..(range.end - window.start + window.offset);
        match matched.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => matched.push(range),
        }
    }
    Some(Hit {
        section: entry.place.section,
        block: entry.place.block,
        part: entry.place.part,
        weight: weight(entry, words),
        title_len: entry.title_len,
        snippet,
        matched,
    })
}

#[cfg(test)]
mod tests;
