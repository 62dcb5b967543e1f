//! The open section has one owner: a result opened in another section, then Next and Previous,
//! leave the sidebar, the heading and the saved state all on the same section.

use crate::common;

use common::app::{harness as app_harness, open_section};
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

const SIZE: [f32; 2] = [1280.0, 600.0];

/// The sections the sidebar marks as the open one, by title.
fn marked_in_sidebar(harness: &Harness<'static, GuideApp>) -> Vec<String> {
    let titles: Vec<&str> = harness
        .state()
        .guide()
        .text
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    harness
        .query_all_by_role(Role::Button)
        .filter(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| titles.contains(&label.as_str()))
        .collect()
}

/// Asserts that section `index` is the one open: its heading shown, and it alone marked in the
/// sidebar.
fn assert_open(harness: &Harness<'static, GuideApp>, index: usize, when: &str) {
    let section = harness.state().guide().text.sections[index].clone();
    assert_eq!(
        harness.state().section().map(|s| s.id.as_str()),
        Some(section.id.as_str()),
        "{when}: the open section"
    );
    assert_eq!(
        marked_in_sidebar(harness),
        vec![section.title.clone()],
        "{when}: the sidebar marks it"
    );
    harness.get_by_role_and_label(Role::Heading, &section.title);
}

#[test]
fn a_result_opened_in_another_section_then_next_and_previous_is_where_the_next_run_opens() {
    let mut harness = app_harness(SIZE, open_section("overview"), UiState::default());
    harness.run();
    common::app::type_query(&mut harness, "phlebotomy");
    // Not the first section (open now) and with two after it, so Next twice and Previous once
    // end in a section no step before opened.
    let count = harness.state().guide().text.sections.len();
    let hit = common::app::open_hit(&mut harness, |hit, _| hit.section > 0 && hit.section + 2 < count);
    assert_open(&harness, hit.section, "the result opened");
    assert!(
        harness.state().views.reader.highlight().is_some(),
        "the result is marked"
    );

    for (key, index, when) in [
        (egui::Key::ArrowDown, hit.section + 1, "Next"),
        (egui::Key::ArrowDown, hit.section + 2, "Next again"),
        (egui::Key::ArrowUp, hit.section + 1, "Previous"),
    ] {
        harness.key_press(key);
        harness.run();
        assert_open(&harness, index, when);
        assert!(
            harness.state().views.reader.highlight().is_none(),
            "{when}: the mark stayed with the section it was found in"
        );
    }

    let saved = common::app::saved_state(&mut harness);
    let mut next_run = app_harness(SIZE, AppOptions::default(), saved);
    next_run.run();
    assert_open(&next_run, hit.section + 1, "the next run");
}
