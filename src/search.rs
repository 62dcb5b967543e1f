//! Full-text search over the guide: built once at start-up, queried on every keystroke.
//!
//! Matching is case- and accent-insensitive ("Phlébotomie" finds "phlebotomy"): text is folded
//! to lowercase without combining marks, with a map back to the original for snippets.

use std::ops::Range;

use unicode_normalization::{UnicodeNormalization as _, char::is_combining_mark};

mod snippet;

use snippet::snippet;

use crate::{
    chart::ChartId,
    model::{Block, Guide, format},
};

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

/// One searchable piece of text.
#[derive(Debug, Clone)]
struct Entry {
    section: usize,
    /// Index of the block in its section, `None` for the section title.
    block: Option<usize>,
    weight: Weight,
    text: String,
    folded: String,
    /// For each byte of `folded`, the byte offset in `text` of the character it came from.
    origin: Vec<usize>,
}

/// A match: where it is, and a snippet of text around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub section: usize,
    pub block: Option<usize>,
    pub weight: Weight,
    /// A short extract around the match, cut at word boundaries ("…" where cut).
    pub snippet: String,
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

impl SearchIndex {
    /// Indexes every section's title and text, the levels and the regions.
    #[must_use]
    pub fn build(guide: &Guide) -> Self {
        let mut index = Self::default();
        for (s, section) in guide.text.sections.iter().enumerate() {
            index.add(s, None, Weight::Title, &section.title);
            for (b, block) in section.blocks.iter().enumerate() {
                let mut add = |weight, text: &str| index.add(s, Some(b), weight, text);
                match block {
                    Block::Heading(text) => add(Weight::Heading, text),
                    Block::Paragraph(text) => add(Weight::Body, text),
                    Block::List { heading, items } => {
                        if let Some(h) = heading {
                            add(Weight::Heading, h);
                        }
                        for item in items {
                            add(Weight::Body, item);
                        }
                    }
                    Block::Terms { heading, items } => {
                        if let Some(h) = heading {
                            add(Weight::Heading, h);
                        }
                        for item in items {
                            add(Weight::Heading, &item.term);
                            add(Weight::Body, &item.text);
                        }
                    }
                    Block::Steps { heading, steps } => {
                        if let Some(h) = heading {
                            add(Weight::Heading, h);
                        }
                        for step in steps {
                            add(Weight::Heading, &step.title);
                            add(Weight::Body, &step.text);
                        }
                    }
                    Block::Faq(items) => {
                        for qa in items {
                            add(Weight::Heading, &qa.question);
                            add(Weight::Body, &qa.answer);
                        }
                    }
                    Block::ProsCons { pros, cons } => {
                        for item in pros.iter().chain(cons) {
                            add(Weight::Body, item);
                        }
                    }
                    Block::RelatedCareers(careers) => {
                        for career in careers {
                            add(Weight::Heading, &career.title);
                            add(Weight::Body, &career.text);
                        }
                    }
                    // Indexed with the merged search (its own builder).
                    Block::Organisations => {}
                    Block::KeyFacts => {
                        let facts = &guide.text.key_facts;
                        add(Weight::Body, &facts.typical_education);
                        for (_, note) in facts.notes() {
                            add(Weight::Body, &note.text);
                        }
                    }
                    Block::Table(id) | Block::Chart(id) | Block::LevelDetails(id) => {
                        if ChartId::for_data_set(guide, id) == Some(ChartId::SalaryByExperience) {
                            for level in &guide.salary.levels {
                                add(
                                    Weight::Heading,
                                    &format!(
                                        "{} ({}): US median {}",
                                        level.title,
                                        level.years_label(),
                                        format::usd(level.us_median_usd)
                                    ),
                                );
                                if matches!(block, Block::LevelDetails(_)) {
                                    add(Weight::Body, &level.role);
                                    add(Weight::Body, &level.focus);
                                }
                            }
                        } else if ChartId::for_data_set(guide, id) == Some(ChartId::GlobalSalaries) {
                            for region in &guide.global.regions {
                                add(
                                    Weight::Heading,
                                    &format!(
                                        "{} ({}): {}",
                                        region.name,
                                        region.countries,
                                        format::currency_range(
                                            &region.currency,
                                            region.local_min,
                                            region.local_max
                                        )
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
        index
    }

    fn add(&mut self, section: usize, block: Option<usize>, weight: Weight, text: &str) {
        let (folded, origin) = fold(text);
        self.entries.push(Entry {
            section,
            block,
            weight,
            text: text.to_owned(),
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
        for section in self.entries.chunk_by(|a, b| a.section == b.section) {
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
        found.sort_by_key(|entry| entry.weight);
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

/// The hit for `entry`: a snippet around the first word found, every found word marked in it.
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
    let anchor = ranges.first()?.clone();
    let (snippet, window) = snippet(&entry.text, anchor);
    let mut matched: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        if range.start < window.start || range.end > window.end {
            continue;
        }
        let range = (range.start - window.start + window.offset)..(range.end - window.start + window.offset);
        match matched.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => matched.push(range),
        }
    }
    Some(Hit {
        section: entry.section,
        block: entry.block,
        weight: entry.weight,
        snippet,
        matched,
    })
}

#[cfg(test)]
mod tests;
