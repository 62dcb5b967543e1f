//! End-to-end tests of the `medtech-guide` binary: `check` on a corpus of broken data directories
//! (`tests/corpus/`, each a copy of `data/` with one defect), and the rest of the command line.
//!
//! Every corpus test asserts the exact `FILE:LINE:COLUMN: message` lines, and checks that each
//! expected position really points at the defect in the corpus file, so a regenerated corpus whose
//! lines moved fails with a clear message instead of a confusing diff.

use std::{
    io::Read as _,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    thread,
    time::{Duration, Instant},
};

const BIN: &str = env!("CARGO_BIN_EXE_medtech-guide");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The data files of a data directory, in the order problems are reported.
const GUIDE: &str = "guide.ron";
const SALARY: &str = "salary_by_experience.ron";
const GLOBAL: &str = "global_salaries.ron";
const DATA_FILES: [&str; 3] = [GUIDE, SALARY, GLOBAL];

/// The bundled sections' ids, in order.
const SECTION_IDS: [&str; 13] = [
    "overview",
    "duties",
    "skills",
    "how-to-become",
    "education",
    "salary",
    "career-path",
    "diversity",
    "global",
    "market",
    "pros-cons",
    "faq",
    "related",
];

/// The bundled career levels' titles, in order.
const LEVEL_TITLES: [&str; 5] = [
    "Junior Medical Technician",
    "Medical Technician",
    "Senior Medical Technician",
    "Lead Medical Technician",
    "Medical Technologist",
];

/// No command here should take long; a hung one (e.g. a window opened by mistake) is killed.
const TIMEOUT: Duration = Duration::from_mins(1);

/// What one run of the binary did.
struct Run {
    /// The exit code; `None` when the process was killed by a signal.
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Fails unless the process exited normally with `code` and did not panic.
    fn assert_code(&self, code: i32, what: &str) {
        assert!(
            !self.stderr.contains("panicked"),
            "{what}: the program panicked\nstderr:\n{}",
            self.stderr
        );
        assert_eq!(
            self.code,
            Some(code),
            "{what}: exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }
}

/// Runs the binary with `args` in the crate's directory, with no display, so it can never open a window.
fn run(args: &[&str]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(ROOT)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {BIN}: {e}"));
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "`medtech-guide {}` did not finish within {TIMEOUT:?}",
                    args.join(" ")
                );
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("waiting for `medtech-guide {}`: {e}", args.join(" ")),
        }
    };
    Run {
        code: status.code(),
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("cannot make a temporary directory: {e}"))
}

fn read_to_string(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn corpus_dir(name: &str) -> String {
    format!("tests/corpus/{name}")
}

/// One expected problem in a corpus directory, and what its position must point at.
struct Expected {
    file: &'static str,
    line: usize,
    column: usize,
    message: &'static str,
    /// The text of the line just before `column` ends with this...
    before: &'static str,
    /// ...and the text from `column` on starts with this.
    after: &'static str,
}

impl Expected {
    fn line_in(&self, dir: &str) -> String {
        format!(
            "{dir}/{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }

    /// Fails unless `line:column` of the corpus file is where the test says the defect is.
    fn assert_points_at_defect(&self, dir: &str) {
        let path = Path::new(ROOT).join(dir).join(self.file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        // Lossy, so the non-UTF-8 file can be looked at too (its bad byte becomes one character).
        let text = String::from_utf8_lossy(&bytes);
        let line = text
            .split('\n')
            .nth(self.line - 1)
            .unwrap_or_else(|| panic!("{dir}/{}: there is no line {}", self.file, self.line));
        let chars: Vec<char> = line.chars().collect();
        assert!(
            self.column >= 1 && self.column <= chars.len() + 1,
            "{dir}/{}:{}: there is no column {} in {line:?}",
            self.file,
            self.line,
            self.column
        );
        let before: String = chars.get(..self.column - 1).unwrap_or_default().iter().collect();
        let after: String = chars.get(self.column - 1..).unwrap_or_default().iter().collect();
        assert!(
            before.ends_with(self.before) && after.starts_with(self.after),
            "{dir}/{}:{}:{} should point between {:?} and {:?}, but the line there is {before:?} | {after:?}; \
             was the corpus regenerated? Update the expectation.",
            self.file,
            self.line,
            self.column,
            self.before,
            self.after
        );
    }
}

/// The whole of `check`'s output for these problems: one line each, then the count.
fn check_output(problem_lines: &[String]) -> String {
    let n = problem_lines.len();
    format!(
        "{}\n{n} problem{} found\n",
        problem_lines.join("\n"),
        if n == 1 { "" } else { "s" }
    )
}

/// Runs `check --data tests/corpus/NAME` and asserts exactly `expected`, exit 1 and no panic;
/// then asserts that `sections` and `export` refuse the same directory with the same problems.
fn assert_corpus(name: &str, expected: &[Expected]) {
    let dir = corpus_dir(name);
    for problem in expected {
        problem.assert_points_at_defect(&dir);
    }
    let lines: Vec<String> = expected.iter().map(|p| p.line_in(&dir)).collect();

    let check = run(&["check", "--data", &dir]);
    check.assert_code(1, &format!("check --data {dir}"));
    assert_eq!(check.stdout, check_output(&lines), "check --data {dir}: stdout");

    for args in [
        vec!["sections", "--data", &dir],
        vec!["export", "guide", "--format", "md", "--out", "-", "--data", &dir],
    ] {
        let what = args.join(" ");
        let other = run(&args);
        other.assert_code(1, &what);
        assert_eq!(
            other.stdout, "",
            "{what}: nothing may be printed from data that failed to load"
        );
        for line in &lines {
            assert!(
                other.stderr.contains(line.as_str()),
                "{what}: stderr lacks {line:?}:\n{}",
                other.stderr
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus: one defect per directory.
// ---------------------------------------------------------------------------------------------

/// Every directory in tests/corpus has a test below, and holds exactly the three data files.
#[test]
fn corpus_directories_are_all_tested() {
    let tested = [
        "bad-currency",
        "dangling-reference",
        "duplicate-id",
        "empty-file",
        "level-gap",
        "min-greater-than-max",
        "missing-field",
        "multiple-problems",
        "negative-salary",
        "non-utf8",
        "syntax-error",
        "unknown-field",
        "wrong-type",
    ];
    let corpus = Path::new(ROOT).join("tests/corpus");
    let mut found: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", corpus.display()))
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, tested, "corpus directories and the tests of them differ");
    for name in tested {
        let mut files: Vec<String> = std::fs::read_dir(corpus.join(name))
            .unwrap_or_else(|e| panic!("cannot list tests/corpus/{name}: {e}"))
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut want = DATA_FILES.map(str::to_owned).to_vec();
        want.sort();
        assert_eq!(
            files, want,
            "tests/corpus/{name} must hold exactly the three data files"
        );
    }
}

/// `title: "Overview"` with its comma removed (`guide.ron` line 50).
#[test]
fn syntax_error_is_reported_where_the_comma_is_missing() {
    assert_corpus(
        "syntax-error",
        &[Expected {
            file: GUIDE,
            // Right after `"Overview"`, where the comma belongs; not at `blocks` on the next line.
            line: 50,
            column: 30,
            message: "Expected comma",
            before: r#"title: "Overview""#,
            after: "",
        }],
    );
}

/// `us_median_usd: "45000"`, a string where a number belongs (`salary_by_experience.ron` line 29).
#[test]
fn wrong_type_is_reported_at_the_value() {
    assert_corpus(
        "wrong-type",
        &[Expected {
            file: SALARY,
            line: 29,
            column: 28,
            message: "Expected integer",
            before: "us_median_usd: ",
            after: r#""45000""#,
        }],
    );
}

/// Canada's `usd_max` removed (`global_salaries.ron`): reported at the end of that region.
#[test]
fn missing_field_is_reported_at_the_end_of_its_region() {
    assert_corpus(
        "missing-field",
        &[Expected {
            file: GLOBAL,
            line: 32,
            column: 9,
            message: "Unexpected missing field named `usd_max` in `Region`",
            before: "        ",
            after: "),",
        }],
    );
}

/// `colour: "red"` added to the third level (`salary_by_experience.ron` line 39).
#[test]
fn unknown_field_is_reported_at_the_field() {
    assert_corpus(
        "unknown-field",
        &[Expected {
            file: SALARY,
            line: 39,
            column: 13,
            message: "Unexpected field named `colour` in `Level`, expected one of `title`, `years_from`, \
                      `years_to`, `years_note`, `us_median_usd`, `us_average_usd`, `role`, or `focus` instead",
            before: "            ",
            after: r#"colour: "red","#,
        }],
    );
}

/// The last section's id changed from `related` to `faq` (`guide.ron` line 342).
#[test]
fn duplicate_id_is_reported_at_the_second_one() {
    assert_corpus(
        "duplicate-id",
        &[Expected {
            file: GUIDE,
            line: 342,
            column: 13,
            message: "duplicate section id `faq`",
            before: "            ",
            after: r#"id: "faq","#,
        }],
    );
}

/// Canada's `local_min` raised to 80000, above its `local_max` of 75000.
#[test]
fn min_greater_than_max_is_reported_at_the_minimum() {
    assert_corpus(
        "min-greater-than-max",
        &[Expected {
            file: GLOBAL,
            line: 28,
            column: 13,
            message: "region `Canada`: `local_min` (80000) is greater than `local_max` (75000)",
            before: "            ",
            after: "local_min: 80000,",
        }],
    );
}

/// `us_median_usd: -36000` on the first level (`salary_by_experience.ron` line 19).
#[test]
fn negative_salary_is_reported_at_the_minus_sign_and_says_why() {
    assert_corpus(
        "negative-salary",
        &[Expected {
            file: SALARY,
            // At the `-` that makes it wrong, not at the digits after it.
            line: 19,
            column: 28,
            // RON's own "Integer is out of bounds" names neither the value nor the bounds.
            message: "`-36000` is out of range: expected a whole number from 0 to 4294967295",
            before: "us_median_usd: ",
            after: "-36000,",
        }],
    );
}

/// Western Europe's currency `EUR` changed to `Euro` (`global_salaries.ron` line 37).
#[test]
fn bad_currency_is_reported_at_the_currency() {
    assert_corpus(
        "bad-currency",
        &[Expected {
            file: GLOBAL,
            line: 37,
            column: 13,
            message: "region `Western Europe`: `Euro` is not an ISO 4217 currency code (e.g. `EUR`, `CAD`)",
            before: "            ",
            after: r#"currency: "Euro","#,
        }],
    );
}

/// `Chart("salary-history")` in the salary section (`guide.ron` line 202).
#[test]
fn dangling_reference_is_reported_at_the_block() {
    assert_corpus(
        "dangling-reference",
        &[Expected {
            file: GUIDE,
            line: 202,
            column: 17,
            message: "in section `salary`: chart `salary-history` does not exist; \
                      expected `salary-by-experience` or `global-salaries`",
            before: "                ",
            after: r#"Chart("salary-history"),"#,
        }],
    );
}

/// `global_salaries.ron` is zero bytes.
#[test]
fn empty_file_is_reported() {
    assert_corpus(
        "empty-file",
        &[Expected {
            file: GLOBAL,
            line: 1,
            column: 1,
            message: "the file is empty; expected `GlobalSalaries(…)`",
            before: "",
            after: "",
        }],
    );
    let empty = Path::new(ROOT).join("tests/corpus/empty-file").join(GLOBAL);
    assert_eq!(
        std::fs::metadata(&empty).map(|m| m.len()).ok(),
        Some(0),
        "the empty file must be empty"
    );
}

/// A 0xFF byte in the guide's title, before `career` (`guide.ron` line 7).
#[test]
fn non_utf8_is_reported_at_the_bad_byte() {
    assert_corpus(
        "non-utf8",
        &[Expected {
            file: GUIDE,
            line: 7,
            column: 32,
            message: "the file is not valid UTF-8 text (byte 0xFF); save it as UTF-8",
            before: r#"title: "Medical Technician "#,
            after: "\u{FFFD}career guide",
        }],
    );
}

/// The third level starts at 5 years; the second ends at 4.
#[test]
fn level_gap_is_reported_at_the_level_after_the_gap() {
    assert_corpus(
        "level-gap",
        &[Expected {
            file: SALARY,
            line: 36,
            column: 13,
            message: "level `Senior Medical Technician` starts at 5 years but the level before ends at 4: \
                      a gap; levels must be ordered by years with no gaps",
            before: "            ",
            after: "years_from: 5,",
        }],
    );
}

/// The dangling reference, the level gap and the bad currency together: all three reported at once.
#[test]
fn multiple_problems_are_all_reported_at_once() {
    assert_corpus(
        "multiple-problems",
        &[
            Expected {
                file: GUIDE,
                line: 202,
                column: 17,
                message: "in section `salary`: chart `salary-history` does not exist; \
                          expected `salary-by-experience` or `global-salaries`",
                before: "                ",
                after: r#"Chart("salary-history"),"#,
            },
            Expected {
                file: SALARY,
                line: 36,
                column: 13,
                message: "level `Senior Medical Technician` starts at 5 years but the level before ends at 4: \
                          a gap; levels must be ordered by years with no gaps",
                before: "            ",
                after: "years_from: 5,",
            },
            Expected {
                file: GLOBAL,
                line: 37,
                column: 13,
                message: "region `Western Europe`: `Euro` is not an ISO 4217 currency code (e.g. `EUR`, `CAD`)",
                before: "            ",
                after: r#"currency: "Euro","#,
            },
        ],
    );
}

/// A copy of the bundled data whose `guide.ron` is 6 MiB, made at run time (not committed).
#[test]
fn oversized_file_is_refused() {
    let temp = temp_dir();
    for file in DATA_FILES {
        let from = Path::new(ROOT).join("data").join(file);
        std::fs::copy(&from, temp.path().join(file))
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", from.display()));
    }
    let guide = temp.path().join(GUIDE);
    // The real guide, padded with comments to 6 MiB: valid RON, only too large.
    let mut text = read_to_string(&guide);
    let padding = format!("// {}\n", "x".repeat(1021));
    while text.len() < 6 * 1024 * 1024 {
        text.push_str(&padding);
    }
    std::fs::write(&guide, &text).unwrap_or_else(|e| panic!("cannot write {}: {e}", guide.display()));

    let dir = temp.path().display().to_string();
    let check = run(&["check", "--data", &dir]);
    check.assert_code(1, "check of a 6 MiB guide.ron");
    let expected = format!(
        "{}:1:1: the file is larger than 5 MiB, the limit for a data file; is it the right file?",
        guide.display()
    );
    assert_eq!(check.stdout, check_output(&[expected]));
}

// ---------------------------------------------------------------------------------------------
// The rest of the command line.
// ---------------------------------------------------------------------------------------------

#[test]
fn check_of_bundled_data_is_ok() {
    let check = run(&["check"]);
    check.assert_code(0, "check");
    assert_eq!(
        check.stdout,
        "ok: bundled data: 13 sections, 5 levels, 8 regions\n"
    );
}

#[test]
fn check_of_the_data_directory_is_ok() {
    let check = run(&["check", "--data", "data"]);
    check.assert_code(0, "check --data data");
    assert_eq!(check.stdout, "ok: data: 13 sections, 5 levels, 8 regions\n");
}

#[test]
fn check_of_a_missing_directory_names_the_directory_once() {
    let dir = "tests/corpus/does-not-exist";
    let check = run(&["check", "--data", dir]);
    check.assert_code(1, "check --data on a missing directory");
    assert_eq!(
        check.stdout,
        format!("{dir}:1:1: cannot open it: it does not exist\n1 problem found\n")
    );
}

#[test]
fn check_of_a_directory_missing_its_files_names_each_missing_file() {
    let dir = temp_dir();
    let shown = dir.path().display().to_string();
    let check = run(&["check", "--data", &shown]);
    check.assert_code(1, "check --data on an empty directory");
    let lines: Vec<&str> = check.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "one line per file and the count:\n{}",
        check.stdout
    );
    for (line, file) in lines.iter().zip(DATA_FILES) {
        assert_eq!(
            *line,
            format!("{shown}/{file}:1:1: cannot open it: it does not exist")
        );
    }
    assert_eq!(lines.last().copied(), Some("3 problems found"));
}

#[test]
fn sections_lists_ids_and_titles_in_order() {
    let sections = run(&["sections"]);
    sections.assert_code(0, "sections");
    assert!(
        sections.stdout.ends_with('\n'),
        "the last line must end with a newline"
    );
    let rows: Vec<(&str, &str)> = sections
        .stdout
        .lines()
        .map(|line| {
            line.split_once('\t')
                .unwrap_or_else(|| panic!("{line:?} is not `id<TAB>title`"))
        })
        .collect();
    let ids: Vec<&str> = rows.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, SECTION_IDS);
    for (id, title) in rows {
        assert!(
            !title.trim().is_empty() && !title.contains('\t') && title.trim() == title,
            "section `{id}` has a bad title {title:?}"
        );
    }
    let overview = SECTION_IDS.first().copied().unwrap_or_default();
    assert!(sections.stdout.starts_with(&format!("{overview}\tOverview\n")));
}

#[test]
fn help_lists_the_commands() {
    let help = run(&["--help"]);
    help.assert_code(0, "--help");
    for command in ["check", "sections", "export"] {
        assert!(
            help.stdout.contains(command),
            "--help does not mention `{command}`:\n{}",
            help.stdout
        );
    }
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let bad = run(&["--no-such-flag"]);
    bad.assert_code(2, "--no-such-flag");
    assert_eq!(bad.stdout, "");
    assert!(bad.stderr.contains("--no-such-flag"), "stderr:\n{}", bad.stderr);
}

#[test]
fn unknown_section_is_a_usage_error_listing_the_ids() {
    // Checked before any window opens (and there is no display here, so one could not).
    let bad = run(&["--section", "nope"]);
    bad.assert_code(2, "--section nope");
    assert_eq!(bad.stdout, "");
    assert!(bad.stderr.contains("`nope`"), "stderr:\n{}", bad.stderr);
    assert!(
        bad.stderr.contains(&SECTION_IDS.join(", ")),
        "stderr should list the ids:\n{}",
        bad.stderr
    );
}

/// The Markdown export of the bundled guide, to standard output.
fn export_to_stdout() -> String {
    let export = run(&["export", "guide", "--format", "md", "--out", "-"]);
    export.assert_code(0, "export guide --format md --out -");
    export.stdout
}

#[test]
fn export_markdown_to_stdout_has_every_section_and_figure() {
    let markdown = export_to_stdout();
    let lines: Vec<&str> = markdown.lines().collect();
    let sections = run(&["sections"]);
    sections.assert_code(0, "sections");
    for row in sections.stdout.lines() {
        let title = row.split_once('\t').map_or(row, |(_, title)| title);
        let heading = format!("## {title}");
        assert!(
            lines.contains(&heading.as_str()),
            "the export lacks the heading {heading:?}"
        );
    }
    for level in LEVEL_TITLES {
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
    assert_eq!(export.stdout, "", "the document goes to the file, not to stdout");
    assert_eq!(read_to_string(&out), export_to_stdout());
    let names: Vec<PathBuf> = std::fs::read_dir(temp.path())
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", temp.path().display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    assert_eq!(names, [out], "no temporary file may be left beside the output");
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
    let count = std::fs::read_dir(temp.path())
        .map(Iterator::count)
        .unwrap_or_default();
    assert_eq!(count, 1, "no temporary file may be left beside the output");
}
