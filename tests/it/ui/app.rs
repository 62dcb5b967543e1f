//! Drives the real app with `egui_kittest`: click by label, assert what a reader sees.

use crate::common;

use common::app::{harness as app_harness, new_app};
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

fn harness_with(options: AppOptions) -> Harness<'static, GuideApp> {
    app_harness([1280.0, 2400.0], options, UiState::default())
}

/// Whether any widget's text contains `text`.
fn shows(harness: &Harness<'static, GuideApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn harness() -> Harness<'static, GuideApp> {
    let mut harness = harness_with(AppOptions::default());
    harness.run();
    harness
}

/// Every section: its sidebar label, and one distinctive thing shown only on it.
const SECTIONS: [(&str, &str, &str); 13] = [
    ("overview", "Overview", "$57,380 USD"),
    ("duties", "Duties and work environment", "Key responsibilities"),
    ("skills", "Skills and qualifications", "Technical skills"),
    ("how-to-become", "How to become one", "Step 6"),
    ("education", "Education and training", "$10,000"),
    ("salary", "Salary and outlook", "Market commentary"),
    ("career-path", "Career path", "Key focus areas"),
    (
        "diversity",
        "Diversity and inclusion",
        "Inclusive hiring practices",
    ),
    ("global", "Working abroad", "Visa and immigration"),
    ("market", "2025 market reality", "Current challenges"),
    ("pros-cons", "Pros and cons", "Cons"),
    ("faq", "Frequently asked questions", "IELTS-free"),
    ("related", "Related careers", "Medical Laboratory Technologist"),
];

fn sidebar_button<'a>(harness: &'a Harness<'static, GuideApp>, title: &'a str) -> egui_kittest::Node<'a> {
    harness.get_by_role_and_label(Role::Button, title)
}

#[test]
fn clicking_each_section_shows_its_title_and_content() {
    let mut harness = harness();
    for (id, title, distinctive) in SECTIONS {
        if distinctive == "IELTS-free" {
            continue; // checked below with a label that only the FAQ has
        }
        sidebar_button(&harness, title).click();
        harness.run();
        assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some(id));
        harness.get_by_role_and_label(Role::Heading, title);
        assert!(
            shows(&harness, distinctive),
            "section `{id}` should show `{distinctive}`"
        );
    }
    sidebar_button(&harness, "Frequently asked questions").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Frequently asked questions");
    assert!(shows(&harness, "2 to 3 years"));
    // Each of the guide's two timelines says how it differs from the other.
    assert!(shows(&harness, "gives 1–2 years instead"));
    sidebar_button(&harness, "How to become one").click();
    harness.run();
    assert!(shows(&harness, "the guide gives two timelines"));
}

#[test]
fn overview_shows_key_facts_with_sources_and_the_empty_industries() {
    let harness = harness();
    for text in [
        "$57,380 USD",
        "$35k–$85k+",
        "5%",
        "≈17,400",
        "Source: U.S. Bureau of Labor Statistics, May 2023",
        "Source: U.S. Bureau of Labor Statistics, 2022-2032",
    ] {
        assert!(shows(&harness, text), "overview should show `{text}`");
    }
    assert!(shows(&harness, "$60,780"), "BLS median data note");
    assert!(shows(&harness, "24,000"), "BLS openings data note");
    assert!(
        shows(&harness, "faster than the average for all occupations"),
        "BLS growth data note"
    );
    assert!(
        shows(&harness, "The guide names no source for this range"),
        "range data note"
    );
    assert!(shows(&harness, "See the data note below"));
    // The empty "Top industries" heading, in the words used for every empty heading.
    assert!(shows(&harness, medtech_guide::model::EMPTY_HEADING));
}

#[test]
fn empty_headings_are_shown_alike() {
    let mut harness = harness();
    sidebar_button(&harness, "Skills and qualifications").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Education requirements");
    assert!(shows(&harness, medtech_guide::model::EMPTY_HEADING));
}

#[test]
fn arrow_keys_move_through_sections() {
    let mut harness = harness();
    assert_eq!(harness.state().section_index(), Some(0));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("duties"));
    for _ in 0..20 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    assert_eq!(
        harness.state().section().map(|s| s.id.as_str()),
        Some("related"),
        "stops at the last"
    );
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().section().map(|s| s.id.as_str()), Some("faq"));
}

#[test]
fn section_option_opens_on_that_section() {
    let mut harness = harness_with(AppOptions {
        section: Some("global".to_owned()),
        ..AppOptions::default()
    });
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "Working abroad");
}

#[test]
fn bad_data_directory_shows_a_dismissible_banner_over_the_bundled_guide() {
    let dir = common::data::copy_data_dir();
    let global = dir.path().join("global_salaries.ron");
    let text = std::fs::read_to_string(&global).expect("read");
    std::fs::write(
        &global,
        text.replacen("currency: \"CAD\"", "currency: \"XYZ\"", 1),
    )
    .expect("write");

    let mut harness = harness_with(AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..AppOptions::default()
    });
    harness.run();
    assert!(shows(&harness, "showing the bundled guide instead"));
    assert!(
        harness
            .query_by_label_contains("`XYZ` is not an ISO 4217 currency code")
            .is_some()
    );
    // The bundled guide is still there.
    harness.get_by_role_and_label(Role::Heading, "Overview");
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(!shows(&harness, "showing the bundled guide instead"));
}

#[test]
fn top_bar_fits_the_smallest_window() {
    let size = medtech_guide::app::min_window_size();
    let mut harness = app_harness(size, AppOptions::default(), UiState::default());
    harness.run();
    for label in ["System", "Light", "Dark", "100%", "View", "Help", "Search"] {
        // The search box and the label beside it: both on screen.
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "`{label}` is shown"
        );
        for node in harness.query_all_by_label(label) {
            let rect = node.rect();
            assert!(
                rect.right() <= size.x && rect.left() >= 0.0,
                "`{label}` at {rect:?} is off a {size:?} window"
            );
        }
    }
}

#[test]
fn theme_buttons_switch_the_theme() {
    let mut harness = harness();
    // Every top-bar control is on screen, even at the smallest window size.
    let width = harness.ctx.content_rect().width();
    for label in ["System", "Light", "Dark", "100%", "View", "Help"] {
        let rect = harness.get_by_label(label).rect();
        assert!(
            rect.right() <= width && rect.left() >= 0.0,
            "`{label}` at {rect:?} is off screen"
        );
    }
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    harness.get_by_label("Light").click();
    harness.run();
    assert_eq!(harness.ctx.theme(), egui::Theme::Light);
}

/// `--screenshot` shows the settled window: input (the pointer resting over a chart, a stray
/// key) is dropped, and animations jump to their end. A normal window keeps both.
#[test]
fn a_screenshot_run_ignores_input_and_skips_animations() {
    use eframe::App as _;
    let input = || egui::RawInput {
        events: vec![
            egui::Event::PointerMoved(egui::pos2(800.0, 600.0)),
            egui::Event::Text("a".to_owned()),
        ],
        ..Default::default()
    };
    let shot_ctx = egui::Context::default();
    let dir = common::files::temp_dir();
    let shot_options = AppOptions {
        screenshot: Some(dir.path().join("never-written.png")),
        ..AppOptions::default()
    };
    let mut shot = new_app(&shot_ctx, shot_options, UiState::default());
    let mut raw = input();
    shot.raw_input_hook(&shot_ctx, &mut raw);
    assert!(raw.events.is_empty(), "{:?}", raw.events);
    assert!(shot_ctx.global_style().animation_time.abs() < f32::EPSILON);

    let ctx = egui::Context::default();
    let mut window = new_app(&ctx, AppOptions::default(), UiState::default());
    let mut raw = input();
    window.raw_input_hook(&ctx, &mut raw);
    assert_eq!(raw.events.len(), 2);
    assert!(ctx.global_style().animation_time > 0.0);
}
