//! The in-window save dialog, used when the system's own cannot be shown: a path field with the
//! folder and a suggested file name, checked before saving.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{ViewContext, text};
use crate::{command::Command, jobs::ExportRequest, tokens::Tokens};

/// What is being saved, and the path typed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDialog {
    pub request: ExportRequest,
    pub path: String,
    /// Set to focus the path field on the first frame.
    focus: bool,
}

impl SaveDialog {
    /// A dialog proposing `folder/salary-by-experience.png`.
    #[must_use]
    pub fn new(request: ExportRequest, folder: &Path) -> Self {
        Self {
            request,
            path: folder.join(request.file_name().0).display().to_string(),
            focus: true,
        }
    }

    /// The path to save to (with the format's extension added if it has none), or what is wrong.
    pub fn checked_path(&self) -> Result<PathBuf, String> {
        let typed = self.path.trim();
        if typed.is_empty() {
            return Err("Type where to save the file.".to_owned());
        }
        let mut path = PathBuf::from(typed);
        if path.extension().is_none() {
            path.set_extension(self.request.file_name().1);
        }
        if path.is_dir() {
            return Err(format!("{} is a folder; add a file name.", path.display()));
        }
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !folder.is_dir() {
            return Err(format!("The folder {} does not exist.", folder.display()));
        }
        Ok(path)
    }
}

/// Draws the dialog; sends the export (or the close) when the person decides.
pub fn save_dialog_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, dialog: &mut SaveDialog) {
    let egui_ctx = ui.ctx().clone();
    let title = format!("Export {}", dialog.request.describe(ctx.guide));
    let mut decided = None;
    let modal = egui::Modal::new(egui::Id::unique("save_dialog")).show(&egui_ctx, |ui| {
        ui.set_width(520.0);
        text::heading_ui(ui, &title, text::Level::Heading);
        let label = ui.label("Save to");
        let field = ui
            .add(egui::TextEdit::singleline(&mut dialog.path).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if std::mem::take(&mut dialog.focus) {
            field.request_focus();
        }
        let checked = dialog.checked_path();
        let exists = checked.as_ref().is_ok_and(|p| p.exists());
        match &checked {
            Err(problem) => {
                ui.label(RichText::new(problem).color(Tokens::of(ui).warning_text));
            }
            Ok(_) if exists => {
                text::caption_ui(ui, "A file of that name exists; saving replaces it.");
            }
            Ok(path) => {
                text::caption_ui(ui, &format!("Saves {}", path.display()));
            }
        }
        ui.add_space(8.0);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let save = ui.add_enabled(
                checked.is_ok(),
                egui::Button::new(if exists { "Replace" } else { "Save" }),
            );
            if save.clicked() || (enter && checked.is_ok()) {
                decided = checked.ok().map(Some);
            }
            if ui.button("Cancel").clicked() {
                decided = Some(None);
            }
        });
    });
    if modal.should_close() && decided.is_none() {
        decided = Some(None);
    }
    match decided {
        Some(Some(path)) => {
            ctx.send(Command::CloseSaveDialog);
            ctx.send(Command::Export(dialog.request, Some(path)));
        }
        Some(None) => ctx.send(Command::CloseSaveDialog),
        None => {}
    }
}
