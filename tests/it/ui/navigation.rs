//! Finding one's way in the window: search results open at their top, a section opens at its
//! top (unless it was the one open), the "found it" mark fades without moving the text, and
//! "See the data note below" takes the reader to the note.

use crate::common;

use std::time::Duration;

use common::app::{harness as app_harness, harness_of, new_app, open_section};
use egui::{Rect, accesskit::Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, model::Block, state::UiState};

const SIZE: [f32; 2] = [1280.0, 600.0];

fn state_on(section: &str) -> UiState {
    UiState {
        section: section.to_owned(),
        ..UiState::default()
    }
}

/// Scrolls the open section down a few pages; returns the offset reached.
fn scroll_down(harness: &mut Harness<'static, GuideApp>, pages: usize) -> f32 {
    for _ in 0..pages {
        harness.key_press(egui::Key::PageDown);
        // A page past the end springs back over a few frames.
        harness.run_steps(12);
    }
    harness.state().views.reader.offset()
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
    let hit = &app.views.search.hits()[index];
    format!(
        "{}: {}",
        app.guide().text.sections[hit.section].title,
        hit.snippet
    )
}

#[test]
fn search_results_open_at_the_top_after_the_section_was_scrolled() {
    let mut harness = app_harness(SIZE, open_section("career-path"), UiState::default());
    harness.run();
    let offset = scroll_down(&mut harness, 4);
    assert!(offset > 1000.0, "the section scrolled down ({offset})");
    common::app::type_query(&mut harness, "the");
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
    assert_eq!(harness.state().views.search.selected(), 0);
    let first = harness.get_by_label(&result_label(&harness, 0)).rect();
    assert_in_view(first, area, "the first result, selected again");

    // A new query starts at the top again, whatever was scrolled in the previous one.
    for _ in 0..20 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Escape);
    harness.run();
    common::app::type_query(&mut harness, "lab");
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
    common::app::type_query(&mut harness, "the");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().views.search.is_active());
    assert!((harness.state().views.reader.offset() - offset).abs() < 1.0);
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
        harness.state().views.reader.offset().abs() < 0.5,
        "opened at {} instead of its top",
        harness.state().views.reader.offset()
    );
    harness.get_by_role_and_label(Role::Heading, "Salary and outlook");

    // Named on the command line, the section that was open opens at its top too (issue 22 item
    // 12); started without `--section`, it keeps its place.
    let named = restarted(memory.clone(), Some("career-path"), state_on("career-path"));
    assert!(
        named.state().views.reader.offset().abs() < 0.5,
        "--section career-path opened at {} instead of its top",
        named.state().views.reader.offset()
    );
    let unnamed = restarted(memory, None, state_on("career-path"));
    assert!(
        unnamed.state().views.reader.offset() > 1000.0,
        "without --section the remembered place is kept"
    );
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
    assert!(harness.state().views.reader.offset().abs() < 0.5);
}

#[test]
fn a_section_picked_in_the_sidebar_while_searching_is_shown() {
    let mut harness = app_harness(SIZE, open_section("overview"), UiState::default());
    harness.run();
    common::app::type_query(&mut harness, "the");
    harness.get_by_label("Salary and outlook").click();
    harness.run();
    assert!(!harness.state().views.search.is_active(), "the results close");
    harness.get_by_role_and_label(Role::Heading, "Salary and outlook");
    assert!(harness.state().views.reader.offset().abs() < 0.5, "at its top");
}

/// Steps egui's clock on by "a few seconds" (five), then lets the app settle.
fn wait_for_the_mark_to_fade<T>(harness: &mut Harness<'_, T>) {
    // Four steps a second (the harness's default step).
    harness.run_steps(5 * 4);
    harness.run();
}

/// A settled window asks for no more frames.
fn assert_idle<T>(harness: &Harness<'_, T>) {
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|viewport| viewport.repaint_delay);
    assert_eq!(
        delay,
        Some(Duration::MAX),
        "causes: {:?}",
        harness.ctx.repaint_causes()
    );
}

#[test]
fn the_found_it_mark_leaves_the_text_in_place_and_fades() {
    let mut harness = app_harness(SIZE, open_section("overview"), UiState::default());
    harness.run();
    common::app::type_query(&mut harness, "phlebotomy");
    // The first result found in a paragraph, and that paragraph as the section shows it unmarked.
    let (index, hit) = harness
        .state()
        .views
        .search
        .hits()
        .iter()
        .enumerate()
        .find_map(|(i, hit)| {
            let block = harness.state().guide().text.sections[hit.section]
                .blocks
                .get(hit.block?)?;
            matches!(block, Block::Paragraph(_)).then(|| (i, hit.clone()))
        })
        .expect("a result in a paragraph");
    let section = harness.state().guide().text.sections[hit.section].clone();
    let Some(Block::Paragraph(paragraph)) = hit.block.and_then(|b| section.blocks.get(b)) else {
        unreachable!("found above");
    };
    let mut plain = app_harness(SIZE, open_section(&section.id), UiState::default());
    plain.run();
    let unmarked = plain.get_by_label(paragraph).rect();

    for _ in 0..index {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().section().map(|s| &s.id), Some(&section.id));
    let marked = harness.get_by_label(paragraph).rect();
    assert_eq!(
        marked.size(),
        unmarked.size(),
        "the marked paragraph wraps as it did"
    );
    assert!(
        (marked.left() - unmarked.left()).abs() < 0.01,
        "the marked paragraph did not move sideways"
    );
    assert!(
        common::paint::found_marks(&harness)
            .iter()
            .any(|m| m.contains_rect(marked)),
        "a mark around the paragraph"
    );
    // While the mark holds still, the window waits for it instead of drawing frames.
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|v| v.repaint_delay);
    assert!(
        delay.is_some_and(|d| d > Duration::from_secs(1) && d < Duration::MAX),
        "{delay:?}"
    );

    wait_for_the_mark_to_fade(&mut harness);
    // (The paragraph keeps the keyboard: tests/search_a11y.rs.)
    assert!(
        common::paint::found_marks(&harness).is_empty(),
        "no mark drawn once faded"
    );
    assert_eq!(harness.get_by_label(paragraph).rect().size(), unmarked.size());
    assert_idle(&harness);
}

#[test]
fn see_the_data_note_below_scrolls_to_the_note_and_marks_it() {
    let height = 480.0;
    let mut harness = app_harness([640.0, height], open_section("overview"), UiState::default());
    harness.run();
    let notes = harness.state().guide().text.key_facts.notes();
    let (label, _) = notes.first().expect("the guide has a data note");
    let note_label = format!("Data note on {}", label.to_lowercase());
    let note = |harness: &Harness<'static, GuideApp>| {
        harness
            .query_all_by_label_contains(&note_label)
            .next()
            .map(|n| n.rect())
    };
    let area = visible_area(&harness, height);
    assert!(
        note(&harness).is_none_or(|rect| rect.top() > area.bottom()),
        "the note starts out of view: {:?}",
        note(&harness)
    );
    harness
        .query_all_by_role_and_label(Role::Link, "See the data note below")
        .next()
        .expect("a card links to its note")
        .click();
    harness.run();
    let rect = note(&harness).expect("the note is shown");
    assert_in_view(rect, area, "the data note");
    assert!(
        common::paint::found_marks(&harness)
            .iter()
            .any(|m| m.contains_rect(rect)),
        "the note is marked"
    );
    wait_for_the_mark_to_fade(&mut harness);
    assert!(common::paint::found_marks(&harness).is_empty(), "the mark faded");
    assert_idle(&harness);
}
