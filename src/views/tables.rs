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
    present::{Align, LevelCard, Table, table as columns},
    search::Part,
    tokens::{Tokens, size},
};

/// The cell of `row` in the column titled `title` ("" if the table has no such column).
fn at<'a>(table: &Table, row: &'a [String], title: &str) -> &'a str {
    table
        .column(title)
        .and_then(|i| row.get(i))
        .map_or("", String::as_str)
}

/// The widest a column of words may be so that all columns fit in `room` (columns wider than
/// it wrap), never under `least`; unlimited when everything fits.
fn words_cap(natural: &[f32], is_words: &[bool], room: f32, least: f32) -> f32 {
    let total: f32 = natural.iter().sum();
    if total <= room {
        return f32::INFINITY;
    }
    let fixed: f32 = natural
        .iter()
        .zip(is_words)
        .filter(|(_, w)| !**w)
        .map(|(n, _)| n)
        .sum();
    let mut words: Vec<f32> = natural
        .iter()
        .zip(is_words)
        .filter(|(_, w)| **w)
        .map(|(n, _)| *n)
        .collect();
    words.sort_by(|a, b| b.total_cmp(a));
    // Lower the cap from the widest column down until the columns under it and the capped
    // ones fit.
    let mut below: f32 = words.iter().sum();
    for (capped, &width) in words.iter().enumerate() {
        below -= width;
        #[expect(clippy::cast_precision_loss, reason = "a table has a handful of columns")]
        let count = (capped + 1) as f32;
        let cap = (room - fixed - below) / count;
        if cap >= words.get(capped + 1).copied().unwrap_or(0.0) {
            return cap.max(least);
        }
    }
    least
}

/// The salary section's table, as wide as its chart, with its source line.
pub fn salary_table_ui(ui: &mut Ui, table: &Table, picked: Option<usize>, finder: &mut Finder) {
    wide_ui(ui, ("salary_table_wide", &table.caption), |ui| {
        salary_grid_ui(ui, table, picked, finder);
    });
}

/// Levels with their years and US median and average pay; the `picked` level (an index into
/// the levels, from the chart's years slider) highlighted as the chart highlights it, the row
/// `finder` looks for marked; then the notes and source line.
pub fn salary_grid_ui(ui: &mut Ui, table: &Table, picked: Option<usize>, finder: &mut Finder) {
    let tokens = Tokens::of(ui);
    let column_texts = |index: usize| {
        table
            .rows
            .iter()
            .filter_map(move |row| row.get(index).map(String::as_str))
            .chain(table.columns.get(index).map(|c| c.title))
    };
    // Columns of words wrap when the width is short, the widest first; figures never do.
    let natural: Vec<f32> = (0..table.columns.len())
        .map(|i| cells::widest(ui, column_texts(i)))
        .collect();
    let room = ui.available_width() - cells::SLACK - cells::frame_width(table.columns.len());
    let least = cells::text_width(ui, "Medical", cells::TABLE_TEXT);
    let is_words: Vec<bool> = table.columns.iter().map(|c| c.align == Align::Words).collect();
    let cap = words_cap(&natural, &is_words, room, least);
    let layout: Vec<Column> = natural
        .iter()
        .zip(&is_words)
        .map(|(&width, &words)| {
            if words {
                Column::words(width.min(cap))
            } else {
                Column::figures(width)
            }
        })
        .collect();
    let id = ("salary_table", &table.caption);
    cells::inset_ui(ui, |ui| {
        text::table_ui(ui, (id, "scroll"), |ui| {
            cells::grid(id, picked, &tokens).show(ui, |ui| {
                let mut a11y = TableA11y::new(ui, &table.caption, true);
                let headers = table.columns.iter().map(|c| header(c.title, &tokens)).collect();
                cells::row_ui(ui, &mut a11y, &layout, headers);
                for (index, row) in table.rows.iter().enumerate() {
                    let mark = finder.row_mark(ui, Part::Row(index));
                    let texts = row.iter().map(|t| cell(t, &tokens)).collect();
                    let drawn = cells::row_ui(ui, &mut a11y, &layout, texts);
                    if let Some(mark) = mark {
                        finder.row_drawn(mark, cells::row_mark_rect(drawn));
                    }
                }
                a11y.finish(ui);
            });
        });
    });
    ui.add_space(4.0);
    notes_ui(ui, table);
}

/// A table's notes, then its source line.
pub fn notes_ui(ui: &mut Ui, table: &Table) {
    for line in table.notes.iter().chain([&table.source]) {
        text::caption_ui(ui, line);
    }
}

/// The world section's table, as wide as its chart: regions with their local and USD ranges,
/// in the chart's `order` (region names, top to bottom), the `highlight` region's name in
/// bold; then its notes and source, once.
pub fn global_table_ui(ui: &mut Ui, table: &Table, order: &[&str], highlight: &str, finder: &mut Finder) {
    wide_ui(ui, ("global_table_wide", &table.caption), |ui| {
        regions_table_ui(ui, "global_table", table, order, highlight, finder);
        ui.add_space(4.0);
        notes_ui(ui, table);
    });
}

/// The rows of the world table in `order` (region names), each with its index in the data.
fn ordered<'a>(table: &'a Table, order: &[&str]) -> Vec<(usize, &'a [String])> {
    let mut rows: Vec<(usize, &[String])> = table.rows.iter().map(Vec::as_slice).enumerate().collect();
    rows.sort_by_key(|(_, row)| {
        let name = at(table, row, columns::REGION);
        order.iter().position(|n| *n == name).unwrap_or(usize::MAX)
    });
    rows
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

/// The world table's four columns' cells, in order: region, covers, local, USD.
fn cells_of<'a>(table: &Table, row: &'a [String]) -> [&'a str; 4] {
    [columns::REGION, columns::COVERS, columns::LOCAL, columns::USD].map(|title| at(table, row, title))
}

impl WorldColumns {
    /// All four columns on one line each where they fit; else the headers of the figures and
    /// the Covers column wrap; else Covers goes under the names. Figures are never wrapped.
    fn fit(ui: &Ui, rows: &[[&str; 4]], headers: [&str; 4], available: f32) -> Self {
        // A little to spare: cells land on whole pixels.
        let available = available - cells::SLACK;
        let column = |i: usize| rows.iter().map(move |r| r[i]);
        let region = cells::widest(ui, column(0).chain([headers[0]]));
        let covers = cells::widest(ui, column(1).chain([headers[1]]));
        let local_cells = cells::widest(ui, column(2));
        let usd_cells = cells::widest(ui, column(3));
        let local = local_cells.max(cells::text_width(ui, headers[2], cells::TABLE_TEXT));
        let usd_full = usd_cells.max(cells::text_width(ui, headers[3], cells::TABLE_TEXT));
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

/// The regions' table alone, rows in `order` (region names), the `highlight` region's name in
/// bold, the row `finder` looks for marked (rows are found by their index in the data).
pub fn regions_table_ui(
    ui: &mut Ui,
    id: &str,
    table: &Table,
    order: &[&str],
    highlight: &str,
    finder: &mut Finder,
) {
    let tokens = Tokens::of(ui);
    let rows = ordered(table, order);
    let texts: Vec<[&str; 4]> = rows.iter().map(|(_, row)| cells_of(table, row)).collect();
    let titles = [columns::REGION, columns::COVERS, columns::LOCAL, columns::USD];
    let columns = WorldColumns::fit(ui, &texts, titles, ui.available_width());
    cells::inset_ui(ui, |ui| {
        text::table_ui(ui, ((id, &table.caption), "scroll"), |ui| {
            cells::grid((id, &table.caption), None, &tokens).show(ui, |ui| {
                let mut a11y = TableA11y::new(ui, &table.caption, true);
                let mut header_columns = vec![Column::words(columns.region)];
                let mut headers = vec![header(titles[0], &tokens)];
                if let Some(width) = columns.covers {
                    header_columns.push(Column::words(width));
                    headers.push(header(titles[1], &tokens));
                }
                header_columns.extend([Column::figures(columns.local), Column::figures(columns.usd)]);
                headers.extend([header(titles[2], &tokens), header(titles[3], &tokens)]);
                cells::row_ui(ui, &mut a11y, &header_columns, headers);
                let count = header_columns.len();
                for ((index, _), [name, covers, local, usd]) in rows.iter().zip(&texts) {
                    let mark = finder.row_mark(ui, Part::Row(*index));
                    a11y.row(ui);
                    let name_text = cell(*name, &tokens);
                    let name_text = if *name == highlight {
                        name_text.strong().color(tokens.text_strong)
                    } else {
                        name_text
                    };
                    let mut row = a11y.cell_ui(ui, |ui| {
                        cells::text_lines_ui(ui, columns.region, Edge::First, |ui| {
                            ui.add(egui::Label::new(name_text).wrap());
                            // Under the name, unless it only says the name again ("Canada").
                            if columns.covers.is_none() && covers != name {
                                let covers =
                                    RichText::new(*covers).size(size::SMALL).color(tokens.text_muted);
                                ui.add(egui::Label::new(covers).wrap());
                            }
                        })
                    });
                    let mut cells_text = Vec::new();
                    if columns.covers.is_some() {
                        cells_text.push(cell(*covers, &tokens));
                    }
                    cells_text.extend([cell(*local, &tokens), cell(*usd, &tokens)]);
                    for (at, (column, text)) in header_columns[1..].iter().zip(cells_text).enumerate() {
                        row |= cells::cell_ui(ui, &mut a11y, *column, Edge::of(at + 1, count), text);
                    }
                    if let Some(mark) = mark {
                        finder.row_drawn(mark, cells::row_mark_rect(row));
                    }
                    ui.end_row();
                }
                a11y.finish(ui);
            });
        });
    });
}

/// Each region's local-currency range, in `order`: the world table's region and local columns.
pub fn local_currency_ui(ui: &mut Ui, table: &Table, order: &[&str]) {
    let tokens = Tokens::of(ui);
    let titles = [columns::REGION, columns::LOCAL];
    text::table_ui(ui, ("global_local_currency", "scroll"), |ui| {
        egui::Grid::new("global_local_currency")
            .striped(true)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for title in titles {
                    ui.label(RichText::new(title).size(size::BODY).strong());
                }
                ui.end_row();
                for (_, row) in ordered(table, order) {
                    for title in titles {
                        ui.label(
                            RichText::new(at(table, row, title))
                                .size(size::BODY)
                                .color(tokens.text),
                        );
                    }
                    ui.end_row();
                }
            });
    });
}

/// Each level described: years, pay, what the role does, what to focus on; the level `finder`
/// looks for marked; then where the pay comes from.
pub fn level_details_ui(ui: &mut Ui, levels: &[LevelCard], source: &str, finder: &mut Finder) {
    let tokens = Tokens::of(ui);
    for (index, level) in levels.iter().enumerate() {
        finder.part_ui(ui, Part::Item(index), |ui| {
            level_card_ui(ui, index, level, &tokens);
        });
        ui.add_space(10.0);
    }
    text::caption_ui(ui, source);
}

fn level_card_ui(ui: &mut Ui, index: usize, level: &LevelCard, tokens: &Tokens) {
    card_ui(ui, |ui| {
        // One label: even spacing around the dot, wrapped as one line of text.
        ui.add(
            egui::Label::new(
                RichText::new(format!("Level {} · {}", index + 1, level.years))
                    .size(size::SMALL)
                    .color(tokens.text_muted),
            )
            .wrap(),
        );
        text::heading_ui(ui, &level.title, text::Level::Subheading);
        ui.add(egui::Label::new(RichText::new(&level.pay).size(size::BODY).color(tokens.accent)).wrap());
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
