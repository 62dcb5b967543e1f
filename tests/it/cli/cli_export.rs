//! The binary's `export` command: the guide and each chart to standard output or to a file,
//! usage errors, and failures that must write nothing.

use crate::common;
use crate::common::data::shown;

use common::{
    bin::run,
    data::{guide, level_titles},
    export::{export_chart as export, options},
    files::{entries, read_to_string, temp_dir},
    mounts::{RefusingFolder, skip},
    png::decode_png,
};
use medtech_guide::export::{self, ChartFormat, ChartId, ExportTheme, GuideFormat, RenderOptions};

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
    // Every section but the reader's own plan (last), which the guide does not hold.
    for row in sections
        .stdout_text()
        .lines()
        .filter(|row| !row.starts_with("plan\t"))
    {
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
    for text in ["$57,380", "CAD 50,000–75,000", "$16,000–$27,000 *"] {
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

#[test]
fn cli_writes_text_formats_to_standard_output() {
    let guide = guide();
    for (what, chart) in [
        ("salary-by-experience", ChartId::SalaryByExperience),
        ("global-salaries", ChartId::GlobalSalaries),
    ] {
        for (format, chart_format) in [("svg", ChartFormat::Svg), ("csv", ChartFormat::Csv)] {
            let args = ["export", what, "--format", format, "--out", "-"];
            let out = run(&args);
            out.assert_code(0, &args.join(" "));
            assert_eq!(
                out.stdout,
                export(&shown(&guide), chart, chart_format, &RenderOptions::default()),
                "{}: stdout is the export",
                args.join(" ")
            );
        }
    }
    let html = run(&[
        "export", "guide", "--format", "html", "--out", "-", "--theme", "dark",
    ]);
    html.assert_code(0, "export guide --format html");
    let options = RenderOptions {
        theme: ExportTheme::Dark,
        ..RenderOptions::default()
    };
    assert_eq!(
        html.stdout_text(),
        export::export_guide(&shown(&guide), GuideFormat::Html, &options)
    );
}

#[test]
fn cli_writes_charts_with_the_requested_size_and_theme() {
    let guide = guide();
    let temp = temp_dir();
    let png = temp.path().join("salary.png");
    let png_arg = png.display().to_string();
    let out = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "png",
        "--out",
        &png_arg,
        "--width",
        "800",
        "--height",
        "450",
        "--theme",
        "dark",
    ]);
    out.assert_code(0, "export png");
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(&png).expect("read PNG");
    assert_eq!(
        bytes,
        export(
            &shown(&guide),
            ChartId::SalaryByExperience,
            ChartFormat::Png,
            &options(800, 450, ExportTheme::Dark)
        )
    );
    let defaults = temp.path().join("global.png");
    let defaults_arg = defaults.display().to_string();
    run(&[
        "export",
        "global-salaries",
        "--format",
        "png",
        "--out",
        &defaults_arg,
    ])
    .assert_code(0, "default size");
    let (w, h, _) = decode_png(&std::fs::read(&defaults).expect("read PNG"));
    assert_eq!((w, h), (1600, 1000), "default size");
    let pdf = temp.path().join("global.pdf");
    let pdf_arg = pdf.display().to_string();
    run(&[
        "export",
        "global-salaries",
        "--format",
        "pdf",
        "--out",
        &pdf_arg,
        "--sort",
        "name",
    ])
    .assert_code(0, "export pdf");
    assert!(std::fs::read(&pdf).expect("read PDF").starts_with(b"%PDF-"));
    let mut expected = vec![defaults, pdf, png];
    expected.sort();
    assert_eq!(entries(temp.path()), expected, "no temporary files left");
}

#[test]
fn cli_refuses_invalid_combinations_as_usage_errors() {
    let temp = temp_dir();
    let out = temp.path().join("out");
    let out_arg = out.display().to_string();
    for (args, expect) in [
        (
            vec!["guide", "--format", "png"],
            "`guide` exports as md, html or pdf, not png; the one-page handout exports as png",
        ),
        (
            vec!["guide", "--format", "csv"],
            "`guide` exports as md, html or pdf",
        ),
        (
            vec!["salary-by-experience", "--format", "md"],
            "exports as png, svg, pdf or csv",
        ),
        (
            vec!["global-salaries", "--format", "html"],
            "exports as png, svg, pdf or csv",
        ),
        (
            vec!["salary-by-experience", "--format", "csv", "--width", "800"],
            "--width",
        ),
        (vec!["guide", "--format", "md", "--height", "800"], "--height"),
        (vec!["guide", "--format", "md", "--theme", "dark"], "--theme"),
        (
            vec!["salary-by-experience", "--format", "svg", "--sort", "name"],
            "--sort",
        ),
    ] {
        let mut full = vec!["export"];
        full.extend(&args);
        full.extend(["--out", &out_arg]);
        let what = full.join(" ");
        let result = run(&full);
        result.assert_code(2, &what);
        assert!(
            result.stderr.contains(expect),
            "{what}: stderr lacks {expect:?}:\n{}",
            result.stderr
        );
        assert!(!out.exists(), "{what}: wrote a file");
    }
    for format in ["png", "pdf"] {
        let what = format!("export salary-by-experience --format {format} --out -");
        let result = run(&["export", "salary-by-experience", "--format", format, "--out", "-"]);
        result.assert_code(2, &what);
        assert!(result.stdout.is_empty(), "{what}: wrote to stdout");
        assert!(
            result.stderr.contains("standard output"),
            "{what}:\n{}",
            result.stderr
        );
    }
    let result = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "gif",
        "--out",
        &out_arg,
    ]);
    result.assert_code(2, "--format gif");
}

#[test]
fn cli_refuses_sizes_out_of_range_naming_the_path_and_keeps_the_existing_file() {
    let temp = temp_dir();
    let out = temp.path().join("chart.png");
    std::fs::write(&out, b"previous").expect("write");
    let out_arg = out.display().to_string();
    for (flag, value) in [
        ("--width", "0"),
        ("--width", "100000"),
        ("--height", "199"),
        ("--height", "10001"),
    ] {
        let what = format!("{flag} {value}");
        let result = run(&[
            "export",
            "salary-by-experience",
            "--format",
            "png",
            "--out",
            &out_arg,
            flag,
            value,
        ]);
        result.assert_code(1, &what);
        assert!(
            result.stderr.contains(&out_arg),
            "{what}: does not name the path:\n{}",
            result.stderr
        );
        let dimension = flag.trim_start_matches("--");
        assert!(
            result.stderr.contains(&format!("{dimension} {value} px")),
            "{what}: does not say what is wrong:\n{}",
            result.stderr
        );
        assert_eq!(
            std::fs::read(&out).expect("read"),
            b"previous",
            "{what}: changed the file"
        );
    }
    assert_eq!(entries(temp.path()), [out], "no temporary files left");
}

#[test]
fn cli_export_into_a_missing_directory_fails_and_creates_nothing() {
    let temp = temp_dir();
    let missing = temp.path().join("missing");
    for format in ["png", "svg", "pdf", "csv"] {
        let out = missing.join(format!("chart.{format}"));
        let out_arg = out.display().to_string();
        let result = run(&["export", "global-salaries", "--format", format, "--out", &out_arg]);
        result.assert_code(1, format);
        assert!(
            result.stderr.contains(&out_arg),
            "{format}: message:\n{}",
            result.stderr
        );
        assert!(!missing.exists(), "{format}: created the directory");
    }
    let out = missing.join("guide.html");
    let out_arg = out.display().to_string();
    run(&["export", "guide", "--format", "html", "--out", &out_arg]).assert_code(1, "html");
    assert!(!missing.exists());
    // A "directory" that is a file fails the same way, and the file is left alone.
    let file = temp.path().join("a-file");
    std::fs::write(&file, b"previous").expect("write");
    let out = file.join("chart.png");
    let out_arg = out.display().to_string();
    let result = run(&["export", "global-salaries", "--format", "png", "--out", &out_arg]);
    result.assert_code(1, "parent is a file");
    assert!(result.stderr.contains(&out_arg), "message:\n{}", result.stderr);
    assert_eq!(std::fs::read(&file).expect("read"), b"previous");
    assert_eq!(entries(temp.path()), [file], "nothing else created");
}

#[test]
fn cli_export_into_a_read_only_directory_fails_and_keeps_the_existing_file() {
    let test = "cli_export_into_a_read_only_directory_fails_and_keeps_the_existing_file";
    let dir = match RefusingFolder::with_files(&[("chart.svg", b"previous")]) {
        Ok(dir) => dir,
        Err(reason) => return skip(test, &reason),
    };
    let out = dir.join("chart.svg");
    let out_arg = out.display().to_string();
    let result = run(&[
        "export",
        "salary-by-experience",
        "--format",
        "svg",
        "--out",
        &out_arg,
    ]);
    result.assert_code(1, "read-only directory");
    assert_eq!(
        result.stderr.trim_end(),
        format!(
            "medtech-guide: error: cannot write to {}: {}",
            dir.path().display(),
            dir.reason()
        )
    );
    assert_eq!(
        std::fs::read(&out).expect("read"),
        b"previous",
        "changed the existing file"
    );
    assert_eq!(entries(dir.path()), [out], "no temporary files left");
}
