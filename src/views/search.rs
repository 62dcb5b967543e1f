//! Search results, shown in place of the section while a query is typed.

use egui::{RichText, Ui, text::LayoutJob};

use super::{ViewContext, text};
use crate::{
    command::Command,
    search::{Hit, SearchIndex},
    tokens::{Tokens, size},
};

/// The search box and its results.
#[derive(Debug, Default)]
pub struct SearchUi {
    query: String,
    /// The query the hits are for, so searching runs once per change.
    searched: String,
    hits: Vec<Hit>,
    /// Index of the selected hit.
    selected: usize,
    scroll_to_selected: bool,
    /// Set when the query changed: the results open at their top, whatever was scrolled before.
    scroll_to_top: bool,
    /// Set to move keyboard focus to the search box next frame.
    focus_box: bool,
    /// Each result card's height when last drawn: cards out of view take this space without
    /// laying out their text, so a keystroke costs the visible cards only.
    card_heights: Vec<f32>,
}

impl SearchUi {
    /// Closes the search: the query, its results and the selection are gone.
    pub fn close(&mut self) {
        *self = Self::default();
    }

    /// Puts the keyboard in the search box on the next frame.
    pub fn focus_box(&mut self) {
        self.focus_box = true;
    }

    /// Whether the search box is to take the keyboard on the next frame.
    #[must_use]
    pub fn is_focus_requested(&self) -> bool {
        self.focus_box
    }

    /// The query as typed.
    #[must_use]
    pub fn query(&self) -> &str {
        &self.query
    }

    /// Replaces the query, as typing it in the box would; it runs on the next frame.
    pub fn set_query(&mut self, query: &str) {
        query.clone_into(&mut self.query);
    }

    /// The results of the query last run, best first.
    #[must_use]
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// Index of the selected result.
    #[must_use]
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// Result `index` to open, closing the search; `None`, the search left as it is, if there is
    /// no such result.
    pub fn take_hit(&mut self, index: usize) -> Option<Hit> {
        let hit = self.hits.get(index).cloned()?;
        self.close();
        Some(hit)
    }

    /// Whether the results are to open at their top on this frame (once).
    pub(super) fn take_scroll_to_top(&mut self) -> bool {
        std::mem::take(&mut self.scroll_to_top)
    }

    /// The search box, `width` points wide with `hint` while empty, named "Search" for assistive
    /// technology; it takes the keyboard when [`Self::focus_box`] asked.
    pub(super) fn box_ui(&mut self, ui: &mut Ui, width: f32, hint: String) {
        let response = ui.add_sized(
            [width, 22.0],
            egui::TextEdit::singleline(&mut self.query)
                .id(super::top_bar::search_box_id())
                .hint_text(hint),
        );
        ui.ctx()
            .accesskit_node_builder(response.id, |node| node.set_label("Search"));
        if std::mem::take(&mut self.focus_box) {
            response.request_focus();
        }
    }

    /// Whether results are shown instead of the section.
    #[must_use]
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    /// Runs the query if it changed since the last search.
    pub fn update(&mut self, index: &SearchIndex) {
        if self.query != self.searched {
            self.searched.clone_from(&self.query);
            self.hits = index.search(&self.query);
            self.selected = 0;
            self.scroll_to_top = true;
            self.card_heights.clear();
        }
    }

    /// The data changed: the query runs again on the new `index`, the selection kept where it can
    /// be and the results where they were scrolled.
    pub fn data_changed(&mut self, index: &SearchIndex) {
        self.searched.clone_from(&self.query);
        self.hits = index.search(&self.query);
        self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        self.card_heights.clear();
    }

    /// Selects hit `index` (if there is one) and scrolls it into view.
    pub fn select(&mut self, index: usize) {
        if index < self.hits.len() {
            self.selected = index;
            self.scroll_to_selected = true;
        }
    }
}

/// Height of a result card before it has been drawn once (section line and two lines of text).
const ESTIMATED_CARD_HEIGHT: f32 = 70.0;

/// The results list: section, snippet with the match emphasised; click or Enter opens.
/// The results' title and what was found, announced as it changes (a polite live region);
/// whether there is anything to list.
fn header_ui(ui: &mut Ui, search: &SearchUi) -> bool {
    let tokens = Tokens::of(ui);
    let query = search.query.trim();
    text::heading_ui(ui, "Search results", text::Level::Title);
    if search.hits.is_empty() {
        let none = ui.add(
            egui::Label::new(
                egui::RichText::new(format!("No results for “{query}”."))
                    .size(crate::tokens::size::BODY)
                    .color(tokens.text),
            )
            .wrap(),
        );
        super::a11y::announce(ui, &none);
        ui.add_space(crate::tokens::size::PARAGRAPH_GAP);
        text::caption_ui(
            ui,
            "Search looks in every section, question, skill, level and region.",
        );
        return false;
    }
    let count = search.hits.len();
    let counted = text::caption_ui(
        ui,
        &format!(
            "{count} result{} for “{query}”{}. Enter opens the selected result; Esc closes.",
            if count == 1 { "" } else { "s" },
            if count >= crate::search::MAX_HITS {
                " (first 50)"
            } else {
                ""
            }
        ),
    );
    super::a11y::announce(ui, &counted);
    true
}

pub fn results_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, search: &mut SearchUi) {
    let tokens = Tokens::of(ui);
    if !header_ui(ui, search) {
        return;
    }
    ui.add_space(8.0);
    let mut open = None;
    let mut heights = std::mem::take(&mut search.card_heights);
    heights.resize(search.hits.len(), ESTIMATED_CARD_HEIGHT);
    // A list for assistive technology: every result is an item in it (those out of view too, as
    // a bare item of the same size), the selected one marked and named as the search box's
    // active descendant, so ↑/↓ is heard while focus stays in the box.
    let list = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::List)
        .accessibility_label("Search results");
    let mut selected_id = None;
    ui.scope_builder(list, |ui| {
        for (index, hit) in search.hits.iter().enumerate() {
            let selected = index == search.selected;
            let section = ctx
                .guide()
                .text
                .sections
                .get(hit.section)
                .map_or("", |s| s.title.as_str());
            let label = format!("{section}: {}", hit.snippet);
            let height = heights.get(index).copied().unwrap_or(ESTIMATED_CARD_HEIGHT);
            let space = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(ui.available_width(), height));
            if !selected && !ui.is_rect_visible(space) {
                let (_, response) = ui.allocate_exact_size(space.size(), egui::Sense::hover());
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
                ui.add_space(6.0);
                continue;
            }
            let response = result_card_ui(ui, hit, section, selected, &tokens);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ListItem, true, &label));
            ui.ctx()
                .accesskit_node_builder(response.id, |node| node.set_selected(selected));
            if selected {
                selected_id = Some(response.id);
            }
            if let Some(slot) = heights.get_mut(index) {
                *slot = response.rect.height();
            }
            if selected && search.scroll_to_selected {
                response.scroll_to_me(None);
            }
            if response.clicked() {
                open = Some(index);
            }
            ui.add_space(6.0);
        }
    });
    if let Some(id) = selected_id {
        ui.ctx()
            .accesskit_node_builder(super::top_bar::search_box_id(), |node| {
                node.set_active_descendant(id.accesskit_id());
            });
    }
    search.scroll_to_selected = false;
    search.card_heights = heights;
    if let Some(index) = open {
        ctx.send(Command::OpenHit(index));
    }
}

/// The snippet with the item's title in the strong text colour and the query's words on a highlight background.
fn snippet_job(ui: &Ui, hit: &Hit, tokens: &Tokens) -> LayoutJob {
    let font = egui::FontId::proportional(size::BODY);
    let text = hit.snippet.as_str();
    // Every place the formatting changes.
    let mut cuts: Vec<usize> = vec![0, hit.title_len.min(text.len()), text.len()];
    cuts.extend(hit.matched.iter().flat_map(|m| [m.start, m.end]));
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    for piece in cuts.windows(2) {
        let [start, end] = *piece else {
            continue;
        };
        let Some(part) = text.get(start..end) else {
            continue;
        };
        let matched = hit.matched.iter().any(|m| m.start <= start && end <= m.end);
        let title = start < hit.title_len;
        let mut format = egui::TextFormat::simple(font.clone(), tokens.text);
        if title {
            format.color = tokens.text_strong;
        }
        if matched {
            format.background = tokens.highlight_fill;
            format.color = tokens.text_strong;
        }
        job.append(part, 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// One result as a card: its section, then the snippet with the query's words marked; the card
/// is clickable.
fn result_card_ui(
    ui: &mut Ui,
    hit: &crate::search::Hit,
    section: &str,
    selected: bool,
    tokens: &Tokens,
) -> egui::Response {
    let frame = egui::Frame::new()
        .fill(if selected {
            tokens.note_fill
        } else {
            tokens.card_fill
        })
        .stroke(egui::Stroke::new(
            if selected { 2.0 } else { 1.0 },
            if selected {
                tokens.accent
            } else {
                tokens.card_stroke
            },
        ))
        .corner_radius(size::CARD_ROUNDING)
        .inner_margin(10);
    frame
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(section)
                    .size(size::SMALL)
                    .strong()
                    .color(tokens.accent),
            );
            ui.add(
                egui::Label::new(snippet_job(ui, hit, tokens))
                    .wrap()
                    .selectable(false),
            );
        })
        .response
        .interact(egui::Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand)
}
