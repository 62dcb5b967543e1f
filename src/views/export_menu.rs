//! The `Export…` menu under each chart, and the message that reports how an export went.

use egui::{RichText, Ui};

use crate::{
    command::{Command, Commands},
    export::{ChartFormat, ChartId, Target},
    jobs::{ExportRequest, Toast},
    tokens::{Tokens, size},
    ui_command::{KeyNames, UiCommand},
};

/// The items of a chart's export menu: PNG, SVG, PDF and CSV, then `Copy image`; the command
/// chosen, if any. Disabled while an export runs (`running`). Also under File › Export chart.
pub fn export_items_ui(ui: &mut Ui, running: bool, chart: ChartId) -> Option<Command> {
    let mut command = None;
    for format in ChartFormat::ALL {
        if ui
            .add_enabled(!running, egui::Button::new(format!("{}…", format.label())))
            .clicked()
        {
            command = Some(Command::Export(
                ExportRequest::Save(Target::Chart(chart, format)),
                None,
            ));
        }
    }
    ui.separator();
    if ui
        .add_enabled(!running, egui::Button::new("Copy image"))
        .clicked()
    {
        command = Some(Command::Export(ExportRequest::CopyImage(chart), None));
    }
    command
}

/// `Export…` with PNG, SVG, PDF and CSV, and `Copy image`; returns the command chosen.
/// Disabled while an export runs (`running`).
pub fn export_menu_ui(ui: &mut Ui, running: bool, chart: ChartId) -> Option<Command> {
    let mut command = None;
    let menu = ui
        .menu_button("Export…", |ui| {
            command = export_items_ui(ui, running, chart);
        })
        .response;
    super::a11y::hover_text(
        menu,
        format!(
            "Save this chart as an image, a PDF or its data ({}: PNG)",
            UiCommand::ExportChart.shortcut_text(KeyNames::of(ui.ctx()))
        ),
    );
    if running {
        ui.spinner();
        ui.label(RichText::new("Exporting…").size(size::SMALL));
    }
    command
}

/// The last export's outcome, bottom right, until it times out or is closed.
pub fn toast_ui(ui: &mut Ui, toast: &Toast, commands: &mut Commands) {
    let tokens = Tokens::of(ui);
    let ctx = ui.ctx().clone();
    egui::Area::new(egui::Id::unique("export_toast"))
        .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
        .order(egui::Order::Foreground)
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style())
                .fill(if toast.is_error {
                    tokens.warning_fill
                } else {
                    tokens.card_fill
                })
                .show(ui, |ui| {
                    ui.set_max_width(520.0);
                    ui.horizontal(|ui| {
                        let color = if toast.is_error {
                            tokens.warning_text
                        } else {
                            tokens.text
                        };
                        let message =
                            ui.add(egui::Label::new(RichText::new(&toast.text).color(color)).wrap());
                        // Said by a screen reader when it appears. With one listening (egui
                        // builds the accessibility tree only then), it stays until closed, however
                        // long reading it takes.
                        super::a11y::announce(ui, &message);
                        if !toast.held && ui.ctx().has_accesskit_node(message.id) {
                            commands.send(Command::HoldToast);
                        }
                        if let Some(folder) = &toast.folder
                            && ui.small_button("Open folder").clicked()
                        {
                            commands.send(Command::OpenFolder(folder.clone()));
                        }
                        if ui.small_button("Close").clicked() {
                            commands.send(Command::DismissToast);
                        }
                    });
                });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The commands the message sends in one frame, with or without a screen reader listening
    /// (egui builds the accessibility tree only when one asks for it).
    fn sent(screen_reader: bool) -> Vec<Command> {
        let ctx = egui::Context::default();
        if screen_reader {
            ctx.enable_accesskit();
        }
        let toast = Toast {
            text: "Saved levels.csv to /tmp".to_owned(),
            is_error: false,
            folder: None,
            until: 6.0,
            held: false,
        };
        let mut commands = Commands::default();
        // Two frames: an area is laid out unseen the first time it shows.
        for _ in 0..2 {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                toast_ui(ui, &toast, &mut commands);
            });
            // No renderer here to take the font texture.
            output.textures_delta.clear();
        }
        commands.take()
    }

    #[test]
    fn the_message_is_held_only_while_a_screen_reader_listens() {
        assert_eq!(sent(true), vec![Command::HoldToast]);
        assert_eq!(sent(false), Vec::<Command>::new());
    }
}
