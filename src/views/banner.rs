//! The dismissible banner listing problems found in a `--data` directory.

use egui::{RichText, Ui};

use crate::{
    command::{Command, Commands},
    model::Problems,
    tokens::{Tokens, size},
};

/// The problems found in a `--data` directory, shown in a dismissible banner.
#[derive(Debug, Clone)]
pub struct Banner {
    pub heading: String,
    pub problems: Problems,
}

pub fn banner_ui(ui: &mut Ui, banner: &Banner, commands: &mut Commands) {
    let tokens = Tokens::of(ui);
    let mut dismiss = false;
    egui::Panel::top("problems_banner")
        .frame(
            egui::Frame::new()
                .fill(tokens.warning_fill)
                .inner_margin(egui::Margin::symmetric(12, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&banner.heading).strong().color(tokens.warning_text));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    dismiss = ui.button("Dismiss").clicked();
                });
            });
            let output = egui::ScrollArea::vertical()
                .id_salt("problems_scroll")
                .max_height(120.0)
                .show(ui, |ui| {
                    for problem in &banner.problems.0 {
                        ui.add(
                            egui::Label::new(
                                RichText::new(problem.to_string())
                                    .monospace()
                                    .size(size::SMALL)
                                    .color(tokens.warning_text),
                            )
                            .wrap(),
                        );
                    }
                });
            super::a11y::name_scroll_bars(ui, &output, "Data problems");
        });
    if dismiss {
        commands.send(Command::DismissBanner);
    }
}
