//! Data tables: salary by experience, salaries around the world, and the level descriptions.
//! A section's table takes the same width as the chart above it and starts at its left edge;
//! a column of words wraps before any figure is cut.

use egui::{RichText, Ui};

use super::{
    a11y::TableA11y,
    blocks::card_ui,
    found::Finder,
    table_cells::{self as cells, Column, Edge, cell, header},
    text,
    wide::wide_ui,
};
use crate::{
    chart::with_derived_mark,
    model::{GlobalSalaries, Region, SalaryByExperience, format},
    search::Part,
    tokens::{Tokens, size},
};

/// The salary section's table, as wide as its chart, with its source line.
pub fn salary_table_ui(ui: &mut Ui, data: &SalaryByExperience, picked: Option<usize>, finder: &mut Finder) {
    wide_ui(ui, ("salary_table_wide", &data.id), |ui| {
        salary_grid_ui(ui, data, picked, finder);
    });
}

/// Levels with their years and US median and average pay; the `picked` level (an index into
/// the levels, from the chart's years slider) highlighted as the chart highlights it, the row
/// `finder` looks for marked; then the source line.
pub fn salary_grid_ui(ui: &mut Ui, data: &SalaryByExperience, picked: Option<usize>, finder: &mut Finder) {
    let tokens = Tokens::of(ui);
    let years: Vec<String> = data.levels.iter().map(crate::model::Level::years_label).collect();
    let figures = data
        .levels
        .iter()
        .flat_map(|l| [format::usd(l.us_median_usd), format::usd(l.us_average_usd)]);
    let number = cells::widest(ui, figures.chain(["US median".into(), "US average".into()]));
    let years_width = cells::widest(ui, years.iter().map(String::as_str).chain(["Experience"]));
    // The level names wrap when the width is short; the figures never do.
    let others = years_width + 2.0 * number + cells::frame_width(4);
    let title = cells::widest(ui, data.levels.iter().map(|l| l.title.as_str()).chain(["Level"]))
        .min((ui.available_width() - cells::SLACK - others).max(0.0))
        .max(cells::text_width(ui, "Medical", cells::TABLE_TEXT));
    let columns = [
        Column::words(title),
        Column::words(years_width),
        Column::figures(number),
        Column::figures(number),
    ];
    cells::inset_ui(ui, |ui| {
        text::table_ui(ui, (("salary_table", &data.id), "scroll"), |ui| {
            cells::grid(("salary_table", &data.id), picked, &tokens).show(ui, |ui| {
                let mut table = TableA11y::new(ui, "Salary by experience", true);
                let headers = ["Level", "Experience", "US median", "US average"];
                cells::row_ui(
                    ui,
                    &mut table,
                    &columns,
                    headers.map(|h| header(h, &tokens)).into(),
                );
                for (index, (level, years)) in data.levels.iter().zip(&years).enumerate() {
                    let mark = finder.row_mark(ui, Part::Row(index));
                    let texts = [
                        level.title.clone(),
                        years.clone(),
                        format::usd(level.us_median_usd),
                        format::usd(level.us_average_usd),
                    ];
                    let row = cells::row_ui(ui, &mut table, &columns, texts.map(|t| cell(t, &tokens)).into());
                    if let Some(mark) = mark {
                        finder.row_drawn(mark, cells::row_mark_rect(row));
                    }
                }
                table.finish(ui);
            });
        });
    });
    ui.add_space(4.0);
    text::caption_ui(
        ui,
        &format!("{} per year. Source: {}.", data.currency, data.source.label()),
    );
}

/// The world section's table, as wide as its chart: regions with their local and USD ranges,
/// in the chart's `order` (region names, top to bottom); derived USD figures marked; then the
/// footnotes and the source, once.
pub fn global_table_ui(ui: &mut Ui, data: &GlobalSalaries, order: &[&str], finder: &mut Finder) {
    let mut regions: Vec<(usize, &Region)> = data.regions.iter().enumerate().collect();
    regions.sort_by_key(|(_, r)| {
        order
            .iter()
            .position(|name| *name == r.name)
            .unwrap_or(usize::MAX)
    });
    wide_ui(ui, ("global_table_wide", &data.id), |ui| {
        regions_table_ui(ui, &data.id, &regions, &data.highlight, finder);
        ui.add_space(4.0);
        for footnote in data.footnotes() {
            text::caption_ui(ui, &footnote);
        }
        text::caption_ui(ui, &format!("Source: {}.", data.source.label()));
    });
}

/// The world table's column widths for the width there is.
struct WorldColumns {
    region: f32,
    /// The Covers column's width; `None`: it goes under each region's name instead.
    covers: Option<f32>,
    local: f32,
    usd: f32,
}

/// Narrowest the Covers column wraps to before it moves under the regions' names.
const COVERS_MIN: f32 = 110.0;
const HEADERS: [&str; 4] = ["Region", "Covers", "Local currency, per year", "USD per year"];

impl WorldColumns {
    /// All four columns on one line each where they fit; else the headers of the figures and
    /// the Covers column wrap; else Covers goes under the names. Figures are never wrapped.
    fn fit(ui: &Ui, regions: &[(usize, &Region)], usd: &[String], available: f32) -> Self {
        // A little to spare: cells land on whole pixels.
        let available = available - cells::SLACK;
        let region = cells::widest(
            ui,
            regions.iter().map(|(_, r)| r.name.as_str()).chain([HEADERS[0]]),
        );
        let covers = cells::widest(
            ui,
            regions
                .iter()
                .map(|(_, r)| r.countries.as_str())
                .chain([HEADERS[1]]),
        );
        let local_cells = cells::widest(ui, regions.iter().map(|(_, r)| r.local_label()));
        let usd_cells = cells::widest(ui, usd);
        let local = local_cells.max(cells::text_width(ui, HEADERS[2], cells::TABLE_TEXT));
        let usd_full = usd_cells.max(cells::text_width(ui, HEADERS[3], cells::TABLE_TEXT));
        let frame = cells::frame_width(4);
        if frame + region + covers + local + usd_full <= available {
            return Self {
                region,
                covers: Some(covers),
                local,
                usd: usd_full,
            };
        }
        let room = available - frame - region - local_cells - usd_cells;
        if room >= COVERS_MIN.min(covers) {
            return Self {
                region,
                covers: Some(room.min(covers)),
                local: local_cells,
                usd: usd_cells,
            };
        }
        let room = available - cells::frame_width(3) - local_cells - usd_cells;
        Self {
            region: room.clamp(region, region.max(covers)),
            covers: None,
            local: local_cells,
            usd: usd_cells,
        }
    }
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
    let usd: Vec<String> = regions
        .iter()
        .map(|(_, r)| with_derived_mark(&format::usd_range(r.usd_min, r.usd_max), r.usd_is_derived()))
        .collect();
    let columns = WorldColumns::fit(ui, regions, &usd, ui.available_width());
    cells::inset_ui(ui, |ui| {
        text::table_ui(ui, (("global_table", id), "scroll"), |ui| {
            cells::grid(("global_table", id), None, &tokens).show(ui, |ui| {
                let mut table = TableA11y::new(ui, "Salaries around the world", true);
                let mut header_columns = vec![Column::words(columns.region)];
                let mut headers = vec![header(HEADERS[0], &tokens)];
                if let Some(width) = columns.covers {
                    header_columns.push(Column::words(width));
                    headers.push(header(HEADERS[1], &tokens));
                }
                header_columns.extend([Column::figures(columns.local), Column::figures(columns.usd)]);
                headers.extend([header(HEADERS[2], &tokens), header(HEADERS[3], &tokens)]);
                cells::row_ui(ui, &mut table, &header_columns, headers);
                let count = header_columns.len();
                for ((index, region), usd) in regions.iter().zip(&usd) {
                    let mark = finder.row_mark(ui, Part::Row(*index));
                    table.row(ui);
                    let name = cell(&region.name, &tokens);
                    let name = if region.name == highlight {
                        name.strong().color(tokens.text_strong)
                    } else {
                        name
                    };
                    let mut row = table.cell_ui(ui, |ui| {
                        cells::text_lines_ui(ui, columns.region, Edge::First, |ui| {
                            ui.add(egui::Label::new(name).wrap());
                            // Under the name, unless it only says the name again ("Canada").
                            if columns.covers.is_none() && region.countries != region.name {
                                let covers = RichText::new(&region.countries)
                                    .size(size::SMALL)
                                    .color(tokens.text_muted);
                                ui.add(egui::Label::new(covers).wrap());
                            }
                        })
                    });
                    let mut texts = Vec::new();
                    if columns.covers.is_some() {
                        texts.push(cell(&region.countries, &tokens));
                    }
                    texts.extend([cell(region.local_label(), &tokens), cell(usd, &tokens)]);
                    for (at, (column, text)) in header_columns[1..].iter().zip(texts).enumerate() {
                        row |= cells::cell_ui(ui, &mut table, *column, Edge::of(at + 1, count), text);
                    }
                    if let Some(mark) = mark {
                        finder.row_drawn(mark, cells::row_mark_rect(row));
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
