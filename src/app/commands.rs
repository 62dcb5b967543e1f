//! The one place commands are applied, after the frame that sent them.

use std::path::PathBuf;

use super::GuideApp;
use crate::{
    command::Command,
    export::{
        ChartFormat, ChartId, PlanFormat, PlanPart, Target,
        pdf::{PrintDocument, PrintFormat},
    },
    jobs::{ExportJob, ExportRequest, FolderPurpose},
    model::Block,
    state::{self, UiState},
    ui_command::UiCommand,
    views::dialogs::Dialog,
};

impl GuideApp {
    pub(super) fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(command) => self.apply_ui(ctx, command),
            Command::SelectSection(index) => {
                // A section picked while results are shown is what the person wants to read.
                self.views.search.close();
                self.open_section(index, true);
            }
            Command::DismissBanner => self.banner = None,
            Command::CloseSearch => self.views.search.close(),
            Command::SelectHit(index) => self.views.search.select(index),
            Command::OpenHit(index) => {
                if let Some(hit) = self.views.search.take_hit(index)
                    && self.present.guide().text.sections.get(hit.section).is_some()
                {
                    self.wanted_section = None;
                    self.views.reader.open_at(hit.section, hit.block, hit.part);
                }
            }
            Command::CloseDialog => self.views.dialogs.close(ctx),
            Command::SetSalaryChart(options) => self.state.salary_chart = options,
            Command::SetGlobalChart(options) => self.state.global_chart = options,
            Command::SetAnswers(answers) => self.set_answers(answers),
            Command::OpenInGuide { section, block, item } => {
                if let Some(index) = self.present.guide().section_index(&section) {
                    self.wanted_section = None;
                    let part = item.map(crate::search::Part::Item);
                    self.views.reader.open_at(index, Some(block), part);
                }
            }
            Command::Export(request, path) => {
                let job = self.export_job(ctx, request, path, false);
                self.exports.start(ctx, &self.present, job);
            }
            Command::SaveFromDialog {
                request,
                path,
                settings,
            } => {
                self.state.export = settings.sanitized();
                let job = self.export_job(ctx, request, Some(path), true);
                if let Err(message) = self.exports.try_start(ctx, &self.present, job)
                    && let Some(dialog) = &mut self.views.save_dialog
                {
                    dialog.failed(message);
                }
            }
            Command::CreateFolder(folder) => {
                if let Some(dialog) = &mut self.views.save_dialog {
                    match std::fs::create_dir_all(&folder) {
                        Ok(()) => dialog.folder_created(),
                        Err(e) => dialog.failed(format!(
                            "Could not create the folder {}: {}",
                            folder.display(),
                            crate::fs::describe_io_error(&e)
                        )),
                    }
                }
            }
            Command::DismissToast => self.exports.dismiss_toast(),
            Command::HoldToast => self.exports.hold_toast(),
            Command::CloseSaveDialog => self.views.save_dialog = None,
            Command::OpenFolder(folder) => self.exports.open_folder(ctx, folder),
            Command::OpenDataFolder(folder) => self.open_data_folder(ctx, &folder),
            Command::SaveDataCopy { folder, replace } => self.save_data_copy(ctx, folder, replace),
            Command::CloseFolderDialog => self.views.folder_dialog = None,
        }
    }

    fn apply_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::Search => {
                self.views.search.focus_box();
                self.views.dialogs.dismiss();
            }
            UiCommand::CloseOrCancel => {
                self.views.dialogs.close(ctx);
                self.views.search.close();
                self.views.plan.cancel_clear();
            }
            UiCommand::OpenSelectedResult => self.apply(ctx, Command::OpenHit(self.views.search.selected())),
            // The plan is listed below the last section.
            UiCommand::Previous => {
                let last = self.present.guide().text.sections.len();
                let index = self.section_index().unwrap_or(last);
                self.open_section(index.saturating_sub(1), true);
            }
            UiCommand::Next => {
                if let Some(index) = self.section_index() {
                    self.open_section(index + 1, true);
                }
            }
            UiCommand::OpenPlan => {
                self.views.search.close();
                self.wanted_section = None;
                self.views.reader.open_plan();
            }
            UiCommand::First => self.open_section(0, true),
            UiCommand::Last => {
                self.open_section(self.present.guide().text.sections.len().saturating_sub(1), true);
            }
            UiCommand::PageUp => self.views.reader.page_up(),
            UiCommand::PageDown => self.views.reader.page_down(),
            UiCommand::ExportChart => {
                if let Some(chart) = self.current_chart() {
                    let request = ExportRequest::Save(Target::Chart(chart, ChartFormat::Png));
                    self.apply(ctx, Command::Export(request, None));
                } else {
                    // Never silently nothing: say where the charts are.
                    let message = "This section has no chart. File › Export chart offers both charts.";
                    self.exports.show(ctx, message.to_owned(), false);
                }
            }
            UiCommand::ExportGuidePdf => self.export_document(ctx, PrintDocument::Guide, PrintFormat::Pdf),
            UiCommand::ExportHandoutPdf => {
                self.export_document(ctx, PrintDocument::Handout, PrintFormat::Pdf);
            }
            UiCommand::ExportHandoutPng => {
                self.export_document(ctx, PrintDocument::Handout, PrintFormat::Png);
            }
            UiCommand::ExportPlanMarkdown | UiCommand::ExportPlanPdf => {
                let format = if command == UiCommand::ExportPlanPdf {
                    PlanFormat::Pdf
                } else {
                    PlanFormat::Markdown
                };
                let answers = std::sync::Arc::new(self.state.answers.clone());
                let target = Target::Plan(answers, PlanPart::Document(format));
                self.apply(ctx, Command::Export(ExportRequest::Save(target), None));
            }
            UiCommand::Print => self.apply(ctx, Command::Export(ExportRequest::Print, None)),
            UiCommand::OpenDataFolder => self.data_folder.pick(ctx, FolderPurpose::OpenData),
            UiCommand::SaveDataCopy => self.data_folder.pick(ctx, FolderPurpose::SaveCopy),
            UiCommand::UseBundledData => self.use_bundled_data(ctx),
            UiCommand::ZoomIn | UiCommand::ZoomOut | UiCommand::ZoomReset => {
                self.state.zoom = match command {
                    UiCommand::ZoomIn => state::zoom_in(self.state.zoom),
                    UiCommand::ZoomOut => state::zoom_out(self.state.zoom),
                    _ => 1.0,
                };
                ctx.set_zoom_factor(self.state.zoom);
            }
            UiCommand::Theme(theme) => {
                self.state.theme = theme;
                ctx.set_theme(theme.preference());
            }
            UiCommand::Shortcuts => self.views.dialogs.open(ctx, Dialog::Shortcuts),
            UiCommand::About => self.views.dialogs.open(ctx, Dialog::About),
            UiCommand::ResetView => {
                // The export choices and the data folder are not part of the view, nor is the
                // open section (the reader's: the live state's `section` stays empty).
                self.state = UiState {
                    section: String::new(),
                    export: self.state.export,
                    data_folder: self.state.data_folder.take(),
                    // Nor are the plan's answers (cleared only by their own button).
                    answers: std::mem::take(&mut self.state.answers),
                    ..UiState::default()
                };
                ctx.set_theme(self.state.theme.preference());
                ctx.set_zoom_factor(self.state.zoom);
            }
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Opens section `index` if there is one; `from_top` scrolls a newly opened section to its
    /// top.
    fn open_section(&mut self, index: usize, from_top: bool) {
        if self.present.guide().text.sections.get(index).is_some() {
            self.wanted_section = None;
            self.views.reader.open(index, from_top);
        }
    }

    fn export_document(&mut self, ctx: &egui::Context, document: PrintDocument, format: PrintFormat) {
        self.apply(
            ctx,
            Command::Export(ExportRequest::Save(Target::Print(document, format)), None),
        );
    }

    /// `request` with the remembered export settings (what it uses of them), the regions in the
    /// window's order, to `path` or where the person chooses.
    pub(super) fn export_job(
        &self,
        ctx: &egui::Context,
        request: ExportRequest,
        path: Option<PathBuf>,
        from_dialog: bool,
    ) -> ExportJob {
        let settings = self.state.export;
        let window_dark = ctx.global_style().visuals.dark_mode;
        ExportJob {
            options: settings.render_options(request.offered(), window_dark, self.state.global_chart.sort),
            request,
            paper: settings.paper(),
            path,
            from_dialog,
        }
    }

    /// The first chart of the open section, for Ctrl+E.
    fn current_chart(&self) -> Option<ChartId> {
        self.section()?.blocks.iter().find_map(|block| match block {
            Block::Chart(id) => ChartId::for_data_set(self.present.guide(), id),
            _ => None,
        })
    }
}
