//! What changes is announced: the search result count and the export message are polite live
//! regions, so a screen reader says them without the reader moving there.

use crate::common;

use common::app::harness as app_harness;
use egui::accesskit::Live;
use egui_kittest::{
    Harness,
    kittest::{NodeT as _, Queryable as _},
};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

/// The live setting of the text that contains `text`.
fn live_of(harness: &Harness<'static, GuideApp>, text: &str) -> Live {
    harness.get_by_label_contains(text).accesskit_node().live()
}

#[test]
fn the_search_result_count_is_announced() {
    let harness = common::app::searched([1280.0, 1600.0], "median");
    assert_eq!(live_of(&harness, "results for “median”"), Live::Polite);
    let harness = common::app::searched([1280.0, 1600.0], "xylophone");
    assert_eq!(live_of(&harness, "No results for “xylophone”"), Live::Polite);
}

#[test]
fn the_export_message_is_announced() {
    let mut harness = app_harness([1280.0, 1000.0], AppOptions::default(), UiState::default());
    harness.run();
    // Overview has no chart: the message says where the charts are.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    assert_eq!(live_of(&harness, "This section has no chart"), Live::Polite);
}

#[test]
fn the_years_slider_readout_is_announced() {
    let mut harness = app_harness(
        [1280.0, 2400.0],
        common::app::open_section("salary"),
        UiState::default(),
    );
    harness.run();
    assert_eq!(
        live_of(&harness, "At 0 years: Junior Medical Technician"),
        Live::Polite
    );
}

#[test]
fn with_a_screen_reader_the_message_stays_until_closed() {
    let mut harness = app_harness([1280.0, 1000.0], AppOptions::default(), UiState::default());
    harness.run();
    // Ctrl+E on a section without a chart: a message that says where the charts are.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    harness.run();
    // Well past the seconds a message stays up (four steps a second).
    let steps = (medtech_guide::jobs::TOAST_SECONDS * 4.0) as usize + 8;
    harness.run_steps(steps);
    assert!(
        harness
            .query_by_label_contains("This section has no chart")
            .is_some(),
        "still shown, however long reading it takes"
    );
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().exports.toast.is_none(), "closed by its button");
}
