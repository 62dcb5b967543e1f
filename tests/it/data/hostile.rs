//! Hostile data stays harmless: links that are not http(s) are only text and never opened;
//! control characters, right-to-left overrides and 100 000-character words lay out; a data
//! directory that is a symbolic-link loop, a FIFO or a device is refused with a message.

#![expect(clippy::expect_used, reason = "test helpers fail the test with a message")]

use crate::common;
use crate::common::data::shown;

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    export::{self, GuideFormat, RenderOptions},
    model::load::{GLOBAL_FILE, GUIDE_FILE, READINESS_FILE, SALARY_FILE, load_dir},
    state::UiState,
};

/// Links of every scheme a page might carry, and an HTML anchor.
const LINKS: [&str; 5] = [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "data:text/html,<b>x</b>",
    "<a href=\"javascript:alert(2)\">click me</a>",
    "https://example.com/",
];

/// A copy of the bundled data whose overview carries `paragraph` as its first paragraph.
fn data_with_paragraph(paragraph: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in [SALARY_FILE, GLOBAL_FILE, READINESS_FILE] {
        std::fs::copy(Path::new("data").join(name), dir.path().join(name)).expect("copy data");
    }
    let guide = std::fs::read_to_string(Path::new("data").join(GUIDE_FILE)).expect("read guide");
    let anchor = "Heading(\"What a medical technician is\"),";
    assert!(guide.contains(anchor));
    let escaped = paragraph.replace('\\', "\\\\").replace('"', "\\\"");
    let guide = guide.replacen(anchor, &format!("{anchor}\nParagraph(\"{escaped}\"),"), 1);
    std::fs::write(dir.path().join(GUIDE_FILE), guide).expect("write guide");
    dir
}

fn harness_on(dir: &Path) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        data_dir: Some(dir.to_path_buf()),
        ..AppOptions::default()
    };
    Harness::builder()
        .with_size([1280.0, 2400.0])
        .build_eframe(move |cc| GuideApp::with_state(&cc.egui_ctx, options, UiState::default()))
}

#[test]
fn links_in_the_data_are_text_and_never_opened() {
    let text = format!("Links: {}.", LINKS.join(" and "));
    let dir = data_with_paragraph(&text);
    let mut harness = harness_on(dir.path());
    harness.run();
    assert!(harness.state().banner.is_none(), "the data loads");
    for link in LINKS {
        assert!(
            harness.query_all_by_label_contains(link).next().is_some(),
            "`{link}` is shown, as written"
        );
    }
    assert!(
        harness.query_all_by_role(Role::Link).count()
            == harness
                .query_all_by_role_and_label(Role::Link, "See the data note below")
                .count(),
        "no link widget is made from data (the app's own link to a data note is no data)"
    );
    let paragraph = harness.get_by_label_contains("javascript:alert(1)");
    paragraph.click();
    for _ in 0..4 {
        harness.step();
        assert_eq!(
            common::app::opened_urls(&harness),
            Vec::<String>::new(),
            "clicking opens nothing"
        );
    }
    // The exports keep them as text too: no anchor from the data survives into the HTML page.
    let guide = load_dir(dir.path()).expect("loads");
    let html = export::export_guide(&shown(&guide), GuideFormat::Html, &RenderOptions::default());
    assert!(
        html.contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;")
            || html.contains("&lt;a href=\"javascript:alert(2)\"&gt;"),
        "escaped"
    );
    assert!(!html.contains("href=\"javascript:"), "no live javascript link");
}

#[test]
fn control_characters_bidi_overrides_and_huge_words_lay_out() {
    let long_word = "x".repeat(100_000);
    let text = format!(
        "Bell \u{7}, escape \u{1b}[31m, backspace \u{8}, tab \t, vertical tab \u{b}, form feed \u{c}, \
         right-to-left override \u{202e}detalcnu\u{202c}, isolate \u{2067}abc\u{2069}, zero width \u{200b}\u{200d}\u{feff}, \
         combining a\u{301}\u{301}\u{301}\u{301}\u{301}, then {long_word} end of hostile paragraph."
    );
    let dir = data_with_paragraph(&text);
    let mut harness = harness_on(dir.path());
    // Finishing these frames is the test: a hang would never get here (and the run has a step limit).
    harness.run();
    assert!(harness.state().banner.is_none(), "the data loads");
    assert!(
        harness
            .query_all_by_label_contains("end of hostile paragraph")
            .next()
            .is_some()
    );
    // Search and the text exports go through the same text.
    let hits = harness.state().search_index.search(&long_word[..50]);
    assert!(!hits.is_empty(), "the long word is found");
    let guide = load_dir(dir.path()).expect("loads");
    let markdown = export::export_guide(&shown(&guide), GuideFormat::Markdown, &RenderOptions::default());
    assert!(markdown.contains(&long_word));
}

#[cfg(unix)]
mod special_files {
    use super::*;

    fn problems_of(dir: &Path) -> String {
        load_dir(dir).map_or_else(|p| p.to_string(), |_| String::new())
    }

    /// `check --data DIR` from the binary: exit 1, one message naming the path, no "os error".
    fn assert_refused(dir: &Path, says: &str) {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_medtech-guide"))
            .args(["check", "--data"])
            .arg(dir)
            .output()
            .expect("run the binary");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{stdout}");
        assert!(stdout.contains(says), "{stdout:?} should say {says:?}");
        assert!(!stdout.contains("os error"), "{stdout}");
    }

    fn fifo(path: &Path) {
        let status = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo");
        assert!(status.success());
    }

    #[test]
    fn a_data_directory_that_is_a_symlink_loop_is_refused() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let a: PathBuf = tmp.path().join("a");
        let b = tmp.path().join("b");
        std::os::unix::fs::symlink(&b, &a).expect("a -> b");
        std::os::unix::fs::symlink(&a, &b).expect("b -> a");
        let says = "symbolic link that cannot be followed";
        assert!(problems_of(&a).contains(says), "{}", problems_of(&a));
        assert_refused(&a, says);
    }

    #[test]
    fn a_data_directory_that_is_a_fifo_or_a_device_is_refused() {
        let tmp = tempfile::tempdir().expect("temp dir");
        let pipe = tmp.path().join("pipe");
        fifo(&pipe);
        assert_refused(&pipe, "this is a named pipe (FIFO), not a folder of data files");
        assert_refused(
            Path::new("/dev/null"),
            "this is a device, not a folder of data files",
        );
    }

    #[test]
    fn data_files_that_are_fifos_devices_or_loops_are_refused_without_waiting() {
        let tmp = tempfile::tempdir().expect("temp dir");
        // Opening a FIFO for reading waits for a writer: the check must refuse it before that.
        fifo(&tmp.path().join(GUIDE_FILE));
        std::os::unix::fs::symlink("/dev/zero", tmp.path().join(SALARY_FILE)).expect("device link");
        std::os::unix::fs::symlink(GLOBAL_FILE, tmp.path().join(GLOBAL_FILE)).expect("self link");
        let problems = problems_of(tmp.path());
        for says in [
            "guide.ron: this is a named pipe (FIFO), not a data file",
            "salary_by_experience.ron: this is a device, not a data file",
            "global_salaries.ron: this is a symbolic link that cannot be followed",
        ] {
            assert!(problems.contains(says), "{problems}\nshould say {says:?}");
        }
        assert_refused(tmp.path(), "not a data file");
    }
}
