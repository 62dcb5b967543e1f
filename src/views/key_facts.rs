//! The key facts as a row of cards, each figure with its source and year.

use egui::{RichText, Ui};

use super::{a11y, found::Finder, text};
use crate::{
    chart::{FactRow, fact_rows},
    model::{EDUCATION_LABEL, EMPTY_HEADING, INDUSTRIES_LABEL, KeyFacts, note_heading},
    search::Part,
    tokens::{Tokens, size},
};

/// The cards, the data notes, typical education and top industries; the one `finder` looks for
/// marked (items: the cards, then education, then industries).
pub fn key_facts_ui(ui: &mut Ui, facts: &KeyFacts, finder: &mut Finder) {
    text::heading_ui(ui, "Key facts", text::Level::Heading);
    let cards = fact_rows(facts);
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
    for (index, (label, note)) in facts.notes().into_iter().enumerate() {
        finder.part_ui(ui, Part::Note(index), |ui| {
            text::note_ui(ui, &note_heading(label), &note.full_text());
        });
        ui.add_space(6.0);
    }
    ui.add_space(12.0);
    finder.part_ui(ui, Part::Item(cards.len()), |ui| {
        text::heading_ui(ui, EDUCATION_LABEL, text::Level::Subheading);
        text::paragraph_ui(ui, &facts.typical_education);
    });
    finder.part_ui(ui, Part::Item(cards.len() + 1), |ui| {
        text::heading_ui(ui, INDUSTRIES_LABEL, text::Level::Subheading);
        if facts.top_industries.is_empty() {
            text::paragraph_ui(ui, EMPTY_HEADING);
        } else {
            a11y::list_ui(ui, |ui| {
                for industry in &facts.top_industries {
                    text::bullet_ui(ui, "•", industry);
                }
            });
        }
    });
}

fn fact_card_ui(ui: &mut Ui, card: &FactRow<'_>) {
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
            if let Some(source) = &card.source {
                ui.add_space(4.0);
                text::caption_ui(ui, &format!("Source: {source}"));
            }
            if let Some(note) = card.note {
                ui.add_space(2.0);
                text::note_link_ui(ui, "See the data note below", &note.full_text());
            }
        });
    });
}
