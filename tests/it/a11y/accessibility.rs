//! What a screen reader is told, read from the same `AccessKit` tree the platform adapters get:
//! lists as lists in a document, key facts as named groups, named panels and dialogs, and the
//! years slider and the sidebar's divider each as one control with a clear name and value.

use crate::common;
use crate::common::app::{TALL, open_menu, opened, opened_with};

use common::a11y::{roles, seen_children, text_of, texts};
use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{By, NodeT as _, Queryable as _},
};
use medtech_guide::{app::GuideApp, model::Block, state::UiState};

#[test]
fn a_bulleted_list_is_a_list_of_items_in_a_document_named_after_the_section() {
    let harness = opened("duties", TALL);
    let guide = harness.state().guide().clone();
    let Some(section) = guide.text.sections.iter().find(|s| s.id == "duties") else {
        unreachable!("the bundled guide has a duties section")
    };
    let items: Vec<String> = section
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::List { items, .. } => Some(items.clone()),
            _ => None,
        })
        .expect("the duties section has a list");
    let document = harness.get_by_role_and_label(Role::Document, &section.title);
    let list = document
        .query_all(By::new().role(Role::List))
        .next()
        .expect("a list in the document");
    let list_items = seen_children(&list);
    assert_eq!(roles(&list_items), vec![Role::ListItem; items.len()]);
    // Each item reads as its text alone: the "•" is not read out.
    assert_eq!(texts(&list_items), items);
}

#[test]
fn pros_and_cons_are_two_lists() {
    let harness = opened("pros-cons", TALL);
    let lists: Vec<usize> = harness
        .query_all_by_role(Role::List)
        .map(|list| seen_children(&list).len())
        .collect();
    assert_eq!(lists.len(), 2, "pros, then cons");
    assert!(lists.iter().all(|items| *items > 1), "{lists:?}");
}

#[test]
fn each_key_fact_card_is_one_group_named_after_its_figure() {
    let harness = opened("overview", TALL);
    harness.get_by_role_and_label(
        Role::Group,
        "Median salary: $57,380 USD per year, source: U.S. Bureau of Labor Statistics, May 2023",
    );
    let groups: Vec<String> = harness
        .query_all_by_role(Role::Group)
        .filter_map(|group| group.accesskit_node().label())
        .collect();
    let starts = [
        "Median salary: ",
        "Salary range: ",
        "Growth outlook: ",
        "Annual openings: ",
    ];
    assert_eq!(groups.len(), starts.len(), "{groups:?}");
    for (group, start) in groups.iter().zip(starts) {
        assert!(group.starts_with(start), "{group:?} starts with {start:?}");
    }
}

#[test]
fn each_step_is_one_group_holding_its_heading() {
    let harness = opened("how-to-become", TALL);
    let steps = common::data::guide()
        .text
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Steps { steps, .. } => Some(steps.clone()),
            _ => None,
        })
        .unwrap_or_default();
    assert_eq!(steps.len(), 6, "the guide's six steps");
    for (index, step) in steps.iter().enumerate() {
        let name = format!("Step {}: {}", index + 1, step.title);
        let group = harness.get_by_role_and_label(Role::Group, &name);
        let seen = seen_children(&group);
        // The number is in the group's name; the first thing inside is the step's heading.
        assert_eq!(
            roles(&seen).first(),
            Some(&Role::Heading),
            "{name}: {:?}",
            texts(&seen)
        );
        assert_eq!(texts(&seen).first(), Some(&step.title), "{name}");
    }
}

#[test]
fn the_panels_are_named() {
    let harness = opened("overview", TALL);
    for name in ["Menus and search", "Sections", "Guide text"] {
        harness.get_by_role_and_label(Role::Pane, name);
    }
}

#[test]
fn the_window_is_named_after_the_open_section_and_the_guide() {
    let window = |harness: &Harness<'static, GuideApp>| {
        let root = harness.root().accesskit_node();
        (root.role(), root.label())
    };
    let mut harness = opened("overview", TALL);
    let named = |title: &str| {
        (
            Role::Window,
            Some(format!("{title} — Medical Technician career guide")),
        )
    };
    assert_eq!(window(&harness), named("Overview"));
    harness.get_by_label("Salary and outlook").click();
    harness.run();
    assert_eq!(window(&harness), named("Salary and outlook"));
}

#[test]
fn both_dialogs_are_named_by_their_titles() {
    let mut harness = opened("overview", TALL);
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_role_and_label(Role::Dialog, "Keyboard shortcuts");
    harness.key_press(egui::Key::Escape);
    harness.run();
    open_menu(&mut harness, "Help");
    harness.get_by_label("About medtech-guide…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Dialog, "About medtech-guide");
}

#[test]
fn the_years_slider_is_one_control_with_its_years_as_value() {
    let mut state = UiState::default();
    state.salary_chart.years = 4.5;
    let harness = opened_with("salary", TALL, 1.0, state);
    let slider = harness.get_by_role_and_label(Role::Slider, "Years of experience");
    assert_eq!(slider.accesskit_node().value().as_deref(), Some("4.5 years"));
    // Its name and value on screen, just above it, are not read a second time (the chart's
    // axis, further up, keeps its own "Years of experience").
    let top = slider.rect().top();
    let above: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter(|label| !label.accesskit_node().is_hidden())
        .filter(|label| (0.0..40.0).contains(&(top - label.rect().bottom())))
        .map(|label| text_of(&label))
        .collect();
    assert!(
        !above
            .iter()
            .any(|t| t == "Years of experience" || t == "4.5 years"),
        "read again beside the slider: {above:?}"
    );
}

#[test]
fn the_sidebar_divider_says_whose_width_it_sets() {
    let harness = opened("overview", TALL);
    let divider = harness.get_by_role(Role::Splitter);
    assert_eq!(text_of(&divider), "Sections panel width");
    let value = divider.accesskit_node().value().unwrap_or_default();
    assert!(value.ends_with("% of the window"), "{value:?}");
    let percent: f64 = value.trim_end_matches("% of the window").parse().unwrap_or(-1.0);
    assert!((1.0..=50.0).contains(&percent), "{value:?}");
}

#[test]
fn menus_say_they_open_and_hold_menu_items() {
    use egui::accesskit::{HasPopup, Toggled};
    let mut harness = opened("overview", TALL);
    let file = |harness: &Harness<'static, GuideApp>| {
        let node = harness
            .get_by_role_and_label(egui::accesskit::Role::Button, "File")
            .accesskit_node();
        (node.has_popup(), node.data().is_expanded())
    };
    assert_eq!(file(&harness), (Some(HasPopup::Menu), Some(false)));
    open_menu(&mut harness, "File");
    assert_eq!(file(&harness), (Some(HasPopup::Menu), Some(true)));
    // A menu item is named with its shortcut, as it is shown ("Print… Ctrl+P").
    harness.get_by_role_and_label(Role::MenuItem, "Print… Ctrl+P");
    harness.get_by_role_and_label(Role::MenuItem, "Quit Ctrl+Q");
    // A theme is one of three: the current one checked.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(
        file(&harness),
        (Some(HasPopup::Menu), Some(false)),
        "Esc closed it"
    );
    open_menu(&mut harness, "View");
    let light = harness.get_by_role_and_label(Role::MenuItemRadio, "Light theme");
    let system = harness.get_by_role_and_label(Role::MenuItemRadio, "System theme");
    assert_eq!(
        (
            system.accesskit_node().toggled(),
            light.accesskit_node().toggled()
        ),
        (Some(Toggled::True), Some(Toggled::False))
    );
    // Activated as assistive technology does (its "click" action), an item closes its menu.
    harness.key_press(egui::Key::Escape);
    harness.run();
    open_menu(&mut harness, "Help");
    harness
        .get_by_role_and_label(Role::MenuItem, "Keyboard shortcuts… F1")
        .click_accesskit();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::MenuItem, "Keyboard shortcuts… F1")
            .is_none(),
        "the menu closed"
    );
    assert!(
        harness.query_all_by_label("Keyboard shortcuts").next().is_some(),
        "the sheet opened"
    );
}
