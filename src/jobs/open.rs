//! Opening a file in the program the system chooses for it, and knowing whether that worked.
//!
//! `opener` starts the system's opener (`xdg-open` on Linux) without waiting for it, because it
//! may not exit until the opened program does. So "no PDF viewer is installed" (xdg-open exits 3
//! at once) looked like success. On Linux the opener is started here and watched for a moment:
//! an exit with an error in that time is a failure; still running, or done without an error, is
//! an opened file. Elsewhere `opener`'s own answer is used.

use std::{
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// How long an opener is watched for a quick failure. Viewers that are found start well within
/// this; an opener that is still running after it is taken to have opened the file.
const WATCH: Duration = Duration::from_secs(3);

/// Why a file could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenFailure {
    /// No program is set up to open it (or the system's opener is missing).
    NoProgram,
}

/// Opens `path` in the program the system chooses; blocks for up to a few seconds on Linux, so
/// call it off the UI thread.
pub fn open_checked(path: &Path) -> Result<(), OpenFailure> {
    if cfg!(target_os = "linux") {
        let started = Command::new("xdg-open")
            .arg(path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        if let Ok(child) = started {
            return watch(child, WATCH);
        }
    }
    opener::open(path).map_err(|_| OpenFailure::NoProgram)
}

/// Waits up to `watch` for `child`: an exit with an error is a failure; an exit without one, or
/// a child still running at the end, is success (it is then reaped in the background).
pub fn watch(mut child: Child, watch: Duration) -> Result<(), OpenFailure> {
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(_)) | Err(_) => return Err(OpenFailure::NoProgram),
            Ok(None) if started.elapsed() >= watch => {
                // Still running: the viewer (or the opener waiting for it) has started.
                let _ = std::thread::Builder::new()
                    .name("opener-reaper".into())
                    .spawn(move || child.wait());
                return Ok(());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str) -> Child {
        Command::new("sh")
            .args(["-c", script])
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start sh: {e}"))
    }

    #[test]
    fn an_opener_that_fails_at_once_is_a_failure() {
        // xdg-open's answer when no program handles the file.
        assert_eq!(watch(sh("exit 3"), WATCH), Err(OpenFailure::NoProgram));
        assert_eq!(watch(sh("exit 4"), WATCH), Err(OpenFailure::NoProgram));
    }

    #[test]
    fn an_opener_that_succeeds_or_keeps_running_opened_the_file() {
        assert_eq!(watch(sh("exit 0"), WATCH), Ok(()));
        assert_eq!(watch(sh("sleep 5"), Duration::from_millis(200)), Ok(()));
    }
}
