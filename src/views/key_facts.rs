//! The key facts as a row of cards, each figure with its source and year.

use egui::{RichText, Ui};

use super::{a11y, found::Finder, text};
use crate::{
    present::{FactRow, Presentation},
    search::Part,
    tokens::{Tokens, size},
};

/// The cards, the data notes, typical education and top industries; the one `finder` looks for
/// marked (items: the cards, then education, then industries).
pub fn key_facts_ui(ui: &mut Ui, present: &Presentation, finder: &mut Finder) {
    text::heading_ui(ui, &present.facts_table.caption, text::Level::Heading);
    let cards: Vec<&FactRow> = present.cards().collect();
    // On a wide window the cards use the room beside the reading column, as the charts do.
    super::wide::wide_ui(ui, "key_facts", |ui| {
        // Four across when they fit, else two by two, else one column: never three and one.
        let gap = 12.0;
        let available = ui.available_width();
        let per_row = if available >= 4.0 * 170.0 + 3.0 * gap {
            4
        } else if available >= 2.0 * 170.0 + gap {
            2
        } else {
            1
        };
        for (first, row) in (0..).step_by(per_row).zip(cards.chunks(per_row)) {
            ui.columns(per_row, |columns| {
                for (index, (column, card)) in (first..).zip(columns.iter_mut().zip(row)) {
                    finder.part_ui(column, Part::Item(index), |ui| fact_card_ui(ui, card));
                }
            });
            ui.add_space(gap);
        }
    });
    for (index, note) in present.fact_notes().enumerate() {
        finder.part_ui(ui, Part::Note(index), |ui| {
            text::note_ui(ui, &note.heading, &note.text);
        });
        ui.add_space(6.0);
    }
    ui.add_space(12.0);
    for (index, fact) in present.facts.iter().enumerate().filter(|(_, f)| !f.card) {
        finder.part_ui(ui, Part::Item(index), |ui| {
            text::heading_ui(ui, fact.label, text::Level::Subheading);
            if fact.items.is_empty() {
                text::paragraph_ui(ui, &fact.sentence);
            } else {
                a11y::list_ui(ui, |ui| {
                    for item in &fact.items {
                        text::bullet_ui(ui, "•", item);
                    }
                });
            }
        });
    }
}

fn fact_card_ui(ui: &mut Ui, card: &FactRow) {
    let tokens = Tokens::of(ui);
    super::blocks::card_ui(ui, |ui| {
        // One group, named after its figure: a reader hears the card whole, then its parts.
        a11y::set_role(ui, egui::accesskit::Role::Group, Some(&card.name()));
        ui.set_min_height(118.0);
        ui.vertical(|ui| {
            ui.label(
                RichText::new(card.label)
                    .size(size::SMALL)
                    .color(tokens.text_muted),
            );
            ui.label(
                RichText::new(&card.figure)
                    .size(size::FIGURE)
                    .strong()
                    .color(tokens.text_strong),
            );
            ui.add(egui::Label::new(RichText::new(&card.detail).size(size::SMALL).color(tokens.text)).wrap());
            if let Some(source) = card.source_line() {
                ui.add_space(4.0);
                text::caption_ui(ui, &source);
            }
            if let Some(note) = &card.note {
                ui.add_space(2.0);
                text::note_link_ui(ui, "See the data note below", &note.text);
            }
        });
    });
}
