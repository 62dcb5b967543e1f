//! A full disk loses nothing: an export or the saved window state written to a file system with
//! no room left fails with a clear message, leaves no partial file and keeps the previous file.
//!
//! Each test mounts its own tiny tmpfs, so it needs root (CI runs as root). Elsewhere each test
//! prints why it was skipped and passes; under CI a skip fails.

#![expect(clippy::expect_used, reason = "test helpers fail the test with a message")]

use crate::common::data::shown;
use std::{
    io::Write as _,
    path::{Path, PathBuf},
    process::Command,
};

use crate::common::mounts::{Tmpfs, skip};
use medtech_guide::{
    export::{self, ChartFormat, ChartId, RenderOptions},
    model::load::load_bundled,
    state::{self, UiState},
};

/// A tmpfs of a few pages, filled on demand.
struct TinyDisk {
    disk: Tmpfs,
}

impl TinyDisk {
    fn path(&self) -> &Path {
        self.disk.path()
    }

    /// Fills the disk to the last byte.
    fn fill(&self) {
        let mut filler = std::fs::File::create(self.path().join("filler")).expect("filler file");
        let page = [0u8; 4096];
        while filler.write_all(&page).is_ok() {}
        let _ = filler.write_all(&[0]);
        let _ = filler.flush();
    }

    /// Every file in the disk, by name.
    fn files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.path())
            .expect("list the disk")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

fn tiny_disk(test: &str) -> Option<TinyDisk> {
    match Tmpfs::mount("256k") {
        Ok(disk) => Some(TinyDisk { disk }),
        Err(reason) => {
            skip(test, &reason);
            None
        }
    }
}

/// The message of a failed write on a full disk: names the file, says what happened in words.
fn assert_full_disk_message(message: &str, file: &str) {
    assert!(message.contains(file), "names the file: {message}");
    assert!(
        message.contains("the disk is full"),
        "says the disk is full: {message}"
    );
    assert!(!message.contains("os error"), "speaks to people: {message}");
}

/// Writes `previous` at `path`, fills the disk, runs `write`, and checks the aftermath.
fn assert_nothing_lost(disk: &TinyDisk, path: &Path, previous: &[u8], write: impl FnOnce() -> String) {
    std::fs::write(path, previous).expect("the previous file");
    disk.fill();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let message = write();
    assert_full_disk_message(&message, &name);
    assert_eq!(std::fs::read(path).expect("previous file still there"), previous);
    assert_eq!(disk.files(), ["filler".to_owned(), name], "no partial file left");
}

#[test]
fn chart_export_on_a_full_disk_keeps_the_previous_file() {
    let Some(disk) = tiny_disk("chart_export_on_a_full_disk_keeps_the_previous_file") else {
        return;
    };
    let guide = load_bundled().expect("bundled data");
    let path = disk.path().join("salary.png");
    assert_nothing_lost(&disk, &path, b"the previous chart", || {
        export::save_chart(
            &shown(&guide),
            ChartId::SalaryByExperience,
            ChartFormat::Png,
            &RenderOptions::default(),
            &path,
        )
        .expect_err("no room for the chart")
        .to_string()
    });
}

#[test]
fn guide_export_from_the_command_line_on_a_full_disk_says_so() {
    let Some(disk) = tiny_disk("guide_export_from_the_command_line_on_a_full_disk_says_so") else {
        return;
    };
    let path: PathBuf = disk.path().join("guide.html");
    assert_nothing_lost(&disk, &path, b"<p>the previous guide</p>", || {
        let output = Command::new(env!("CARGO_BIN_EXE_medtech-guide"))
            .args(["export", "guide", "--format", "html", "--out"])
            .arg(&path)
            .output()
            .expect("run the binary");
        assert!(!output.status.success(), "the export must fail");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{stderr}");
        stderr
    });
}

#[test]
fn saved_state_on_a_full_disk_keeps_the_previous_file() {
    let Some(disk) = tiny_disk("saved_state_on_a_full_disk_keeps_the_previous_file") else {
        return;
    };
    let path = disk.path().join(state::STATE_FILE);
    let previous = ron::to_string(&UiState {
        section: "faq".to_owned(),
        ..UiState::default()
    })
    .expect("state as RON");
    assert_nothing_lost(&disk, &path, previous.as_bytes(), || {
        let state = UiState {
            section: "global".to_owned(),
            ..UiState::default()
        };
        state::save_to(&path, &state)
            .expect_err("no room for the state")
            .to_string()
    });
    // What the app reads next time is the previous state, whole.
    assert_eq!(
        state::load_from(&path).expect("readable").map(|s| s.section),
        Some("faq".to_owned())
    );
}

#[test]
fn markdown_export_on_a_full_disk_keeps_the_previous_file() {
    let Some(disk) = tiny_disk("markdown_export_on_a_full_disk_keeps_the_previous_file") else {
        return;
    };
    let path = disk.path().join("guide.md");
    assert_nothing_lost(&disk, &path, b"# the previous guide", || {
        // The guide is saved by the command line (`export guide`): the path a person takes.
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_medtech-guide"))
            .args(["export", "guide", "--format", "md", "--out"])
            .arg(&path)
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(1), "no room for the guide");
        String::from_utf8_lossy(&output.stderr).into_owned()
    });
}
