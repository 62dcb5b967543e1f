//! Search results for assistive technology: one list holding every result (those out of view
//! too), the selected one marked and named as the search box's active descendant, so that ↑/↓ is
//! heard while focus stays in the box.

pub mod common;

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
