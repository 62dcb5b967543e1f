//! Finding one's way in the window: search results open at their top, a section opens at its
//! top (unless it was the one open).

pub mod common;

use common::app::{harness as app_harness, harness_of, new_app, open_section};
use egui::{Rect, accesskit::Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, state::UiState};

const SIZE: [f32; 2] = [1280.0, 600.0];

fn state_on(section: &str) -> UiState {
    UiState {
        section: section.to_owned(),
        ..UiState::default()
    }
}

fn type_query(harness: &mut Harness<'static, GuideApp>, text: &str) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text(text);
    harness.run();
}

/// Scrolls the open section down a few pages; returns the offset reached.
fn scroll_down(harness: &mut Harness<'static, GuideApp>, pages: usize) -> f32 {
    for _ in 0..pages {
        harness.key_press(egui::Key::PageDown);
        // A page past the end springs back over a few frames.
        harness.run_steps(12);
    }
    harness.state().views.reader.offset
}

/// The visible part of the reading panel: below the top bar, above the window's bottom edge.
fn visible_area(harness: &Harness<'static, GuideApp>, height: f32) -> Rect {
    let search_box = harness.get_by_role_and_label(Role::TextInput, "Search").rect();
    Rect::from_x_y_ranges(0.0..=f32::INFINITY, search_box.bottom()..=height)
}

fn assert_in_view(rect: Rect, area: Rect, what: &str) {
    assert!(
        rect.top() >= area.top() && rect.bottom() <= area.bottom(),
        "{what} at {rect:?} is not within the visible {area:?}"
    );
}

/// The accessibility label of result `index`, as the results list names it.
fn result_label(harness: &Harness<'static, GuideApp>, index: usize) -> String {
    let app = harness.state();
    let hit = &app.views.search.hits[index];
    format!("{}: {}", app.guide.text.sections[hit.section].title, hit.snippet)
}

#[test]
fn search_results_open_at_the_top_after_the_section_was_scrolled() {
    let mut harness = app_harness(SIZE, open_section("career-path"), UiState::default());
    harness.run();
    let offset = scroll_down(&mut harness, 4);
    assert!(offset > 1000.0, "the section scrolled down ({offset})");
    type_query(&mut harness, "the");
    let area = visible_area(&harness, SIZE[1]);
    let title = harness
        .get_by_role_and_label(Role::Heading, "Search results")
        .rect();
    assert_in_view(title, area, "the results title");
    let count = harness
        .query_all_by_label_contains("results for “the”")
        .next()
        .expect("the result count is shown")
        .rect();
    assert_in_view(count, area, "the result count");
    let first = harness.get_by_label(&result_label(&harness, 0)).rect();
    assert_in_view(first, area, "the selected first result");

    // Down the list and back up: the selection stays in view.
    for _ in 0..15 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    let fifteenth = harness.get_by_label(&result_label(&harness, 15)).rect();
    assert_in_view(fifteenth, area, "the 16th result, selected");
    for _ in 0..15 {
        harness.key_press(egui::Key::ArrowUp);
        harness.run();
    }
    assert_eq!(harness.state().views.search.selected, 0);
    let first = harness.get_by_label(&result_label(&harness, 0)).rect();
    assert_in_view(first, area, "the first result, selected again");

    // A new query starts at the top again, whatever was scrolled in the previous one.
    for _ in 0..20 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    type_query(&mut harness, "lab");
    let title = harness
        .get_by_role_and_label(Role::Heading, "Search results")
        .rect();
    assert_in_view(title, area, "the results title of the next search");
    let first = harness.get_by_label(&result_label(&harness, 0)).rect();
    assert_in_view(first, area, "the first result of the next search");
}

#[test]
fn closing_search_finds_the_section_where_it_was() {
    let mut harness = app_harness(SIZE, open_section("career-path"), UiState::default());
    harness.run();
    let offset = scroll_down(&mut harness, 3);
    assert!(offset > 500.0);
    type_query(&mut harness, "the");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().views.search.is_active());
    assert!((harness.state().views.reader.offset - offset).abs() < 1.0);
}

/// What egui remembers of a window in which `section` was open and scrolled down (eframe saves
/// it with the window, and restores it before the app is built).
fn memory_after_scrolling(section: &str) -> egui::Memory {
    let mut first = app_harness(SIZE, open_section(section), state_on(section));
    first.run();
    let offset = scroll_down(&mut first, 4);
    assert!(offset > 1000.0, "{section} scrolled down ({offset})");
    first.ctx.memory(Clone::clone)
}

/// The app started with `--section` (if any) on the remembered `memory` and saved `state`.
fn restarted(memory: egui::Memory, section: Option<&str>, state: UiState) -> Harness<'static, GuideApp> {
    let options = section.map(open_section).unwrap_or_default();
    let mut harness = harness_of(Harness::builder().with_size(SIZE), move |ctx| {
        ctx.memory_mut(|m| *m = memory);
        new_app(ctx, options, state)
    });
    harness.run();
    harness
}

#[test]
fn a_section_named_on_the_command_line_opens_at_its_top() {
    let memory = memory_after_scrolling("career-path");
    let harness = restarted(memory.clone(), Some("salary"), state_on("career-path"));
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("salary"));
    assert!(
        harness.state().views.reader.offset.abs() < 0.5,
        "opened at {} instead of its top",
        harness.state().views.reader.offset
    );
    harness.get_by_role_and_label(Role::Heading, "Salary and outlook");

    // The section that was open keeps its place, named or not.
    for section in [Some("career-path"), None] {
        let harness = restarted(memory.clone(), section, state_on("career-path"));
        assert!(
            harness.state().views.reader.offset > 1000.0,
            "{section:?}: the remembered place is kept"
        );
    }
}

#[test]
fn a_section_opened_from_the_sidebar_opens_at_its_top() {
    let mut harness = app_harness(SIZE, open_section("career-path"), UiState::default());
    harness.run();
    let offset = scroll_down(&mut harness, 3);
    assert!(offset > 500.0, "scrolled ({offset})");
    harness.get_by_label("Salary and outlook").click();
    harness.run();
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("salary"));
    assert!(harness.state().views.reader.offset.abs() < 0.5);
}
