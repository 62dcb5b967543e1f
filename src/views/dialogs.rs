//! The keyboard shortcut sheet and the About dialog.

use egui::{RichText, Ui};

use super::text;
use crate::{
    app::{Command, GuideApp},
    tokens::{Tokens, size},
};

/// Every shortcut, as shown in the sheet and beside menu items.
pub const SHORTCUTS: [(&str, &str); 12] = [
    ("Ctrl+F", "Search the guide"),
    ("Esc", "Close search or a dialog"),
    ("Enter", "Open the selected search result"),
    ("↑ / ↓", "Previous / next section (or search result)"),
    ("Home / End", "First / last section"),
    ("Page Up / Page Down", "Scroll the reading panel"),
    ("Ctrl+E", "Export the chart in the current section"),
    ("Ctrl+Plus", "Zoom in"),
    ("Ctrl+Minus", "Zoom out"),
    ("Ctrl+0", "Reset zoom"),
    ("F1 or ?", "Show this sheet"),
    ("Ctrl+Q", "Quit"),
];

/// Which dialog is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    Shortcuts,
    About,
}

pub fn dialog_ui(ui: &mut Ui, app: &mut GuideApp) {
    let Some(dialog) = app.dialog else {
        return;
    };
    let ctx = ui.ctx().clone();
    let response = egui::Modal::new(egui::Id::unique("dialog")).show(&ctx, |ui| {
        ui.set_width(460.0);
        match dialog {
            Dialog::Shortcuts => shortcuts_ui(ui),
            Dialog::About => about_ui(ui, app),
        }
        ui.add_space(10.0);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.button("Close").clicked()
        })
        .inner
    });
    if response.inner || response.should_close() {
        app.push(Command::CloseDialog);
    }
}

fn shortcuts_ui(ui: &mut Ui) {
    text::heading_ui(ui, "Keyboard shortcuts", text::Level::Heading);
    let tokens = Tokens::of(ui);
    egui::Grid::new("shortcuts")
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for (keys, what) in SHORTCUTS {
                ui.label(RichText::new(keys).monospace().color(tokens.text_strong));
                ui.label(what);
                ui.end_row();
            }
        });
    text::caption_ui(ui, "On macOS, Cmd replaces Ctrl.");
}

fn about_ui(ui: &mut Ui, app: &GuideApp) {
    text::heading_ui(ui, "About medtech-guide", text::Level::Heading);
    text::paragraph_ui(
        ui,
        &format!(
            "Version {}. The {}, offline, with charts of salary by experience and salaries around the world.",
            env!("CARGO_PKG_VERSION"),
            app.guide.text.title
        ),
    );
    text::heading_ui(ui, "Data sources", text::Level::Subheading);
    let facts = &app.guide.text.key_facts;
    let mut sources = vec![
        format!("Median salary: {}", facts.median_salary.source.label()),
        format!("Growth outlook: {}", facts.growth.source.label()),
        format!("Annual openings: {}", facts.annual_openings.source.label()),
        format!("Salary by experience: {}", app.guide.salary.source.label()),
        format!("Salaries around the world: {}", app.guide.global.source.label()),
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
