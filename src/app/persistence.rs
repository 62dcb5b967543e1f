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

/// Warnings go to standard error: the app has no log file of its own.
fn log_warning(message: &str) {
    eprintln!("medtech-guide: warning: {message}");
}
