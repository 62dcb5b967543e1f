//! The application: loaded data, derived charts, UI state, and the one place commands are applied.

mod commands;
mod data;
mod data_source;
mod guide_app;
mod keys;
mod persistence;
mod plan;
mod screenshot;
mod window_size;

pub use data::load_for_window;
pub use guide_app::{AppOptions, GuideApp, min_window_size};
pub use persistence::{
    STATE_KEY, WINDOW_STORAGE_FILE, restore_state, warn_about_window_storage, window_storage_warning,
};
pub use screenshot::{ScreenshotOutcome, encode_png};
