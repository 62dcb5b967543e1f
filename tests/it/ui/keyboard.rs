//! Keyboard use of the window: Tab visits the controls in the order they appear.

use crate::common;

use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

/// Whether `node` has keyboard focus (a function: the method's path is not general enough over
/// lifetimes for a predicate).
fn is_focused(node: &egui_kittest::kittest::AccessKitNode<'_>) -> bool {
    node.is_focused()
}

/// The label of the widget that has keyboard focus, as a screen reader would announce it.
fn focused_label(harness: &Harness<'static, GuideApp>) -> String {
    harness
        .query_all(egui_kittest::kittest::by().predicate(is_focused))
        .next()
        .map_or_else(
            || "(nothing)".to_owned(),
            |node| node.accesskit_node().label().unwrap_or_default(),
        )
}

#[test]
fn tab_visits_the_top_bar_left_to_right() {
    let mut harness = common::app::harness([1280.0, 800.0], AppOptions::default(), UiState::default());
    harness.run();
    // Built left to right, the right-hand group still ends at the window's right edge, on screen.
    let zoom_in = harness.get_by_label("+").rect();
    let help = harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Help")
        .rect();
    let search = harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .rect();
    assert!(
        zoom_in.right() <= 1280.0 && zoom_in.right() > 1240.0,
        "{zoom_in:?}"
    );
    assert!(search.left() > help.right() + 100.0, "{search:?}");
    let mut order = Vec::new();
    for _ in 0..10 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        order.push(focused_label(&harness));
    }
    assert_eq!(
        order,
        [
            "File", "View", "Help", "Search", "System", "Light", "Dark", "−", "100%", "+"
        ]
    );
}

#[test]
fn a_dialog_takes_the_keyboard_and_gives_it_back_when_it_closes() {
    let mut harness = common::app::harness([1280.0, 800.0], AppOptions::default(), UiState::default());
    harness.run();
    harness.get_by_label("Career path").focus();
    harness.run();
    assert_eq!(focused_label(&harness), "Career path");
    harness.key_press(egui::Key::F1);
    harness.run();
    assert_eq!(focused_label(&harness), "Close", "the sheet has the keyboard");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Keyboard shortcuts").is_none(), "closed");
    assert_eq!(focused_label(&harness), "Career path", "back where it was");
    // Closed with its own button (Enter on the focused Close), the same.
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("Keyboard shortcuts").is_none(),
        "closed by Enter"
    );
    assert_eq!(focused_label(&harness), "Career path");
}

/// Whatever takes the keyboard by Tab is scrolled into view in its own scroll area, in every
/// panel: at 800×600 and 150 % the sidebar's last sections and the controls under the chart lie
/// below the window until they are reached (issue 22 item 2).
#[test]
fn tab_scrolls_what_it_focuses_into_view_in_every_panel() {
    let mut harness = common::app::opened_with("salary", [800.0, 600.0], 1.5, UiState::default());
    let window = harness.ctx.content_rect();
    // The top bar reaches at least to the bottom of its File button and search box.
    let top_bar = harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "File")
        .rect()
        .union(
            harness
                .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
                .rect(),
        )
        .with_min_x(0.0)
        .with_max_x(window.right());
    let mut seen = Vec::new();
    for _ in 0..60 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let Some(node) = harness
            .query_all(egui_kittest::kittest::by().predicate(is_focused))
            .next()
        else {
            continue;
        };
        let label = node.accesskit_node().label().unwrap_or_default();
        let Some(bounds) = node.accesskit_node().bounding_box() else {
            continue;
        };
        let ppp = f64::from(harness.ctx.pixels_per_point());
        let rect = egui::Rect::from_min_max(
            egui::pos2((bounds.x0 / ppp) as f32, (bounds.y0 / ppp) as f32),
            egui::pos2((bounds.x1 / ppp) as f32, (bounds.y1 / ppp) as f32),
        );
        assert!(
            window.contains_rect(rect),
            "{label:?} has the keyboard at {rect:?}, outside the window {window:?}"
        );
        if !top_bar.contains_rect(rect) {
            assert!(
                rect.top() >= top_bar.bottom() - 1.0,
                "{label:?} at {rect:?} is hidden under the top bar {top_bar:?}"
            );
        }
        seen.push(label);
    }
    for reached in ["Related careers", "Show values", "Export…"] {
        assert!(
            seen.iter().any(|l| l == reached),
            "Tab reached {reached:?}: {seen:?}"
        );
    }
}

/// A chart wider than the reading column is the reader's too: when Tab gives it the keyboard it
/// is scrolled wholly into view, as the narrower widgets are.
#[test]
fn tab_scrolls_a_focused_chart_wholly_into_view() {
    for (section, start) in [("salary", "Step chart"), ("global", "Horizontal range bars")] {
        let mut harness = common::app::opened_with(section, [1024.0, 768.0], 1.0, UiState::default());
        let window = harness.ctx.content_rect();
        let mut reached = false;
        for _ in 0..60 {
            harness.key_press(egui::Key::Tab);
            harness.run();
            let focused = harness
                .query_all(egui_kittest::kittest::by().predicate(is_focused))
                .next()
                .and_then(|n| n.accesskit_node().label())
                .unwrap_or_default();
            if !focused.starts_with(start) {
                continue;
            }
            let id = harness
                .ctx
                .memory(egui::Memory::focused)
                .expect("a focused widget");
            let rect = harness.ctx.read_response(id).expect("its response").rect;
            assert!(
                window.contains_rect(rect),
                "{section}: the chart at {rect:?} in {window:?}"
            );
            reached = true;
            break;
        }
        assert!(reached, "{section}: Tab reached the chart");
    }
}

/// A chart that has the keyboard shows the focus ring egui draws around its own widgets.
#[test]
fn a_focused_chart_shows_a_focus_ring() {
    for (section, start) in [("salary", "Step chart"), ("global", "Horizontal range bars")] {
        let mut harness = common::app::opened(section, common::app::TALL);
        let plot = common::app::plot_rect(&harness, start);
        harness
            .get_by(|n| {
                n.role() == egui::accesskit::Role::Image && n.label().is_some_and(|l| l.starts_with(start))
            })
            .focus();
        harness.run();
        let ringed = common::paint::focus_ring_around(&harness, plot);
        assert!(ringed, "{section}: a ring around the focused chart at {plot:?}");
    }
}
