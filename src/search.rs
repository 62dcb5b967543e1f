//! Full-text search over the guide: built once at start-up, queried on every keystroke.
//!
//! Matching is case- and accent-insensitive ("Phlébotomie" finds "phlebotomy"): text is folded
//! to lowercase without combining marks, with a map back to the original for snippets.

use std::ops::Range;

use unicode_normalization::{UnicodeNormalization as _, char::is_combining_mark};

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
    /// A short extract around the match.
    pub snippet: String,
    /// Byte range of the match inside `snippet`.
    pub matched: Range<usize>,
}

/// The search index over one guide.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// Most hits returned for one query.
pub const MAX_HITS: usize = 50;

/// Characters of context kept before a match in a snippet.
const CONTEXT_BEFORE: usize = 40;
/// Characters kept from the match start in a snippet.
const CONTEXT_AFTER: usize = 90;

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
    #[must_use]
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let (needle, _) = fold(query.trim());
        if needle.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .filter_map(|entry| {
                let start = entry.folded.find(&needle)?;
                let end = start + needle.len();
                let original_start = *entry.origin.get(start)?;
                let original_end = entry.origin.get(end).copied().unwrap_or(entry.text.len());
                let (snippet, matched) = snippet(&entry.text, original_start..original_end);
                Some(Hit {
                    section: entry.section,
                    block: entry.block,
                    weight: entry.weight,
                    snippet,
                    matched,
                })
            })
            .collect();
        // Stable: guide order is kept within a weight.
        hits.sort_by_key(|hit| hit.weight);
        hits.truncate(MAX_HITS);
        hits
    }
}

/// An extract of `text` around `matched`, on character boundaries, with "…" where cut.
fn snippet(text: &str, matched: Range<usize>) -> (String, Range<usize>) {
    let start = text
        .get(..matched.start)
        .and_then(|before| {
            before
                .char_indices()
                .rev()
                .nth(CONTEXT_BEFORE - 1)
                .map(|(i, _)| i)
        })
        .unwrap_or(0);
    let end = text
        .get(matched.start..)
        .and_then(|after| {
            after
                .char_indices()
                .nth(CONTEXT_AFTER)
                .map(|(i, _)| matched.start + i)
        })
        .unwrap_or(text.len())
        .max(matched.end);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let offset = out.len();
    out.push_str(text.get(start..end).unwrap_or_default());
    if end < text.len() {
        out.push('…');
    }
    let matched = (matched.start - start + offset)..(matched.end - start + offset);
    (out, matched)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_and_maps_back() {
        let (folded, origin) = fold("Phlébotomie ÉKG");
        assert_eq!(folded, "phlebotomie ekg");
        assert_eq!(origin.len(), folded.len());
        // 'e' of "ekg" comes from 'É', two bytes in the original at offset 12.
        assert_eq!(origin[12], 13);
    }

    #[test]
    fn snippets_cut_on_character_boundaries_with_ellipses() {
        let text = format!("{}needle{}", "é".repeat(60), "ü".repeat(120));
        let start = text.find("needle").unwrap_or_default();
        let (snippet, matched) = snippet(&text, start..start + 6);
        assert!(snippet.starts_with('…') && snippet.ends_with('…'), "{snippet}");
        assert_eq!(&snippet[matched], "needle");
    }

    #[test]
    fn titles_rank_before_headings_before_body() {
        let guide = crate::model::load::load_bundled().unwrap_or_else(|_| crate::model::Guide::placeholder());
        let index = SearchIndex::build(&guide);
        let hits = index.search("career path");
        assert!(!hits.is_empty());
        assert_eq!(hits[0].weight, Weight::Title);
        assert!(hits.windows(2).all(|w| w[0].weight <= w[1].weight));
    }

    #[test]
    fn accent_insensitive_query_finds_plain_text() {
        let guide = crate::model::load::load_bundled().unwrap_or_else(|_| crate::model::Guide::placeholder());
        let index = SearchIndex::build(&guide);
        let plain = index.search("phlebotomy");
        let accented = index.search("PHLÉBOTOMY");
        assert_eq!(plain, accented);
        let skills = guide.section_index("skills");
        assert!(plain.iter().any(|h| Some(h.section) == skills));
        for hit in &plain {
            assert_eq!(hit.snippet[hit.matched.clone()].to_lowercase(), "phlebotomy");
        }
        assert!(index.search("zzzz-not-in-guide").is_empty());
        assert!(index.search("   ").is_empty());
    }
}
