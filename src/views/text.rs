//! Typography: headings, paragraphs and captions with the sizes and colours of the design tokens.

use egui::{RichText, Ui};

use super::a11y;
use crate::tokens::{Tokens, size};

/// Heading levels inside the reading panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The section title.
    Title,
    /// A heading inside a section.
    Heading,
    /// A list or card heading.
    Subheading,
}

/// A heading, exposed to screen readers as one.
pub fn heading_ui(ui: &mut Ui, text: &str, level: Level) -> egui::Response {
    let tokens = Tokens::of(ui);
    let (font_size, gap_before, gap_after) = match level {
        Level::Title => (size::SECTION_TITLE, 0.0, 12.0),
        Level::Heading => (size::HEADING, size::HEADING_GAP, 6.0),
        Level::Subheading => (size::SUBHEADING, 8.0, 4.0),
    };
    ui.add_space(gap_before);
    let response = ui.add(
        egui::Label::new(
            RichText::new(text)
                .size(font_size)
                .strong()
                .color(tokens.text_strong),
        )
        .selectable(true),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, text));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_level(match level {
            Level::Title => 1,
            Level::Heading => 2,
            Level::Subheading => 3,
        });
    });
    ui.add_space(gap_after);
    response
}

/// A paragraph of body text, wrapped and selectable.
pub fn paragraph_ui(ui: &mut Ui, text: &str) {
    let tokens = Tokens::of(ui);
    ui.add(egui::Label::new(RichText::new(text).size(size::BODY).color(tokens.text)).wrap());
    ui.add_space(size::PARAGRAPH_GAP);
}

/// Small secondary text: sources, units, captions.
pub fn caption_ui(ui: &mut Ui, text: &str) -> egui::Response {
    let tokens = Tokens::of(ui);
    ui.add(egui::Label::new(RichText::new(text).size(size::SMALL).color(tokens.text_muted)).wrap())
}

/// A shaded note beside a figure (where a figure differs from the body it cites). A
/// [`note_link_ui`] to it scrolls here and marks it.
pub fn note_ui(ui: &mut Ui, label: &str, text: &str) {
    let tokens = Tokens::of(ui);
    let behind = ui.painter().add(egui::Shape::Noop);
    let response = egui::Frame::new()
        .fill(tokens.note_fill)
        .corner_radius(4)
        .inner_margin(egui::Margin::symmetric(8, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{label}: {text}"))
                        .size(size::SMALL)
                        .color(tokens.text),
                )
                .wrap(),
            );
        })
        .response;
    let key = note_target_key();
    let Some(mut target) = ui.data(|d| d.get_temp::<NoteTarget>(key)) else {
        return;
    };
    if target.note != note_id(text) {
        return;
    }
    if std::mem::take(&mut target.scroll) {
        response.scroll_to_me(Some(egui::Align::Center));
    }
    if found_mark(ui, behind, response.rect, &mut target.since) {
        ui.data_mut(|d| d.insert_temp(key, target));
    } else {
        ui.data_mut(|d| d.remove::<NoteTarget>(key));
    }
}

/// Text that looks like a link to the data note `note_text` further down the section and is
/// one: clicking it scrolls to the note and marks it, as a search marks what it found.
pub fn note_link_ui(ui: &mut Ui, label: &str, note_text: &str) {
    let tokens = Tokens::of(ui);
    let response = ui.add(egui::Link::new(
        RichText::new(label).size(size::SMALL).color(tokens.accent),
    ));
    if response.clicked() {
        let target = NoteTarget {
            note: note_id(note_text),
            scroll: true,
            since: None,
        };
        ui.data_mut(|d| d.insert_temp(note_target_key(), target));
    }
}

/// The data note a link asked for (in egui's memory: the link and the note are drawn by
/// different views, with nothing else between them to carry it).
#[derive(Debug, Clone, Copy, PartialEq)]
struct NoteTarget {
    note: egui::Id,
    /// Scroll to it on the next frame only.
    scroll: bool,
    /// When the mark was first shown, in egui's time (seconds).
    since: Option<f64>,
}

fn note_target_key() -> egui::Id {
    egui::Id::unique("data_note_target")
}

fn note_id(note_text: &str) -> egui::Id {
    egui::Id::unique(("data_note", note_text))
}

/// Seconds the "found it" mark stays before it fades.
pub const MARK_HOLD_S: f64 = 2.5;
/// Seconds the mark takes to fade.
pub const MARK_FADE_S: f64 = 0.8;

/// Paints the "found it" mark around `rect`, at `behind` (a placeholder added before what it
/// marks, so the mark lies under it and never moves or re-wraps it). `since` is when the mark
/// was first shown (set on the first call). Returns false once the mark has faded; until then
/// asks for the frames the fade needs, and none while it holds still.
pub fn found_mark(
    ui: &Ui,
    behind: egui::layers::ShapeIdx,
    rect: egui::Rect,
    since: &mut Option<f64>,
) -> bool {
    let now = ui.input(|i| i.time);
    let age = now - *since.get_or_insert(now);
    let opacity = if age < MARK_HOLD_S {
        ui.ctx().request_repaint_after_secs((MARK_HOLD_S - age) as f32);
        1.0
    } else {
        1.0 - (age - MARK_HOLD_S) / MARK_FADE_S
    };
    if opacity <= 0.0 {
        return false;
    }
    if age >= MARK_HOLD_S {
        ui.ctx().request_repaint();
    }
    let tokens = Tokens::of(ui);
    #[expect(clippy::cast_possible_truncation, reason = "an opacity in 0..=1")]
    let opacity = opacity as f32;
    ui.painter().set(
        behind,
        egui::epaint::RectShape::new(
            rect.expand(6.0),
            6,
            tokens.note_fill.gamma_multiply(opacity),
            egui::Stroke::new(2.0, tokens.accent.gamma_multiply(opacity)),
            egui::StrokeKind::Inside,
        ),
    );
    true
}

/// One bullet item with a hanging indent, an item of the [`a11y::list_ui`] around it.
pub fn bullet_ui(ui: &mut Ui, marker: &str, text: &str) {
    let tokens = Tokens::of(ui);
    ui.horizontal_top(|ui| {
        a11y::list_item(ui);
        let marker = ui.add_sized(
            [18.0, size::BODY + 4.0],
            egui::Label::new(RichText::new(marker).size(size::BODY).color(tokens.text_muted)),
        );
        // The list item says it is one; the marker would only be read as "bullet".
        a11y::hide(ui, marker.id);
        ui.add(egui::Label::new(RichText::new(text).size(size::BODY).color(tokens.text)).wrap());
    });
    ui.add_space(4.0);
}

/// A plot for reading, not exploring: fixed bounds, no zoom, drag or scroll (the page scrolls),
/// no crosshair. Hover read-outs and legend toggles stay.
#[must_use]
pub fn reading_plot<'a>(id: &str) -> egui_plot::Plot<'a> {
    egui_plot::Plot::new(id)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
}

/// The height of a chart's plot: [`size::CHART_HEIGHT`], or what the reading panel shows below
/// the chart's title and legend (`above`: their height) where that is less (a small window, a
/// large zoom), so that the plot is seen whole with them; never under [`size::CHART_HEIGHT_MIN`].
#[must_use]
pub fn plot_height(ui: &Ui, above: f32) -> f32 {
    // The clip rectangle of the reading panel's contents is its visible part, however scrolled.
    let visible = ui.clip_rect().height();
    (visible - above - size::PARAGRAPH_GAP).clamp(size::CHART_HEIGHT_MIN, size::CHART_HEIGHT)
}

/// The dollar axis of a plot `height` points high: `egui_plot`'s own grid at the full height (its
/// $10k steps read there), round steps at least 30 points apart in a lower one, where `egui_plot`'s
/// would label only "$0".
#[must_use]
pub fn usd_y_axis(plot: egui_plot::Plot<'_>, height: f32) -> egui_plot::Plot<'_> {
    if height < size::CHART_HEIGHT {
        plot.y_grid_spacer(|input| usd_grid(&input, 30.0))
    } else {
        plot
    }
}

/// A dollar axis tick ("$40k"); none below zero (the axis margin).
#[must_use]
pub fn usd_tick(value: f64) -> String {
    if value < 0.0 {
        String::new()
    } else {
        crate::model::format::usd_short(value)
    }
}

/// Grid marks for a dollar axis: a round step ($10k, $20k, $25k, …) whose labels stand at least
/// `apart` points apart, so that even a narrow or low plot keeps a readable scale (`egui_plot`'s
/// own grid hides every label but "$0" when its steps crowd). `input.base_step_size` is 8 points
/// in dollars.
#[must_use]
pub fn usd_grid(input: &egui_plot::GridInput, apart: f64) -> Vec<egui_plot::GridMark> {
    let min_step = input.base_step_size * apart / 8.0;
    let step = [1.0, 2.0, 2.5, 5.0]
        .iter()
        .flat_map(|m| (0..8).map(move |p| m * 10f64.powi(p)))
        .filter(|step| *step >= min_step)
        .fold(f64::INFINITY, f64::min);
    if !step.is_finite() || step <= 0.0 {
        return Vec::new();
    }
    let (low, high) = input.bounds;
    let first = (low.max(0.0) / step).ceil() as i64;
    let last = (high / step).floor() as i64;
    (first..=last.min(first + 100))
        .map(|i| egui_plot::GridMark {
            value: i as f64 * step,
            step_size: step,
        })
        .collect()
}

/// Where the pointer is in plot coordinates, near a data point or not.
#[must_use]
pub fn hover_point(hover: &egui_plot::HoverPosition) -> egui_plot::PlotPoint {
    match hover {
        egui_plot::HoverPosition::NearDataPoint { position, .. }
        | egui_plot::HoverPosition::Elsewhere { position } => *position,
    }
}

/// A table that never widens the reading column: wider than the column, it scrolls sideways
/// inside itself instead of cutting off its columns or the text after it.
pub fn table_ui<R>(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    ui.scope(|ui| {
        // A table wider than the column scrolls sideways; a solid bar (not egui's floating one,
        // which shows only on hover) says so, so a cut-off column is never a mystery.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        let output = egui::ScrollArea::horizontal()
            .id_salt(id)
            .auto_shrink([true, true])
            .show(ui, add_contents);
        a11y::name_scroll_bars(ui, &output, "Table, sideways");
        output.inner
    })
    .inner
}

/// An on/off button ("Show data") framed even when off, like the buttons beside it: its frame,
/// not its text, stands on the column's left edge, where the notes above it start.
pub fn toggle_ui(ui: &mut Ui, on: &mut bool, label: &str) -> egui::Response {
    let mut response = ui.add(egui::Button::selectable(*on, label).frame_when_inactive(true));
    if response.clicked() {
        *on = !*on;
        response.mark_changed();
    }
    response
}
