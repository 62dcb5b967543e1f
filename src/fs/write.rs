//! Atomic file writes: a temporary file in the target directory, renamed into place, so a
//! failure never leaves a partial file and never touches an existing one.

use std::{io::Write as _, path::Path};

/// Why a write failed, naming the path.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {path}: the folder {dir} does not exist")]
    MissingDirectory { path: String, dir: String },
    /// The folder refuses new files (read-only, not ours): it is the folder that is named.
    #[error("cannot write to {dir}: {}", describe_folder_error(.source))]
    Folder {
        dir: String,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}: {}", crate::fs::describe_io_error(.source))]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Why an existing folder refused a new file. "Not found" there does not mean the folder is
/// missing (that is checked first): a system folder such as `/proc` answers so to every new file.
fn describe_folder_error(error: &std::io::Error) -> String {
    if error.kind() == std::io::ErrorKind::NotFound {
        "the folder does not take new files".to_owned()
    } else {
        crate::fs::describe_io_error(error)
    }
}

/// Writes `bytes` to `path` via a temporary file in the same directory and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(WriteError::MissingDirectory {
            path: shown,
            dir: dir.display().to_string(),
        });
    }
    let io = |source| WriteError::Io {
        path: shown.clone(),
        source,
    };
    let mut file = tempfile::Builder::new()
        .prefix(".medtech-guide-")
        .suffix(".part")
        .tempfile_in(&dir)
        .map_err(|source| WriteError::Folder {
            dir: dir.display().to_string(),
            source,
        })?;
    file.write_all(bytes).map_err(io)?;
    // A temporary file is private (0600); give the result the mode of the file it replaces,
    // or an ordinary file's.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(io)?;
    }
    file.as_file().sync_all().map_err(io)?;
    // On failure the temporary file is dropped, which deletes it.
    file.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_whole_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.txt");
        write_atomically(&path, b"first").expect("write");
        write_atomically(&path, b"second").expect("rewrite");
        assert_eq!(std::fs::read(&path).expect("read"), b"second");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name() != "out.txt")
            .collect();
        assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_readable_and_replaced_files_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("chart.svg");
        write_atomically(&path, b"a").expect("write");
        let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        write_atomically(&path, b"b").expect("rewrite");
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn missing_directory_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("nope").join("out.txt");
        let error = write_atomically(&path, b"x").expect_err("must fail");
        assert!(error.to_string().contains("does not exist"), "{error}");
        assert!(error.to_string().contains("out.txt"), "{error}");
    }
}
