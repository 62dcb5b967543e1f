//! The central reading panel: the open section's title and blocks in a comfortable column.

use egui::Ui;

use super::{blocks, text};
use crate::{
    app::GuideApp,
    tokens::{Tokens, size},
};

pub fn reader_ui(ui: &mut Ui, app: &mut GuideApp, scroll_to_top: bool) {
    let tokens = Tokens::of(ui);
    egui::CentralPanel::default()
        .frame(
            egui::Frame::central_panel(ui.style())
                .inner_margin(egui::Margin::symmetric(0, 0))
                .fill(tokens.background()),
        )
        .show(ui, |ui| {
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt("reader_scroll")
                .auto_shrink([false, false]);
            if scroll_to_top {
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            let page_scroll = std::mem::take(&mut app.page_scroll);
            if page_scroll != 0.0 && !scroll_to_top {
                // A page jump lands at once; the scroll area clamps the far end.
                scroll = scroll.vertical_scroll_offset((app.reader_offset - page_scroll).max(0.0));
            }
            let output = scroll.show(ui, |ui| {
                let available = ui.available_width();
                let width = (available - 48.0).clamp(200.0, size::READING_WIDTH_MAX);
                let margin = ((available - width) / 2.0).max(0.0);
                ui.horizontal_top(|ui| {
                    ui.add_space(margin);
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        ui.add_space(24.0);
                        if app.search.is_active() {
                            super::search::results_ui(ui, app);
                        } else {
                            section_ui(ui, app);
                        }
                        ui.add_space(48.0);
                    });
                });
            });
            app.reader_offset = output.state.clamped_offset().y;
            app.reader_page = output.inner_rect.height() * 0.9;
        });
}

fn section_ui(ui: &mut Ui, app: &mut GuideApp) {
    let Some(section) = app.section().cloned() else {
        text::heading_ui(ui, "No sections", text::Level::Title);
        text::paragraph_ui(ui, "The guide data has no sections to show.");
        return;
    };
    text::heading_ui(ui, &section.title, text::Level::Title);
    let highlight = app.highlight.filter(|h| h.section == app.section_index);
    for (index, block) in section.blocks.iter().enumerate() {
        if highlight.is_some_and(|h| h.block == Some(index)) {
            let tokens = Tokens::of(ui);
            let response = egui::Frame::new()
                .stroke(egui::Stroke::new(2.0, tokens.accent))
                .fill(tokens.note_fill)
                .corner_radius(6)
                .inner_margin(8)
                .show(ui, |ui| blocks::block_ui(ui, app, block))
                .response;
            if let Some(h) = &mut app.highlight
                && h.scroll
            {
                response.scroll_to_me(Some(egui::Align::Center));
                h.scroll = false;
            }
        } else {
            blocks::block_ui(ui, app, block);
        }
    }
}
