//! "My plan" is a place like a section: listed below the sections, opened by `--section plan`,
//! its command (View menu, Ctrl+Shift+M), the sidebar or the sections menu, saved and restored.

use crate::common;

use common::app::{harness as app_harness, open_section, opened, saved_state};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use medtech_guide::{app::AppOptions, state::UiState, views::Place};

const SIZE: [f32; 2] = [1280.0, 800.0];

#[test]
fn section_plan_opens_the_plan_and_the_next_run_opens_it_again() {
    let mut harness = opened("plan", SIZE);
    assert_eq!(harness.state().views.reader.place(), Place::Plan);
    assert_eq!(harness.state().section(), None, "no section is open");
    harness.get_by_role_and_label(Role::Heading, "My plan");
    let titles = common::data::section_ids().len();
    let marked: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter(|n| n.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| !["System", "Light", "Dark"].contains(&label.as_str()))
        .collect();
    assert!(titles > 1);
    assert_eq!(marked, ["My plan"], "the sidebar marks the plan alone");
    let saved = saved_state(&mut harness);
    assert_eq!(saved.section, "plan");

    let mut next = app_harness(SIZE, AppOptions::default(), saved);
    next.run();
    assert_eq!(next.state().views.reader.place(), Place::Plan);
}

#[test]
fn the_sidebar_lists_the_plan_below_the_sections_and_opens_it() {
    let mut harness = opened("overview", SIZE);
    let last = harness
        .state()
        .guide()
        .text
        .sections
        .last()
        .map(|s| s.title.clone())
        .unwrap_or_default();
    let last_rect = harness.get_by_role_and_label(Role::Button, &last).rect();
    let plan = harness.get_by_role_and_label(Role::Button, "My plan");
    assert!(
        plan.rect().top() > last_rect.bottom() + 8.0,
        "apart from the sections, below the last: {:?} after {last_rect:?}",
        plan.rect()
    );
    plan.click();
    harness.run();
    assert_eq!(harness.state().views.reader.place(), Place::Plan);
    // ↑ (the sidebar has the keyboard) opens the section above it.
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(
        harness.state().section().map(|s| s.title.clone()),
        Some(last),
        "↑ from the plan opens the last section"
    );
}

#[test]
fn the_view_menu_and_its_shortcut_open_the_plan() {
    let mut harness = opened("salary", SIZE);
    common::app::open_menu(&mut harness, "View");
    let item =
        harness.get_by(|n| n.role() == Role::MenuItem && n.label().is_some_and(|l| l.starts_with("My plan")));
    assert_eq!(
        item.accesskit_node().label().as_deref(),
        Some("My plan Ctrl+Shift+M")
    );
    item.click();
    harness.run();
    assert_eq!(harness.state().views.reader.place(), Place::Plan);

    let mut harness = opened("salary", SIZE);
    harness.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::M);
    harness.run();
    assert_eq!(harness.state().views.reader.place(), Place::Plan);
    let title = harness.state().section().map(|s| s.title.clone());
    assert_eq!(title, None);
}

#[test]
fn a_narrow_window_lists_the_plan_in_the_sections_menu() {
    let mut harness = app_harness([640.0, 480.0], open_section("overview"), UiState::default());
    harness.ctx.set_zoom_factor(2.0);
    harness.run();
    common::app::open_menu(&mut harness, "Sections");
    // Below the thirteen sections, the menu scrolls to it.
    harness
        .get_by_role_and_label(Role::MenuItemRadio, "My plan")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::MenuItemRadio, "My plan")
        .click();
    harness.run();
    assert_eq!(harness.state().views.reader.place(), Place::Plan);
}
