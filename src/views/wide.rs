//! Figures wider than the reading column: on a wide window a chart or a wide table uses the room
//! beside the column (the text keeps its comfortable line length); on a narrow one it keeps to
//! the column, never beyond what is visible.

use egui::{Rect, Ui, UiBuilder};

/// Widest a chart or table grows.
pub const FIGURE_WIDTH_MAX: f32 = 1180.0;
/// Room kept between a wide figure and the edges of the visible panel.
const EDGE: f32 = 24.0;

/// Runs `add_contents` (as `id`) in a column up to [`FIGURE_WIDTH_MAX`] wide, as wide as the visible
/// panel allows, centred on the column; the reading column's own width where that is all there is.
pub fn wide_ui<R>(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    let column = ui.available_rect_before_wrap();
    let visible = ui.clip_rect();
    // Half of the margins beside the column, so a figure never crowds the panel's edges.
    let room = (column.width() + (visible.width() - column.width()) / 2.0)
        .min(visible.width() - 2.0 * EDGE)
        .min(FIGURE_WIDTH_MAX);
    if room <= column.width() + 1.0 {
        return add_contents(ui);
    }
    let left = column.center().x - room / 2.0;
    // Never past the visible panel on either side.
    let left = left.min(visible.right() - EDGE - room).max(visible.left() + EDGE);
    let rect = Rect::from_x_y_ranges(left..=left + room, column.y_range());
    // A child the column does not grow to include (it would widen the text after it): the
    // column only moves on by the figure's height.
    let mut child = ui.new_child(UiBuilder::new().id_salt(("wide", id)).max_rect(rect));
    let inner = add_contents(&mut child);
    let height = child.min_rect().height();
    ui.allocate_exact_size(egui::vec2(column.width(), height), egui::Sense::hover());
    inner
}
