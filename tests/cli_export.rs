//! The binary's `export` command: the guide to standard output or to a file, and failures that
//! must write nothing.

pub mod common;

use common::{
    bin::run,
    data::level_titles,
    files::{entries, read_to_string, temp_dir},
};

/// The Markdown export of the bundled guide, to standard output.
fn export_to_stdout() -> String {
    let export = run(&["export", "guide", "--format", "md", "--out", "-"]);
    export.assert_code(0, "export guide --format md --out -");
    export.stdout_text()
}

#[test]
fn export_markdown_to_stdout_has_every_section_and_figure() {
    let markdown = export_to_stdout();
    let lines: Vec<&str> = markdown.lines().collect();
    let sections = run(&["sections"]);
    sections.assert_code(0, "sections");
    for row in sections.stdout_text().lines() {
        let title = row.split_once('\t').map_or(row, |(_, title)| title);
        let heading = format!("## {title}");
        assert!(
            lines.contains(&heading.as_str()),
            "the export lacks the heading {heading:?}"
        );
    }
    for level in level_titles() {
        let heading = format!("### {level}");
        assert!(
            lines.contains(&heading.as_str()),
            "the export lacks the level heading {heading:?}"
        );
    }
    for text in ["$57,380", "CAD 50,000–75,000", "(derived)"] {
        assert!(markdown.contains(text), "the export lacks {text:?}");
    }
}

#[test]
fn export_markdown_to_a_file_writes_the_same_text() {
    let temp = temp_dir();
    let out = temp.path().join("guide.md");
    let out_arg = out.display().to_string();
    let export = run(&["export", "guide", "--format", "md", "--out", &out_arg]);
    export.assert_code(0, "export to a file");
    assert_eq!(
        export.stdout_text(),
        "",
        "the document goes to the file, not to stdout"
    );
    assert_eq!(read_to_string(&out), export_to_stdout());
    assert_eq!(
        entries(temp.path()),
        [out],
        "no temporary file may be left beside the output"
    );
}

#[test]
fn export_into_a_missing_directory_fails_and_creates_nothing() {
    let temp = temp_dir();
    let missing = temp.path().join("missing-dir");
    let out = missing.join("guide.md");
    let out_arg = out.display().to_string();
    let export = run(&["export", "guide", "--format", "md", "--out", &out_arg]);
    export.assert_code(1, "export into a missing directory");
    assert!(
        export.stderr.contains(&out_arg),
        "the message should name {out_arg}:\n{}",
        export.stderr
    );
    assert!(!out.exists(), "{out_arg} was created");
    assert!(!missing.exists(), "{} was created", missing.display());
}

#[test]
fn failed_export_leaves_an_existing_file_untouched() {
    let temp = temp_dir();
    let out = temp.path().join("guide.md");
    let before = "previous contents\n";
    std::fs::write(&out, before).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    let out_arg = out.display().to_string();
    for data in ["tests/corpus/does-not-exist", "tests/corpus/syntax-error"] {
        let export = run(&[
            "export", "guide", "--format", "md", "--out", &out_arg, "--data", data,
        ]);
        export.assert_code(1, &format!("export with --data {data}"));
        assert!(
            export.stderr.contains(data),
            "the message should name {data}:\n{}",
            export.stderr
        );
        assert_eq!(
            read_to_string(&out),
            before,
            "export with --data {data} changed the existing file"
        );
    }
    assert_eq!(
        entries(temp.path()).len(),
        1,
        "no temporary file may be left beside the output"
    );
}
