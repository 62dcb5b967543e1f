//! The exports' state on the UI side: one export at a time (a second request while one runs is
//! refused with a message, never silently dropped), and the message saying how it went.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, mpsc},
};

use super::worker::{self, Outcome};
use crate::{
    export::{
        ChartFormat, ChartId, Offered, RenderOptions, Target,
        pdf::{Paper, PrintDocument, PrintFormat},
    },
    model::Guide,
    present::Presentation,
};

/// What an export job should do.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportRequest {
    /// Save the target: to the path given with the request, or where the person chooses in the
    /// save dialog (the data copy: into the folder given).
    Save(Target),
    /// Render the chart and put it on the clipboard.
    CopyImage(ChartId),
    /// Write the guide PDF to a temporary file and open it in the system's PDF viewer.
    Print,
}

impl ExportRequest {
    /// What the request produces, for messages: "Salary by experience level (PNG image)".
    #[must_use]
    pub fn describe(&self, guide: &Guide) -> String {
        match *self {
            Self::Save(ref target) => target.describe(guide),
            Self::CopyImage(chart) => format!("{} (image)", chart.title(guide)),
            Self::Print => "the guide for print".to_owned(),
        }
    }

    /// The file name a save proposes ("salary-by-experience.png"), and its extension.
    #[must_use]
    pub fn file_name(&self) -> (String, &'static str) {
        match *self {
            Self::Save(ref target) => target.file_name(),
            Self::CopyImage(chart) => Target::Chart(chart, ChartFormat::Png).file_name(),
            Self::Print => Target::Print(PrintDocument::Guide, PrintFormat::Pdf).file_name(),
        }
    }

    /// Which export settings the request uses, as the command line allows them
    /// ([`Target::offered`]; a copied image as a PNG, printing as the guide PDF).
    #[must_use]
    pub fn offered(&self) -> Offered {
        match *self {
            Self::Save(ref target) => target.offered(),
            Self::CopyImage(chart) => Target::Chart(chart, ChartFormat::Png).offered(),
            Self::Print => Target::Print(PrintDocument::Guide, PrintFormat::Pdf).offered(),
        }
    }
}

/// One export to run: what, drawn how, on which paper, and where (`None`: ask).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportJob {
    pub request: ExportRequest,
    pub options: RenderOptions,
    pub paper: Paper,
    pub path: Option<PathBuf>,
    /// Saved from the in-window dialog, which waits to hear how it went.
    pub from_dialog: bool,
}

/// What the window must do about a finished export.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// No native save dialog can be shown: ask for the path in the window.
    NeedsPath(ExportRequest),
    /// The in-window dialog's save worked (the message says where the file went): close it.
    DialogSaved,
    /// The in-window dialog's save failed, for this reason: keep it open and say why.
    DialogFailed(String),
}

/// A message shown at the bottom of the window for a few seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub is_error: bool,
    /// The folder a file was saved to, for an "Open folder" button.
    pub folder: Option<PathBuf>,
    /// `ctx.input(|i| i.time)` after which it disappears.
    pub until: f64,
    /// Stays until closed: a screen reader is listening, and its user decides when it has been
    /// read.
    pub held: bool,
}

/// How long a toast stays up, in seconds.
pub const TOAST_SECONDS: f64 = 6.0;

/// What a worker thread reports, tagged by the job that sent it: only the export's own outcome
/// ends the export's "running" state.
enum Report {
    /// The export running now ended so.
    Export(Outcome),
    /// "Open folder" failed, for this reason (said in full).
    FolderNotOpened(String),
}

/// The export worker's state, owned by the app.
pub struct Exports {
    sender: mpsc::Sender<Report>,
    receiver: mpsc::Receiver<Report>,
    /// The export running now, if any.
    pub running: Option<String>,
    /// The running export was saved from the in-window dialog.
    from_dialog: bool,
    pub toast: Option<Toast>,
    /// Always ask for paths in the window, never with the system's dialog.
    pub in_window_dialog: bool,
}

impl Default for Exports {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            running: None,
            from_dialog: false,
            toast: None,
            in_window_dialog: false,
        }
    }
}

impl Exports {
    /// No export running; `in_window_dialog` asks for paths in the window only.
    #[must_use]
    pub fn new(in_window_dialog: bool) -> Self {
        Self {
            in_window_dialog,
            ..Self::default()
        }
    }

    /// Starts `job` on a worker thread, or says why not in the message.
    pub fn start(&mut self, ctx: &egui::Context, present: &Arc<Presentation>, job: ExportJob) {
        if let Err(message) = self.try_start(ctx, present, job) {
            self.show(ctx, message, true);
        }
    }

    /// Starts `job` on a worker thread, or returns why not.
    pub fn try_start(
        &mut self,
        ctx: &egui::Context,
        present: &Arc<Presentation>,
        job: ExportJob,
    ) -> Result<(), String> {
        if let Some(what) = &self.running {
            return Err(format!("Still exporting {what}; try again when it has finished."));
        }
        let what = job.request.describe(present.guide());
        let from_dialog = job.from_dialog;
        let sender = self.sender.clone();
        let native = !self.in_window_dialog;
        let present = Arc::clone(present);
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let outcome = worker::caught(|| worker::run(&present, job, native));
                // The receiver lives as long as the app; if it is gone, nobody is waiting.
                let _ = sender.send(Report::Export(outcome));
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.running = Some(what);
                self.from_dialog = from_dialog;
                Ok(())
            }
            Err(e) => Err(format!("Could not start the export: {e}")),
        }
    }

    /// Takes finished work: clipboard images go to egui, outcomes become messages. Returns what
    /// the window must do: ask for a path in the window (no native dialog could be shown), or
    /// close the in-window dialog or say in it why its save failed.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Answer> {
        let mut answer = None;
        while let Ok(report) = self.receiver.try_recv() {
            let outcome = match report {
                Report::Export(outcome) => outcome,
                Report::FolderNotOpened(why) => {
                    self.show(ctx, why, true);
                    continue;
                }
            };
            self.running = None;
            let from_dialog = std::mem::take(&mut self.from_dialog);
            match outcome {
                Outcome::Saved(path) => {
                    self.saved(ctx, &path);
                    if from_dialog {
                        answer = Some(Answer::DialogSaved);
                    }
                }
                Outcome::Failed(message) if from_dialog => {
                    answer = Some(Answer::DialogFailed(format!("Export failed: {message}")));
                }
                Outcome::SavedCopy(folder) => {
                    let text = format!(
                        "Saved a copy of the data to {}; edit it, then open it with File › Open data folder…",
                        folder.display()
                    );
                    self.show(ctx, text, false);
                    if let Some(toast) = &mut self.toast {
                        toast.folder = Some(folder);
                    }
                    if from_dialog {
                        answer = Some(Answer::DialogSaved);
                    }
                }
                Outcome::Cancelled => {}
                Outcome::NeedsPath(request) => answer = Some(Answer::NeedsPath(request)),
                Outcome::Opened(path) => {
                    let text = format!("Opened the guide in your PDF viewer ({})", path.display());
                    self.show(ctx, text, false);
                }
                Outcome::Failed(message) => self.show(ctx, format!("Export failed: {message}"), true),
                Outcome::Image(image) => {
                    ctx.copy_image(image);
                    self.show(ctx, "Copied the chart to the clipboard".to_owned(), false);
                }
            }
        }
        if let Some(toast) = &self.toast {
            let now = ctx.input(|i| i.time);
            if toast.held {
                // Shown until closed; nothing to wake up for.
            } else if now >= toast.until {
                self.toast = None;
            } else {
                // Wake up once to hide it; no continuous repaint.
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(toast.until - now));
            }
        }
        answer
    }

    /// Says where the file went ("Saved salary-by-experience.png to /home/ana/Documents"), with
    /// the folder for an "Open folder" button.
    fn saved(&mut self, ctx: &egui::Context, path: &Path) {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let folder = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .map(Path::to_path_buf);
        let text = match &folder {
            Some(folder) => format!("Saved {name} to {}", folder.display()),
            None => format!("Saved {name}"),
        };
        self.show(ctx, text, false);
        if let Some(toast) = &mut self.toast {
            toast.folder = folder;
        }
    }

    /// Shows `folder` in the system's file manager, off the UI thread (a launcher can be slow);
    /// a failure comes back as a message.
    pub fn open_folder(&mut self, ctx: &egui::Context, folder: PathBuf) {
        let sender = self.sender.clone();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("open-folder".to_owned())
            .spawn(move || {
                if let Err(e) = opener::open(&folder) {
                    let why = format!("Could not open {}: {e}", folder.display());
                    let _ = sender.send(Report::FolderNotOpened(why));
                    repaint.request_repaint();
                }
            });
        if let Err(e) = spawned {
            self.show(ctx, format!("Could not open the folder: {e}"), true);
        }
    }

    /// Closes the message.
    pub fn dismiss_toast(&mut self) {
        self.toast = None;
    }

    /// Keeps the message until it is closed.
    pub fn hold_toast(&mut self) {
        if let Some(toast) = &mut self.toast {
            toast.held = true;
        }
    }

    pub fn show(&mut self, ctx: &egui::Context, text: String, is_error: bool) {
        let until = ctx.input(|i| i.time) + TOAST_SECONDS;
        self.toast = Some(Toast {
            text,
            is_error,
            folder: None,
            until,
            held: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_folder_failure_leaves_the_running_export_running_until_its_own_outcome() {
        let ctx = egui::Context::default();
        let mut exports = Exports::new(true);
        // As `try_start` leaves it: the export menus are disabled while this is set.
        exports.running = Some("the guide (PDF)".to_owned());
        let why = "Could not open /nowhere: no file manager".to_owned();
        let _ = exports.sender.send(Report::FolderNotOpened(why.clone()));
        assert_eq!(exports.poll(&ctx), None);
        assert_eq!(exports.running.as_deref(), Some("the guide (PDF)"));
        let toast = exports.toast.clone().map(|t| (t.text, t.is_error));
        assert_eq!(toast, Some((why, true)));
        let _ = exports.sender.send(Report::Export(Outcome::Saved(PathBuf::from(
            "/tmp/medtech-guide.pdf",
        ))));
        assert_eq!(exports.poll(&ctx), None);
        assert_eq!(exports.running, None);
        let toast = exports.toast.map(|t| t.text);
        assert_eq!(toast.as_deref(), Some("Saved medtech-guide.pdf to /tmp"));
    }
}
