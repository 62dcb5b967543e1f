//! Which data the window shows, and changing it without losing the reader's place: a data folder
//! opened from the menu, its edits as the watcher reports them, the bundled data again, and a copy
//! of the data saved for editing.

use std::path::{Path, PathBuf};

use super::GuideApp;
use crate::{
    export::{Target, data_copy},
    jobs::{Change, DataNews, ExportRequest, FolderPurpose},
    model::{Guide, Problem, Problems},
    present::Presentation,
    search::SearchIndex,
    views::{Banner, folder_dialog::FolderDialog, reader::Place, salary_chart::SalaryPlotCache},
};

impl GuideApp {
    /// Starts following the folder the window opened on (`--data`, or the one remembered), if it
    /// is there to watch.
    pub(super) fn watch_start_folder(&mut self, ctx: &egui::Context, folder: &Path, loaded: bool) {
        if !folder.is_dir() {
            return;
        }
        // The window already shows the folder's data, or the bundled data and its problems (the
        // watcher's first reload after a fix shows the folder then).
        if let Err(message) = self.data_folder.watch(ctx, folder, false) {
            self.exports.show(ctx, message, true);
        } else if !loaded {
            self.pending_folder = Some(folder.to_path_buf());
        }
    }

    /// Applies what the data folder's jobs found since the last frame.
    pub(super) fn take_data_news(&mut self, ctx: &egui::Context) {
        for news in self.data_folder.poll() {
            match news {
                DataNews::Changed(folder, Change::Loaded(guide)) => self.folder_loaded(ctx, &folder, *guide),
                DataNews::Changed(folder, Change::Problems(problems)) => {
                    let heading = if self.present.guide().origin.folder_path() == Some(folder.as_path()) {
                        format!(
                            "The data in {} has problems; the window keeps showing the last good version",
                            folder.display()
                        )
                    } else {
                        format!(
                            "Could not use the data in {}; showing the {} instead until it is fixed",
                            folder.display(),
                            self.present.guide().origin.short_name()
                        )
                    };
                    self.banner = Some(Banner { heading, problems });
                }
                DataNews::Changed(folder, Change::Gone) => self.folder_gone(ctx, &folder),
                DataNews::Picked(FolderPurpose::OpenData, folder) => self.open_data_folder(ctx, &folder),
                DataNews::Picked(FolderPurpose::SaveCopy, folder) => {
                    if data_copy::existing(&folder).is_empty() {
                        self.save_data_copy(ctx, folder, false);
                    } else {
                        // Never over an earlier copy without asking: the window's dialog asks.
                        self.views.folder_dialog = Some(FolderDialog::new(FolderPurpose::SaveCopy, &folder));
                    }
                }
                DataNews::NeedsFolder(purpose) => {
                    let documents = crate::platform::default_export_dir();
                    let folder = match purpose {
                        FolderPurpose::OpenData => {
                            self.data_folder.watched().map_or(documents, Path::to_path_buf)
                        }
                        FolderPurpose::SaveCopy => documents.join(
                            ExportRequest::Save(Target::DataCopy { replace: false })
                                .file_name()
                                .0,
                        ),
                    };
                    self.views.folder_dialog = Some(FolderDialog::new(purpose, &folder));
                }
                DataNews::Failed(message) => self.exports.show(ctx, message, true),
            }
        }
    }

    /// Shows the data in `folder` once the watcher has loaded it, and follows its edits.
    pub(super) fn open_data_folder(&mut self, ctx: &egui::Context, folder: &Path) {
        // Remembered for the next start, which may begin in another working folder.
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
        match self.data_folder.watch(ctx, &folder, true) {
            Ok(()) => {
                self.pending_folder = Some(folder);
                self.views.folder_dialog = None;
            }
            Err(message) => match &mut self.views.folder_dialog {
                Some(dialog) => dialog.failed(message),
                None => self.exports.show(ctx, message, true),
            },
        }
    }

    /// Back to the data built into the program (File › Use the bundled data).
    pub(super) fn use_bundled_data(&mut self, ctx: &egui::Context) {
        self.data_folder.stop();
        self.pending_folder = None;
        self.state.data_folder = None;
        if self.present.guide().origin.folder_path().is_none() {
            self.banner = None;
            self.exports
                .show(ctx, "The window shows the bundled data.".to_owned(), false);
            return;
        }
        let (guide, banner) = super::load_for_window(None);
        self.replace_guide(guide);
        self.banner = banner;
        self.exports
            .show(ctx, "Showing the bundled data again.".to_owned(), false);
    }

    /// Writes a copy of the bundled data into `folder`, on the export worker.
    pub(super) fn save_data_copy(&mut self, ctx: &egui::Context, folder: PathBuf, replace: bool) {
        let from_dialog = self.views.folder_dialog.is_some();
        let job = self.export_job(
            ctx,
            ExportRequest::Save(Target::DataCopy { replace }),
            Some(folder),
            from_dialog,
        );
        if let Err(message) = self.exports.try_start(ctx, &self.present, job) {
            match &mut self.views.folder_dialog {
                Some(dialog) => dialog.failed(message),
                None => self.exports.show(ctx, message, true),
            }
        }
    }

    fn folder_loaded(&mut self, ctx: &egui::Context, folder: &Path, guide: Guide) {
        let first = self.present.guide().origin.folder_path() != Some(folder);
        self.replace_guide(guide);
        self.banner = None;
        if self.pending_folder.take().is_some() || first {
            // Opened from the menu (not `--data`, which is for this run): shown again next time.
            if self.data_from_command_line.as_deref() != Some(folder) {
                self.state.data_folder = Some(folder.to_path_buf());
            }
            let text = format!(
                "Showing the data in {}; saved edits appear at once.",
                folder.display()
            );
            self.exports.show(ctx, text, false);
        }
    }

    fn folder_gone(&mut self, ctx: &egui::Context, folder: &Path) {
        self.pending_folder = None;
        self.state.data_folder = None;
        let shown = self.present.guide().origin.folder_path() == Some(folder);
        if shown {
            let (guide, _) = super::load_for_window(None);
            self.replace_guide(guide);
        }
        let heading = format!(
            "The data folder {} was removed or renamed; showing the bundled data",
            folder.display()
        );
        let problem = Problem::whole(
            folder.display().to_string(),
            "the folder is gone; open it again with File › Open data folder… if it was moved",
        );
        self.banner = Some(Banner {
            heading,
            problems: Problems(vec![problem]),
        });
        ctx.request_repaint();
    }

    /// Shows `guide` in place of the data shown now, keeping the reader's place: the open section
    /// (by its id), the scroll position, the chart options and the search, run again.
    fn replace_guide(&mut self, guide: Guide) {
        self.search_index = SearchIndex::build(&guide);
        self.views.search.data_changed(&self.search_index);
        // The same section by its id (or the one asked for at start, if this data has it), else
        // the one at the same place.
        let open = self.views.reader.place();
        let id = self
            .wanted_section
            .take()
            .or_else(|| self.section().map(|s| s.id.clone()));
        let last = guide.text.sections.len().saturating_sub(1);
        let place = match (id.and_then(|id| super::guide_app::place_of(&guide, &id)), open) {
            (Some(place), _) => place,
            (None, Place::Section(index)) => Place::Section(index.min(last)),
            (None, Place::Plan) => Place::Plan,
        };
        self.views.reader.data_changed(place);
        self.present = Presentation::of(guide);
        self.views.salary_plot = SalaryPlotCache::new(&self.present.charts.salary);
        self.refresh_plan();
    }
}
