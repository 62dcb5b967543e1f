//! Error messages speak to people: the folder that refuses a file is named (not a hidden temporary
//! file, no "os error 13"), and a window with no display to open on says what to do instead.

pub mod common;

use std::{path::Path, process::Command};

/// Whether this process runs as root (which no folder permission stops).
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        })
        .is_some_and(|uid| uid == "0")
}

/// A folder that refuses new files: read-only permissions, or for root (whom permissions do not
/// stop) a read-only tmpfs mounted on it. `None` (with the reason printed) where neither works.
struct RefusingFolder {
    dir: tempfile::TempDir,
    mounted: bool,
}

impl RefusingFolder {
    fn new() -> Option<Self> {
        let dir = common::files::temp_dir();
        if is_root() {
            let status = Command::new("mount")
                .args(["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs"])
                .arg(dir.path())
                .status();
            if !status.is_ok_and(|s| s.success()) {
                eprintln!("skipped: as root, a read-only folder needs `mount`, which failed here");
                return None;
            }
            return Some(Self { dir, mounted: true });
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).ok()?;
            Some(Self { dir, mounted: false })
        }
        #[cfg(not(unix))]
        {
            eprintln!("skipped: no read-only folder can be made here");
            None
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for RefusingFolder {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(self.dir.path()).status();
        }
    }
}

#[test]
fn exporting_into_a_folder_that_refuses_files_names_the_folder() {
    let Some(folder) = RefusingFolder::new() else {
        return;
    };
    let out = folder.path().join("salary.png");
    let out_text = out.display().to_string();
    let run = common::bin::run(&[
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        &out_text,
    ]);
    run.assert_code(1, "export into a read-only folder");
    let reason = if folder.mounted {
        "the disk is read-only"
    } else {
        "permission denied"
    };
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "medtech-guide: error: cannot write to {}: {reason}",
            folder.path().display()
        )
    );
    assert!(!out.exists());
}

#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn with_no_display_the_window_says_so_in_words() {
    let run = common::bin::run(&["--section", "salary"]);
    run.assert_code(1, "no display");
    assert_eq!(
        run.stderr.trim_end(),
        "medtech-guide: error: no display found: run it on a desktop, or use the commands (medtech-guide --help)"
    );
}
