//! `where --years N [--pay USD]`: the "where my pay falls" result as text, each figure with its
//! source and the notes that apply; a negative or non-numeric value is a usage error (exit 2)
//! said in words, and data that does not load fails as every command does (exit 1).

use crate::common::{
    bin::run,
    data::{SALARY, copy_data_dir},
    files::read_to_string,
};

const LEVELS: &str = "“Complete Medical Technician Career Guide”, Himalayas (web page), salary table; it names no primary source or year";
const BLS_NOTE: &str = "BLS's Occupational Outlook Handbook gives $60,780 as the May 2023 median pay for clinical laboratory technologists and technicians. The guide's $57,380 matches the BLS figure for May 2022. (Checked against: U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, May 2023.)";
const GUIDE_MEDIAN: &str = "Guide median: $57,380 a year, the median the guide gives for the job as a whole";
const MEDIAN_SOURCE: &str = "  Source: U.S. Bureau of Labor Statistics, May 2023, as cited in “Complete Medical Technician Career Guide”, Himalayas (web page)";

/// A phlebotomist with three years of experience and a $41,000 offer.
#[test]
fn three_years_and_an_offer_are_placed_and_compared_with_sources_and_notes() {
    let out = run(&["where", "--years", "3", "--pay", "41000"]);
    out.assert_code(0, "where --years 3 --pay 41000");
    let expected = [
        "Where 3 years of experience and $41,000 a year fall",
        "",
        "Level: Medical Technician (2–4 years)",
        &format!("  Source: {LEVELS}"),
        "Level median: $45,000 a year",
        "  Source: as above",
        "Level average: $47,000 a year",
        "  Source: as above",
        "Against the level median: $41,000 is $4,000 (8.9%) below $45,000, the Medical Technician median",
        "  Source: as above",
        "Nearest level median: Medical Technician ($45,000), $4,000 away",
        "  Source: as above",
        "Overall range: $41,000 is inside the guide's overall range, $35k–$85k+ [1]",
        "  Source: “Complete Medical Technician Career Guide”, Himalayas (web page), which names no source for it",
        &format!("{GUIDE_MEDIAN} [2]"),
        MEDIAN_SOURCE,
        "",
        "Notes",
        "[1] The guide names no source for this range; its citation of the U.S. Bureau of Labor Statistics (May 2023) belongs to the median.",
        &format!("[2] {BLS_NOTE}"),
    ];
    assert_eq!(out.stdout_text(), format!("{}\n", expected.join("\n")));
    assert_eq!(out.stderr, "");
}

/// A student with nothing: the first level, no comparison, the guide's median for reference.
#[test]
fn a_student_gets_the_first_level_and_nothing_compared() {
    let out = run(&["where", "--years", "0"]);
    out.assert_code(0, "where --years 0");
    let expected = [
        "Where 0 years of experience fall",
        "",
        "Level: Junior Medical Technician (0–2 years)",
        &format!("  Source: {LEVELS}"),
        "Level median: $36,000 a year",
        "  Source: as above",
        "Level average: $38,000 a year",
        "  Source: as above",
        &format!("{GUIDE_MEDIAN} [1]"),
        MEDIAN_SOURCE,
        "",
        "Notes",
        &format!("[1] {BLS_NOTE}"),
    ];
    assert_eq!(out.stdout_text(), format!("{}\n", expected.join("\n")));
}

/// Ten years is where the open-ended last level starts; a pay at its median is exactly at it.
#[test]
fn the_open_end_and_a_pay_at_the_median() {
    let out = run(&["where", "--years", "10", "--pay", "75000"]);
    out.assert_code(0, "where --years 10 --pay 75000");
    let text = out.stdout_text();
    for line in [
        "Level: Medical Technologist (10+ years total experience, with significant time in senior roles) [1]",
        "Against the level median: $75,000 is exactly at $75,000, which is the Medical Technologist median",
        "[1] At 10 years the guide's Lead Medical Technician (7–10 years) and Medical Technologist (10+ years) meet; the later level is given, as on the chart.",
    ] {
        assert!(text.lines().any(|l| l == line), "no line {line:?} in:\n{text}");
    }
}

#[test]
fn negative_or_non_numeric_values_are_usage_errors_in_words() {
    for (args, message) in [
        (
            &["where", "--years", "-1"][..],
            "`-1` is negative: years of experience are 0 or more",
        ),
        (
            &["where", "--years", "three"],
            "`three` is not a number of years; write it in digits, e.g. 3 or 2.5",
        ),
        (
            &["where", "--years", "3", "--pay", "-41000"],
            "`-41000` is negative: a yearly pay is 0 or more US dollars",
        ),
        (
            &["where", "--years", "3", "--pay", "$41,000"],
            "`$41,000` is not an amount of US dollars; write the yearly pay in digits, without `$` or commas, e.g. 41000",
        ),
        (
            &["where", "--years", "3", "--pay", "41000.50"],
            "`41000.50` is not whole dollars; write the yearly pay without cents, e.g. 41000",
        ),
        (&["where"], "--years <N>"),
    ] {
        let what = args.join(" ");
        let out = run(args);
        out.assert_code(2, &what);
        assert!(out.stderr.contains(message), "{what}: {}", out.stderr);
        assert_eq!(out.stdout_text(), "", "{what}: nothing on standard output");
    }
}

/// `--data` is read like every command's: an edited median is the one compared with, and a
/// folder that does not load is refused with its problems.
#[test]
fn the_data_folder_is_used_and_its_problems_refuse() {
    let dir = copy_data_dir();
    let salary = dir.path().join(SALARY);
    let text = read_to_string(&salary).replacen("us_median_usd: 45000,", "us_median_usd: 41000,", 1);
    std::fs::write(&salary, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", salary.display()));
    let folder = dir.path().display().to_string();
    let out = run(&["where", "--years", "3", "--pay", "41000", "--data", &folder]);
    out.assert_code(0, "where --data on an edited copy");
    let text = out.stdout_text();
    assert!(
        text.contains(
            "Against the level median: $41,000 is exactly at $41,000, which is the Medical Technician median"
        ),
        "{text}"
    );
    assert!(
        text.contains(&format!("(data: {folder}")),
        "the folder is named with the source: {text}"
    );
    let broken = run(&[
        "where",
        "--years",
        "3",
        "--data",
        "tests/corpus/readiness-problems",
    ]);
    broken.assert_code(1, "where --data on a broken folder");
    assert!(
        broken.stderr.contains("readiness.ron:33:36: "),
        "{}",
        broken.stderr
    );
    assert_eq!(broken.stdout_text(), "");
}
