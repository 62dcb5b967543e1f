//! A chart's legend, drawn above the plot (never over its data, as in the exported charts).
//! Each entry toggles its series; a hidden entry is drawn dimmed, swatch and text alike.

use std::collections::BTreeSet;

use egui::{Color32, RichText, Sense, Ui};

use crate::{
    present::{LegendEntry, SeriesKind},
    tokens::{Tokens, size},
};

/// How an entry's swatch is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    /// A solid line with a marker (a data series).
    Line,
    /// A dashed line (a reference value).
    Dashed,
    /// A filled box (a band or a bar).
    Fill,
}

/// One legend entry: a series' name, colour and swatch.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub color: Color32,
    pub swatch: Swatch,
}

/// A chart's legend entries with the colour and swatch its plot draws each series with.
#[must_use]
pub fn entries(legend: &[LegendEntry], tokens: &Tokens) -> Vec<Entry> {
    legend
        .iter()
        .map(|entry| {
            let (color, swatch) = match entry.kind {
                SeriesKind::Median => (tokens.salary_median, Swatch::Line),
                SeriesKind::Average => (tokens.salary_average, Swatch::Line),
                SeriesKind::MedianReference => (tokens.reference_line, Swatch::Dashed),
                SeriesKind::RangeReference => (tokens.reference_band, Swatch::Fill),
                SeriesKind::GivenRange => (tokens.region_bar, Swatch::Fill),
                SeriesKind::DerivedRange => (tokens.region_derived, Swatch::Fill),
                SeriesKind::Highlighted => (tokens.region_highlight, Swatch::Fill),
                SeriesKind::Training => (tokens.training_band, Swatch::Fill),
                SeriesKind::Position => (tokens.position, Swatch::Line),
            };
            Entry {
                name: entry.name.clone(),
                color,
                swatch,
            }
        })
        .collect()
}

/// How much a hidden entry's colours are dimmed.
const HIDDEN_ALPHA: f32 = 0.35;

/// The legend row above a plot; returns the names of the hidden series (remembered per `id`).
pub fn legend_ui(ui: &mut Ui, id: &str, entries: &[Entry]) -> BTreeSet<String> {
    let id = ui.make_persistent_id(("legend", id));
    let mut hidden: BTreeSet<String> = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 16.0;
        for entry in entries {
            let shown = !hidden.contains(&entry.name);
            if entry_ui(ui, entry, shown).clicked() {
                if shown {
                    hidden.insert(entry.name.clone());
                } else {
                    hidden.remove(&entry.name);
                }
            }
        }
    });
    ui.data_mut(|d| d.insert_temp(id, hidden.clone()));
    hidden
}

fn entry_ui(ui: &mut Ui, entry: &Entry, shown: bool) -> egui::Response {
    let tokens = Tokens::of(ui);
    let dim = |c: Color32| if shown { c } else { c.gamma_multiply(HIDDEN_ALPHA) };
    let galley = egui::WidgetText::from(RichText::new(&entry.name).size(size::SMALL)).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let swatch_width = 22.0;
    let height = galley.size().y.max(14.0);
    let (rect, response) = ui.allocate_exact_size(
        egui::vec2(swatch_width + 6.0 + galley.size().x, height),
        Sense::click(),
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, shown, &entry.name));
    let response = super::a11y::hover_text(
        response,
        if shown {
            "Click to hide this series"
        } else {
            "Click to show this series"
        },
    );
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        if response.hovered() {
            painter.rect_filled(rect.expand(3.0), 3, tokens.note_fill);
        }
        // Keyboard focus (Tab): the same ring egui draws around its own widgets.
        if response.has_focus() {
            let stroke = ui.visuals().selection.stroke;
            painter.rect_stroke(rect.expand(3.0), 3, stroke, egui::StrokeKind::Outside);
        }
        let centre = egui::pos2(rect.left() + swatch_width / 2.0, rect.center().y);
        let color = dim(entry.color);
        let half = swatch_width / 2.0;
        match entry.swatch {
            Swatch::Line => {
                painter.line_segment(
                    [centre - egui::vec2(half, 0.0), centre + egui::vec2(half, 0.0)],
                    egui::Stroke::new(2.5, color),
                );
                painter.circle_filled(centre, 4.0, color);
            }
            Swatch::Dashed => {
                painter.extend(egui::Shape::dashed_line(
                    &[centre - egui::vec2(half, 0.0), centre + egui::vec2(half, 0.0)],
                    egui::Stroke::new(1.5, color),
                    4.0,
                    3.0,
                ));
            }
            Swatch::Fill => {
                let boxed = egui::Rect::from_center_size(centre, egui::vec2(swatch_width, 10.0));
                painter.rect_filled(boxed, 2, color);
            }
        }
        let text_color = dim(tokens.text);
        painter.galley(
            egui::pos2(
                rect.left() + swatch_width + 6.0,
                rect.center().y - galley.size().y / 2.0,
            ),
            galley,
            text_color,
        );
    }
    response
}

/// Said instead of an empty plot when every series is hidden.
pub fn all_hidden_ui(ui: &mut Ui, height: f32) {
    let tokens = Tokens::of(ui);
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, tokens.grid))
        .corner_radius(4)
        .show(ui, |ui| {
            ui.set_min_size(egui::vec2(ui.available_width(), height));
            ui.centered_and_justified(|ui| {
                ui.label(
                    RichText::new(
                        "Every series is hidden. Click an entry in the legend above to show it again.",
                    )
                    .size(size::BODY)
                    .color(tokens.text_muted),
                );
            });
        });
}
