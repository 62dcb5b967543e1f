//! A damaged remembered state, met by the real program in a real window: each file it ignores is
//! reported once on standard error, naming the file, and the window opens on the defaults.
//! Needs a display (Xvfb in CI): ignored by a plain `cargo test`.

use crate::common;

use std::{
    process::Stdio,
    time::{Duration, Instant},
};

use common::{bin::command, files::temp_dir};
use medtech_guide::timings;

/// How the program's own warnings start (not those of the libraries under it, such as Mesa's).
const WARNING: &str = "medtech-guide: warning:";

/// The start-up timing printed once the first frame is on the screen.
const FIRST_FRAME_SHOWN: &str = "frame 1 tessellated, painted, shown";

#[test]
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn each_unreadable_saved_state_is_reported_once_and_the_window_opens() {
    let home = temp_dir();
    let data = home.path().join("data");
    let folder = data.join("medtech-guide");
    std::fs::create_dir_all(&folder).expect("a storage folder");
    let state = folder.join("state.ron");
    let window = folder.join("app.ron");
    std::fs::write(&state, "\u{0}garbage{{{").expect("write state.ron");
    std::fs::write(&window, "not ron at all ((").expect("write app.ron");
    let (stderr, still_running) = first_frame(home.path(), &data);
    assert!(still_running, "the window stays open on the defaults: {stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with(WARNING)).collect();
    assert_eq!(warnings.len(), 2, "one warning for each file: {stderr}");
    for file in [&state, &window] {
        let name = file.display().to_string();
        assert_eq!(
            warnings.iter().filter(|w| w.contains(&name)).count(),
            1,
            "{name} reported once: {stderr}"
        );
    }
    assert!(warnings.iter().all(|w| w.ends_with("using defaults")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Runs the program with its storage under `home` (`data`: `XDG_DATA_HOME`) until its first frame
/// is shown; then stops it. Its standard error, and whether it was still running.
fn first_frame(home: &std::path::Path, data: &std::path::Path) -> (String, bool) {
    let log = home.join("stderr.txt");

    let mut app = command(["--section", "overview"]);
    app.env("HOME", home)
        .env("XDG_DATA_HOME", data)
        .env("XDG_CONFIG_HOME", home.join("config"))
        // The start-up timings say when the first frame is shown: both files are read before it.
        .env(timings::ENV_VAR, "1")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).unwrap_or_else(|e| panic!("a log file: {e}")));
    let mut child = app.spawn().unwrap_or_else(|e| panic!("the app starts: {e}"));
    // Waits for the first frame to be shown (the window stays open until it is closed).
    let started = Instant::now();
    let mut stderr = String::new();
    while !stderr.contains(FIRST_FRAME_SHOWN) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "no frame shown within 30 s: {stderr}"
        );
        assert!(
            child.try_wait().ok().flatten().is_none(),
            "the app exited: {stderr}"
        );
        std::thread::sleep(Duration::from_millis(50));
        stderr = std::fs::read_to_string(&log).unwrap_or_default();
    }
    let still_running = child.try_wait().ok().flatten().is_none();
    let _ = child.kill();
    let _ = child.wait();
    (stderr, still_running)
}

/// Saved answers naming an item the data lacks (edited, or from another version of the data):
/// reported once, in words, and the window opens (with none: `ui::plan_saved`).
#[test]
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn saved_answers_that_do_not_fit_the_data_are_reported_once() {
    let home = temp_dir();
    let data = home.path().join("data");
    let folder = data.join("medtech-guide");
    std::fs::create_dir_all(&folder).expect("a storage folder");
    let answers = r#"Answers(version: 1, choices: {"phlebotomy": Have, "no-such-skill": Learning})"#;
    std::fs::write(
        folder.join("state.ron"),
        format!("(section: \"plan\", answers: {answers})"),
    )
    .expect("write state.ron");
    let (stderr, still_running) = first_frame(home.path(), &data);
    assert!(still_running, "the window stays open: {stderr}");
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.starts_with(WARNING)).collect();
    assert_eq!(
        warnings,
        [
            "medtech-guide: warning: ignoring the saved answers of My plan: they do not fit the readiness data (another version, or edited); starting with none"
        ],
        "{stderr}"
    );
}
