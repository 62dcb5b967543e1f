//! Data tables: salary by experience, salaries around the world, and the level descriptions.

use egui::{Align, Layout, RichText, Ui};

use super::{blocks::card_ui, text};
use crate::{
    chart::with_derived_mark,
    model::{GlobalSalaries, SalaryByExperience, format},
    tokens::{Tokens, size},
};

/// A right-aligned cell of `width` (numbers line up on their last digit).
fn number_cell_ui(ui: &mut Ui, width: f32, value: &str) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, size::BODY + 6.0),
        Layout::right_to_left(Align::Center),
        |ui| {
            ui.label(RichText::new(value).size(size::BODY));
        },
    );
}

fn header_ui(ui: &mut Ui, label: &str, right: bool, width: f32) {
    let tokens = Tokens::of(ui);
    let text = RichText::new(label)
        .size(size::SMALL)
        .strong()
        .color(tokens.text_muted);
    if right {
        ui.allocate_ui_with_layout(
            egui::vec2(width, size::BODY + 6.0),
            Layout::right_to_left(Align::Center),
            |ui| {
                ui.label(text);
            },
        );
    } else {
        ui.label(text);
    }
}

/// Levels with their years and US median and average pay; the `picked` level (an index into
/// the levels, from the chart's years slider) highlighted as the chart highlights it.
pub fn salary_table_ui(ui: &mut Ui, data: &SalaryByExperience, picked: Option<usize>) {
    let number_width = 96.0;
    let highlight = Tokens::of(ui).level_highlight;
    text::table_ui(ui, (("salary_table", &data.id), "scroll"), |ui| {
        egui::Grid::new(("salary_table", &data.id))
            .with_row_color(move |row, style| {
                // Row 0 is the header; row n + 1 is level n.
                if picked.is_some_and(|p| p + 1 == row) {
                    Some(highlight)
                } else {
                    (row % 2 == 1).then_some(style.visuals.faint_bg_color)
                }
            })
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                header_ui(ui, "Level", false, 0.0);
                header_ui(ui, "Experience", false, 0.0);
                header_ui(ui, "US median", true, number_width);
                header_ui(ui, "US average", true, number_width);
                ui.end_row();
                for level in &data.levels {
                    ui.label(RichText::new(&level.title).size(size::BODY));
                    ui.label(RichText::new(level.years_label()).size(size::BODY));
                    number_cell_ui(ui, number_width, &format::usd(level.us_median_usd));
                    number_cell_ui(ui, number_width, &format::usd(level.us_average_usd));
                    ui.end_row();
                }
            });
    });
    ui.add_space(4.0);
    text::caption_ui(
        ui,
        &format!("{} per year. Source: {}.", data.currency, data.source.label()),
    );
}

/// Regions with their local and USD ranges, in the chart's `order` (region names, top to
/// bottom); derived USD figures marked.
pub fn global_table_ui(ui: &mut Ui, data: &GlobalSalaries, order: &[&str]) {
    let mut regions: Vec<_> = data.regions.iter().collect();
    regions.sort_by_key(|r| {
        order
            .iter()
            .position(|name| *name == r.name)
            .unwrap_or(usize::MAX)
    });
    let tokens = Tokens::of(ui);
    text::table_ui(ui, (("global_table", &data.id), "scroll"), |ui| {
        egui::Grid::new(("global_table", &data.id))
            .striped(true)
            .spacing([18.0, 6.0])
            .show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                header_ui(ui, "Region", false, 0.0);
                header_ui(ui, "Covers", false, 0.0);
                header_ui(ui, "Local currency, per year", true, 170.0);
                header_ui(ui, "USD per year", true, 150.0);
                ui.end_row();
                for region in &regions {
                    let name = RichText::new(&region.name).size(size::BODY);
                    ui.label(if region.name == data.highlight {
                        name.strong()
                    } else {
                        name
                    });
                    ui.label(
                        RichText::new(&region.countries)
                            .size(size::SMALL)
                            .color(tokens.text_muted),
                    );
                    number_cell_ui(ui, 170.0, &region.local_label());
                    let usd = format::usd_range(region.usd_min, region.usd_max);
                    number_cell_ui(ui, 150.0, &with_derived_mark(&usd, region.usd_is_derived()));
                    ui.end_row();
                }
            });
    });
    ui.add_space(4.0);
    for footnote in data.footnotes() {
        text::caption_ui(ui, &footnote);
    }
    text::caption_ui(ui, &format!("Source: {}.", data.source.label()));
}

/// Each level described: years, pay, what the role does, what to focus on.
pub fn level_details_ui(ui: &mut Ui, data: &SalaryByExperience) {
    let tokens = Tokens::of(ui);
    for (index, level) in data.levels.iter().enumerate() {
        card_ui(ui, |ui| {
            // One label: even spacing around the dot, wrapped as one line of text.
            ui.add(
                egui::Label::new(
                    RichText::new(format!("Level {} · {}", index + 1, level.years_with_note()))
                        .size(size::SMALL)
                        .color(tokens.text_muted),
                )
                .wrap(),
            );
            text::heading_ui(ui, &level.title, text::Level::Subheading);
            ui.label(
                RichText::new(format!(
                    "US median {} · US average {} per year",
                    format::usd(level.us_median_usd),
                    format::usd(level.us_average_usd)
                ))
                .size(size::BODY)
                .color(tokens.accent),
            );
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(&level.role).size(size::BODY)).wrap());
            ui.add_space(6.0);
            ui.label(
                RichText::new("Key focus areas")
                    .size(size::SMALL)
                    .strong()
                    .color(tokens.text_muted),
            );
            ui.add(egui::Label::new(RichText::new(&level.focus).size(size::BODY)).wrap());
        });
        ui.add_space(10.0);
    }
    text::caption_ui(ui, &format!("Pay source: {}.", data.source.label()));
}
