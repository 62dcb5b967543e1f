//! Each rule of `readiness.ron` on the bundled file with one defect, reported at its line and
//! column.

use super::validate_readiness;
use crate::model::{
    load::{BUNDLED, DataFile, READINESS_FILE, load_bundled, parse},
    problem::Problem,
    readiness::Readiness,
};

fn bundled_text() -> &'static str {
    BUNDLED
        .iter()
        .find(|(name, _)| *name == READINESS_FILE)
        .map_or("", |(_, text)| text)
}

/// The problems of the bundled readiness file with `old` replaced by `new` once.
fn problems_with(old: &str, new: &str) -> Vec<Problem> {
    let text = bundled_text();
    assert!(text.contains(old), "{old:?} is not in readiness.ron");
    let file = DataFile {
        display_name: "readiness.ron".to_owned(),
        text: text.replacen(old, new, 1),
    };
    let guide = load_bundled().expect("the bundled data loads");
    let data: Readiness = parse(&file, "Readiness").expect("parses");
    validate_readiness(&data, Some(&guide.text), &file)
}

/// The `line:column` of `needle`'s first occurrence at or after `after` in the edited text.
fn position(old: &str, new: &str, after: &str, needle: &str) -> (usize, usize) {
    let text = bundled_text().replacen(old, new, 1);
    let from = text.find(after).expect("anchor");
    let at = from + text.get(from..).and_then(|t| t.find(needle)).expect("needle");
    crate::model::problem::line_column(&text, at)
}

fn only(problems: &[Problem]) -> &Problem {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    &problems[0]
}

#[test]
fn the_bundled_file_is_valid() {
    assert_eq!(problems_with("Readiness(", "Readiness("), []);
}

#[test]
fn a_section_that_does_not_exist_is_named_at_its_reference() {
    let old = r#"from: GuideRef(section: "skills", block: 6, item: Some(3)),"#;
    let new = r#"from: GuideRef(section: "skils", block: 6, item: Some(3)),"#;
    let problems = problems_with(old, new);
    let problem = only(&problems);
    assert!(
        problem.message.starts_with(
            "skill `specimen-handling`: section `skils` is not in the guide; its sections are: overview, duties, skills,"
        ),
        "{problem}"
    );
    assert_eq!(
        (problem.line, problem.column),
        position(old, new, r#"id: "specimen-handling""#, "section: \"skils\"")
    );
}

#[test]
fn a_block_or_item_past_the_end_is_refused() {
    let old = r#"from: GuideRef(section: "how-to-become", block: 4, item: Some(6)),"#;
    for (block, item, message) in [
        (
            4,
            7,
            "block 4 of section `how-to-become` has 6 items; there is no item 7",
        ),
        (9, 6, "section `how-to-become` has 6 blocks; there is no block 9"),
        (0, 6, "blocks are counted from 1, so there is no block 0"),
        (
            1,
            6,
            "block 1 of section `how-to-become` is a paragraph, which has no items; write `item: None`",
        ),
    ] {
        let new = format!(r#"from: GuideRef(section: "how-to-become", block: {block}, item: Some({item})),"#);
        let problems = problems_with(old, &new);
        assert_eq!(only(&problems).message, format!("step `apply`: {message}"));
    }
}

#[test]
fn a_repeated_id_is_reported_at_the_second() {
    let old = r#"id: "hematology","#;
    let new = r#"id: "ekg","#;
    let problems = problems_with(old, new);
    let problem = only(&problems);
    assert_eq!(
        problem.message,
        "duplicate id `ekg`: each id may be used once in the file, since answers are kept by id"
    );
    assert_eq!(
        (problem.line, problem.column),
        position(old, new, r#"name: "Urinalysis"#, r#"id: "ekg""#)
    );
}

#[test]
fn a_range_that_runs_backwards_is_refused() {
    let old = "cost: Some(UsdRange(min_usd: 5000, max_usd: 15000)),";
    let new = "cost: Some(UsdRange(min_usd: 50000, max_usd: 15000)),";
    let problems = problems_with(old, new);
    let problem = only(&problems);
    assert_eq!(
        problem.message,
        "way `certificate` of step `complete-program`: `cost` runs backwards, from 50000 down to 15000: its `min_usd` must not be greater than its `max_usd`"
    );
    assert_eq!(
        (problem.line, problem.column),
        position(old, new, r#"id: "certificate""#, "cost:")
    );
    let problems = problems_with(
        "duration: Span(min: 6, max: 12, unit: Months),",
        "duration: Span(min: 16, max: 12, unit: Months),",
    );
    assert_eq!(
        only(&problems).message,
        "route `experienced`: `duration` runs backwards, from 16 down to 12: its `min` must not be greater than its `max`"
    );
}

#[test]
fn a_route_must_say_its_figures_and_a_body_must_be_an_organisation() {
    let problems = problems_with(
        r#"stated: "perhaps within 6–12 months","#,
        r#"stated: "perhaps soon","#,
    );
    assert_eq!(
        only(&problems).message,
        "route `experienced`: `stated` (\"perhaps soon\") must give the figures of its `duration`, 6–12 months"
    );
    let problems = problems_with(r#"body: "NHA","#, r#"body: "NHX","#);
    assert_eq!(
        only(&problems).message,
        "certification `nha`: `body` names `NHX`, which is not one of the guide's organisations (by their `short`: ASCP, AMT, NHA, NAACLS)"
    );
}

#[test]
fn without_a_guide_only_the_files_own_rules_apply() {
    let file = DataFile {
        display_name: "readiness.ron".to_owned(),
        text: bundled_text().replacen(r#"section: "skills""#, r#"section: "nowhere""#, 1),
    };
    let data: Readiness = parse(&file, "Readiness").expect("parses");
    assert_eq!(validate_readiness(&data, None, &file), []);
}
