//! `--screenshot` against a real window: needs a display (Xvfb in CI), so these are ignored by a
//! plain `cargo test`; `.ci/run` installs Xvfb and Mesa and runs them with `--ignored`.

use crate::common;

use common::{
    bin::{Run, command, run_command},
    files::temp_dir,
    png::read_png as decode,
};

#[test]
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn screenshot_saves_a_png_of_the_window_and_exits() {
    let dir = temp_dir();
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
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn screenshot_to_a_missing_directory_fails_cleanly() {
    let dir = temp_dir();
    let path = dir.path().join("missing").join("shot.png");
    let output = run_command(command([std::ffi::OsStr::new("--screenshot"), path.as_os_str()]));
    assert_eq!(output.code, Some(1));
    let stderr = output.stderr;
    assert!(
        stderr.contains("shot.png") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert!(!path.exists());
}

/// Both charts in both themes: the window shows each chart's series in the theme's palette.
#[test]
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn charts_render_in_each_themes_palette() {
    use medtech_guide::tokens::Tokens;
    let dir = temp_dir();
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
fn screenshot(path: &std::path::Path, args: &[&str], timings: bool) -> Run {
    let mut command = command([std::ffi::OsStr::new("--screenshot"), path.as_os_str()]);
    command.args(args);
    if timings {
        command.env(medtech_guide::timings::ENV_VAR, "1");
    } else {
        command.env_remove(medtech_guide::timings::ENV_VAR);
    }
    let output = run_command(command);
    assert!(output.code == Some(0), "{}", output.stderr);
    output
}

/// A screenshot is the settled window: the same pixels every run, wherever the pointer rests
/// (Xvfb leaves it mid-screen, over the chart) and however fast the frames come. Three fixed
/// frames used to catch the scroll bars fading in, and the chart's tooltip appeared once the
/// pointer's position arrived.
#[test]
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn screenshots_are_reproducible() {
    let dir = temp_dir();
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
#[ignore = "needs a display: `.ci/run` runs it with `--ignored` under Xvfb"]
fn timings_report_every_start_up_phase_in_order() {
    let dir = temp_dir();
    let output = screenshot(&dir.path().join("shot.png"), &[], true);
    let stderr = output.stderr;
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
    assert!(!quiet.stderr.contains("timing"));
}
