//! The top bar: menus (from the command table), guide title, search box, theme and zoom.

use egui::{Button, RichText, Ui};

use super::{ViewContext, a11y, export_menu, reader::Place, search::SearchUi};
use crate::{
    chart::ChartId,
    command::Command,
    model::Guide,
    state::ThemeChoice,
    tokens::{Tokens, size},
    ui_command::{KeyNames, Menu, UiCommand},
};

/// Id of the search box, for focus.
#[must_use]
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

/// The top bar; with `sections_menu` (a window too narrow for the sidebar) the sections are its
/// first menu.
pub fn top_bar_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, search: &mut SearchUi, sections_menu: bool) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        a11y::name_enclosing(ui, egui::UiKind::TopPanel, "Menus and search");
        ui.add_space(4.0);
        let theme = ctx.state.theme;
        // The title shows where it fits beside every control (never at the minimum width).
        let title = (ui.available_width() >= 1040.0).then_some(ctx.guide().text.title.as_str());
        let mut from_menus = Vec::new();
        let mut exports = Vec::new();
        let mut chosen = Vec::new();
        // Widgets are added in reading order, left to right, so that Tab visits them in the order
        // they appear (File, View, Help, Search, theme, zoom). The right-hand group sits at the
        // edge by the widths of its parts in the last frame; a change of width redoes the frame.
        // Where the row is too narrow (a small window, a large zoom), the theme and then the zoom
        // buttons give way: the View menu has both.
        let widths = Widths::load(ui);
        let row = egui::Rect::from_min_size(
            ui.available_rect_before_wrap().min,
            egui::vec2(ui.available_width(), 26.0),
        );
        let room = row.width() - widths.menus - 24.0;
        let show_theme = widths.search + widths.theme + widths.zoom <= room;
        let show_zoom = show_theme || widths.search + widths.zoom <= room;
        // Narrower still, the search box drops its label and shrinks to the room left.
        let compact = (widths.search > room && widths.search > 0.0).then_some(room);
        let search_width = compact.map_or(widths.search, |room| (room - 8.0).clamp(90.0, 170.0) + 8.0);
        let right_width = search_width
            + if show_theme { widths.theme } else { 0.0 }
            + if show_zoom { widths.zoom } else { 0.0 };
        let right = egui::Rect::from_min_max(egui::pos2(row.right() - right_width, row.top()), row.max);
        let left = egui::Rect::from_min_max(row.min, egui::pos2(right.left(), row.bottom()));
        let row_layout = egui::Layout::left_to_right(egui::Align::Center);
        let mut measured = widths;
        let menus_end = ui
            .scope_builder(egui::UiBuilder::new().max_rect(left).layout(row_layout), |ui| {
                let menus = Menus {
                    theme,
                    title,
                    guide: ctx.guide(),
                    export_running: ctx.export_running,
                };
                let sections = sections_menu.then_some(&*ctx);
                menus_ui(ui, &menus, sections, &mut from_menus, &mut exports)
            })
            .inner;
        measured.menus = menus_end - row.left();
        ui.scope_builder(egui::UiBuilder::new().max_rect(right).layout(row_layout), |ui| {
            let width = width_of(ui, |ui| search_box_ui(ui, search, compact));
            // The full width (label and box) is what is measured; compact, it stays as it was.
            if compact.is_none() {
                measured.search = width;
            }
            if show_theme {
                measured.theme = width_of(ui, |ui| {
                    ui.separator();
                    for theme in ThemeChoice::ALL {
                        let button = ui.selectable_label(ctx.state.theme == theme, theme.label());
                        if super::a11y::hover_text(button, UiCommand::Theme(theme).label()).clicked() {
                            chosen.push(UiCommand::Theme(theme));
                        }
                    }
                });
            }
            if show_zoom {
                measured.zoom = width_of(ui, |ui| {
                    ui.separator();
                    zoom_ui(ui, ctx.state.zoom, &mut chosen);
                });
            }
        });
        ui.allocate_rect(row, egui::Sense::hover());
        measured.store(ui);
        for command in from_menus.into_iter().chain(chosen) {
            ctx.send(Command::Ui(command));
        }
        for command in exports {
            ctx.send(command);
        }
        ui.add_space(4.0);
    });
}

/// The widths of the top bar's parts in the last frame they were drawn, in points (0 before).
#[derive(Clone, Copy, PartialEq)]
struct Widths {
    menus: f32,
    search: f32,
    theme: f32,
    zoom: f32,
}

impl Widths {
    fn id() -> egui::Id {
        egui::Id::unique("top_bar_widths")
    }

    fn load(ui: &Ui) -> Self {
        ui.ctx().data(|d| d.get_temp::<[f32; 4]>(Self::id())).map_or(
            Self {
                menus: 0.0,
                search: 0.0,
                theme: 0.0,
                zoom: 0.0,
            },
            |[menus, search, theme, zoom]| Self {
                menus,
                search,
                theme,
                zoom,
            },
        )
    }

    /// Keeps the widths for the next frame; if any changed, this frame is laid out again.
    fn store(self, ui: &Ui) {
        if self != Self::load(ui) {
            let values = [self.menus, self.search, self.theme, self.zoom];
            ui.ctx().data_mut(|d| d.insert_temp(Self::id(), values));
            ui.ctx().request_discard("top bar: a part changed width");
        }
    }
}

/// The width `add` takes in a left-to-right row, in points.
fn width_of(ui: &mut Ui, add: impl FnOnce(&mut Ui)) -> f32 {
    let start = ui.cursor().min.x;
    add(ui);
    ui.cursor().min.x - start
}

/// The search box and its label; in a row too narrow for both (`compact`: the width left for
/// it), the box alone, as wide as that allows, its hint naming it.
fn search_box_ui(ui: &mut Ui, search: &mut SearchUi, compact: Option<f32>) {
    let shortcut = UiCommand::Search.shortcut_text(KeyNames::of(ui.ctx()));
    let (width, hint) = if let Some(room) = compact {
        ((room - 8.0).clamp(90.0, 170.0), format!("Search ({shortcut})"))
    } else {
        let label = ui.label(RichText::new("Search").color(Tokens::of(ui).text_muted));
        // The box says its name; the label beside it would only say it a second time.
        a11y::hide(ui, label.id);
        (170.0, shortcut)
    };
    search.box_ui(ui, width, hint);
}

/// A button for `command`, its tooltip naming the shortcut ("Zoom in (Ctrl+Plus)").
fn command_button_ui(ui: &mut Ui, text: &str, command: UiCommand, chosen: &mut Vec<UiCommand>) {
    let hover = format!(
        "{} ({})",
        command.label(),
        command.shortcut_text(KeyNames::of(ui.ctx()))
    );
    if super::a11y::hover_text(ui.button(text), hover).clicked() {
        chosen.push(command);
    }
}

fn zoom_ui(ui: &mut Ui, zoom: f32, chosen: &mut Vec<UiCommand>) {
    command_button_ui(ui, "−", UiCommand::ZoomOut, chosen);
    command_button_ui(
        ui,
        &format!("{:.0}%", (zoom * 100.0).round()),
        UiCommand::ZoomReset,
        chosen,
    );
    command_button_ui(ui, "+", UiCommand::ZoomIn, chosen);
}

/// What the menus show besides the command table.
struct Menus<'a> {
    theme: ThemeChoice,
    /// The guide's title beside the menus, where it fits.
    title: Option<&'a str>,
    guide: &'a Guide,
    export_running: bool,
}

/// The menus and the title; returns where their content ends (the bar itself takes the row).
fn menus_ui(
    ui: &mut Ui,
    menus: &Menus<'_>,
    sections: Option<&ViewContext<'_>>,
    chosen: &mut Vec<UiCommand>,
    exports: &mut Vec<Command>,
) -> f32 {
    egui::MenuBar::new()
        .ui(ui, |ui| {
            // egui gives the bar a menu's role; it is the bar the menus hang from.
            a11y::set_enclosing_role(ui, egui::UiKind::Menu, egui::accesskit::Role::MenuBar, "Menus");
            let mut right = ui.min_rect().left();
            if let Some(ctx) = sections {
                let (button, picked) = super::sidebar::sections_menu_ui(ui, ctx);
                let open = egui::Popup::is_id_open(ui.ctx(), egui::Popup::default_response_id(&button));
                ui.ctx().accesskit_node_builder(button.id, |node| {
                    node.set_has_popup(egui::accesskit::HasPopup::Menu);
                    node.set_expanded(open);
                });
                match picked {
                    Some(Place::Section(index)) => exports.push(Command::SelectSection(index)),
                    Some(Place::Plan) => chosen.push(UiCommand::OpenPlan),
                    None => {}
                }
                right = right.max(button.rect.right());
            }
            for (menu, name) in [(Menu::File, "File"), (Menu::View, "View"), (Menu::Help, "Help")] {
                let button = ui.menu_button(name, |ui| {
                    a11y::name_enclosing(ui, egui::UiKind::Menu, name);
                    menu_items_ui(ui, menu, menus, chosen, exports);
                });
                // A menu button says it opens a menu, and whether that menu is open.
                let open = button.inner.is_some();
                ui.ctx().accesskit_node_builder(button.response.id, |node| {
                    node.set_has_popup(egui::accesskit::HasPopup::Menu);
                    node.set_expanded(open);
                });
                right = right.max(button.response.rect.right());
            }
            if let Some(title) = menus.title {
                ui.separator();
                let tokens = Tokens::of(ui);
                let label = ui.label(
                    RichText::new(title)
                        .size(size::SUBHEADING)
                        .strong()
                        .color(tokens.text_strong),
                );
                right = right.max(label.rect.right());
            }
            right
        })
        .inner
}

/// File › Export chart: a submenu per chart, each with the chart's own export items.
fn export_chart_menu_ui(ui: &mut Ui, menus: &Menus<'_>, exports: &mut Vec<Command>) {
    let hover = format!(
        "Save a chart as an image, a PDF or its data ({}: the open section's chart as PNG)",
        UiCommand::ExportChart.shortcut_text(KeyNames::of(ui.ctx()))
    );
    let menu = ui.menu_button("Export chart", |ui| {
        ui.spacing_mut().button_padding = egui::vec2(10.0, 5.0);
        for chart in ChartId::ALL {
            ui.menu_button(chart.title(menus.guide), |ui| {
                ui.set_min_width(160.0);
                ui.spacing_mut().button_padding = egui::vec2(10.0, 5.0);
                exports.extend(export_menu::export_items_ui(ui, menus.export_running, chart));
            });
        }
    });
    super::a11y::hover_text(menu.response, hover);
}

/// The items of one menu, in the command table's order, a line between groups.
fn menu_items_ui(
    ui: &mut Ui,
    menu: Menu,
    menus: &Menus<'_>,
    chosen: &mut Vec<UiCommand>,
    exports: &mut Vec<Command>,
) {
    // Room to breathe: taller items, and a gap between a label and its shortcut.
    ui.set_min_width(240.0);
    ui.spacing_mut().button_padding = egui::vec2(10.0, 5.0);
    let mut last_group = None;
    for (command, group) in UiCommand::in_menu(menu) {
        if last_group.is_some_and(|g| g != group) {
            ui.separator();
        }
        last_group = Some(group);
        if command == UiCommand::ExportChart {
            export_chart_menu_ui(ui, menus, exports);
            continue;
        }
        let button = match command {
            UiCommand::Theme(theme) => Button::selectable(menus.theme == theme, command.label()),
            _ => match command.shortcut_text(KeyNames::of(ui.ctx())) {
                keys if keys.is_empty() => Button::new(command.label()),
                keys => Button::new(command.label()).shortcut_text(keys),
            },
        };
        let response = ui.add(button);
        // Menu items, not plain buttons; a theme is one of three, checked or not.
        ui.ctx()
            .accesskit_node_builder(response.id, |node| match command {
                UiCommand::Theme(theme) => {
                    node.set_role(egui::accesskit::Role::MenuItemRadio);
                    node.set_toggled(if menus.theme == theme {
                        egui::accesskit::Toggled::True
                    } else {
                        egui::accesskit::Toggled::False
                    });
                }
                _ => node.set_role(egui::accesskit::Role::MenuItem),
            });
        if response.clicked() {
            chosen.push(command);
            // However it was activated (a click, Enter, or a screen reader's "click" action,
            // which egui's menu does not close on), the menu closes.
            ui.close();
        }
    }
}
