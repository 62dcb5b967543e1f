//! Names egui leaves empty, given for a screen reader: the scroll bars say what they scroll and
//! how far along they are, and every tool tip is named after what it says.

use crate::common;
use crate::common::app::{open_menu, opened};

use egui::accesskit::Role;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::app::GuideApp;

/// The names of the tool tips shown now (`None` for one without a name).
fn tooltips(harness: &Harness<'static, GuideApp>) -> Vec<Option<String>> {
    harness
        .query_all_by_role(Role::Tooltip)
        .map(|node| node.accesskit_node().label().filter(|l| !l.is_empty()))
        .collect()
}

#[test]
fn the_reading_panel_scroll_bar_says_what_it_scrolls_and_how_far() {
    let mut harness = opened("skills", [1280.0, 600.0]);
    let bar = harness.get_by_role_and_label(Role::ScrollBar, "Guide text");
    assert_eq!(bar.accesskit_node().numeric_value(), Some(0.0), "at the top");
    harness.key_press(egui::Key::PageDown);
    harness.run();
    let bar = harness.get_by_role_and_label(Role::ScrollBar, "Guide text");
    let value = bar.accesskit_node().numeric_value().unwrap_or_default();
    assert!(value > 0.0 && value <= 100.0, "scrolled down: {value}");
    for bar in harness.query_all_by_role(Role::ScrollBar) {
        assert!(
            bar.accesskit_node().label().is_some_and(|l| !l.is_empty()),
            "every scroll bar is named: {bar:?}"
        );
    }
}

#[test]
fn a_wide_table_scroll_bar_is_named_too() {
    let harness = opened("global", [640.0, 2400.0]);
    let bars: Vec<String> = harness
        .query_all_by_role(Role::ScrollBar)
        .filter_map(|bar| bar.accesskit_node().label())
        .collect();
    assert!(bars.iter().any(|b| b == "Table, sideways"), "{bars:?}");
}

#[test]
fn a_button_tool_tip_is_named_after_its_text() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    harness.get_by_label("Show values").hover();
    // egui waits a moment before it shows a tool tip.
    harness.run_steps(4);
    harness.run();
    assert_eq!(
        tooltips(&harness),
        vec![Some("Write each level's figures beside its markers".to_owned())]
    );
}

#[test]
fn the_chart_hover_read_out_is_a_named_tool_tip() {
    for (section, start, expected) in [
        ("global", "Horizontal range bars", "USD:"),
        ("salary", "Step chart", "years"),
    ] {
        let mut harness = opened(section, [1280.0, 3000.0]);
        let plot = harness
            .get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with(start)))
            .rect();
        let mut named = Vec::new();
        for step in 1..20 {
            let y = plot.top() + plot.height() * step as f32 / 20.0;
            harness.hover_at(egui::pos2(plot.left() + plot.width() * 0.3, y));
            harness.run();
            let shown = tooltips(&harness);
            assert!(
                shown.iter().all(Option::is_some),
                "{section}: an unnamed tool tip"
            );
            named.extend(shown.into_iter().flatten());
        }
        assert!(
            named.iter().any(|name| name.contains(expected)),
            "{section}: a hover read-out named after its figures: {named:?}"
        );
    }
}

#[test]
fn the_menus_hang_from_a_menu_bar_and_the_search_box_is_named_once() {
    let harness = opened("overview", [1280.0, 800.0]);
    let bar = harness.get_by_role_and_label(Role::MenuBar, "Menus");
    let buttons: Vec<String> = common::a11y::seen_children(&bar)
        .iter()
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(buttons, ["File", "View", "Help"]);
    harness.get_by_role_and_label(Role::TextInput, "Search");
    let panel = harness.get_by_role_and_label(Role::Pane, "Menus and search");
    let said: Vec<String> = common::a11y::texts(&common::a11y::seen_children(&panel));
    assert_eq!(
        said.iter().filter(|t| t.as_str() == "Search").count(),
        1,
        "\"Search\" is said once, by the box: {said:?}"
    );
}

#[test]
fn an_open_menu_is_named_after_its_button() {
    let mut harness = opened("overview", [1280.0, 800.0]);
    for name in ["File", "View", "Help"] {
        open_menu(&mut harness, name);
        let menu = harness.get_by_role_and_label(Role::Menu, name);
        assert!(
            common::a11y::seen_children(&menu)
                .iter()
                .any(|n| matches!(n.accesskit_node().role(), Role::MenuItem | Role::MenuItemRadio)),
            "the {name} menu holds its items"
        );
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
}
