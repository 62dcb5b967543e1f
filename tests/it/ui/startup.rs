//! What the command line asks of the window wins over what was remembered (`--size`), and a
//! remembered state that cannot be read is reported, never silently dropped.

use crate::common;

use medtech_guide::{app::AppOptions, state::UiState};

/// The window's inner size, in points, as the app last laid it out.
fn window_size(harness: &egui_kittest::Harness<'static, medtech_guide::app::GuideApp>) -> egui::Vec2 {
    harness.ctx.content_rect().size()
}

#[test]
fn size_option_wins_over_the_remembered_window_size() {
    // eframe restores the remembered size (here the harness's 1280×800) before the first frame;
    // `--size 900x640` must win.
    let options = AppOptions {
        size: Some([900.0, 640.0]),
        ..AppOptions::default()
    };
    let mut harness = common::app::harness([1280.0, 800.0], options, UiState::default());
    harness.run();
    assert_eq!(window_size(&harness), egui::vec2(900.0, 640.0));
    // Asked once: the reader may resize the window afterwards.
    harness.set_size(egui::vec2(1000.0, 700.0));
    harness.run();
    assert_eq!(window_size(&harness), egui::vec2(1000.0, 700.0));
}

#[test]
fn size_option_is_in_desktop_units_whatever_the_zoom() {
    // At 200 % a point is two pixels: `--size 900x640` is 450×320 points, not 1800×1280 pixels.
    let options = AppOptions {
        size: Some([900.0, 640.0]),
        ..AppOptions::default()
    };
    let state = UiState {
        zoom: 2.0,
        ..UiState::default()
    };
    let mut harness = common::app::harness([1280.0, 800.0], options, state);
    harness.run();
    assert_eq!(window_size(&harness), egui::vec2(450.0, 320.0));
}

#[test]
fn without_size_option_the_remembered_size_stays() {
    let mut harness = common::app::harness([1280.0, 800.0], AppOptions::default(), UiState::default());
    harness.run();
    assert_eq!(window_size(&harness), egui::vec2(1280.0, 800.0));
}

#[test]
fn an_unreadable_window_storage_file_is_reported_with_its_place() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join(medtech_guide::app::WINDOW_STORAGE_FILE);
    std::fs::write(&path, "\u{0}garbage{{{").expect("write");
    let warning = medtech_guide::app::window_storage_warning(&path).expect("a warning");
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    assert!(warning.contains("line 1, column 1"), "{warning}");
    assert!(warning.ends_with("using defaults"), "{warning}");
}

#[test]
fn a_readable_or_missing_window_storage_file_is_not_reported() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join(medtech_guide::app::WINDOW_STORAGE_FILE);
    assert_eq!(medtech_guide::app::window_storage_warning(&path), None, "missing");
    std::fs::write(&path, r#"{"window":"(inner_size: (800.0, 600.0))","egui":"()"}"#).expect("write");
    assert_eq!(
        medtech_guide::app::window_storage_warning(&path),
        None,
        "readable"
    );
}

/// The window's size in points after its first frames, opened with `--size` of `pixels` on a
/// desktop that draws `scale` pixels per point.
fn opened_size(pixels: [f32; 2], scale: f32) -> egui::Vec2 {
    let builder = egui_kittest::Harness::builder()
        .with_size([800.0, 600.0])
        .with_pixels_per_point(scale);
    let options = AppOptions {
        size: Some(pixels),
        ..AppOptions::default()
    };
    let mut harness = common::app::harness_of(builder, move |ctx| {
        common::app::new_app(ctx, options, UiState::default())
    });
    harness.run();
    window_size(&harness)
}

#[test]
fn size_is_in_desktop_pixels_whatever_the_desktop_scaling() {
    // 1920×1080 pixels at 175 %: 1097×617 points, which the desktop draws 1920×1080 pixels large.
    let asked = opened_size([1920.0, 1080.0], 1.75);
    assert!(
        (asked - egui::vec2(1920.0, 1080.0) / 1.75).length() < 0.5,
        "{asked:?}"
    );
    let asked = opened_size([1280.0, 800.0], 1.0);
    assert_eq!(asked, egui::vec2(1280.0, 800.0));
}
