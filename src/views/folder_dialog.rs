//! The in-window folder dialog, used when the system's own cannot be shown (as the save dialog
//! is): a path field, checked as it is typed, for opening a data folder or saving a copy of the
//! data. Saving over an earlier copy asks first; a missing folder is made when the copy is saved.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{ViewContext, text};
use crate::{
    command::Command, export::data_copy, jobs::FolderPurpose, model::load::DATA_FILES, tokens::Tokens,
};

/// What the folder is for, and the path typed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct FolderDialog {
    purpose: FolderPurpose,
    path: String,
    /// Sent; the dialog waits to hear how it went.
    busy: bool,
    /// Why the last attempt failed; cleared when the path changes.
    problem: Option<String>,
    focus: bool,
}

impl FolderDialog {
    /// A dialog for `purpose`, proposing `folder`.
    #[must_use]
    pub fn new(purpose: FolderPurpose, folder: &Path) -> Self {
        Self {
            purpose,
            path: folder.display().to_string(),
            busy: false,
            problem: None,
            focus: true,
        }
    }

    /// Replaces the path typed, as typing would.
    pub fn set_path(&mut self, path: &str) {
        path.clone_into(&mut self.path);
    }

    /// The attempt failed for `reason`: shown, with the path kept and the keyboard back in it.
    pub fn failed(&mut self, reason: String) {
        self.busy = false;
        self.problem = Some(reason);
        self.focus = true;
    }

    /// The folder typed, and what can be done with it: the button's label, or why not (a
    /// warning, or a note that does not stop it).
    fn checked(&self) -> (PathBuf, Check) {
        let path = PathBuf::from(self.path.trim());
        let check = if self.path.trim().is_empty() {
            Check::Refused("Type the folder's path.".to_owned())
        } else if path.exists() && !path.is_dir() {
            Check::Refused(format!("{} is a file, not a folder.", path.display()))
        } else {
            match self.purpose {
                FolderPurpose::OpenData if !path.is_dir() => {
                    Check::Refused(format!("There is no folder {}.", path.display()))
                }
                FolderPurpose::OpenData => {
                    let missing: Vec<&str> = DATA_FILES
                        .into_iter()
                        .filter(|name| !path.join(name).exists())
                        .collect();
                    if missing.is_empty() {
                        Check::Ready(
                            "Open",
                            "Shows its data, and each change you save to it.".to_owned(),
                        )
                    } else {
                        Check::Warned(
                            "Open",
                            format!(
                                "This folder has no {}; File › Save a copy of the data… makes a folder with every file.",
                                missing.join(", ")
                            ),
                        )
                    }
                }
                FolderPurpose::SaveCopy => {
                    let existing = data_copy::existing(&path);
                    if existing.is_empty() {
                        let note = format!("Writes {} and README.txt there.", DATA_FILES.join(", "));
                        Check::Ready("Save", note)
                    } else {
                        let note = format!(
                            "The folder already holds {}; saving replaces them.",
                            existing.join(", ")
                        );
                        Check::Warned("Replace", note)
                    }
                }
            }
        };
        (path, check)
    }
}

/// What the typed folder allows.
enum Check {
    Ready(&'static str, String),
    Warned(&'static str, String),
    Refused(String),
}

/// Draws the dialog; sends the folder chosen, or the close.
pub fn folder_dialog_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, dialog: &mut FolderDialog) {
    let egui_ctx = ui.ctx().clone();
    let mut chosen = None;
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("folder_dialog"))
        .frame(super::dialogs::dialog_frame(&egui_ctx))
        .show(&egui_ctx, |ui| {
            ui.set_width(super::dialogs::fitted_width(&egui_ctx, 520.0));
            text::heading_ui(ui, dialog.purpose.title(), text::Level::Heading);
            let field = super::save_dialog::path_field_ui(
                ui,
                "Folder",
                &mut dialog.path,
                &mut dialog.focus,
                &mut dialog.problem,
            );
            let warning = Tokens::of(ui).warning_text;
            let (path, check) = dialog.checked();
            let action = match &check {
                Check::Ready(action, note) => {
                    text::caption_ui(ui, note);
                    Some(*action)
                }
                Check::Warned(action, note) => {
                    ui.add(egui::Label::new(RichText::new(note).color(warning)).wrap());
                    Some(*action)
                }
                Check::Refused(why) => {
                    ui.add(egui::Label::new(RichText::new(why).color(warning)).wrap());
                    None
                }
            };
            ui.add_space(8.0);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let label = if dialog.busy {
                    "Working…"
                } else {
                    action.unwrap_or("Open")
                };
                let button = ui.add_enabled(action.is_some() && !dialog.busy, egui::Button::new(label));
                if (button.clicked() || enter) && action.is_some() && !dialog.busy {
                    chosen = Some((path, action == Some("Replace")));
                }
                close = ui.button("Cancel").clicked();
            });
        });
    if let Some((folder, replace)) = chosen {
        dialog.busy = true;
        dialog.problem = None;
        ctx.send(match dialog.purpose {
            FolderPurpose::OpenData => Command::OpenDataFolder(folder),
            FolderPurpose::SaveCopy => Command::SaveDataCopy { folder, replace },
        });
    } else if close || modal.should_close() {
        ctx.send(Command::CloseFolderDialog);
    }
}
