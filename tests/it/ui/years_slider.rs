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
    let section = harness.state().state.section.clone();
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
    assert_eq!(harness.state().state.section, section, "the section stays open");
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
