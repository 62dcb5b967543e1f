//! Remembering the UI state between runs (eframe's storage), and forgiving a bad saved state.

use crate::state::UiState;

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

/// Saves `state` to eframe's storage.
pub(super) fn save_state(storage: &mut dyn eframe::Storage, state: &UiState) {
    match ron::to_string(state) {
        Ok(text) => storage.set_string(STATE_KEY, text),
        Err(e) => log_warning(&format!("could not save the window state: {e}")),
    }
}

/// Warnings go to standard error: the app has no log file of its own.
fn log_warning(message: &str) {
    eprintln!("medtech-guide: warning: {message}");
}
