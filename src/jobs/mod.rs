//! Background work for the window: exports (the save dialog, rendering and writing) and the data
//! folder (its dialog, watching and reloading it) run on worker threads; what they find comes
//! back over a channel and wakes the UI.

mod data_folder;
mod exports;
mod native_dialog;
mod open;
mod watch;
mod worker;

pub use data_folder::{DataFolder, DataNews, FolderPurpose};
pub use exports::{Answer, ExportJob, ExportRequest, Exports, TOAST_SECONDS, Toast};
pub use native_dialog::{SAVE_DIALOG_ENV, native_dialog_available};
pub use watch::{Change, DEBOUNCE};
