//! The export worker: ask where to save (native dialog), render, write atomically. Runs off the
//! UI thread; a panic in it becomes a failed export.

use std::path::PathBuf;

use super::native_dialog;
use crate::{
    export::{self, Target, pdf::Paper},
    present::Presentation,
};

use super::{ExportJob, ExportRequest};

/// How an export ended.
pub enum Outcome {
    Saved(PathBuf),
    /// A copy of the data was written into this folder.
    SavedCopy(PathBuf),
    /// The person closed the save dialog.
    Cancelled,
    /// No native save dialog can be shown here: the window asks for the path itself.
    NeedsPath(ExportRequest),
    /// The guide was opened in the system's PDF viewer.
    Opened(PathBuf),
    Failed(String),
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
pub(super) fn run(present: &Presentation, job: ExportJob, native: bool) -> Outcome {
    let ExportJob {
        request,
        options,
        paper,
        path,
        ..
    } = job;
    let options = &options;
    match request {
        ExportRequest::CopyImage(chart) => match export::chart_image(present, chart, options) {
            Ok(image) => Outcome::Image(image),
            Err(e) => Outcome::Failed(e.to_string()),
        },
        ExportRequest::Print => print(present, paper),
        ExportRequest::Save(Target::DataCopy { replace }) => {
            // The folder is always chosen before the job starts (an existing copy is confirmed).
            let Some(folder) = path else {
                return Outcome::NeedsPath(request);
            };
            match export::data_copy::save_data_copy(&folder, replace) {
                Ok(_) => Outcome::SavedCopy(folder),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        ExportRequest::Save(ref target) => {
            let target = target.clone();
            let path = match where_to_save(request, path, native) {
                Ok(path) => path,
                Err(outcome) => return outcome,
            };
            match export::save_target(present, target, options, paper, &path) {
                Ok(()) => Outcome::Saved(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
    }
}

/// The path given, or the one the person picks in the native dialog; where no native dialog can
/// be shown, the window's own dialog is asked for (never a silent cancel).
fn where_to_save(request: ExportRequest, path: Option<PathBuf>, native: bool) -> Result<PathBuf, Outcome> {
    match path {
        Some(path) => Ok(path),
        None if native && native_dialog::native_dialog_available() => {
            ask_for_path(&request).ok_or(Outcome::Cancelled)
        }
        None => Err(Outcome::NeedsPath(request)),
    }
}

/// Writes the guide PDF to a new file in the temporary folder (kept for the viewer) and opens it
/// in the system's PDF viewer; if none opens, says where the PDF is.
fn print(present: &Presentation, paper: Paper) -> Outcome {
    let bytes = match export::pdf::guide_pdf(present, paper) {
        Ok(bytes) => bytes,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    let kept = tempfile::Builder::new()
        .prefix("medtech-guide-")
        .suffix(".pdf")
        .tempfile()
        .and_then(|mut file| {
            std::io::Write::write_all(&mut file, &bytes)?;
            file.keep().map_err(|e| e.error)
        });
    let path = match kept {
        Ok((_, path)) => path,
        Err(e) => return Outcome::Failed(format!("cannot write the PDF to print: {e}")),
    };
    match super::open::open_checked(&path) {
        Ok(()) => Outcome::Opened(path),
        Err(_) => Outcome::Failed(format!(
            "no PDF viewer could be opened; the guide is saved as {}: open it with any PDF viewer to print",
            path.display()
        )),
    }
}

/// The native save dialog in the Documents folder, proposing `salary-by-experience.png` and the
/// format's filter.
fn ask_for_path(request: &ExportRequest) -> Option<PathBuf> {
    let (file_name, extension) = request.file_name();
    let dialog = rfd::AsyncFileDialog::new()
        .set_title("Export")
        .set_directory(crate::platform::default_export_dir())
        .set_file_name(file_name)
        .add_filter(extension.to_uppercase(), &[extension]);
    let handle = pollster::block_on(dialog.save_file())?;
    let mut path = handle.path().to_path_buf();
    if path.extension().is_none() {
        path.set_extension(extension);
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
