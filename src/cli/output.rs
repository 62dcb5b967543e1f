//! Where the command line's output goes: standard output, or a file written atomically.

use std::{io::Write as _, path::Path};

use super::CliError;

/// Prints `text` to standard output. A closed pipe (`| head`) is not worth a message, but is not
/// success either.
pub(super) fn print(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|_| CliError::Quiet)
}

/// Writes to `path` atomically, or to standard output for `-`.
pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    if path == Path::new("-") {
        return print(&String::from_utf8_lossy(bytes));
    }
    crate::fs::write_atomically(path, bytes).map_err(|e| CliError::Failed(e.to_string()))?;
    eprintln!("medtech-guide: wrote {}", path.display());
    Ok(())
}
