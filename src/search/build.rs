//! The index's entries: one per section title, heading and paragraph, and one per item of a
//! block (each with the item's title where it has one), in guide order.

use super::{Part, Place, SearchIndex, Weight};
use crate::{
    chart::ChartId,
    model::{Block, Career, Guide, INDUSTRIES_LABEL, Section, format},
    present::fact_rows,
};

/// Adds the entries of one block.
struct BlockEntries<'a> {
    index: &'a mut SearchIndex,
    section: usize,
    block: usize,
}

impl BlockEntries<'_> {
    fn add(&mut self, part: Option<Part>, weight: Weight, title: Option<&str>, text: &str) {
        let place = Place {
            section: self.section,
            block: Some(self.block),
            part,
        };
        self.index.add(place, weight, title, text);
    }

    fn heading(&mut self, heading: Option<&String>) {
        if let Some(heading) = heading {
            self.add(Some(Part::Heading), Weight::Heading, None, heading);
        }
    }

    /// Each level of the salary data set, its years in its title, its median as its text.
    fn levels(&mut self, guide: &Guide, part: impl Fn(usize) -> Option<Part>) {
        for (i, level) in guide.salary.levels.iter().enumerate() {
            let title = format!("{} ({})", level.title, level.years_label());
            let text = format!("US median {}", format::usd(level.us_median_usd));
            self.add(part(i), Weight::Heading, Some(&title), &text);
        }
    }

    /// Each region of the world data set, what it covers in its title, its local range as its text.
    fn regions(&mut self, guide: &Guide, part: impl Fn(usize) -> Option<Part>) {
        for (i, region) in guide.global.regions.iter().enumerate() {
            let title = format!("{} ({})", region.name, region.countries);
            self.add(part(i), Weight::Heading, Some(&title), &region.local_label());
        }
    }

    fn block(&mut self, guide: &Guide, section: &Section, block: &Block) {
        match block {
            Block::Heading(text) => self.add(None, Weight::Heading, None, text),
            Block::Paragraph(text) => self.add(None, Weight::Body, None, text),
            Block::List { heading, items } => {
                self.heading(heading.as_ref());
                for (i, item) in items.iter().enumerate() {
                    self.add(Some(Part::Item(i)), Weight::Body, None, item);
                }
            }
            Block::Terms { heading, items } => {
                self.heading(heading.as_ref());
                for (i, item) in items.iter().enumerate() {
                    self.add(Some(Part::Item(i)), Weight::Body, Some(&item.term), &item.text);
                }
            }
            Block::Steps { heading, steps } => {
                self.heading(heading.as_ref());
                for (i, step) in steps.iter().enumerate() {
                    self.add(Some(Part::Item(i)), Weight::Body, Some(&step.title), &step.text);
                }
            }
            Block::Faq(items) => {
                for (i, qa) in items.iter().enumerate() {
                    self.add(Some(Part::Item(i)), Weight::Body, Some(&qa.question), &qa.answer);
                }
            }
            Block::ProsCons { pros, cons } => {
                for (i, item) in pros.iter().chain(cons).enumerate() {
                    self.add(Some(Part::Item(i)), Weight::Body, None, item);
                }
            }
            Block::RelatedCareers(careers) => match Career::shared_line(careers) {
                // As the window shows them: the description once, then the names.
                Some(shared) => {
                    self.add(Some(Part::Heading), Weight::Body, None, &shared);
                    for (i, career) in careers.iter().enumerate() {
                        self.add(Some(Part::Item(i)), Weight::Heading, None, &career.title);
                    }
                }
                None => {
                    for (i, career) in careers.iter().enumerate() {
                        self.add(
                            Some(Part::Item(i)),
                            Weight::Body,
                            Some(&career.title),
                            &career.text,
                        );
                    }
                }
            },
            Block::KeyFacts => self.key_facts(guide),
            Block::Organisations => {
                for (i, organisation) in guide.text.organisations.iter().enumerate() {
                    let name = organisation.full_name();
                    self.add(
                        Some(Part::Item(i)),
                        Weight::Body,
                        Some(&name),
                        &organisation.about,
                    );
                }
            }
            Block::Chart(id) => {
                let Some(chart) = ChartId::for_data_set(guide, id) else {
                    return;
                };
                self.add(Some(Part::Heading), Weight::Heading, None, &chart.title(guide));
                // The levels or regions are found where the section lists them, if it does.
                let listed = section
                    .blocks
                    .iter()
                    .any(|b| matches!(b, Block::Table(t) | Block::LevelDetails(t) if t == id));
                if !listed {
                    match chart {
                        ChartId::SalaryByExperience => self.levels(guide, |_| None),
                        ChartId::GlobalSalaries => self.regions(guide, |_| None),
                    }
                }
            }
            Block::Table(id) => match ChartId::for_data_set(guide, id) {
                Some(ChartId::SalaryByExperience) => self.levels(guide, |i| Some(Part::Row(i))),
                Some(ChartId::GlobalSalaries) => self.regions(guide, |i| Some(Part::Row(i))),
                None => {}
            },
            Block::LevelDetails(id) => {
                if ChartId::for_data_set(guide, id) == Some(ChartId::SalaryByExperience) {
                    self.levels(guide, |i| Some(Part::Item(i)));
                    for (i, level) in guide.salary.levels.iter().enumerate() {
                        for text in [&level.role, &level.focus] {
                            self.add(Some(Part::Item(i)), Weight::Body, Some(&level.title), text);
                        }
                    }
                }
            }
        }
    }

    /// The key facts (each with its label as its title: the cards, typical education, top
    /// industries where the guide lists any) and their data notes.
    fn key_facts(&mut self, guide: &Guide) {
        let rows = fact_rows(&guide.text.key_facts);
        for (i, row) in rows.iter().enumerate() {
            if row.label == INDUSTRIES_LABEL && row.items.is_empty() {
                continue;
            }
            let text = if row.card {
                row.description()
            } else {
                row.sentence.clone()
            };
            self.add(Some(Part::Item(i)), Weight::Body, Some(row.label), &text);
        }
        for (i, note) in rows.iter().filter_map(|r| r.note.as_ref()).enumerate() {
            self.add(Some(Part::Note(i)), Weight::Body, Some(&note.heading), &note.text);
        }
    }
}

impl SearchIndex {
    /// Indexes every section's title and text, item by item: list items, questions with their
    /// answers, the levels and regions of tables, the key-fact cards, the charts' titles.
    #[must_use]
    pub fn build(guide: &Guide) -> Self {
        let mut index = Self::default();
        for (s, section) in guide.text.sections.iter().enumerate() {
            let place = Place {
                section: s,
                block: None,
                part: None,
            };
            index.add(place, Weight::Title, None, &section.title);
            for (b, block) in section.blocks.iter().enumerate() {
                BlockEntries {
                    index: &mut index,
                    section: s,
                    block: b,
                }
                .block(guide, section, block);
            }
        }
        index
    }
}
