//! The binary's command line apart from `export` and the corpus: `check` of good, missing and
//! oversized data, `sections`, `--help`, and usage errors.

use crate::common;

use common::{
    bin::{check_output, run},
    data::{GUIDE, copy_data_dir, section_ids},
    files::read_to_string,
};

/// A copy of the bundled data whose `guide.ron` is 6 MiB, made at run time (not committed).
#[test]
fn oversized_file_is_refused() {
    let temp = copy_data_dir();
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
        "{}: the file is larger than 5 MiB, the limit for a data file; is it the right file?",
        guide.display()
    );
    assert_eq!(check.stdout_text(), check_output(&[expected]));
}

#[test]
fn check_of_bundled_data_is_ok() {
    let check = run(&["check"]);
    check.assert_code(0, "check");
    assert_eq!(
        check.stdout_text(),
        "ok: bundled data: 13 sections, 5 levels, 8 regions; 20 skills, 3 certifications, 6 steps, 2 routes\n"
    );
}

#[test]
fn check_of_the_data_directory_is_ok() {
    let check = run(&["check", "--data", "data"]);
    check.assert_code(0, "check --data data");
    assert_eq!(
        check.stdout_text(),
        "ok: data: 13 sections, 5 levels, 8 regions; 20 skills, 3 certifications, 6 steps, 2 routes\n"
    );
}

#[test]
fn check_of_a_missing_directory_names_the_directory_once() {
    let dir = "tests/corpus/does-not-exist";
    let check = run(&["check", "--data", dir]);
    check.assert_code(1, "check --data on a missing directory");
    assert_eq!(
        check.stdout_text(),
        format!("{dir}: there is no such folder\n1 problem found\n")
    );
}

#[test]
fn sections_lists_ids_and_titles_in_order() {
    let sections = run(&["sections"]);
    sections.assert_code(0, "sections");
    let stdout = sections.stdout_text();
    assert!(stdout.ends_with('\n'), "the last line must end with a newline");
    let rows: Vec<(&str, &str)> = stdout
        .lines()
        .map(|line| {
            line.split_once('\t')
                .unwrap_or_else(|| panic!("{line:?} is not `id<TAB>title`"))
        })
        .collect();
    let ids: Vec<&str> = rows.iter().map(|(id, _)| *id).collect();
    let section_ids = section_ids();
    // The guide's sections in order, then the reader's own plan, which opens like one.
    let mut expected: Vec<&str> = section_ids.iter().map(String::as_str).collect();
    expected.push("plan");
    assert_eq!(ids, expected);
    assert!(stdout.ends_with("plan\tMy plan\n"), "{stdout}");
    for (id, title) in rows {
        assert!(
            !title.trim().is_empty() && !title.contains('\t') && title.trim() == title,
            "section `{id}` has a bad title {title:?}"
        );
    }
    let overview = section_ids.first().cloned().unwrap_or_default();
    assert!(stdout.starts_with(&format!("{overview}\tOverview\n")));
}

#[test]
fn help_lists_the_commands() {
    let help = run(&["--help"]);
    help.assert_code(0, "--help");
    let stdout = help.stdout_text();
    for command in ["check", "sections", "export", "where"] {
        assert!(
            stdout.contains(command),
            "--help does not mention `{command}`:\n{stdout}"
        );
    }
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let bad = run(&["--no-such-flag"]);
    bad.assert_code(2, "--no-such-flag");
    assert_eq!(bad.stdout_text(), "");
    assert!(bad.stderr.contains("--no-such-flag"), "stderr:\n{}", bad.stderr);
}

#[test]
fn unknown_section_is_a_usage_error_listing_the_ids() {
    // Checked before any window opens (and there is no display here, so one could not).
    let bad = run(&["--section", "nope"]);
    bad.assert_code(2, "--section nope");
    assert_eq!(bad.stdout_text(), "");
    assert!(bad.stderr.contains("`nope`"), "stderr:\n{}", bad.stderr);
    assert!(
        bad.stderr.contains(&section_ids().join(", ")),
        "stderr should list the ids:\n{}",
        bad.stderr
    );
}
