//! Saved answers met at start-up: those that do not fit the data shown start empty (the real
//! program reports them once: `display::saved_state`); those that fit the data folder the window
//! reopens are kept, though the bundled data lacks their items.

use crate::common;

use common::{
    app::{TALL, harness as app_harness, open_section, saved_state},
    plan::has_text,
};
use medtech_guide::{
    model::{Answers, Choice},
    state::UiState,
};

/// The phlebotomist's answers, and one for `id`.
fn answers_with(id: &str) -> Answers {
    let mut answers = common::plan::phlebotomist();
    answers.set_choice(id, Some(Choice::Have));
    answers
}

#[test]
fn saved_answers_naming_an_unknown_item_start_empty() {
    let state = UiState {
        answers: answers_with("no-such-skill"),
        ..UiState::default()
    };
    let mut harness = app_harness(TALL, open_section("plan"), state);
    harness.run();
    assert_eq!(harness.state().state.answers, Answers::default(), "started empty");
    assert!(has_text(&harness, "0 of 12 technical skills"));
    assert_eq!(
        saved_state(&mut harness).answers,
        Answers::default(),
        "and saved so"
    );
}

#[test]
fn answers_that_fit_the_reopened_data_folder_are_kept() {
    // A counsellor's data folder with a skill of its own.
    let dir = common::data::copy_data_dir();
    let path = dir.path().join(common::data::READINESS);
    let text = common::files::read_to_string(&path).replacen(
        "            skills: [\n",
        "            skills: [\n                Item(\n                    id: \"counsellors-skill\",\n                    name: \"A counsellor's skill\",\n                    description: \"Added by a counsellor.\",\n                    from: GuideRef(section: \"skills\", block: 6, item: Some(1)),\n                ),\n",
        1,
    );
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let state = UiState {
        answers: answers_with("counsellors-skill"),
        data_folder: Some(dir.path().to_path_buf()),
        ..UiState::default()
    };
    let mut harness = app_harness(TALL, open_section("plan"), state);
    harness.run();
    assert!(
        has_text(&harness, "A counsellor's skill"),
        "the folder's data is shown"
    );
    assert_eq!(
        harness.state().state.answers.choice("counsellors-skill"),
        Some(Choice::Have),
        "checked against the data shown, not the bundled data"
    );
    assert!(has_text(&harness, "7 of 13 technical skills"));
}
