//! Exports started from the window: the save dialog, rendering and writing run on a worker
//! thread; the outcome comes back over a channel and wakes the UI. One export at a time: a
//! second request while one runs is refused with a message, never silently dropped.

use std::{
    path::PathBuf,
    sync::{Arc, mpsc},
};

use crate::{
    export::{self, ChartFormat, ChartId, RenderOptions},
    model::Guide,
};

/// What an export job should produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportRequest {
    /// Ask where to save (native dialog), then save the chart in that format.
    Save(ChartId, ChartFormat),
    /// Save to a path already chosen (tests, scripted use).
    SaveTo(ChartId, ChartFormat),
    /// Render the chart and put it on the clipboard.
    CopyImage(ChartId),
}

/// How an export ended.
pub enum Outcome {
    Saved(PathBuf),
    /// The user closed the save dialog.
    Cancelled,
    Failed(String),
    /// A rendered image, to be put on the clipboard by the UI thread.
    Image(egui::ColorImage),
}

/// A message shown at the bottom of the window for a few seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    pub is_error: bool,
    /// `ctx.input(|i| i.time)` after which it disappears.
    pub until: f64,
}

/// How long a toast stays up, in seconds.
pub const TOAST_SECONDS: f64 = 6.0;

/// The export worker's state, owned by the app.
pub struct Exports {
    sender: mpsc::Sender<Outcome>,
    receiver: mpsc::Receiver<Outcome>,
    /// The export running now, if any.
    pub running: Option<(ChartId, String)>,
    pub toast: Option<Toast>,
}

impl Default for Exports {
    fn default() -> Self {
        let (sender, receiver) = mpsc::channel();
        Self {
            sender,
            receiver,
            running: None,
            toast: None,
        }
    }
}

impl Exports {
    /// Starts `request` on a worker thread, or says why not.
    pub fn start(
        &mut self,
        ctx: &egui::Context,
        guide: &Arc<Guide>,
        request: ExportRequest,
        options: RenderOptions,
        path: Option<PathBuf>,
    ) {
        if let Some((chart, what)) = &self.running {
            let message = format!(
                "Still exporting {} ({what}); try again when it has finished.",
                chart.title(guide)
            );
            self.show(ctx, message, true);
            return;
        }
        let (chart, what) = match request {
            ExportRequest::Save(chart, format) | ExportRequest::SaveTo(chart, format) => {
                (chart, format.label())
            }
            ExportRequest::CopyImage(chart) => (chart, "image"),
        };
        let sender = self.sender.clone();
        let guide = Arc::clone(guide);
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("export".to_owned())
            .spawn(move || {
                let outcome = caught(|| run(&guide, request, &options, path));
                // The receiver lives as long as the app; if it is gone, nobody is waiting.
                let _ = sender.send(outcome);
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => self.running = Some((chart, what.to_owned())),
            Err(e) => self.show(ctx, format!("Could not start the export: {e}"), true),
        }
    }

    /// Takes finished work: clipboard images go to egui, outcomes become toasts.
    pub fn poll(&mut self, ctx: &egui::Context) {
        while let Ok(outcome) = self.receiver.try_recv() {
            self.running = None;
            match outcome {
                Outcome::Saved(path) => self.show(ctx, format!("Saved {}", path.display()), false),
                Outcome::Cancelled => {}
                Outcome::Failed(message) => self.show(ctx, format!("Export failed: {message}"), true),
                Outcome::Image(image) => {
                    ctx.copy_image(image);
                    self.show(ctx, "Copied the chart to the clipboard".to_owned(), false);
                }
            }
        }
        if let Some(toast) = &self.toast {
            let now = ctx.input(|i| i.time);
            if now >= toast.until {
                self.toast = None;
            } else {
                // Wake up once to hide it; no continuous repaint.
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(toast.until - now));
            }
        }
    }

    fn show(&mut self, ctx: &egui::Context, text: String, is_error: bool) {
        let until = ctx.input(|i| i.time) + TOAST_SECONDS;
        self.toast = Some(Toast {
            text,
            is_error,
            until,
        });
    }
}

/// Runs `job`, turning a panic (a bug, perhaps in a rendering crate) into a failed export: the
/// window keeps going, says the export failed, and accepts the next one. (This is why the
/// release profile keeps `panic = "unwind"`.)
fn caught(job: impl FnOnce() -> Outcome) -> Outcome {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_owned());
        Outcome::Failed(format!(
            "the export stopped unexpectedly ({why}); please report this"
        ))
    })
}

/// The worker's job: ask for a path if needed, render, write atomically.
fn run(guide: &Guide, request: ExportRequest, options: &RenderOptions, path: Option<PathBuf>) -> Outcome {
    match request {
        ExportRequest::CopyImage(chart) => match export::chart_image(guide, chart, options) {
            Ok(image) => Outcome::Image(image),
            Err(e) => Outcome::Failed(e.to_string()),
        },
        ExportRequest::Save(chart, format) | ExportRequest::SaveTo(chart, format) => {
            let Some(path) = path.or_else(|| ask_for_path(chart, format)) else {
                return Outcome::Cancelled;
            };
            match export::save_chart(guide, chart, format, options, &path) {
                Ok(()) => Outcome::Saved(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
    }
}

/// The native save dialog in the user's Documents folder, proposing `salary-by-experience.png` and
/// the format's filter.
fn ask_for_path(chart: ChartId, format: ChartFormat) -> Option<PathBuf> {
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_title(format!("Export {}", format.label()))
        .set_file_name(export::suggested_file_name(chart, format))
        .add_filter(format.label(), &[format.extension()]);
    if let Some(folder) = crate::platform::default_export_dir() {
        dialog = dialog.set_directory(folder);
    }
    let handle = pollster::block_on(dialog.save_file())?;
    let mut path = handle.path().to_path_buf();
    if path.extension().is_none() {
        path.set_extension(format.extension());
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_export_becomes_a_failure_naming_the_cause() {
        let outcome = caught(|| panic!("boom in the renderer"));
        let Outcome::Failed(message) = outcome else {
            panic!("expected a failure");
        };
        assert!(message.contains("boom in the renderer"), "{message}");
        let formatted = caught(|| panic!("{} levels", 5));
        assert!(matches!(formatted, Outcome::Failed(m) if m.contains("5 levels")));
        assert!(matches!(caught(|| Outcome::Cancelled), Outcome::Cancelled));
    }
}
