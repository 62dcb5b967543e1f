use super::*;
use crate::model::load::load_bundled;

const STUDENT: &str = include_str!("../../../data/examples/answers-student.ron");
const PHLEBOTOMIST: &str = include_str!("../../../data/examples/answers-phlebotomist.ron");

fn readiness() -> Readiness {
    load_bundled().expect("the bundled data loads").readiness
}

fn problems(text: &str) -> Vec<String> {
    match Answers::parse(text, "mine.ron", &readiness()) {
        Ok(answers) => panic!("expected problems, parsed {answers:?}"),
        Err(problems) => problems.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_examples_parse_as_the_readers_they_describe() {
    let readiness = readiness();
    let student = Answers::parse(STUDENT, "student.ron", &readiness).expect("the student's answers");
    assert!(student.choices.is_empty());
    assert_eq!(student.route.as_deref(), Some("beginner"));
    assert_eq!(student.years, Some(0.0));
    assert_eq!(student.pay_usd, None);
    assert_eq!(student.status("phlebotomy"), Choice::NotYet);
    assert_eq!(student.choice("phlebotomy"), None);

    let phlebotomist =
        Answers::parse(PHLEBOTOMIST, "phlebotomist.ron", &readiness).expect("the phlebotomist's answers");
    assert_eq!(phlebotomist.route.as_deref(), Some("experienced"));
    assert_eq!(phlebotomist.years, Some(3.0));
    assert_eq!(phlebotomist.pay_usd, Some(41_000));
    assert_eq!(phlebotomist.status("phlebotomy"), Choice::Have);
    assert_eq!(phlebotomist.status("ekg"), Choice::Learning);
    assert_eq!(phlebotomist.status("hematology"), Choice::NotYet);
    assert_eq!(phlebotomist.choice("hematology"), None);
}

#[test]
fn answers_round_trip_through_ron() {
    let readiness = readiness();
    let phlebotomist = Answers::parse(PHLEBOTOMIST, "p.ron", &readiness).expect("parses");
    let again = Answers::parse(&phlebotomist.to_ron(), "again.ron", &readiness).expect("reparses");
    assert_eq!(again, phlebotomist);
    let empty = Answers::default();
    assert!(empty.is_empty());
    assert_eq!(
        Answers::parse(&empty.to_ron(), "empty.ron", &readiness).expect("reparses"),
        empty
    );
}

#[test]
fn only_the_version_is_needed_and_whole_years_read_as_years() {
    let answers =
        Answers::parse("Answers(version: 1, years: Some(3))", "m.ron", &readiness()).expect("a short file");
    assert_eq!(answers.years, Some(3.0));
    assert!(answers.choices.is_empty());
}

#[test]
fn setting_and_taking_back_a_choice() {
    let mut answers = Answers::default();
    answers.set_choice("ekg", Some(Choice::Learning));
    assert_eq!(answers.status("ekg"), Choice::Learning);
    assert!(!answers.is_empty());
    answers.set_choice("ekg", None);
    assert_eq!(answers.choice("ekg"), None);
    assert!(answers.is_empty());
    assert_eq!(
        Choice::ALL.map(Choice::label),
        ["I have it", "Learning", "Not yet"]
    );
}

#[test]
fn unknown_ids_are_named_at_their_place() {
    let text = "Answers(\n    version: 1,\n    choices: {\n        \"phlebotomy\": Have,\n        \"juggling\": Learning,\n    },\n    route: Some(\"shortcut\"),\n)";
    assert_eq!(
        problems(text),
        [
            "mine.ron:5:9: `juggling` is not a skill, certification or step of the readiness data; use one of their ids (`phlebotomy`, …)",
            "mine.ron:7:5: `shortcut` is not a way in of the readiness data; use one of `beginner`, `experienced`",
        ]
    );
    // A group, a way or a route is not something to choose.
    let text = "Answers(version: 1, choices: {\"technical-skills\": Have, \"certificate\": Have})";
    assert_eq!(problems(text).len(), 2);
}

#[test]
fn bad_years_pay_and_version_say_what_to_write() {
    assert_eq!(
        problems("Answers(\n  version: 1,\n  years: Some(-1.0),\n)"),
        ["mine.ron:3:3: years of experience must be a number, 0 or more (0 for a student), not -1"]
    );
    assert_eq!(
        problems("Answers(version: 1, years: Some(inf))"),
        ["mine.ron:1:21: years of experience must be a number, 0 or more (0 for a student), not inf"]
    );
    assert_eq!(problems("Answers(version: 1, pay_usd: Some(0))").len(), 1);
    assert_eq!(
        problems("Answers(\n  version: 1,\n  pay_usd: Some(-41000),\n)"),
        ["mine.ron:3:17: `-41000` is negative: it must be a whole number, 0 or more"]
    );
    assert_eq!(
        problems("Answers(version: 2)"),
        [
            "mine.ron:1:9: version 2 is not one this program reads; it reads version 1 (a newer program may have written this file)"
        ]
    );
}

#[test]
fn syntax_errors_have_file_line_and_column() {
    let [problem] = problems("Answers(\n  version: 1\n  route: None,\n)")
        .try_into()
        .unwrap_or_default();
    assert!(problem.starts_with("mine.ron:2:13: "), "{problem}");
    let [problem] = problems("Answers(version: 1, choices: {\"ekg\": Maybe})")
        .try_into()
        .unwrap_or_default();
    assert!(problem.starts_with("mine.ron:1:"), "{problem}");
    let [problem] = problems("// only a comment\n").try_into().unwrap_or_default();
    assert_eq!(problem, "mine.ron:1:1: the file is empty; expected `Answers(…)`");
    let [problem] = problems("Answers(version: 1, colour: Blue)")
        .try_into()
        .unwrap_or_default();
    assert!(problem.contains("colour"), "{problem}");
}

#[test]
fn restored_answers_are_checked_against_the_data() {
    let readiness = readiness();
    let mut answers = Answers::default();
    answers.set_choice("phlebotomy", Some(Choice::Have));
    assert!(answers.fits(&readiness));
    answers.set_choice("gone", Some(Choice::Have));
    assert!(!answers.fits(&readiness));
}
