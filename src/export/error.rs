//! Why an export failed.

use super::options::{MAX_SIZE, MIN_SIZE};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The requested width or height is out of range.
    #[error("the {dimension} {value} px is out of range: it must be from {MIN_SIZE} to {MAX_SIZE} px")]
    InvalidSize {
        /// "width" or "height".
        dimension: &'static str,
        value: u32,
    },
    /// Drawing or encoding failed.
    #[error("{0}")]
    Render(String),
    /// Writing the file failed (the message names the path).
    #[error(transparent)]
    Write(#[from] crate::fs::WriteError),
}
