//! The top bar fits any window: nothing overlaps, nothing is cut at the edge; where the row is
//! too narrow the theme and then the zoom buttons give way (the View menu has both).

use crate::common;

use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

fn bar(width: f32, zoom: f32) -> Harness<'static, GuideApp> {
    let state = UiState {
        zoom,
        ..UiState::default()
    };
    let mut harness = common::app::harness([width, 600.0], AppOptions::default(), state);
    harness.run();
    harness
}

/// Whether a widget labelled `label` is on screen.
fn shown(harness: &Harness<'static, GuideApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

#[test]
fn every_control_shows_in_a_wide_window_and_ends_at_its_edge() {
    let harness = bar(1280.0, 1.0);
    for label in [
        "File", "View", "Help", "Search", "System", "Light", "Dark", "−", "100%", "+",
    ] {
        assert!(shown(&harness, label), "{label} is missing");
    }
    let plus = harness.get_by_label("+").rect();
    assert!(plus.right() <= 1280.0 && plus.right() > 1240.0, "{plus:?}");
}

#[test]
fn in_narrow_rows_the_theme_then_the_zoom_buttons_give_way_and_nothing_overlaps() {
    // 640 points: 640×480 at 100 %, or 1280×800 at 200 %; then ever narrower rows.
    let mut gave_way = (false, false);
    for (width, zoom) in [
        (640.0, 1.0),
        (1280.0, 2.0),
        (560.0, 1.0),
        (500.0, 1.0),
        (440.0, 1.0),
    ] {
        let harness = bar(width, zoom);
        let points = width / zoom;
        let (theme_shown, zoom_shown) = (shown(&harness, "Light"), shown(&harness, "+"));
        assert!(
            theme_shown <= zoom_shown,
            "the theme buttons give way first ({points} points)"
        );
        gave_way.0 |= !theme_shown && zoom_shown;
        gave_way.1 |= !zoom_shown;
        let help = harness
            .get_by_role_and_label(egui::accesskit::Role::Button, "Help")
            .rect();
        let search = harness
            .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
            .rect();
        assert!(
            help.right() < search.left(),
            "Help and Search overlap at {points} points"
        );
        let last = if zoom_shown { "+" } else { "Search" };
        let last = harness.get_all_by_label(last).last().map(|n| n.rect());
        // Rectangles are in pixels (points × zoom).
        assert!(
            last.is_some_and(|r| r.right() <= width),
            "cut at the edge at {points} points: {last:?}"
        );
    }
    assert_eq!(
        gave_way,
        (true, true),
        "some width hides only the theme, and some the zoom too"
    );
}
