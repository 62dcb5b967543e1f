//! Answering "My plan" as a reader would: by the items' and fields' names.

use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, model::Choice};

use egui::accesskit::Role;

/// Picks `choice` in the radio group named `item`.
pub fn answer(harness: &mut Harness<'static, GuideApp>, item: &str, choice: Choice) {
    harness
        .get_by_role_and_label(Role::RadioGroup, item)
        .get_by_role_and_label(Role::RadioButton, choice.label())
        .click();
    harness.run();
}

/// Picks the way in named `route` under "Where I start".
pub fn choose_route(harness: &mut Harness<'static, GuideApp>, route: &str) {
    harness
        .get_by_role_and_label(Role::RadioGroup, "Where I start")
        .get_by_role_and_label(Role::RadioButton, route)
        .click();
    harness.run();
}

/// Replaces what the field named `label` holds with `text`, as typed over it (all selected).
pub fn type_into(harness: &mut Harness<'static, GuideApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// Whether a text (a label, a paragraph) says exactly `text`.
#[must_use]
pub fn has_text(harness: &Harness<'static, GuideApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

/// The answers of data/examples/answers-phlebotomist.ron (three years, a $41,000 offer).
#[must_use]
pub fn phlebotomist() -> medtech_guide::model::Answers {
    let guide = crate::common::data::guide();
    medtech_guide::model::Answers::parse(
        include_str!("../../../data/examples/answers-phlebotomist.ron"),
        "answers-phlebotomist.ron",
        &guide.readiness,
    )
    .unwrap_or_else(|problems| panic!("the example answers: {problems:?}"))
}
