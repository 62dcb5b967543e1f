//! An idle window costs nothing: once the app has settled it asks for no more frames, neither
//! at once nor after a delay, also after the pointer comes to rest on a chart.
//!
//! The last two tests wrap the app in ones that do ask for frames, to show the check fails then.

use crate::common;

use std::time::Duration;

use common::app::{harness_of as app_harness_of, new_app, open_section};
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

/// Frames a settled window may take to notice nothing changed (one: the frame that looks).
const SETTLED_STEPS: u64 = 1;

fn harness_of<T: eframe::App + 'static>(make: impl FnOnce(&egui::Context) -> T) -> Harness<'static, T> {
    let builder = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_max_steps(8)
        // Accessibility is the UI tests' concern (tests/app.rs); here only repaints matter.
        .with_accessibility_check(false);
    app_harness_of(builder, make)
}

fn app(ctx: &egui::Context, section: Option<&str>) -> GuideApp {
    let options = section.map_or_else(AppOptions::default, open_section);
    new_app(ctx, options, UiState::default())
}

/// Runs until the app settles, then checks that it stays idle: one more run takes a single
/// frame, and that frame asks for no repaint, immediate or delayed.
fn settles_idle<T>(harness: &mut Harness<'_, T>) -> Result<(), String> {
    harness.try_run().map_err(|e| format!("did not settle: {e}"))?;
    let steps = harness
        .try_run()
        .map_err(|e| format!("did not stay settled: {e}"))?;
    if steps > SETTLED_STEPS {
        return Err(format!("a settled window ran {steps} frames"));
    }
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|viewport| viewport.repaint_delay);
    if delay != Some(Duration::MAX) {
        return Err(format!(
            "the last frame asked for a repaint after {delay:?}; causes: {:?}",
            harness.ctx.repaint_causes()
        ));
    }
    if harness.ctx.has_requested_repaint() {
        return Err(format!(
            "a repaint is pending; causes: {:?}",
            harness.ctx.repaint_causes()
        ));
    }
    Ok(())
}

#[test]
fn idle_window_requests_no_repaint() {
    let mut harness = harness_of(|ctx| app(ctx, None));
    harness.run();
    assert_eq!(settles_idle(&mut harness), Ok(()));
}

#[test]
fn every_section_settles_idle() {
    for id in common::data::section_ids() {
        let mut harness = harness_of(|ctx| app(ctx, Some(&id)));
        assert_eq!(settles_idle(&mut harness), Ok(()), "section `{id}`");
    }
}

/// Puts the pointer on the middle of the widget labelled `label`, scrolled into view, and
/// checks egui sees it there and the chart draws its hover read-out (more shapes than before).
fn hover_widget<T>(harness: &mut Harness<'_, T>, label: &str) {
    harness.get_by_label_contains(label).scroll_to_me();
    harness.run();
    let rect = harness.get_by_label_contains(label).rect();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    assert!(
        screen.contains(rect.center()),
        "`{label}` at {rect:?} should be on screen"
    );
    let shapes_before = harness.output().shapes.len();
    harness.hover_at(rect.center());
    harness.run();
    assert_eq!(harness.ctx.pointer_hover_pos(), Some(rect.center()));
    assert!(
        harness.output().shapes.len() > shapes_before,
        "hovering `{label}` should draw a read-out"
    );
}

#[test]
fn hovering_the_salary_chart_does_not_keep_repainting() {
    let mut harness = harness_of(|ctx| app(ctx, Some("salary")));
    harness.run();
    hover_widget(&mut harness, "Step chart of US median");
    assert_eq!(settles_idle(&mut harness), Ok(()));
}

#[test]
fn hovering_the_global_chart_does_not_keep_repainting() {
    let mut harness = harness_of(|ctx| app(ctx, Some("global")));
    harness.run();
    hover_widget(&mut harness, "Horizontal range bars of typical yearly pay");
    assert_eq!(settles_idle(&mut harness), Ok(()));
}

/// The app, plus a repaint request every frame (`None`: at once) — what the check must catch.
struct Repainting {
    app: GuideApp,
    after: Option<Duration>,
}

impl eframe::App for Repainting {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
        match self.after {
            None => ui.ctx().request_repaint(),
            Some(delay) => ui.ctx().request_repaint_after(delay),
        }
    }
}

#[test]
fn the_check_fails_for_an_app_that_repaints_every_frame() {
    let mut harness = harness_of(|ctx| Repainting {
        app: app(ctx, None),
        after: None,
    });
    let error = settles_idle(&mut harness).expect_err("an app repainting every frame is not idle");
    assert!(error.starts_with("did not settle"), "{error}");
}

#[test]
fn the_check_fails_for_an_app_that_repaints_on_a_timer() {
    let mut harness = harness_of(|ctx| Repainting {
        app: app(ctx, Some("salary")),
        after: Some(Duration::from_secs(1)),
    });
    let error = settles_idle(&mut harness).expect_err("an app repainting every second is not idle");
    assert!(error.contains("repaint after Some(1s)"), "{error}");
}

/// The app watching a copy of the data, as `--data FOLDER` opens it.
fn watching(ctx: &egui::Context, folder: &std::path::Path) -> GuideApp {
    let options = AppOptions {
        data_dir: Some(folder.to_path_buf()),
        ..open_section("salary")
    };
    new_app(ctx, options, UiState::default())
}

#[test]
fn a_watched_data_folder_costs_nothing_while_unchanged_and_after_a_reload() {
    let dir = common::data::copy_data_dir();
    let mut harness = harness_of(|ctx| watching(ctx, dir.path()));
    harness.run();
    assert_eq!(settles_idle(&mut harness), Ok(()), "unchanged");
    assert!(
        harness.state().data_folder.watched().is_some(),
        "the folder is watched"
    );
    let path = dir.path().join(common::data::SALARY);
    let text =
        common::files::read_to_string(&path).replacen("us_median_usd: 36000,", "us_median_usd: 36100,", 1);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    common::app::step_until(&mut harness, "the edit reloading", |h| {
        h.state().guide().salary.levels.first().map(|l| l.us_median_usd) == Some(36_100)
    });
    assert_eq!(settles_idle(&mut harness), Ok(()), "after the reload");
}

/// "My plan" costs nothing once settled: opened, after a choice is picked (by a click and by
/// the keyboard's arrows), after Clear all's question is asked and kept (its buttons take the
/// keyboard for a few frames), and with the pointer at rest on the path chart.
#[test]
fn the_plan_settles_idle_after_answering_asking_and_hovering() {
    use egui::accesskit::Role;
    use medtech_guide::model::Choice;
    let mut harness = harness_of(|ctx| app(ctx, Some("plan")));
    assert_eq!(settles_idle(&mut harness), Ok(()), "opened");
    common::plan::answer(&mut harness, "Basic EKG/ECG", Choice::Learning);
    assert_eq!(settles_idle(&mut harness), Ok(()), "after a click");
    harness
        .get_by_role_and_label(Role::RadioGroup, "Basic EKG/ECG")
        .get_by_role_and_label(Role::RadioButton, "Learning")
        .focus();
    harness.run();
    harness.key_press(egui::Key::ArrowRight);
    assert_eq!(settles_idle(&mut harness), Ok(()), "after an arrow");
    assert_eq!(harness.state().state.answers.choice("ekg"), Some(Choice::NotYet));
    harness
        .get_by_role_and_label(Role::Button, "Clear all answers…")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Clear all answers…")
        .click();
    assert_eq!(settles_idle(&mut harness), Ok(()), "asking");
    harness.key_press(egui::Key::Escape);
    assert_eq!(settles_idle(&mut harness), Ok(()), "kept");
    assert!(!harness.state().state.answers.is_empty());
    hover_widget(
        &mut harness,
        "Step chart of US median and average yearly pay in USD by years from today",
    );
    assert_eq!(settles_idle(&mut harness), Ok(()), "hovering the path chart");
}
