//! The key facts as a row of cards, each figure with its source and year.

use egui::{RichText, Ui};

use super::text;
use crate::{
    model::{EMPTY_HEADING, KeyFacts, format},
    tokens::{Tokens, size},
};

pub fn key_facts_ui(ui: &mut Ui, facts: &KeyFacts) {
    text::heading_ui(ui, "Key facts", text::Level::Heading);
    let range = &facts.salary_range;
    let plus = if range.max_open_ended { "+" } else { "" };
    let median = &facts.median_salary;
    let openings = &facts.annual_openings;
    let cards = [
        FactCard {
            label: "Median salary",
            figure: format!("{} USD", format::usd(median.usd_per_year)),
            detail: "per year".to_owned(),
            source: Some(median.source.label()),
            has_note: median.note.is_some(),
        },
        FactCard {
            label: "Salary range",
            figure: format!(
                "{}–{}{plus}",
                format::usd_short(f64::from(range.min_usd_per_year)),
                format::usd_short(f64::from(range.max_usd_per_year))
            ),
            detail: "USD per year, across experience levels".to_owned(),
            source: None,
            has_note: range.note.is_some(),
        },
        FactCard {
            label: "Growth outlook",
            figure: format!("{}%", facts.growth.percent),
            detail: facts.growth.wording.clone(),
            source: Some(facts.growth.source.label()),
            has_note: facts.growth.note.is_some(),
        },
        FactCard {
            label: "Annual openings",
            figure: format!("≈{}", format::thousands(openings.approximately)),
            detail: "openings a year".to_owned(),
            source: Some(openings.source.label()),
            has_note: openings.note.is_some(),
        },
    ];
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
    for row in cards.chunks(per_row) {
        ui.columns(per_row, |columns| {
            for (column, card) in columns.iter_mut().zip(row) {
                fact_card_ui(column, card);
            }
        });
        ui.add_space(gap);
    }
    for (label, note) in facts.notes() {
        text::note_ui(
            ui,
            &format!("Data note on {}", label.to_lowercase()),
            &note.full_text(),
        );
        ui.add_space(6.0);
    }
    ui.add_space(12.0);
    text::heading_ui(ui, "Typical education", text::Level::Subheading);
    text::paragraph_ui(ui, &facts.typical_education);
    text::heading_ui(ui, "Top industries", text::Level::Subheading);
    if facts.top_industries.is_empty() {
        text::paragraph_ui(ui, EMPTY_HEADING);
    } else {
        for industry in &facts.top_industries {
            text::bullet_ui(ui, "•", industry);
        }
    }
}

/// One figure of the key facts.
struct FactCard {
    label: &'static str,
    figure: String,
    detail: String,
    source: Option<String>,
    /// A data note about this figure is shown under the cards.
    has_note: bool,
}

fn fact_card_ui(ui: &mut Ui, card: &FactCard) {
    let tokens = Tokens::of(ui);
    super::blocks::card_ui(ui, |ui| {
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
            if card.has_note {
                ui.add_space(2.0);
                ui.label(
                    RichText::new("See the data note below")
                        .size(size::SMALL)
                        .color(tokens.accent),
                );
            }
        });
    });
}
