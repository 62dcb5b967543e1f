//! The parts every data table is made of: its grid, its cells, and the widths its columns get
//! from the width there is. Figures are never cut: a column of words wraps first.

use egui::{Align, Layout, Rect, RichText, Ui};

use super::a11y::TableA11y;
use crate::tokens::{Tokens, size};

/// Every cell of a table, header and body alike, is set in this one size.
pub const TABLE_TEXT: f32 = size::BODY;
/// Room inside a row's background before its first text and after its last.
pub const ROW_PAD: f32 = 8.0;
/// Width a table leaves unused when it works out its columns: cells land on whole pixels.
pub const SLACK: f32 = 4.0;
/// Between two columns.
const COLUMN_GAP: f32 = 20.0;
/// What a grid adds to a row's background on each side (egui's grid draws it 2 points wider).
const ROW_BLEED: i8 = 2;

/// A body cell's text: row labels read as clearly as the figures (same size, same colour).
pub fn cell(text: impl Into<String>, tokens: &Tokens) -> RichText {
    RichText::new(text).size(TABLE_TEXT).color(tokens.text)
}

/// A header cell's text.
pub fn header(text: impl Into<String>, tokens: &Tokens) -> RichText {
    RichText::new(text)
        .size(TABLE_TEXT)
        .strong()
        .color(tokens.text_strong)
}

/// How wide `text` is in the table's size, on one line.
pub fn text_width(ui: &Ui, text: &str, size: f32) -> f32 {
    ui.painter()
        .layout_no_wrap(
            text.to_owned(),
            egui::FontId::proportional(size),
            egui::Color32::PLACEHOLDER,
        )
        .size()
        .x
}

/// The widest of `texts`, on one line each, in the table's size.
pub fn widest<S: AsRef<str>>(ui: &Ui, texts: impl IntoIterator<Item = S>) -> f32 {
    texts
        .into_iter()
        .map(|text| text_width(ui, text.as_ref(), TABLE_TEXT))
        .fold(0.0, f32::max)
}

/// The width a table of `columns` columns takes besides its columns' own: the gaps between
/// them and the rows' inner padding.
pub fn frame_width(columns: usize) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "a table has a handful of columns")]
    let gaps = columns.saturating_sub(1) as f32 * COLUMN_GAP;
    gaps + 2.0 * (ROW_PAD + f32::from(ROW_BLEED))
}

/// Where a cell sits in its row: the first and last cells carry the row's inner padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    First,
    Middle,
    Last,
}

impl Edge {
    fn lead(self) -> f32 {
        if self == Self::First { ROW_PAD } else { 0.0 }
    }

    fn trail(self) -> f32 {
        if self == Self::Last { ROW_PAD } else { 0.0 }
    }

    /// The edge of column `index` of a row of `count`.
    pub fn of(index: usize, count: usize) -> Self {
        if index == 0 {
            Self::First
        } else if index + 1 == count {
            Self::Last
        } else {
            Self::Middle
        }
    }
}

/// A column: its width, and whether it holds figures (right-aligned, never wrapped) or words.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub width: f32,
    pub figures: bool,
}

impl Column {
    pub fn words(width: f32) -> Self {
        Self {
            width,
            figures: false,
        }
    }

    pub fn figures(width: f32) -> Self {
        Self { width, figures: true }
    }
}

/// One cell of `column`, with `text`, told to assistive technology as a cell of `table`.
/// Returns where it was laid out.
pub fn cell_ui(ui: &mut Ui, table: &mut TableA11y, column: Column, edge: Edge, text: RichText) -> Rect {
    table.cell_ui(ui, |ui| {
        if column.figures {
            number_cell_ui(ui, column.width, edge, text)
        } else {
            text_cell_ui(ui, column.width, edge, text)
        }
    })
}

/// A whole row of `table`: each of `texts` in its column. Returns where its cells were laid
/// out, padding included.
pub fn row_ui(ui: &mut Ui, table: &mut TableA11y, columns: &[Column], texts: Vec<RichText>) -> Rect {
    table.row(ui);
    let mut row = Rect::NOTHING;
    for (index, (column, text)) in columns.iter().zip(texts).enumerate() {
        row |= cell_ui(ui, table, *column, Edge::of(index, columns.len()), text);
    }
    ui.end_row();
    row
}

/// What a found row's mark goes around: its cells (their padding gives room at the ends), and
/// no further up or down than the rows beside it (the mark adds its own margin).
pub fn row_mark_rect(cells: Rect) -> Rect {
    cells.expand2(egui::vec2(0.0, -2.0))
}

/// A left-aligned cell at most `width` wide, its text wrapped within it at word boundaries.
pub fn text_cell_ui(ui: &mut Ui, width: f32, edge: Edge, text: RichText) -> Rect {
    text_lines_ui(ui, width, edge, |ui| {
        ui.add(egui::Label::new(text).wrap());
    })
}

/// A left-aligned cell at most `width` wide holding `add_contents` (lines under each other).
/// Cells hang from the top of their row, so the first lines of a row share one baseline however
/// many lines a cell wraps to.
pub fn text_lines_ui(ui: &mut Ui, width: f32, edge: Edge, add_contents: impl FnOnce(&mut Ui)) -> Rect {
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        ui.horizontal_top(|ui| {
            // No spacing between the padding and the text, none after (a space after the last
            // item would add the item spacing to the cell's width).
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.add_space(edge.lead());
            ui.vertical(|ui| {
                ui.set_max_width(width);
                ui.spacing_mut().item_spacing.y = 2.0;
                add_contents(ui);
            });
            ui.add_space(edge.trail());
        });
    })
    .response
    .rect
}

/// A right-aligned cell exactly `width` wide (numbers line up on their last digit; a header
/// wider than that wraps), hanging from the top of its row. The whole width counts as the
/// cell's, so the grid's columns, and the row backgrounds that span them, reach the figures'
/// right edge.
pub fn number_cell_ui(ui: &mut Ui, width: f32, edge: Edge, text: RichText) -> Rect {
    let outer = width + edge.lead() + edge.trail();
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        ui.allocate_ui_with_layout(egui::vec2(outer, 0.0), Layout::right_to_left(Align::Min), |ui| {
            ui.set_min_width(outer);
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.add_space(edge.trail());
            // A header wider than its figures breaks into two lines of about equal width
            // ("Local currency," / "per year"), not a line and a word; each line ends at the
            // figures' right edge.
            let mut job = std::sync::Arc::unwrap_or_clone(egui::WidgetText::from(text).into_layout_job(
                ui.style(),
                egui::FontSelection::Default,
                Align::Min,
            ));
            job.halign = Align::RIGHT;
            let galley = balanced(ui, job, width);
            ui.label(galley);
        });
    })
    .response
    .rect
}

/// `job` laid out at most `width` wide; if that takes two lines or more, at the narrowest
/// width that keeps the same number of lines, so its lines come out about equally long.
fn balanced(ui: &Ui, mut job: egui::text::LayoutJob, width: f32) -> std::sync::Arc<egui::Galley> {
    let lay_out = |job: &egui::text::LayoutJob, wrap: f32| {
        let mut job = job.clone();
        job.wrap.max_width = wrap;
        ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
    };
    let widest = lay_out(&job, width);
    let lines = widest.rows.len();
    if lines < 2 {
        return widest;
    }
    // The narrowest width in (width / lines, width] that still needs only `lines` lines.
    let (mut low, mut high) = (width / f32::from(u8::try_from(lines).unwrap_or(u8::MAX)), width);
    for _ in 0..12 {
        let middle = f32::midpoint(low, high);
        if lay_out(&job, middle).rows.len() > lines {
            low = middle;
        } else {
            high = middle;
        }
    }
    job.wrap.max_width = high;
    ui.ctx().fonts_mut(|fonts| fonts.layout_job(job))
}

/// A table's grid: row 0 its header, then its rows striped, the `picked` row (counting from the
/// first body row) in the chart's level highlight. Each row's background spans the whole row,
/// from its first cell to its last, with [`ROW_PAD`] inside it on either side.
pub fn grid(
    id: impl std::hash::Hash + std::fmt::Debug,
    picked: Option<usize>,
    tokens: &Tokens,
) -> egui::Grid {
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
        .spacing([COLUMN_GAP, 8.0])
}

/// Lays out a table's grid [`ROW_BLEED`] in from either side, so its row backgrounds begin and
/// end at the column's edges, where the chart above and the text around begin and end.
pub fn inset_ui<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::new()
        .inner_margin(egui::Margin::symmetric(ROW_BLEED, 0))
        .show(ui, add_contents)
        .inner
}
