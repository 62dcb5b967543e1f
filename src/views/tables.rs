//! Data tables: salary by experience, salaries around the world, and the level descriptions.

use egui::{Align, Layout, RichText, Ui};

use super::{a11y::TableA11y, blocks::card_ui, found::Finder, text};
use crate::{
    chart::with_derived_mark,
    model::{GlobalSalaries, Region, SalaryByExperience, format},
    search::Part,
    tokens::{Tokens, size},
};

/// Every cell of a table, header and body alike, is set in this one size.
const TABLE_TEXT: f32 = size::BODY;

/// A body cell: row labels read as clearly as the figures (same size, same colour).
fn cell(text: impl Into<String>, tokens: &Tokens) -> RichText {
    RichText::new(text).size(TABLE_TEXT).color(tokens.text)
}

/// A right-aligned cell exactly `width` wide (numbers line up on their last digit). The whole
/// width counts as the cell's, so the grid's columns, and the row backgrounds that span them,
/// reach the figures' right edge.
fn number_cell_ui(ui: &mut Ui, width: f32, text: RichText) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(width, TABLE_TEXT + 6.0),
        Layout::right_to_left(Align::Center),
        |ui| {
            ui.set_min_width(width);
            ui.label(text);
        },
    )
    .response
}

/// What a found row's mark goes around: its cells with room at their ends, and no further up or
/// down than the rows beside it (the mark adds its own margin).
fn row_mark_rect(cells: egui::Rect) -> egui::Rect {
    cells.expand2(egui::vec2(4.0, -2.0))
}

fn header_ui(ui: &mut Ui, label: &str, right: bool, width: f32) {
    let tokens = Tokens::of(ui);
    let text = RichText::new(label)
        .size(TABLE_TEXT)
        .strong()
        .color(tokens.text_strong);
    if right {
        number_cell_ui(ui, width, text);
    } else {
        ui.label(text);
    }
}

/// A table's grid: row 0 its header, then its rows striped, the `picked` row (counting from the
/// first body row) in the chart's level highlight. Each row's background spans the whole row,
/// from its first cell to its last.
fn grid(id: impl std::hash::Hash + std::fmt::Debug, picked: Option<usize>, tokens: &Tokens) -> egui::Grid {
    let highlight = tokens.level_highlight;
    let stripe = tokens.card_fill;
    egui::Grid::new(id)
        .with_row_color(move |row, _style| {
            if row > 0 && picked.is_some_and(|p| p + 1 == row) {
                Some(highlight)
            } else {
                (row % 2 == 0 && row > 0).then_some(stripe)
            }
        })
        .spacing([24.0, 8.0])
}

/// Levels with their years and US median and average pay; the `picked` level (an index into
/// the levels, from the chart's years slider) highlighted as the chart highlights it; the row
/// `finder` looks for marked.
pub fn salary_table_ui(ui: &mut Ui, data: &SalaryByExperience, picked: Option<usize>, finder: &mut Finder) {
    let number_width = 96.0;
    let tokens = Tokens::of(ui);
    text::table_ui(ui, (("salary_table", &data.id), "scroll"), |ui| {
        grid(("salary_table", &data.id), picked, &tokens).show(ui, |ui| {
            let mut table = TableA11y::new(ui, "Salary by experience", true);
            table.row(ui);
            for (label, right) in [
                ("Level", false),
                ("Experience", false),
                ("US median", true),
                ("US average", true),
            ] {
                table.cell_ui(ui, |ui| header_ui(ui, label, right, number_width));
            }
            ui.end_row();
            for (index, level) in data.levels.iter().enumerate() {
                let mark = finder.row_mark(ui, Part::Row(index));
                table.row(ui);
                let mut cells = table.cell_ui(ui, |ui| ui.label(cell(&level.title, &tokens))).rect;
                cells |= table
                    .cell_ui(ui, |ui| ui.label(cell(level.years_label(), &tokens)))
                    .rect;
                for usd in [level.us_median_usd, level.us_average_usd] {
                    cells |= table
                        .cell_ui(ui, |ui| {
                            number_cell_ui(ui, number_width, cell(format::usd(usd), &tokens))
                        })
                        .rect;
                }
                if let Some(mark) = mark {
                    finder.row_drawn(mark, row_mark_rect(cells));
                }
                ui.end_row();
            }
            table.finish(ui);
        });
    });
    ui.add_space(4.0);
    text::caption_ui(
        ui,
        &format!("{} per year. Source: {}.", data.currency, data.source.label()),
    );
}

/// Regions with their local and USD ranges, in the chart's `order` (region names, top to
/// bottom); derived USD figures marked; then the footnotes and the source, once. The row
/// `finder` looks for is marked.
pub fn global_table_ui(ui: &mut Ui, data: &GlobalSalaries, order: &[&str], finder: &mut Finder) {
    let mut regions: Vec<(usize, &Region)> = data.regions.iter().enumerate().collect();
    regions.sort_by_key(|(_, r)| {
        order
            .iter()
            .position(|name| *name == r.name)
            .unwrap_or(usize::MAX)
    });
    regions_table_ui(ui, &data.id, &regions, &data.highlight, finder);
    ui.add_space(4.0);
    for footnote in data.footnotes() {
        text::caption_ui(ui, &footnote);
    }
    text::caption_ui(ui, &format!("Source: {}.", data.source.label()));
}

/// The regions' table alone, rows in the order given (each region with its index in the data),
/// the `highlight` region's name in bold, the row `finder` looks for marked.
pub fn regions_table_ui(
    ui: &mut Ui,
    id: &str,
    regions: &[(usize, &Region)],
    highlight: &str,
    finder: &mut Finder,
) {
    let tokens = Tokens::of(ui);
    let (local_width, usd_width) = (190.0, 160.0);
    super::wide::wide_ui(ui, ("global_table", id), super::wide::Place::FromLeft, |ui| {
        text::table_ui(ui, (("global_table", id), "scroll"), |ui| {
            grid(("global_table", id), None, &tokens).show(ui, |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                let mut table = TableA11y::new(ui, "Salaries around the world", true);
                table.row(ui);
                table.cell_ui(ui, |ui| header_ui(ui, "Region", false, 0.0));
                table.cell_ui(ui, |ui| header_ui(ui, "Covers", false, 0.0));
                table.cell_ui(ui, |ui| {
                    header_ui(ui, "Local currency, per year", true, local_width);
                });
                table.cell_ui(ui, |ui| header_ui(ui, "USD per year", true, usd_width));
                ui.end_row();
                for (index, region) in regions {
                    let mark = finder.row_mark(ui, Part::Row(*index));
                    table.row(ui);
                    let name = cell(&region.name, &tokens);
                    let mut cells = table
                        .cell_ui(ui, |ui| {
                            ui.label(if region.name == highlight {
                                name.strong().color(tokens.text_strong)
                            } else {
                                name
                            })
                        })
                        .rect;
                    cells |= table
                        .cell_ui(ui, |ui| ui.label(cell(&region.countries, &tokens)))
                        .rect;
                    cells |= table
                        .cell_ui(ui, |ui| {
                            number_cell_ui(ui, local_width, cell(region.local_label(), &tokens))
                        })
                        .rect;
                    let usd = format::usd_range(region.usd_min, region.usd_max);
                    cells |= table
                        .cell_ui(ui, |ui| {
                            number_cell_ui(
                                ui,
                                usd_width,
                                cell(with_derived_mark(&usd, region.usd_is_derived()), &tokens),
                            )
                        })
                        .rect;
                    if let Some(mark) = mark {
                        finder.row_drawn(mark, row_mark_rect(cells));
                    }
                    ui.end_row();
                }
                table.finish(ui);
            });
        });
    });
}

/// Each level described: years, pay, what the role does, what to focus on; the level `finder`
/// looks for marked.
pub fn level_details_ui(ui: &mut Ui, data: &SalaryByExperience, finder: &mut Finder) {
    let tokens = Tokens::of(ui);
    for (index, level) in data.levels.iter().enumerate() {
        finder.part_ui(ui, Part::Item(index), |ui| {
            level_card_ui(ui, index, level, &tokens);
        });
        ui.add_space(10.0);
    }
    text::caption_ui(ui, &format!("Pay source: {}.", data.source.label()));
}

fn level_card_ui(ui: &mut Ui, index: usize, level: &crate::model::Level, tokens: &Tokens) {
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
}
