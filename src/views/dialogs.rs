//! The keyboard shortcut sheet and the About dialog.

use egui::{RichText, Ui};

use super::{ViewContext, text};
use crate::{
    command::Command,
    model::Guide,
    tokens::{Tokens, size},
    ui_command::UiCommand,
};

/// Which dialog is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    Shortcuts,
    About,
}

pub fn dialog_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, dialog: Dialog) {
    let egui_ctx = ui.ctx().clone();
    let response = egui::Modal::new(egui::Id::unique("dialog")).show(&egui_ctx, |ui| {
        ui.set_width(460.0);
        match dialog {
            Dialog::Shortcuts => shortcuts_ui(ui),
            Dialog::About => about_ui(ui, ctx.guide),
        }
        ui.add_space(10.0);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.button("Close").clicked()
        })
        .inner
    });
    if response.inner || response.should_close() {
        ctx.send(Command::CloseDialog);
    }
}

fn shortcuts_ui(ui: &mut Ui) {
    text::heading_ui(ui, "Keyboard shortcuts", text::Level::Heading);
    let tokens = Tokens::of(ui);
    egui::Grid::new("shortcuts")
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for command in UiCommand::ALL {
                let keys = command.all_shortcuts_text();
                if keys.is_empty() {
                    continue;
                }
                ui.label(RichText::new(keys).monospace().color(tokens.text_strong));
                ui.label(command.description());
                ui.end_row();
            }
        });
    text::caption_ui(ui, "On macOS, Cmd replaces Ctrl.");
}

fn about_ui(ui: &mut Ui, guide: &Guide) {
    text::heading_ui(ui, "About medtech-guide", text::Level::Heading);
    text::paragraph_ui(
        ui,
        &format!(
            "Version {}. The {}, offline, with charts of salary by experience and salaries around the world.",
            env!("CARGO_PKG_VERSION"),
            guide.text.title
        ),
    );
    text::heading_ui(ui, "Data sources", text::Level::Subheading);
    let facts = &guide.text.key_facts;
    let mut sources = vec![
        format!("Median salary: {}", facts.median_salary.source.label()),
        format!("Growth outlook: {}", facts.growth.source.label()),
        format!("Annual openings: {}", facts.annual_openings.source.label()),
        format!("Salary by experience: {}", guide.salary.source.label()),
        format!("Salaries around the world: {}", guide.global.source.label()),
    ];
    for (_, note) in facts.notes() {
        if let Some(source) = &note.checked_against {
            sources.push(format!("Checked against: {}", source.label()));
        }
    }
    sources.dedup();
    for source in &sources {
        text::bullet_ui(ui, "•", source);
    }
    text::heading_ui(ui, "Licence", text::Level::Subheading);
    ui.label(RichText::new(format!("{} (code).", env!("CARGO_PKG_LICENSE"))).size(size::BODY));
    text::caption_ui(
        ui,
        &format!(
            "Source: {}. Its text is rewritten here in our own words; its facts and figures are as \
             published, with a data note wherever one differs from the body it cites.",
            crate::model::GUIDE_CITATION
        ),
    );
}
