//! The top bar: guide title, theme and zoom.

use egui::{RichText, Ui};

use crate::{
    app::{Command, GuideApp},
    state::ThemeChoice,
    tokens::{Tokens, size},
};

pub fn top_bar_ui(ui: &mut Ui, app: &mut GuideApp) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let tokens = Tokens::of(ui);
            ui.label(
                RichText::new(&app.guide.text.title)
                    .size(size::SUBHEADING)
                    .strong()
                    .color(tokens.text_strong),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let zoom_percent = (app.state.zoom * 100.0).round();
                if ui.button("+").on_hover_text("Zoom in (Ctrl +)").clicked() {
                    app.push(Command::ZoomIn);
                }
                if ui
                    .button(format!("{zoom_percent:.0}%"))
                    .on_hover_text("Reset zoom (Ctrl 0)")
                    .clicked()
                {
                    app.push(Command::ZoomReset);
                }
                if ui.button("−").on_hover_text("Zoom out (Ctrl −)").clicked() {
                    app.push(Command::ZoomOut);
                }
                ui.label(RichText::new("Zoom").color(tokens.text_muted));
                ui.separator();
                for theme in ThemeChoice::ALL.iter().rev() {
                    if ui
                        .selectable_label(app.state.theme == *theme, theme.label())
                        .clicked()
                    {
                        app.push(Command::SetTheme(*theme));
                    }
                }
                ui.label(RichText::new("Theme").color(tokens.text_muted));
            });
        });
        ui.add_space(4.0);
    });
}
