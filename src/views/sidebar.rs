//! The section list, drawn from the loaded guide.

use egui::{RichText, Ui};

use super::{
    ViewContext, a11y,
    reader::{PLAN_TITLE, Place},
};
use crate::{
    command::Command,
    tokens::{Tokens, size},
    ui_command::UiCommand,
};

/// Whether the window is too narrow for the sidebar beside a readable column (a small window, a
/// large zoom): then the sections are a menu in the top bar instead. `ui` is the whole window's.
#[must_use]
pub fn collapsed(ui: &Ui) -> bool {
    ui.available_width() - size::SIDEBAR_WIDTH < size::READING_WIDTH_MIN
}

/// The sections as the top bar's first menu, for a window too narrow for the sidebar: each a
/// menu item, the open one checked, and the plan below them. Returns the place picked, if one
/// was.
pub fn sections_menu_ui(ui: &mut Ui, ctx: &ViewContext<'_>) -> (egui::Response, Option<Place>) {
    let mut picked = None;
    let button = ui.menu_button("Sections", |ui| {
        a11y::name_enclosing(ui, egui::UiKind::Menu, "Sections");
        ui.set_min_width(240.0);
        ui.spacing_mut().button_padding = egui::vec2(10.0, 5.0);
        // Thirteen sections are taller than a small window at a large zoom: the list scrolls.
        let height = (ui.ctx().content_rect().height() - 80.0).max(120.0);
        egui::ScrollArea::vertical().max_height(height).show(ui, |ui| {
            let sections = ctx.guide().text.sections.iter().enumerate();
            let places = sections.map(|(index, section)| (Place::Section(index), section.title.as_str()));
            for (place, title) in places.chain([(Place::Plan, PLAN_TITLE)]) {
                if place == Place::Plan {
                    ui.separator();
                }
                let open = place == ctx.place;
                let response = ui.add(egui::Button::selectable(open, title));
                ui.ctx().accesskit_node_builder(response.id, |node| {
                    node.set_role(egui::accesskit::Role::MenuItemRadio);
                    node.set_toggled(if open {
                        egui::accesskit::Toggled::True
                    } else {
                        egui::accesskit::Toggled::False
                    });
                });
                if response.clicked() {
                    picked = Some(place);
                    ui.close();
                }
            }
            super::focus::keep_focus_in_view(ui);
        });
    });
    (button.response, picked)
}

/// The section list, then the plan (apart, below a line); `button_ids` is refilled with their
/// buttons' ids, the plan's last (for keyboard focus).
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
                    let sections = ctx.guide().text.sections.iter().enumerate();
                    let places =
                        sections.map(|(index, section)| (Place::Section(index), section.title.as_str()));
                    for (place, title) in places.chain([(Place::Plan, PLAN_TITLE)]) {
                        if place == Place::Plan {
                            // The reader's own page, apart from the guide's.
                            ui.add_space(6.0);
                            ui.separator();
                            ui.add_space(6.0);
                        }
                        let response = ui.add(
                            egui::Button::selectable(
                                place == ctx.place,
                                (RichText::new(title).size(size::BODY), egui::Atom::grow()),
                            )
                            .min_size(egui::vec2(ui.available_width(), 28.0)),
                        );
                        button_ids.push(response.id);
                        if response.clicked() {
                            clicked = Some(place);
                        }
                    }
                    match clicked {
                        Some(Place::Section(index)) => ctx.send(Command::SelectSection(index)),
                        Some(Place::Plan) => ctx.send(Command::Ui(UiCommand::OpenPlan)),
                        None => {}
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
