//! The top bar: menus, guide title, search box, theme and zoom.

use egui::{Button, RichText, Ui};

use super::dialogs::Dialog;
use crate::{
    app::{Command, GuideApp},
    state::ThemeChoice,
    tokens::Tokens,
};

/// Id of the search box, for focus.
#[must_use]
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search_box")
}

pub fn top_bar_ui(ui: &mut Ui, app: &mut GuideApp) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.add_space(4.0);
        let mut menu_commands = Vec::new();
        let theme = app.state.theme;
        // The title shows where it fits beside every control (never at the minimum width).
        let title = (ui.available_width() >= 1040.0).then(|| app.guide.text.title.clone());
        egui::Sides::new().height(26.0).show(
            ui,
            |ui| menus_ui(ui, theme, title.as_deref(), &mut menu_commands),
            |ui| {
                zoom_ui(ui, app);
                ui.separator();
                for theme in ThemeChoice::ALL.iter().rev() {
                    if ui
                        .selectable_label(app.state.theme == *theme, theme.label())
                        .on_hover_text(format!("{} theme", theme.label()))
                        .clicked()
                    {
                        app.push(Command::SetTheme(*theme));
                    }
                }
                ui.separator();
                search_box_ui(ui, app);
            },
        );
        for command in menu_commands {
            app.push(command);
        }
        ui.add_space(4.0);
    });
}

fn search_box_ui(ui: &mut Ui, app: &mut GuideApp) {
    let response = ui.add_sized(
        [170.0, 22.0],
        egui::TextEdit::singleline(&mut app.search.query)
            .id(search_box_id())
            .hint_text("Ctrl+F"),
    );
    // Right to left: the label lands left of the box.
    let label = ui.label(RichText::new("Search").color(Tokens::of(ui).text_muted));
    let response = response.labelled_by(label.id);
    if app.search.focus_box {
        response.request_focus();
        app.search.focus_box = false;
    }
    app.update_search();
}

fn zoom_ui(ui: &mut Ui, app: &mut GuideApp) {
    let zoom_percent = (app.state.zoom * 100.0).round();
    if ui.button("+").on_hover_text("Zoom in (Ctrl+Plus)").clicked() {
        app.push(Command::ZoomIn);
    }
    if ui
        .button(format!("{zoom_percent:.0}%"))
        .on_hover_text("Reset zoom (Ctrl+0)")
        .clicked()
    {
        app.push(Command::ZoomReset);
    }
    if ui.button("−").on_hover_text("Zoom out (Ctrl+Minus)").clicked() {
        app.push(Command::ZoomOut);
    }
}

fn menus_ui(ui: &mut Ui, current_theme: ThemeChoice, title: Option<&str>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("View", |ui| {
            let item = |ui: &mut Ui, label: &str, keys: &str| {
                let button = if keys.is_empty() {
                    Button::new(label)
                } else {
                    Button::new(label).shortcut_text(keys)
                };
                ui.add(button).clicked()
            };
            if item(ui, "Search…", "Ctrl+F") {
                commands.push(Command::OpenSearch);
            }
            ui.separator();
            if item(ui, "Zoom in", "Ctrl+Plus") {
                commands.push(Command::ZoomIn);
            }
            if item(ui, "Zoom out", "Ctrl+Minus") {
                commands.push(Command::ZoomOut);
            }
            if item(ui, "Reset zoom", "Ctrl+0") {
                commands.push(Command::ZoomReset);
            }
            ui.separator();
            for theme in ThemeChoice::ALL {
                if ui
                    .add(Button::selectable(
                        current_theme == theme,
                        format!("{} theme", theme.label()),
                    ))
                    .clicked()
                {
                    commands.push(Command::SetTheme(theme));
                }
            }
            ui.separator();
            if item(ui, "Reset view", "") {
                commands.push(Command::ResetView);
            }
            ui.separator();
            if item(ui, "Quit", "Ctrl+Q") {
                commands.push(Command::Quit);
            }
        });
        ui.menu_button("Help", |ui| {
            if ui
                .add(Button::new("Keyboard shortcuts…").shortcut_text("F1"))
                .clicked()
            {
                commands.push(Command::ShowDialog(Dialog::Shortcuts));
            }
            if ui.add(Button::new("About medtech-guide…")).clicked() {
                commands.push(Command::ShowDialog(Dialog::About));
            }
        });
        if let Some(title) = title {
            ui.separator();
            let tokens = crate::tokens::Tokens::of(ui);
            ui.label(
                RichText::new(title)
                    .size(crate::tokens::size::SUBHEADING)
                    .strong()
                    .color(tokens.text_strong),
            );
        }
    });
}
