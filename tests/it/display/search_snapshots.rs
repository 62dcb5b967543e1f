//! Golden images of search: the results for a query found in every level (each result naming
//! its level), and what opening a result marks (the answer alone, scrolled into view in a small
//! window; a key-fact card; a table's row), in both themes.
//! Ignored by a plain `cargo test`, as the other golden images.

use egui_kittest::{Harness, SnapshotResults};
use medtech_guide::{app::GuideApp, search::Hit, state::ThemeChoice};

use super::snapshots::{theme_name, window};
use crate::common;

/// No text cursor in the search box: its blinking is not what the image is about.
fn without_focus(harness: &mut Harness<'static, GuideApp>) {
    harness.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    harness.run();
}

/// The window of `size` on the overview with `query` searched for and the first result that
/// `pick` accepts opened.
fn opened(
    size: [f32; 2],
    theme: ThemeChoice,
    query: &str,
    pick: impl Fn(&Hit, &medtech_guide::model::Guide) -> bool,
) -> Harness<'static, GuideApp> {
    let mut harness = window(size, "overview", theme, 1.0);
    common::app::type_query(&mut harness, query);
    common::app::open_hit(&mut harness, pick);
    harness
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn search_results_and_what_they_open_in_both_themes() {
    let mut results = SnapshotResults::new();
    for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
        let name = theme_name(theme);
        let mut harness = window([800.0, 600.0], "overview", theme, 1.0);
        common::app::type_query(&mut harness, "median");
        without_focus(&mut harness);
        results.add(harness.try_snapshot(format!("search-results-median-{name}")));

        let mut harness = opened([800.0, 600.0], theme, "predictability", |_, _| true);
        results.add(harness.try_snapshot(format!("search-found-answer-{name}")));

        let mut harness = opened([1280.0, 800.0], theme, "57,380", |_, _| true);
        results.add(harness.try_snapshot(format!("search-found-key-fact-{name}")));

        let mut harness = opened([1280.0, 800.0], theme, "senior medical technician", |hit, _| {
            matches!(hit.part, Some(medtech_guide::search::Part::Row(_)))
        });
        results.add(harness.try_snapshot(format!("search-found-row-{name}")));
    }
}
