//! The export worker: ask where to save (native dialog), render, write atomically. Runs off the
//! UI thread; a panic in it becomes a failed export.

use std::path::PathBuf;

use super::native_dialog;
use crate::{
    export::{self, ChartFormat, ChartId, RenderOptions},
    model::Guide,
};

use super::ExportRequest;

/// How an export ended.
pub enum Outcome {
    Saved(PathBuf),
    /// The person closed the save dialog.
    Cancelled,
    /// No native save dialog can be shown here: the window asks for the path itself.
    NeedsPath(ChartId, ChartFormat),
    Failed(String),
    /// Something else went wrong (opening a folder): shown as it is.
    Problem(String),
    /// A rendered image, to be put on the clipboard by the UI thread.
    Image(egui::ColorImage),
}

/// Runs `job`, turning a panic (a bug, perhaps in a rendering crate) into a failed export: the
/// window keeps going, says the export failed, and accepts the next one. (This is why the
/// release profile keeps `panic = "unwind"`.)
pub(super) fn caught(job: impl FnOnce() -> Outcome) -> Outcome {
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
pub(super) fn run(
    guide: &Guide,
    request: ExportRequest,
    options: &RenderOptions,
    path: Option<PathBuf>,
    native: bool,
) -> Outcome {
    match request {
        ExportRequest::CopyImage(chart) => match export::chart_image(guide, chart, options) {
            Ok(image) => Outcome::Image(image),
            Err(e) => Outcome::Failed(e.to_string()),
        },
        ExportRequest::Save(chart, format) => {
            let path = match path {
                Some(path) => path,
                None if native && native_dialog::native_dialog_available() => {
                    match ask_for_path(chart, format) {
                        Some(path) => path,
                        None => return Outcome::Cancelled,
                    }
                }
                None => return Outcome::NeedsPath(chart, format),
            };
            match export::save_chart(guide, chart, format, options, &path) {
                Ok(()) => Outcome::Saved(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
    }
}

/// The native save dialog, proposing `salary-by-experience.png` and the format's filter.
fn ask_for_path(chart: ChartId, format: ChartFormat) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(format!("Export {}", format.label()))
        .set_directory(crate::platform::default_export_dir())
        .set_file_name(export::suggested_file_name(chart, format))
        .add_filter(format.label(), &[format.extension()]);
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
