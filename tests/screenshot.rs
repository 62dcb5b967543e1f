//! `--screenshot` against a real window: needs a display (Xvfb in CI), so it sits behind the
//! `display-tests` feature that `.ci/run` turns on after installing Xvfb and Mesa.
#![cfg(feature = "display-tests")]
#![allow(clippy::expect_used)] // Test helpers fail the test with a message.

use std::process::Command;

fn decode(path: &std::path::Path) -> (u32, u32, Vec<u8>) {
    let file = std::fs::File::open(path).expect("screenshot exists");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut pixels).expect("decodes");
    pixels.truncate(info.buffer_size());
    (info.width, info.height, pixels)
}

#[test]
fn screenshot_saves_a_png_of_the_window_and_exits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("global-dark.png");
    screenshot(
        &path,
        &["--section", "global", "--theme", "dark", "--size", "900x600"],
        false,
    );
    let (width, height, pixels) = decode(&path);
    assert_eq!((width, height), (900, 600));
    let mut colours: Vec<&[u8]> = pixels.chunks(4).collect();
    colours.sort_unstable();
    colours.dedup();
    assert!(
        colours.len() > 50,
        "the window has content: {} colours",
        colours.len()
    );
    // Dark theme: the top-left corner (panel background) is dark.
    let corner = pixels.get(..3).expect("a pixel");
    assert!(corner.iter().all(|&c| c < 80), "dark background, got {corner:?}");
}

#[test]
fn screenshot_to_a_missing_directory_fails_cleanly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("missing").join("shot.png");
    let output = Command::new(env!("CARGO_BIN_EXE_medtech-guide"))
        .arg("--screenshot")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("shot.png") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert!(!path.exists());
}

/// Both charts in both themes: the window shows each chart's series in the theme's palette.
#[test]
fn charts_render_in_each_themes_palette() {
    use medtech_guide::tokens::Tokens;
    let dir = tempfile::tempdir().expect("temp dir");
    for (theme, tokens) in [("light", Tokens::LIGHT), ("dark", Tokens::DARK)] {
        for (section, colours) in [
            ("career-path", [tokens.salary_median, tokens.salary_average]),
            ("global", [tokens.region_bar, tokens.region_highlight]),
        ] {
            let path = dir.path().join(format!("{section}-{theme}.png"));
            screenshot(
                &path,
                &["--section", section, "--theme", theme, "--size", "1280x1100"],
                false,
            );
            let (_, _, pixels) = decode(&path);
            for colour in colours {
                let wanted = [colour.r(), colour.g(), colour.b()];
                let found = pixels
                    .chunks(4)
                    .filter(|p| p.get(..3) == Some(&wanted[..]))
                    .count();
                assert!(found > 100, "{section} in {theme}: {found} pixels of {wanted:?}");
            }
        }
    }
}

/// Runs `--screenshot PATH ARGS`, with or without start-up timings; fails unless it succeeds.
fn screenshot(path: &std::path::Path, args: &[&str], timings: bool) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_medtech-guide"));
    command.arg("--screenshot").arg(path).args(args);
    if timings {
        command.env(medtech_guide::timings::ENV_VAR, "1");
    } else {
        command.env_remove(medtech_guide::timings::ENV_VAR);
    }
    let output = command.output().expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// A screenshot is the settled window: the same pixels every run, wherever the pointer rests
/// (Xvfb leaves it mid-screen, over the chart) and however fast the frames come. Three fixed
/// frames used to catch the scroll bars fading in, and the chart's tooltip appeared once the
/// pointer's position arrived.
#[test]
fn screenshots_are_reproducible() {
    let dir = tempfile::tempdir().expect("temp dir");
    let args = ["--section", "global", "--size", "1280x800"];
    let first = dir.path().join("first.png");
    let second = dir.path().join("second.png");
    screenshot(&first, &args, false);
    screenshot(&second, &args, false);
    assert!(decode(&first) == decode(&second), "two runs differ");
}

/// `MEDTECH_GUIDE_TIMINGS=1` reports each start-up phase once, in order, with times that only
/// grow; without it nothing is printed.
#[test]
fn timings_report_every_start_up_phase_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = screenshot(&dir.path().join("shot.png"), &[], true);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("medtech-guide: timing: "))
        .collect();
    let phases = [
        "command line parsed",
        "data loaded and validated",
        "window icon decoded",
        "window and GL context created",
        "search index built",
        "app built",
        "frame 1 begins",
        "frame 1 laid out",
        "frame 1 tessellated, painted, shown",
        "screenshot requested",
        "screenshot pixels received",
        "screenshot encoded and saved",
        "state saved; closing the window",
        "window closed",
    ];
    assert_eq!(lines.len(), phases.len(), "{stderr}");
    let mut last = 0.0;
    for (line, phase) in lines.iter().zip(phases) {
        assert!(line.contains(phase), "expected `{phase}`, got `{line}`");
        let ms: f64 = line
            .split_whitespace()
            .next()
            .and_then(|n| n.parse().ok())
            .expect("a time in ms");
        assert!(ms >= last, "{line} goes back in time");
        last = ms;
    }

    let quiet = screenshot(&dir.path().join("quiet.png"), &[], false);
    assert!(!String::from_utf8_lossy(&quiet.stderr).contains("timing"));
}
