//! The key facts as a row of cards, each figure with its source and year.

use egui::{RichText, Ui};

use super::text;
use crate::{
    model::{KeyFacts, format, guide::DataNote},
    tokens::{Tokens, size},
};

pub fn key_facts_ui(ui: &mut Ui, facts: &KeyFacts) {
    text::heading_ui(ui, "Key facts", text::Level::Heading);
    let range = &facts.salary_range;
    let plus = if range.max_open_ended { "+" } else { "" };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(12.0, 12.0);
        fact_card_ui(
            ui,
            "Median salary",
            &format!("{} USD", format::usd(facts.median_salary.usd_per_year)),
            "per year",
            Some(&facts.median_salary.source.label()),
            facts.median_salary.note.as_ref(),
        );
        fact_card_ui(
            ui,
            "Salary range",
            &format!(
                "{}–{}{plus} USD",
                format::usd_short(f64::from(range.min_usd_per_year)),
                format::usd_short(f64::from(range.max_usd_per_year))
            ),
            "per year, across experience levels",
            None,
            None,
        );
        fact_card_ui(
            ui,
            "Growth outlook",
            &format!("{}%", facts.growth.percent),
            &facts.growth.wording,
            Some(&facts.growth.source.label()),
            None,
        );
        fact_card_ui(
            ui,
            "Annual openings",
            &format!("≈{}", format::thousands(facts.annual_openings.approximately)),
            "openings a year",
            Some(&facts.annual_openings.source.label()),
            facts.annual_openings.note.as_ref(),
        );
    });
    ui.add_space(12.0);
    text::heading_ui(ui, "Typical education", text::Level::Subheading);
    text::paragraph_ui(ui, &facts.typical_education);
    text::heading_ui(ui, "Top industries", text::Level::Subheading);
    if facts.top_industries.is_empty() {
        text::paragraph_ui(ui, "The guide names no top industries: its list is empty.");
    } else {
        for industry in &facts.top_industries {
            text::bullet_ui(ui, "•", industry);
        }
    }
}

fn fact_card_ui(ui: &mut Ui, label: &str, figure: &str, detail: &str, source: Option<&str>, note: Option<&DataNote>) {
    let tokens = Tokens::of(ui);
    egui::Frame::new()
        .fill(tokens.card_fill)
        .stroke(egui::Stroke::new(1.0, tokens.card_stroke))
        .corner_radius(size::CARD_ROUNDING)
        .inner_margin(size::CARD_PADDING)
        .show(ui, |ui| {
            ui.set_width(size::CARD_WIDTH);
            ui.label(RichText::new(label).size(size::SMALL).color(tokens.text_muted));
            ui.label(
                RichText::new(figure)
                    .size(size::FIGURE)
                    .strong()
                    .color(tokens.text_strong),
            );
            ui.add(egui::Label::new(RichText::new(detail).size(size::SMALL).color(tokens.text)).wrap());
            if let Some(source) = source {
                ui.add_space(4.0);
                text::caption_ui(ui, &format!("Source: {source}"));
            }
            if let Some(note) = note {
                ui.add_space(6.0);
                text::note_ui(ui, "Data note", &note.text);
            }
        });
}
