//! The central reading panel: the open section's title and blocks in a comfortable column, or
//! the search results while a query is typed.

use egui::Ui;

use super::{ViewContext, Views, a11y, blocks, salary_chart::SalaryPlotCache, text};
use crate::tokens::{Tokens, size};

/// A block to scroll to and mark (after opening a search hit), until the mark fades.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Highlight {
    pub section: usize,
    pub block: Option<usize>,
    /// Scroll to it on the next frame only.
    pub scroll: bool,
    /// When the mark was first shown, in egui's time (seconds).
    pub since: Option<f64>,
    /// The found block's id while it is drawn as such, for the keys (it takes the keyboard, yet
    /// the section keys still act, as when nothing has it).
    pub focus: Option<egui::Id>,
}

/// The reading panel's scrolling.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderState {
    /// Set when the section changed, so the panel scrolls back to the top next frame.
    pub scroll_to_top: bool,
    /// Points to scroll by next frame (Page Up/Down).
    pub page_scroll: f32,
    /// The scroll offset last frame, for Page Up/Down.
    pub offset: f32,
    /// How far Page Up/Down move: most of the panel's visible height.
    pub page: f32,
}

impl Default for ReaderState {
    fn default() -> Self {
        Self {
            scroll_to_top: false,
            page_scroll: 0.0,
            offset: 0.0,
            page: 400.0,
        }
    }
}

pub fn reader_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, views: &mut Views) {
    let tokens = Tokens::of(ui);
    let searching = views.search.is_active();
    // Kept while results are shown: the section scrolls to its top when it is shown again.
    let scroll_to_top = !searching && std::mem::take(&mut views.reader.scroll_to_top);
    egui::CentralPanel::default()
        .frame(
            egui::Frame::central_panel(ui.style())
                .inner_margin(egui::Margin::symmetric(0, 0))
                .fill(tokens.background()),
        )
        .show(ui, |ui| {
            a11y::name_enclosing(ui, egui::UiKind::CentralPanel, "Guide text");
            // Results scroll on their own: they open at their top whatever the section's scroll
            // offset, and closing them finds the section where it was.
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(if searching {
                    "search_scroll"
                } else {
                    "reader_scroll"
                })
                .auto_shrink([false, false]);
            if scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            if searching && std::mem::take(&mut views.search.scroll_to_top) {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            let page_scroll = std::mem::take(&mut views.reader.page_scroll);
            if page_scroll != 0.0 && !scroll_to_top {
                // A page jump lands at once; the scroll area clamps the far end.
                scroll = scroll.vertical_scroll_offset((views.reader.offset - page_scroll).max(0.0));
            }
            let output = scroll.show(ui, |ui| {
                let available = ui.available_width();
                // Never wider than what is visible (a narrow window, a large zoom), never wider
                // than a comfortable line, and never without margins: at least 12 points a side.
                let width = (available - 48.0)
                    .min(size::READING_WIDTH_MAX)
                    .max((available - 24.0).min(200.0))
                    .max(1.0);
                let margin = ((available - width) / 2.0).max(0.0);
                ui.horizontal_top(|ui| {
                    ui.add_space(margin);
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        ui.add_space(24.0);
                        if views.search.is_active() {
                            super::search::results_ui(ui, ctx, &mut views.search);
                        } else {
                            // The open section reads as a document named after it.
                            let title = ctx.section().map(|s| s.title.as_str());
                            a11y::set_role(ui, egui::accesskit::Role::Document, title);
                            section_ui(ui, ctx, &mut views.highlight, &views.salary_plot);
                        }
                        ui.add_space(48.0);
                    });
                });
                super::focus::keep_focus_in_view(ui);
            });
            let scrolled = if searching { "Search results" } else { "Guide text" };
            a11y::name_scroll_bars(ui, &output, scrolled);
            views.reader.offset = output.state.clamped_offset().y;
            views.reader.page = output.inner_rect.height() * 0.9;
        });
}

fn section_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    highlight: &mut Option<Highlight>,
    salary_plot: &SalaryPlotCache,
) {
    let Some(section) = ctx.section() else {
        text::heading_ui(ui, "No sections", text::Level::Title);
        text::paragraph_ui(ui, "The guide data has no sections to show.");
        return;
    };
    let section_index = ctx.section_index;
    // A match in the title itself: the heading takes the keyboard (no mark: the section opens at
    // its top, where the title is).
    let title_found = highlight
        .as_mut()
        .filter(|h| h.section == section_index && h.block.is_none());
    let found = title_found.is_some();
    let response = block_scope(ui, None, found, |ui| {
        text::heading_ui(ui, &section.title, text::Level::Title);
    });
    if let Some(mark) = title_found {
        mark.focus = Some(response.id);
        if std::mem::take(&mut mark.scroll) {
            response.request_focus();
        }
        if !response.has_focus() {
            *highlight = None;
        }
    }
    for (index, block) in section.blocks.iter().enumerate() {
        let marked = highlight
            .as_mut()
            .filter(|h| h.section == section_index && h.block == Some(index));
        // The mark is painted under the block, which is laid out exactly as when unmarked.
        let behind = marked.is_some().then(|| ui.painter().add(egui::Shape::Noop));
        let response = block_scope(ui, Some(index), marked.is_some(), |ui| {
            blocks::block_ui(ui, ctx, salary_plot, block);
        });
        let (Some(mark), Some(behind)) = (marked, behind) else {
            continue;
        };
        mark.focus = Some(response.id);
        if std::mem::take(&mut mark.scroll) {
            response.scroll_to_me(Some(egui::Align::Center));
            // A screen reader goes on reading from what was found; Tab from there goes on too.
            response.request_focus();
        }
        let marked = painted_bounds(ui, behind).map_or(response.rect, |r| r.intersect(response.rect));
        // Once faded, the block stays a focus target only while it has the keyboard.
        if !text::found_mark(ui, behind, marked, &mut mark.since) && !response.has_focus() {
            *highlight = None;
        }
    }
}

/// One block (`None`: the section's title) in a scope of its own, laid out exactly as without
/// it. Every block has one, found or not, so the ids of the widgets inside (and after) it never
/// change when a search result marks it or its mark goes: a widget that has the keyboard keeps
/// it. The `found` block is a group that can take the keyboard, named for assistive technology.
fn block_scope(
    ui: &mut Ui,
    block: Option<usize>,
    found: bool,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    let mut builder = egui::UiBuilder::new().id_salt(("block", block));
    if found {
        builder = builder
            .sense(egui::Sense::focusable_noninteractive())
            .accessibility_role(egui::accesskit::Role::Group)
            .accessibility_label(FOUND_LABEL);
    }
    let gap = ui.spacing().item_spacing.y;
    let inner = ui.scope_builder(builder, |ui| {
        add_contents(ui);
        // Room the block leaves below its last widget (its own spacing after it), which a scope
        // would otherwise replace with one item spacing.
        ui.cursor().min.y - ui.min_rect().bottom()
    });
    ui.add_space(inner.inner - gap);
    inner.response
}

/// The name of what a search result opened, as a screen reader hears it when it takes focus.
pub const FOUND_LABEL: &str = "Found by search";

/// What was painted after `after` in this layer, bounded: a block's text and cards without the
/// gap below it.
fn painted_bounds(ui: &Ui, after: egui::layers::ShapeIdx) -> Option<egui::Rect> {
    ui.ctx().graphics(|layers| {
        let bounds = layers
            .get(ui.layer_id())?
            .all_entries()
            .skip(after.0 + 1)
            .map(|clipped| clipped.shape.visual_bounding_rect())
            .filter(egui::Rect::is_positive)
            .fold(egui::Rect::NOTHING, egui::Rect::union);
        bounds.is_positive().then_some(bounds)
    })
}
