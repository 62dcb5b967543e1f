use super::*;
use crate::model::load::load_bundled;

const STUDENT: &str = include_str!("../../../data/examples/answers-student.ron");
const PHLEBOTOMIST: &str = include_str!("../../../data/examples/answers-phlebotomist.ron");

fn present() -> std::sync::Arc<Presentation> {
    Presentation::of(load_bundled().expect("the bundled data loads"))
}

fn answers(present: &Presentation, text: &str) -> Answers {
    Answers::parse(text, "answers.ron", &present.guide().readiness).expect("the answers parse")
}

fn counts(plan: &Plan) -> Vec<&str> {
    plan.groups.iter().map(|g| g.count_line.as_str()).collect()
}

#[test]
fn counts_change_with_the_answers() {
    let present = present();
    let mut answers = Answers::default();
    let plan = present.plan(&answers);
    assert_eq!(
        counts(&plan),
        [
            "0 of 12 technical skills",
            "0 of 8 soft skills",
            "0 of 3 certifications"
        ]
    );
    answers.set_choice("phlebotomy", Some(Choice::Have));
    answers.set_choice("ekg", Some(Choice::Learning));
    answers.set_choice("hematology", Some(Choice::NotYet));
    let plan = present.plan(&answers);
    let technical = plan.groups.first().expect("technical skills");
    assert_eq!(technical.count_line, "1 of 12 technical skills");
    assert_eq!(technical.detail_line, "1 have, 1 learning, 10 missing");
    assert_eq!(technical.learning.first().map(|i| i.id.as_str()), Some("ekg"));
    let hematology = technical
        .missing
        .iter()
        .find(|i| i.id == "hematology")
        .expect("missing");
    assert_eq!(hematology.choice, Some(Choice::NotYet));
    let unanswered = technical
        .missing
        .iter()
        .find(|i| i.id == "lab-equipment")
        .expect("missing");
    assert_eq!(unanswered.choice, None, "not answered counts as missing");
    assert_eq!(unanswered.link.section, "skills");
    assert_eq!(
        (unanswered.link.block_index, unanswered.link.item_index),
        (5, Some(1))
    );
    assert!(
        unanswered.link.text.starts_with("In the guide: "),
        "{}",
        unanswered.link.text
    );
}

#[test]
fn the_phlebotomist_hears_what_the_guide_says_to_them() {
    let present = present();
    let plan = present.plan(&answers(&present, PHLEBOTOMIST));
    assert_eq!(
        counts(&plan),
        [
            "6 of 12 technical skills",
            "6 of 8 soft skills",
            "1 of 3 certifications"
        ]
    );
    let steps: Vec<(usize, &str)> = plan
        .next_steps
        .iter()
        .map(|s| (s.number, s.title.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (1, "Complete an accredited program"),
            (2, "Get certified"),
            (5, "Build a professional network"),
            (6, "Apply for entry-level jobs"),
        ]
    );
    let program = plan.next_steps.first().expect("the program");
    assert_eq!(program.duration.as_deref(), Some("1–2 years"));
    assert_eq!(program.cost.as_deref(), Some("$5,000–$30,000"));
    assert_eq!(
        program.line,
        "Takes 1–2 years; costs $5,000–$30,000 (Associate of Science degree: 2 years, $10,000–$30,000; Postsecondary certificate: 9–12 months, $5,000–$15,000)."
    );
    let certified = plan.next_steps.get(1).expect("certification");
    assert_eq!(
        certified.line,
        "The guide gives no duration or cost for this step."
    );
    let route = plan.route.as_ref().expect("a route");
    assert_eq!(route.stated, "perhaps within 6–12 months");
    assert_eq!(route.cost.as_deref(), Some("$5,000–$30,000"));
    assert_eq!(
        route.summary,
        "Healthcare experience or a related science background: perhaps within 6–12 months; costs the guide gives: $5,000–$30,000"
    );
    assert!(
        route.cost_note.contains("it gives none for “Get certified”"),
        "{}",
        route.cost_note
    );
    assert!(plan.no_route.is_none());
    let standing = plan.standing.as_ref().expect("where the pay falls");
    assert_eq!(
        standing.heading,
        "Where 3 years of experience and $41,000 a year fall"
    );
    assert_eq!(plan.path.position.as_ref().map(|p| p.usd), Some(41_000));
    assert_eq!(
        plan.answers,
        [
            (
                "Where I start",
                "Healthcare experience or a related science background".to_owned()
            ),
            ("Years of experience", "3 years".to_owned()),
            ("Yearly pay, current or offered", "$41,000 a year".to_owned()),
        ]
    );
    assert_eq!(plan.privacy, NOTHING_SENT);
}

#[test]
fn the_student_has_everything_ahead() {
    let present = present();
    let plan = present.plan(&answers(&present, STUDENT));
    assert_eq!(
        counts(&plan),
        [
            "0 of 12 technical skills",
            "0 of 8 soft skills",
            "0 of 3 certifications"
        ]
    );
    assert_eq!(plan.next_steps.len(), 6);
    let route = plan.route.as_ref().expect("a route");
    assert_eq!(route.duration, "1–2 years");
    assert!(route.note.as_deref().is_some_and(|n| n.contains("2 to 3 years")));
    let standing = plan.standing.as_ref().expect("years are given");
    assert_eq!(standing.heading, "Where 0 years of experience fall");
    assert!(plan.path.position.is_none());
}

#[test]
fn the_path_tables_rows_are_the_training_then_the_levels() {
    let present = present();
    let plan = present.plan(&answers(&present, PHLEBOTOMIST));
    let table = &plan.path_parts.table;
    let rows: Vec<Vec<&str>> = table
        .rows
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        rows.first().map(Vec::as_slice),
        Some(
            &[
                "0–1",
                "Training: 6–12 months, $5,000–$30,000",
                "3",
                "None given",
                "None given"
            ][..]
        )
    );
    assert_eq!(
        rows.get(1).map(Vec::as_slice),
        Some(
            &[
                "1–2",
                "Medical Technician (2–4 years)",
                "3–4",
                "$45,000",
                "$47,000"
            ][..]
        )
    );
    assert_eq!(rows.len(), 5);
    let kinds: Vec<_> = plan.path_parts.legend.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            super::super::SeriesKind::Training,
            super::super::SeriesKind::Median,
            super::super::SeriesKind::Average,
            super::super::SeriesKind::Position,
        ]
    );
    let notes = &plan.path_parts.notes;
    assert_eq!(notes.with_sources.len(), notes.without_sources.len() + 1);
    assert!(notes.source.contains("How to become one"), "{}", notes.source);
}

#[test]
fn with_every_step_done_and_no_route_the_plan_says_so() {
    let present = present();
    let mut answers = Answers::default();
    for step in &present.guide().readiness.steps {
        answers.set_choice(&step.id, Some(Choice::Have));
    }
    let plan = present.plan(&answers);
    assert!(plan.next_steps.is_empty());
    assert_eq!(
        plan.steps_done.as_deref(),
        Some("Every step of “How to become one” is done.")
    );
    assert!(plan.route.is_none());
    assert!(plan.no_route.is_some());
    assert!(plan.standing.is_none());
}
