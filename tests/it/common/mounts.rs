//! Folders a test cannot otherwise have: a tiny disk that fills up, a folder that refuses new
//! files. Root (as CI runs) gets a tmpfs mounted for either; elsewhere a folder's permissions do
//! for the second, and a test that cannot have what it needs says why with [`skip`].

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use super::files::temp_dir;

/// Says why a test could not run here and returns, so the caller can pass; under CI (the `CI`
/// variable set, as `.ci/run` runs) it fails instead, so a skip never passes unseen there.
pub fn skip(test: &str, reason: &str) {
    assert!(
        std::env::var_os("CI").is_none_or(|v| v.is_empty()),
        "{test} cannot run: {reason} (a test may not skip in CI)"
    );
    eprintln!("{test}: skipped: {reason}");
}

/// Whether this process runs as root (which no folder permission stops).
#[must_use]
pub fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        })
        .is_some_and(|uid| uid == "0")
}

/// A tmpfs mounted on a new temporary directory, unmounted (and the directory removed) on drop.
pub struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (mount's `size=` option, e.g. `256k`), or says why it cannot.
    pub fn mount(size: &str) -> Result<Self, String> {
        if !is_root() {
            return Err("mounting a tmpfs needs root".to_owned());
        }
        let dir = temp_dir();
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !output.status.success() {
            return Err(format!(
                "mount refused a tmpfs: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ));
        }
        Ok(Self { dir })
    }

    /// Makes the mounted file system read-only.
    pub fn make_read_only(&self) -> Result<(), String> {
        let output = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if output.status.success() {
            Ok(())
        } else {
            Err(format!(
                "mount refused to make the tmpfs read-only: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            ))
        }
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// A folder that refuses new files and changes: for root (whom permissions do not stop) a
/// read-only tmpfs, elsewhere a folder of mode 555. Made with its files already in it.
pub enum RefusingFolder {
    /// A read-only file system: writing fails with "read-only".
    Mounted(Tmpfs),
    /// Read-only permissions: writing fails with "permission denied". Made writable on drop.
    Permissions(tempfile::TempDir),
}

impl RefusingFolder {
    /// The folder holding `files` (name, contents), or why none can be made here.
    pub fn with_files(files: &[(&str, &[u8])]) -> Result<Self, String> {
        let write = |dir: &Path| {
            for (name, contents) in files {
                let path = dir.join(name);
                std::fs::write(&path, contents)
                    .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
            }
        };
        if is_root() {
            let disk = Tmpfs::mount("64k")?;
            write(disk.path());
            disk.make_read_only()?;
            return Ok(Self::Mounted(disk));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let dir = temp_dir();
            write(dir.path());
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555))
                .map_err(|e| format!("cannot make a folder read-only: {e}"))?;
            Ok(Self::Permissions(dir))
        }
        #[cfg(not(unix))]
        Err("no read-only folder can be made here".to_owned())
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Self::Mounted(disk) => disk.path(),
            Self::Permissions(dir) => dir.path(),
        }
    }

    /// The path of `name` in the folder.
    #[must_use]
    pub fn join(&self, name: &str) -> PathBuf {
        self.path().join(name)
    }

    /// What the program says when it cannot write here, after "cannot write to FOLDER: ".
    #[must_use]
    pub fn reason(&self) -> &'static str {
        match self {
            Self::Mounted(_) => "the disk is read-only",
            Self::Permissions(_) => "permission denied",
        }
    }
}

impl Drop for RefusingFolder {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Self::Permissions(dir) = self {
            use std::os::unix::fs::PermissionsExt as _;
            let _ = std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755));
        }
    }
}
