//! Remembering the UI state between runs (eframe's storage), and forgiving a bad saved state.

use std::path::Path;

use crate::state::{self, UiState};

/// Key under which [`UiState`] is persisted.
pub const STATE_KEY: &str = "medtech-guide-state";

/// The remembered state, or the defaults (with a warning) if it is missing, corrupt or from an
/// incompatible version.
#[must_use]
pub fn restore_state(storage: Option<&dyn eframe::Storage>) -> UiState {
    let Some(text) = storage.and_then(|s| s.get_string(STATE_KEY)) else {
        return UiState::default();
    };
    match ron::from_str::<UiState>(&text) {
        Ok(state) => state.sanitized(),
        Err(e) => {
            log_warning(&format!("ignoring the saved view state ({e}); using defaults"));
            UiState::default()
        }
    }
}

/// The remembered state: from `file` (written atomically, see [`save_state`]) where given, else
/// what an older version left in eframe's storage; defaults (with a warning) if it is unreadable.
pub(super) fn restore(file: Option<&Path>, storage: Option<&dyn eframe::Storage>) -> UiState {
    let Some(path) = file else {
        return restore_state(storage);
    };
    match state::load_from(path) {
        Ok(Some(state)) => state,
        // Nothing saved there yet: take what an older version left in eframe's storage.
        Ok(None) => restore_state(storage),
        Err(e) => {
            log_warning(&e.to_string());
            UiState::default()
        }
    }
}

/// Saves `state` to `file` atomically where given (a full disk keeps the previous file), else to
/// eframe's storage.
pub(super) fn save_state(file: Option<&Path>, storage: &mut dyn eframe::Storage, state: &UiState) {
    if let Some(path) = file {
        // Small (a few hundred bytes); eframe calls this rarely (every 30 s and on exit).
        if let Err(e) = state::save_to(path, state) {
            log_warning(&e.to_string());
        }
        return;
    }
    match ron::to_string(state) {
        Ok(text) => storage.set_string(STATE_KEY, text),
        Err(e) => log_warning(&format!("could not save the window state: {e}")),
    }
}

/// The file eframe keeps the window's size and position in (and egui's own memory), inside its
/// storage folder.
pub const WINDOW_STORAGE_FILE: &str = "app.ron";

/// Why eframe will ignore its remembered window size and position in `path`, if it will: eframe
/// drops an unreadable file without a word, so the app says it once, on standard error.
#[must_use]
pub fn window_storage_warning(path: &Path) -> Option<String> {
    // Small (a few kilobytes): read once at start-up, before eframe reads it again.
    let text = std::fs::read_to_string(path).ok()?;
    match ron::from_str::<std::collections::HashMap<String, String>>(&text) {
        Ok(_) => None,
        Err(e) => Some(format!(
            "ignoring the saved window size and position in {} (line {}, column {}: {}); using defaults",
            path.display(),
            e.span.start.line,
            e.span.start.col,
            e.code
        )),
    }
}

/// Reports at start-up, on standard error, a remembered window size and position that eframe will
/// ignore (see [`window_storage_warning`]).
pub fn warn_about_window_storage(storage_dir: &Path) {
    if let Some(warning) = window_storage_warning(&storage_dir.join(WINDOW_STORAGE_FILE)) {
        log_warning(&warning);
    }
}

/// Warnings go to standard error: the app has no log file of its own.
pub(super) fn log_warning(message: &str) {
    eprintln!("medtech-guide: warning: {message}");
}
