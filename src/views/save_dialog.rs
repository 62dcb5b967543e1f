//! The in-window save dialog, used when the system's own cannot be shown: a path field with the
//! folder and a suggested file name, checked before saving; what the format can be given (size,
//! theme, paper: [`super::save_options`]); a missing folder can be created. A failed save keeps
//! the dialog open, the path as typed, with the reason shown.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{ViewContext, a11y, save_options, text};
use crate::{command::Command, export::ExportSettings, jobs::ExportRequest, tokens::Tokens};

/// What is being saved, how, and the path typed so far.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDialog {
    request: ExportRequest,
    path: String,
    /// The size, theme and paper chosen (those the request uses are offered).
    settings: ExportSettings,
    /// The save was sent; the dialog waits to hear how it went.
    saving: bool,
    /// Why the last save or "Create folder" failed; cleared when the path changes.
    problem: Option<String>,
    /// Set to focus the path field on the next frame.
    focus: bool,
}

/// Why the typed path cannot be saved to yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    /// The path is a folder.
    IsFolder(PathBuf),
    /// The folder to save in does not exist (it can be created).
    MissingFolder(PathBuf),
    /// What should be the folder is a file.
    NotAFolder(PathBuf),
}

impl PathProblem {
    /// What is wrong, in a sentence.
    #[must_use]
    pub fn message(&self) -> String {
        match self {
            Self::Empty => "Type where to save the file.".to_owned(),
            Self::IsFolder(path) => format!("{} is a folder; add a file name.", path.display()),
            Self::MissingFolder(folder) => format!("The folder {} does not exist.", folder.display()),
            Self::NotAFolder(file) => format!("{} is a file, not a folder.", file.display()),
        }
    }
}

impl SaveDialog {
    /// A dialog proposing `folder/salary-by-experience.png`, with the remembered `settings`.
    #[must_use]
    pub fn new(request: ExportRequest, folder: &Path, settings: ExportSettings) -> Self {
        Self {
            path: folder.join(request.file_name().0).display().to_string(),
            request,
            settings,
            saving: false,
            problem: None,
            focus: true,
        }
    }

    /// The path as typed.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Replaces the path typed, as typing would.
    pub fn set_path(&mut self, path: &str) {
        path.clone_into(&mut self.path);
    }

    /// The path to save to (with the format's extension added if it has none), or what is wrong.
    pub fn checked_path(&self) -> Result<PathBuf, PathProblem> {
        let typed = self.path.trim();
        if typed.is_empty() {
            return Err(PathProblem::Empty);
        }
        let mut path = PathBuf::from(typed);
        if path.extension().is_none() {
            path.set_extension(self.request.file_name().1);
        }
        if path.is_dir() {
            return Err(PathProblem::IsFolder(path));
        }
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if folder.is_file() {
            return Err(PathProblem::NotAFolder(folder));
        }
        if !folder.is_dir() {
            return Err(PathProblem::MissingFolder(folder));
        }
        Ok(path)
    }

    /// The save (or creating the folder) failed for `reason`: shown, with the path kept and the
    /// keyboard back in it.
    pub fn failed(&mut self, reason: String) {
        self.saving = false;
        self.problem = Some(reason);
        self.focus = true;
    }

    /// The missing folder was created: the keyboard goes back to the path, so Enter saves.
    pub fn folder_created(&mut self) {
        self.problem = None;
        self.focus = true;
    }
}

/// Draws the dialog; sends the save, the folder to create or the close when the person decides.
pub fn save_dialog_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, dialog: &mut SaveDialog) {
    let egui_ctx = ui.ctx().clone();
    let title = format!("Export {}", dialog.request.describe(ctx.guide()));
    let mut decided = None;
    let modal = egui::Modal::new(egui::Id::unique("save_dialog"))
        .frame(super::dialogs::dialog_frame(&egui_ctx))
        .show(&egui_ctx, |ui| {
            ui.set_width(super::dialogs::fitted_width(&egui_ctx, 520.0));
            text::heading_ui(ui, &title, text::Level::Heading);
            let field = path_field_ui(
                ui,
                "Save to",
                &mut dialog.path,
                &mut dialog.focus,
                &mut dialog.problem,
            );
            let checked = dialog.checked_path();
            let exists = checked.as_ref().is_ok_and(|p| p.exists());
            let warning = Tokens::of(ui).warning_text;
            match &checked {
                Err(problem) => {
                    ui.add(egui::Label::new(RichText::new(problem.message()).color(warning)).wrap());
                    if let PathProblem::MissingFolder(folder) = problem
                        && ui.button("Create folder").clicked()
                    {
                        decided = Some(Decision::CreateFolder(folder.clone()));
                    }
                }
                Ok(_) if dialog.problem.is_some() => {}
                Ok(_) if exists => {
                    text::caption_ui(ui, "A file of that name exists; saving replaces it.");
                }
                Ok(path) => {
                    text::caption_ui(ui, &format!("Saves {}", path.display()));
                }
            }
            save_options::options_ui(ui, dialog.request.offered(), &mut dialog.settings);
            ui.add_space(8.0);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let label = match (dialog.saving, exists) {
                    (true, _) => "Saving…",
                    (false, true) => "Replace",
                    (false, false) => "Save",
                };
                let save = ui.add_enabled(checked.is_ok() && !dialog.saving, egui::Button::new(label));
                if (save.clicked() || enter)
                    && !dialog.saving
                    && let Ok(path) = &checked
                {
                    decided = Some(Decision::Save(path.clone()));
                }
                if ui.button("Cancel").clicked() {
                    decided = Some(Decision::Close);
                }
            });
        });
    if modal.should_close() && decided.is_none() {
        decided = Some(Decision::Close);
    }
    match decided {
        Some(Decision::Save(path)) => {
            dialog.saving = true;
            dialog.problem = None;
            ctx.send(Command::SaveFromDialog {
                request: dialog.request.clone(),
                path,
                settings: dialog.settings,
            });
        }
        Some(Decision::CreateFolder(folder)) => ctx.send(Command::CreateFolder(folder)),
        Some(Decision::Close) => ctx.send(Command::CloseSaveDialog),
        None => {}
    }
}

/// The labelled path field of an in-window dialog (the save dialog, the folder dialog), with the
/// keyboard in it when `focus` is set, and below it why the last attempt failed (`problem`,
/// announced; cleared when the path is edited).
pub(super) fn path_field_ui(
    ui: &mut Ui,
    label: &str,
    path: &mut String,
    focus: &mut bool,
    problem: &mut Option<String>,
) -> egui::Response {
    let label = ui.label(label);
    let field = ui
        .add(egui::TextEdit::singleline(path).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if std::mem::take(focus) {
        field.request_focus();
    }
    if field.changed() {
        *problem = None;
    }
    if let Some(problem) = problem {
        let warning = Tokens::of(ui).warning_text;
        let shown = ui.add(egui::Label::new(RichText::new(problem.as_str()).color(warning)).wrap());
        a11y::announce(ui, &shown);
    }
    field
}

/// What the person decided in this frame.
enum Decision {
    Save(PathBuf),
    CreateFolder(PathBuf),
    Close,
}
