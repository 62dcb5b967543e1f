//! Printing from the command line: `export guide|handout` on the paper asked for, usage errors
//! for what cannot be printed, and nothing left behind by a broken `--out`.

use crate::common;

/// The binary's exit code (-1 if killed) and its standard error.
fn run(args: &[&str]) -> (i32, String) {
    let run = common::bin::run(args);
    (run.code.unwrap_or(-1), run.stderr)
}

#[test]
fn exports_the_guide_and_handout_on_the_paper_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (what, format, paper, size) in [
        ("guide", "pdf", "letter", [612.0, 792.0]),
        ("guide", "pdf", "a4", [595.28, 841.89]),
        ("handout", "pdf", "letter", [612.0, 792.0]),
    ] {
        let out = dir.path().join(format!("{what}-{paper}.{format}"));
        let out_arg = out.display().to_string();
        let (code, stderr) = run(&[
            "export", what, "--format", format, "--paper", paper, "--out", &out_arg,
        ]);
        assert_eq!(code, 0, "{what} {paper}: {stderr}");
        let bytes = std::fs::read(&out).expect("written");
        let media = common::pdf::media_box(&bytes);
        assert!(
            (media[2] - size[0]).abs() < 0.1 && (media[3] - size[1]).abs() < 0.1,
            "{what} {paper}: {media:?}"
        );
    }
    let png = dir.path().join("handout.png");
    let (code, stderr) = run(&[
        "export",
        "handout",
        "--format",
        "png",
        "--out",
        &png.display().to_string(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read(&png).expect("written").starts_with(b"\x89PNG"));
}

#[test]
fn refuses_what_cannot_be_printed_as_usage_errors() {
    for args in [
        ["export", "guide", "--format", "png", "--out", "x.png"].as_slice(),
        &["export", "handout", "--format", "md", "--out", "x.md"],
        &[
            "export", "guide", "--format", "pdf", "--theme", "dark", "--out", "x.pdf",
        ],
        &[
            "export", "guide", "--format", "md", "--paper", "a4", "--out", "x.md",
        ],
        &["export", "handout", "--format", "pdf", "--out", "-"],
    ] {
        let (code, stderr) = run(args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(!stderr.is_empty(), "{args:?}: no message");
    }
}

#[test]
fn a_broken_out_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing");
    for (what, format) in [("guide", "pdf"), ("handout", "pdf"), ("handout", "png")] {
        let out = missing.join(format!("out.{format}"));
        let out_arg = out.display().to_string();
        let (code, stderr) = run(&["export", what, "--format", format, "--out", &out_arg]);
        assert_eq!(code, 1, "{what} {format}: {stderr}");
        assert!(stderr.contains(&out_arg), "the message names {out_arg}: {stderr}");
        assert!(!missing.exists(), "{} was created", missing.display());
    }
    let entries = std::fs::read_dir(dir.path()).expect("list").count();
    assert_eq!(entries, 0, "nothing may be left in {}", dir.path().display());
}
