//! The section list, drawn from the loaded guide.

use egui::{RichText, Ui};

use super::{ViewContext, a11y};
use crate::{
    command::Command,
    tokens::{Tokens, size},
};

/// The section list; `button_ids` is refilled with its buttons' ids (for keyboard focus).
pub fn sidebar_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, button_ids: &mut Vec<egui::Id>) {
    let window_width = ui.available_width().max(1.0);
    let panel = egui::Panel::left("sections")
        .resizable(true)
        .default_size(size::SIDEBAR_WIDTH)
        .min_size(160.0)
        .show(ui, |ui| {
            a11y::name_enclosing(ui, egui::UiKind::LeftPanel, "Sections");
            let tokens = Tokens::of(ui);
            ui.add_space(10.0);
            ui.label(
                RichText::new("Sections")
                    .size(size::SMALL)
                    .color(tokens.text_muted),
            );
            ui.add_space(4.0);
            let output = egui::ScrollArea::vertical()
                .id_salt("sections_scroll")
                .show(ui, |ui| {
                    let mut clicked = None;
                    button_ids.clear();
                    for (index, section) in ctx.guide.text.sections.iter().enumerate() {
                        let selected = index == ctx.section_index;
                        let response = ui.add(
                            egui::Button::selectable(
                                selected,
                                (RichText::new(&section.title).size(size::BODY), egui::Atom::grow()),
                            )
                            .min_size(egui::vec2(ui.available_width(), 28.0)),
                        );
                        button_ids.push(response.id);
                        if response.clicked() {
                            clicked = Some(index);
                        }
                    }
                    if let Some(index) = clicked {
                        ctx.send(Command::SelectSection(index));
                    }
                    super::focus::keep_focus_in_view(ui);
                });
            a11y::name_scroll_bars(ui, &output, "Sections");
        });
    // egui names the divider "Resize panel" and reads its place as a bare fraction ("0.1846"):
    // say whose width it sets, as a share of the window.
    let divider = ui.scope_id().with("sections").with("__resize");
    if ui.ctx().has_accesskit_node(divider) {
        let percent = (panel.response.rect.width() / window_width * 100.0).round();
        ui.ctx().accesskit_node_builder(divider, |node| {
            node.set_label("Sections panel width");
            node.set_value(format!("{percent}% of the window"));
        });
    }
}
