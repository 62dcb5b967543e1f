//! Golden images of the real window: every section in both themes at 1280×800 and at 800×600 with
//! 200 % zoom (the sidebar folded into a menu), and the two chart sections at 200 % zoom, at
//! 640×480, at 800×600 with 200 % zoom and at 1366×768 with 150 %; the save dialog, a data
//! folder's problems banner and the folder dialog in both themes. Drawn by wgpu (Mesa's software Vulkan in CI) and
//! compared with `tests/snapshots/*.png` within `egui_kittest`'s usual threshold; a difference
//! writes `NAME.diff.png` and `NAME.new.png` beside the image. `UPDATE_SNAPSHOTS=1` rewrites them.
//! Ignored by a plain `cargo test`: run with `cargo test --test it -- --ignored display::snapshots`.

use egui_kittest::{Harness, SnapshotResults, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::{ThemeChoice, UiState},
};

use crate::common;

/// The app in a window of `size` pixels, on `section`, in `theme`, at `zoom`; drawn by wgpu and
/// settled. A zoom of 2 in a 1280×800 window lays out 640×400 points, each two pixels wide.
pub(super) fn window(
    size: [f32; 2],
    section: &str,
    theme: ThemeChoice,
    zoom: f32,
) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        theme: Some(theme),
        ..common::app::open_section(section)
    };
    let state = UiState {
        zoom,
        ..UiState::default()
    };
    // The harness applies its own theme after the app's; give it the same one.
    let egui_theme = if theme == ThemeChoice::Dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    let points = [size[0] / zoom, size[1] / zoom];
    let builder = Harness::builder().with_size(points).with_theme(egui_theme).wgpu();
    let mut harness = common::app::harness_of(builder, move |ctx| common::app::new_app(ctx, options, state));
    harness.run();
    harness
}

pub(super) fn theme_name(theme: ThemeChoice) -> &'static str {
    match theme {
        ThemeChoice::Dark => "dark",
        _ => "light",
    }
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn every_section_in_both_themes() {
    let mut results = SnapshotResults::new();
    for id in common::data::section_ids() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let mut harness = window([1280.0, 800.0], &id, theme, 1.0);
            results.add(harness.try_snapshot(format!("{id}-{}", theme_name(theme))));
        }
    }
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn every_section_small_and_zoomed_in_both_themes() {
    let mut results = SnapshotResults::new();
    for id in common::data::section_ids() {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let mut harness = window([800.0, 600.0], &id, theme, 2.0);
            results.add(harness.try_snapshot(format!("{id}-{}-800x600-zoom-200", theme_name(theme))));
        }
    }
}

/// Scrolls the reading panel to the chart titled `title` (which lands at the bottom of the view),
/// then one page further, so that the chart fills the view from its title down.
fn scroll_to_chart(harness: &mut Harness<'static, GuideApp>, title: &str) {
    // The first node so named is the chart's title (the table after it carries the name too).
    if let Some(node) = harness.get_all_by_label(title).next() {
        node.scroll_to_me();
    }
    harness.run();
    harness.key_press(egui::Key::PageDown);
    harness.run();
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn chart_sections_at_double_zoom_and_in_a_small_window() {
    let guide = common::data::guide();
    let mut results = SnapshotResults::new();
    for (id, chart) in [("salary", &guide.salary.title), ("global", &guide.global.title)] {
        for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
            let name = theme_name(theme);
            for (size, zoom, label) in [
                ([1280.0, 800.0], 2.0, "zoom-200"),
                ([640.0, 480.0], 1.0, "640x480"),
                ([800.0, 600.0], 2.0, "800x600-zoom-200"),
                ([1366.0, 768.0], 1.5, "1366x768-zoom-150"),
            ] {
                let mut harness = window(size, id, theme, zoom);
                results.add(harness.try_snapshot(format!("{id}-{name}-{label}")));
                scroll_to_chart(&mut harness, chart);
                results.add(harness.try_snapshot(format!("{id}-{name}-{label}-chart")));
            }
        }
    }
}

/// The salary section at 1280×800 in `theme`, asking for paths in the window (as without a
/// desktop portal), on the data in `data_dir` if given; drawn by wgpu and settled.
fn dialog_window(theme: ThemeChoice, data_dir: Option<&std::path::Path>) -> Harness<'static, GuideApp> {
    let options = AppOptions {
        theme: Some(theme),
        in_window_save_dialog: true,
        data_dir: data_dir.map(std::path::Path::to_path_buf),
        ..common::app::open_section("salary")
    };
    let egui_theme = if theme == ThemeChoice::Dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    let builder = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui_theme)
        .wgpu();
    let mut harness = common::app::harness_of(builder, move |ctx| {
        common::app::new_app(ctx, options, UiState::default())
    });
    harness.run();
    harness
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn the_in_window_save_dialog_in_both_themes() {
    let mut results = SnapshotResults::new();
    for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
        let mut harness = dialog_window(theme, None);
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
        common::app::step_until(&mut harness, "the save dialog opening", |h| {
            h.state().views.save_dialog.is_some()
        });
        // The proposed path starts in this machine's Documents folder: show a fixed one.
        if let Some(dialog) = &mut harness.state_mut().views.save_dialog {
            dialog.set_path("/home/reader/Documents/salary-by-experience.png");
        }
        // No text cursor: where it lands depends on the path the field held first.
        harness.ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
        harness.run();
        results.add(harness.try_snapshot(format!("save-dialog-{}", theme_name(theme))));
    }
}

/// The folder shown in the images instead of this run's temporary one.
const SHOWN_FOLDER: &str = "/home/reader/Documents/guide-data";

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn a_broken_data_file_and_the_folder_dialog_in_both_themes() {
    let mut results = SnapshotResults::new();
    for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
        let dir = common::data::copy_data_dir();
        let mut harness = dialog_window(theme, Some(dir.path()));
        let path = dir.path().join(common::data::SALARY);
        let text =
            common::files::read_to_string(&path).replacen("us_median_usd: 36000,", "us_median_usd: 36000", 1);
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        common::app::step_until(&mut harness, "the problems banner", |h| {
            h.state().banner.is_some()
        });
        let temporary = dir.path().display().to_string();
        if let Some(banner) = &mut harness.state_mut().banner {
            banner.heading = banner.heading.replace(&temporary, SHOWN_FOLDER);
            for problem in &mut banner.problems.0 {
                problem.file = problem.file.replace(&temporary, SHOWN_FOLDER);
            }
        }
        harness.run();
        results.add(harness.try_snapshot(format!("data-problems-banner-{}", theme_name(theme))));

        harness.state_mut().banner = None;
        common::app::open_menu(&mut harness, "File");
        harness.get_by_label("Save a copy of the data…").click();
        common::app::step_until(&mut harness, "the folder dialog opening", |h| {
            h.state().views.folder_dialog.is_some()
        });
        if let Some(dialog) = &mut harness.state_mut().views.folder_dialog {
            dialog.set_path(SHOWN_FOLDER);
        }
        harness.ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
        harness.run();
        results.add(harness.try_snapshot(format!("folder-dialog-{}", theme_name(theme))));
    }
}

#[test]
#[ignore = "needs Vulkan (Mesa lavapipe): `.ci/run` runs it with `--ignored`"]
fn my_plan_in_both_themes_and_small_at_double_zoom() {
    let mut results = SnapshotResults::new();
    for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
        let name = theme_name(theme);
        for (size, zoom, label) in [
            ([1280.0, 800.0], 1.0, ""),
            ([640.0, 480.0], 2.0, "-640x480-zoom-200"),
        ] {
            let mut harness = window(size, "plan", theme, zoom);
            results.add(harness.try_snapshot(format!("plan-{name}{label}")));
            // A phlebotomist's answers (data/examples), the path chart in view.
            let answers = medtech_guide::model::Answers::parse(
                include_str!("../../../data/examples/answers-phlebotomist.ron"),
                "answers-phlebotomist.ron",
                &harness.state().guide().readiness,
            )
            .expect("the example answers");
            harness
                .state_mut()
                .push(medtech_guide::command::Command::SetAnswers(answers));
            harness.run();
            // Scrolled (the wheel, the pointer on the panel's scroll bar, over no widget) until
            // the path chart with its axes is wholly in view, and its title at the top of the view
            // or the plot in its top half (where the title, legend and plot are more than the
            // view: 640×480 at 200 %), or as far as the page goes.
            let window = harness.ctx.content_rect();
            harness.hover_at(egui::pos2(window.right() - 4.0, window.center().y));
            harness.run();
            let mut last_top = f32::INFINITY;
            for _ in 0..400 {
                let title = harness
                    .get_by_role_and_label(egui::accesskit::Role::Heading, "My path from today")
                    .rect();
                let plot = common::app::plot_rect(
                    &harness,
                    "Step chart of US median and average yearly pay in USD by years from today",
                );
                // The x axis's ticks and title below the plot's frame.
                let whole = plot.bottom() + 36.0 <= window.bottom();
                // Just under the top bar (42 points).
                let placed = title.top() < window.top() + 72.0 || plot.top() < window.center().y;
                if (whole && placed) || title.top() >= last_top {
                    break;
                }
                last_top = title.top();
                harness.event(egui::Event::MouseWheel {
                    unit: egui::MouseWheelUnit::Point,
                    delta: egui::vec2(0.0, -20.0),
                    phase: egui::TouchPhase::Move,
                    source: egui::MouseWheelSource::Wheel,
                    modifiers: egui::Modifiers::NONE,
                });
                harness.run_steps(2);
            }
            // The pointer leaves: not drawn in the image.
            harness.event(egui::Event::PointerGone);
            harness.run_steps(12);
            results.add(harness.try_snapshot(format!("plan-{name}{label}-chart")));
        }
    }
}
