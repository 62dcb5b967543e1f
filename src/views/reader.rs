//! The central reading panel: the open section's title and blocks in a comfortable column, or
//! the search results while a query is typed.

use egui::Ui;

use super::{ViewContext, Views, a11y, blocks, found, salary_chart::SalaryPlotCache, text};
use crate::{
    search::Part,
    tokens::{Tokens, size},
};

/// What a search hit found in the open section, to scroll to and mark (after opening it), until
/// the mark fades: a block, or a part of one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Highlight {
    /// The block, `None` for the section's title.
    block: Option<usize>,
    /// The part of the block, `None` for the block as a whole.
    part: Option<Part>,
    /// Scroll to it on the next frame only.
    scroll: bool,
    /// When the mark was first shown, in egui's time (seconds).
    since: Option<f64>,
    /// The found block's or part's id while it is drawn as such, for the keys (it takes the keyboard, yet
    /// the section keys still act, as when nothing has it).
    focus: Option<egui::Id>,
}

impl Highlight {
    /// The block found, `None` for the section's title.
    #[must_use]
    pub fn block(&self) -> Option<usize> {
        self.block
    }
}

/// What the reading panel shows: a section of the guide, or the reader's own plan (listed
/// below the sections, saved and restored as [`PLAN_ID`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The section at this index of the guide's sections.
    Section(usize),
    /// "My plan".
    Plan,
}

pub use crate::model::readiness::{PLAN_ID, PLAN_TITLE};

/// The reading panel: what is open, a section or the plan (the one owner of that: the window
/// title, the sidebar and the saved state ask it), what a search result found in it, and its
/// scrolling.
#[derive(Debug, Clone, PartialEq)]
pub struct Reader {
    /// What is open.
    place: Place,
    /// The block opened from a search result, marked until the mark fades or another section
    /// opens.
    highlight: Option<Highlight>,
    /// Set when the section changed, so the panel scrolls back to the top next frame.
    scroll_to_top: bool,
    /// Points to scroll by next frame (Page Up/Down).
    page_scroll: f32,
    /// The scroll offset last frame, for Page Up/Down.
    offset: f32,
    /// How far Page Up/Down move: most of the panel's visible height.
    page: f32,
}

impl Reader {
    /// The panel on `place`; `from_top`: at its top on the first frame, not where egui's memory
    /// of the panel left it.
    #[must_use]
    pub fn new(place: Place, from_top: bool) -> Self {
        Self {
            place,
            highlight: None,
            scroll_to_top: from_top,
            page_scroll: 0.0,
            offset: 0.0,
            page: 400.0,
        }
    }

    /// What is open.
    #[must_use]
    pub fn place(&self) -> Place {
        self.place
    }

    /// Index of the open section in the guide's sections; `None` while the plan is open.
    #[must_use]
    pub fn section_index(&self) -> Option<usize> {
        match self.place {
            Place::Section(index) => Some(index),
            Place::Plan => None,
        }
    }

    /// Whether the plan is open.
    #[must_use]
    pub fn is_plan(&self) -> bool {
        self.place == Place::Plan
    }

    /// Opens section `index` (one the guide has). Another section than the one open drops the
    /// mark (not yet seen, it belongs to the section being left) and, if `from_top`, opens at
    /// its top.
    pub fn open(&mut self, index: usize, from_top: bool) {
        self.go(Place::Section(index), from_top);
    }

    /// Opens the plan; from elsewhere, at its top.
    pub fn open_plan(&mut self) {
        self.go(Place::Plan, true);
    }

    fn go(&mut self, place: Place, from_top: bool) {
        if place != self.place {
            self.highlight = None;
            if from_top {
                self.scroll_to_top = true;
            }
        }
        self.place = place;
    }

    /// Opens section `section` at what a search result found there: `block` (`None`: the title,
    /// at the section's top), or its `part`, scrolled to and marked.
    pub fn open_at(&mut self, section: usize, block: Option<usize>, part: Option<Part>) {
        self.open(section, false);
        self.highlight = Some(Highlight {
            block,
            part,
            scroll: true,
            since: None,
            focus: None,
        });
        self.scroll_to_top = block.is_none();
    }

    /// The guide was replaced: `place` in the new one is open (where the old one was), without
    /// the mark, which pointed into the old text; the scroll position stays.
    pub fn data_changed(&mut self, place: Place) {
        self.highlight = None;
        self.place = place;
    }

    /// Scrolls up by a page next frame.
    pub fn page_up(&mut self) {
        self.page_scroll += self.page;
    }

    /// Scrolls down by a page next frame.
    pub fn page_down(&mut self) {
        self.page_scroll -= self.page;
    }

    /// The scroll offset last frame, in points from the top.
    #[must_use]
    pub fn offset(&self) -> f32 {
        self.offset
    }

    /// How far Page Up/Down move, in points.
    #[must_use]
    pub fn page(&self) -> f32 {
        self.page
    }

    /// What a search result found in the open section, while it is marked or has the keyboard.
    #[must_use]
    pub fn highlight(&self) -> Option<&Highlight> {
        self.highlight.as_ref()
    }

    /// The id of what a search result found while it has, or is to take, the keyboard: the
    /// keys act as if nothing had it.
    #[must_use]
    pub fn found_focus(&self) -> Option<egui::Id> {
        self.highlight.and_then(|h| h.focus)
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
            if searching && views.search.take_scroll_to_top() {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            let page_scroll = std::mem::take(&mut views.reader.page_scroll);
            if page_scroll != 0.0 && !scroll_to_top {
                // A page jump lands at once; the scroll area clamps the far end.
                scroll = scroll.vertical_scroll_offset((views.reader.offset - page_scroll).max(0.0));
            }
            let output = scroll.show(ui, |ui| {
                let mut found_rect = None;
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
                        } else if views.reader.is_plan() {
                            a11y::set_role(ui, egui::accesskit::Role::Document, Some(PLAN_TITLE));
                            super::plan::plan_ui(ui, ctx, &mut views.plan);
                        } else {
                            // The open section reads as a document named after it.
                            let title = ctx.section().map(|s| s.title.as_str());
                            a11y::set_role(ui, egui::accesskit::Role::Document, title);
                            found_rect = section_ui(ui, ctx, &mut views.reader.highlight, &views.salary_plot);
                        }
                        ui.add_space(48.0);
                    });
                });
                super::focus::keep_focus_in_view(ui);
                // After the focus's own scrolling: the found part takes the middle of the view.
                if let Some(rect) = found_rect {
                    scroll_to_found(ui, rect);
                }
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
) -> Option<egui::Rect> {
    let Some(section) = ctx.section() else {
        text::heading_ui(ui, "No sections", text::Level::Title);
        text::paragraph_ui(ui, "The guide data has no sections to show.");
        return None;
    };
    // A match in the title itself: the heading takes the keyboard (no mark: the section opens at
    // its top, where the title is).
    let title_found = highlight.as_mut().filter(|h| h.block.is_none());
    let found = title_found.is_some();
    let (response, ()) = found::scope_ui(ui, ("block", None::<usize>), found, |ui| {
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
    let mut scroll_to = None;
    for (index, block) in section.blocks.iter().enumerate() {
        let marked = highlight.as_mut().filter(|h| h.block == Some(index));
        let part = marked.as_ref().and_then(|m| m.part);
        // The block is what was found when no part of it is; a table's row is marked, while the
        // table takes the keyboard.
        let whole = marked.is_some() && part.is_none_or(|p| matches!(p, Part::Row(_)));
        // The mark is painted under what it marks, which is laid out exactly as when unmarked.
        let behind = (marked.is_some() && part.is_none()).then(|| ui.painter().add(egui::Shape::Noop));
        let mut finder = found::Finder::new(part);
        let (response, ()) = found::scope_ui(ui, ("block", Some(index)), whole, |ui| {
            blocks::block_ui(ui, ctx, salary_plot, block, &mut finder);
        });
        let Some(mark) = marked else {
            continue;
        };
        let target = match (behind, finder.found()) {
            (Some(behind), _) => {
                let rect =
                    found::painted_bounds(ui, behind).map_or(response.rect, |r| r.intersect(response.rect));
                Some((rect, behind, response))
            }
            (None, Some(part)) => Some((part.rect, part.behind, part.scope.unwrap_or(response))),
            (None, None) => None,
        };
        // A part no longer drawn (the block changed under it): nothing to mark.
        let Some((rect, behind, focus)) = target else {
            *highlight = None;
            continue;
        };
        mark.focus = Some(focus.id);
        if std::mem::take(&mut mark.scroll) {
            scroll_to = Some(rect);
            // A screen reader goes on reading from what was found; Tab from there goes on too.
            focus.request_focus();
        }
        // Once faded, what was found stays a focus target only while it has the keyboard.
        if !text::found_mark(ui, behind, rect, &mut mark.since) && !focus.has_focus() {
            *highlight = None;
        }
    }
    scroll_to
}

/// Scrolls what a search result found into view: in the middle of the panel, or from its top
/// when it is taller than the panel.
fn scroll_to_found(ui: &Ui, rect: egui::Rect) {
    let align = if rect.height() < ui.clip_rect().height() * 0.8 {
        egui::Align::Center
    } else {
        egui::Align::Min
    };
    ui.scroll_to_rect(rect.expand(12.0), Some(align));
}
