//! The salary chart's figures as one table, the slider's level highlighted in it.

pub mod common;

use common::{
    app::{harness as app_harness, open_section},
    paint::filled_rects,
};
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{app::GuideApp, state::UiState, tokens::Tokens};

fn open(section: &str) -> Harness<'static, GuideApp> {
    let mut state = UiState::default();
    state.salary_chart.show_data = true;
    let mut harness = app_harness([1280.0, 3000.0], open_section(section), state);
    harness.run();
    harness
}

/// Whether the table row of the level `title` is painted in the chart's level highlight, across
/// the whole row (from its title to its last figure).
fn picked(harness: &Harness<'static, GuideApp>, title: &str) -> bool {
    let row = harness.get_by_role_and_label(Role::Label, title).rect();
    let highlights = [Tokens::LIGHT.level_highlight, Tokens::DARK.level_highlight];
    filled_rects(harness).iter().any(|(rect, fill)| {
        highlights.contains(fill)
            && rect.contains(row.center())
            && rect.left() <= row.left()
            && rect.height() < row.height() * 3.0
    })
}

#[test]
fn the_salary_section_shows_its_figures_in_one_table() {
    let harness = open("salary");
    assert_eq!(
        harness.query_all_by_label("Show data").count(),
        0,
        "the table follows the chart"
    );
    for value in ["$36,000", "$54,000", "$78,000"] {
        assert_eq!(
            harness.query_all_by_label(value).count(),
            1,
            "{value} in one table"
        );
    }
}

#[test]
fn the_slider_level_is_highlighted_in_the_table() {
    for section in ["salary", "career-path"] {
        let mut harness = open(section);
        assert!(
            picked(&harness, "Junior Medical Technician"),
            "{section}: 0 years"
        );
        harness
            .get_by_role_and_label(Role::Slider, "Years of experience")
            .set_value_accesskit(5.0);
        harness.run();
        assert!(
            picked(&harness, "Senior Medical Technician"),
            "{section}: 5 years"
        );
        assert!(
            !picked(&harness, "Junior Medical Technician"),
            "{section}: one level picked"
        );
    }
}
