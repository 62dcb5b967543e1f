//! Temporary directories and what a test finds in them.

use std::path::{Path, PathBuf};

/// A new empty directory, removed when the returned value is dropped.
#[must_use]
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary directory: {e}"))
}

/// The whole text of the file at `path`.
#[must_use]
pub fn read_to_string(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The paths in `dir`, sorted.
#[must_use]
pub fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    names.sort();
    names
}
