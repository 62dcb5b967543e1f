//! Exports started from the window: the save dialog, rendering and writing run on a worker
//! thread; the outcome comes back over a channel and wakes the UI.

mod exports;
mod native_dialog;
mod open;
mod worker;

pub use exports::{Answer, ExportJob, ExportRequest, Exports, TOAST_SECONDS, Toast};
pub use native_dialog::{SAVE_DIALOG_ENV, native_dialog_available};
