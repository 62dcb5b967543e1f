//! The salary chart's "Years of experience" slider: a click gives it the keyboard, ↑/↓ move it
//! (not the section), its years read as whole or half years, and it is wide enough to aim at.

use crate::common;
use crate::common::app::opened;

use common::paint::painted_texts;
use egui::{Key, accesskit::Role};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::app::GuideApp;

fn years(harness: &Harness<'static, GuideApp>) -> f64 {
    harness.state().state.salary_chart.years
}

/// Whether the years read-out beside the slider says `text`.
fn reads(harness: &Harness<'static, GuideApp>, text: &str) -> bool {
    harness.query_all_by_label(text).next().is_some()
}

#[test]
fn a_click_gives_the_slider_the_keyboard_and_up_and_down_move_it() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    let section = harness.state().section_index();
    let slider = harness.get_by_role_and_label(Role::Slider, "Years of experience");
    slider.click();
    harness.run();
    let slider = harness.get_by_role_and_label(Role::Slider, "Years of experience");
    assert!(slider.is_focused(), "the slider has keyboard focus after a click");
    let clicked = years(&harness);
    assert!(
        (clicked - 7.5).abs() < 0.5 + f64::EPSILON,
        "a click in its middle: {clicked}"
    );

    harness.key_press(Key::ArrowUp);
    harness.run();
    assert!(
        (years(&harness) - (clicked + 0.5)).abs() < f64::EPSILON,
        "↑ adds half a year"
    );
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert!(
        (years(&harness) - (clicked - 0.5)).abs() < f64::EPSILON,
        "↓ takes half a year off"
    );
    assert_eq!(harness.state().section_index(), section, "the section stays open");
    let slider = harness.get_by_role_and_label(Role::Slider, "Years of experience");
    assert!(slider.is_focused(), "the slider keeps the keyboard");
}

#[test]
fn years_read_as_whole_or_half_years() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    for (value, text) in [
        (4.0, "4 years"),
        (4.5, "4.5 years"),
        (1.0, "1 year"),
        (0.0, "0 years"),
    ] {
        harness
            .get_by_role_and_label(Role::Slider, "Years of experience")
            .set_value_accesskit(value);
        harness.run();
        assert!(reads(&harness, text), "{text} beside the slider");
    }
    let shown: Vec<String> = painted_texts(&harness).into_iter().map(|t| t.text).collect();
    assert!(
        !shown.iter().any(|t| t.contains(".0 years")),
        "no \"x.0 years\" anywhere: {shown:?}"
    );
}

#[test]
fn the_slider_spans_a_good_share_of_the_chart() {
    for size in [[640.0, 3000.0], [1280.0, 3000.0], [2400.0, 3000.0]] {
        let harness = opened("salary", size);
        let slider = harness
            .get_by_role_and_label(Role::Slider, "Years of experience")
            .rect();
        let plot = harness
            .get_by(|n| n.role() == Role::Image && n.label().is_some_and(|l| l.starts_with("Step chart")))
            .rect();
        assert!(
            slider.width() >= plot.width() * 0.6,
            "slider {} wide under a chart {} wide at {size:?}",
            slider.width(),
            plot.width()
        );
        assert!(slider.right() <= plot.right() + 1.0, "within the chart's width");
    }
}

#[test]
fn left_and_right_move_the_focused_slider_by_half_a_year() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    harness
        .get_by_role_and_label(Role::Slider, "Years of experience")
        .focus();
    harness.run();
    let start = years(&harness);
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(
        (years(&harness) - (start + 0.5)).abs() < f64::EPSILON,
        "→ adds half a year"
    );
    harness.key_press(Key::ArrowLeft);
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert!(
        (years(&harness) - (start - 0.5).max(0.0)).abs() < f64::EPSILON,
        "← takes half a year off, down to 0: {}",
        years(&harness)
    );
}

/// The tool tips shown now, by their names.
fn tooltips(harness: &Harness<'static, GuideApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    harness
        .query_all_by_role(Role::Tooltip)
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

#[test]
fn after_a_drag_the_slider_tool_tip_leaves_its_read_out_in_view() {
    let mut harness = opened("salary", [1280.0, 3000.0]);
    let slider = harness
        .get_by_role_and_label(Role::Slider, "Years of experience")
        .rect();
    let tip = "Highlights the level for this much experience".to_owned();
    harness.hover_at(slider.center());
    harness.run_steps(4);
    harness.run();
    assert_eq!(
        tooltips(&harness),
        vec![tip.clone()],
        "pointing at it explains it"
    );

    // Drag it to a third of its length and let go, the pointer still on it.
    let to = egui::pos2(slider.left() + slider.width() / 3.0, slider.center().y);
    harness.drag_at(slider.center());
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run_steps(4);
    harness.run();
    assert!(years(&harness) < 7.0, "dragged: {}", years(&harness));
    assert!(
        !tooltips(&harness).contains(&tip),
        "no tool tip over the read-out after the drag"
    );
    assert!(
        painted_texts(&harness).iter().all(|t| t.text != tip),
        "nor painted"
    );

    // Away and back: it explains itself again.
    harness.hover_at(egui::pos2(5.0, 5.0));
    harness.run();
    harness.hover_at(slider.center());
    harness.run_steps(4);
    harness.run();
    assert_eq!(tooltips(&harness), vec![tip], "pointing at it again");
}
