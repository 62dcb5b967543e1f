//! Search results for assistive technology: one list holding every result (those out of view
//! too), the selected one marked and named as the search box's active descendant, so that ↑/↓ is
//! heard while focus stays in the box.

use crate::common;

use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::app::GuideApp;

/// The label of the result the search box names as its active descendant.
fn active(harness: &Harness<'static, GuideApp>) -> Option<String> {
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .accesskit_node()
        .active_descendant()
        .and_then(|node| node.label())
}

#[test]
fn every_result_is_an_item_of_one_list_and_the_selection_is_heard() {
    let mut harness = common::app::searched([1280.0, 600.0], "the");
    let hits = common::app::results(&harness);
    assert!(hits.len() > 10, "a query with many results: {}", hits.len());
    let list = harness.get_by_role_and_label(Role::List, "Search results");
    let items: Vec<String> = list
        .children()
        .filter(|n| n.accesskit_node().role() == Role::ListItem)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(items, hits, "every result, in order, those out of view too");

    assert_eq!(
        active(&harness).as_ref(),
        hits.first(),
        "the first result is selected"
    );
    let first = harness.get_by_role_and_label(Role::ListItem, &hits[0]);
    assert_eq!(first.accesskit_node().is_selected(), Some(true));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(
        active(&harness).as_ref(),
        hits.get(1),
        "↓ selects the next, heard in the box"
    );
}

/// Whether `node` has keyboard focus (a function: the method's path is not general enough over
/// lifetimes for a predicate).
fn is_focused(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// What has the keyboard, as a screen reader says it: its name and what it holds.
fn focused(harness: &Harness<'static, GuideApp>) -> Option<(String, String)> {
    harness
        .query_all(egui_kittest::kittest::by().predicate(is_focused))
        .next()
        .map(|node| {
            let name = node.accesskit_node().label().unwrap_or_default();
            let held = common::a11y::texts(&common::a11y::seen_children(&node)).join(" ");
            (name, held)
        })
}

/// The label of what has the keyboard ("(nothing)" for nothing).
fn focused_name(harness: &Harness<'static, GuideApp>) -> String {
    focused(harness).map_or_else(|| "(nothing)".to_owned(), |(name, _)| name)
}

#[test]
fn an_opened_result_takes_the_keyboard_to_what_was_found() {
    let mut harness = common::app::searched([1280.0, 800.0], "phlebotomy");
    let hit = common::app::first_hit(&harness);
    assert!(
        hit.block.is_some(),
        "the first result is in the text, not a title"
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let (name, text) = focused(&harness).expect("something has the keyboard");
    assert_eq!(name, "Found by search", "the found block has the keyboard");
    assert!(
        text.to_lowercase().contains("phlebotomy"),
        "it holds what was searched for: {text}"
    );

    // The mark fades; the keyboard stays where the reader is.
    harness.run_steps(5 * 4);
    harness.run();
    assert_eq!(focused_name(&harness), "Found by search");
    assert!(harness.state().views.reader.highlight().is_some());

    // Tab goes on from there; the found block is then a block like any other.
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_ne!(focused_name(&harness), "Found by search");
    assert!(harness.state().views.reader.highlight().is_none());
    assert!(
        harness.query_by_label("Found by search").is_none(),
        "no longer a group of its own"
    );
}

#[test]
fn a_result_in_a_title_takes_the_keyboard_to_the_title() {
    let mut harness = common::app::searched([1280.0, 800.0], "frequently asked");
    common::app::open_hit(&mut harness, |hit, _| hit.block.is_none());
    let title = harness
        .state()
        .section()
        .map(|s| s.title.clone())
        .expect("a section");
    let (name, text) = focused(&harness).expect("something has the keyboard");
    assert_eq!(name, "Found by search");
    assert_eq!(text, title, "the title has the keyboard");
}

#[test]
fn a_control_inside_an_opened_chart_keeps_the_keyboard_when_the_mark_goes() {
    // The salary chart's title is found in the chart's block, which holds controls of its own.
    let mut harness = common::app::searched([1280.0, 800.0], "salary by experience level");
    common::app::open_hit(&mut harness, |hit, guide| {
        hit.block
            .and_then(|b| guide.text.sections.get(hit.section)?.blocks.get(b))
            .is_some_and(|b| matches!(b, medtech_guide::model::Block::Chart(_)))
    });
    assert_eq!(focused_name(&harness), "Found by search");
    harness.key_press(egui::Key::Tab);
    harness.run();
    let inside = focused_name(&harness);
    assert_ne!(inside, "Found by search");
    assert_ne!(inside, "(nothing)");
    // The mark fades; the control inside keeps the keyboard.
    harness.run_steps(5 * 4);
    harness.run();
    assert_eq!(focused_name(&harness), inside);
}

#[test]
fn the_section_keys_still_act_after_a_result_took_the_keyboard() {
    let mut harness = common::app::searched([1280.0, 800.0], "phlebotomy");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let opened = harness.state().section_index();
    assert_eq!(focused_name(&harness), "Found by search");
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().section_index(),
        opened.map(|index| index + 1),
        "↓ opens the next section"
    );
}
