//! One frame of the real app, headless, for every section: `GuideApp::ui` inside
//! `Context::run_ui`, then tessellation, at 1280×800 points and 1 pixel per point. No GPU: the
//! figure is the CPU work a frame costs before the renderer uploads the meshes.
//!
//! Also start-up on the CPU: building the app, and the first frame of a fresh context (fonts).
//!
//! `cargo bench --bench frame`. Budget (README "Performance"): ≤ 0.5 ms per frame, any section.
#![expect(clippy::expect_used, reason = "a bench with broken set-up should stop loudly")]

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use eframe::App as _;
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    model::load,
    state::UiState,
};

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// Frames run before measuring: the first ones build the font atlas and size grids.
const WARM_UP_FRAMES: usize = 5;

/// The real app on one section, with its own context, as eframe would drive it.
struct Headless {
    ctx: egui::Context,
    app: GuideApp,
    frame: eframe::Frame,
}

impl Headless {
    /// The app opened on `section` in a fresh context, as `medtech-guide --section` starts.
    fn new(section: &str) -> Self {
        let ctx = egui::Context::default();
        let app = GuideApp::with_state(&ctx, options(section), UiState::default());
        Self::warmed_up(ctx, app)
    }

    fn warmed_up(ctx: egui::Context, app: GuideApp) -> Self {
        let mut headless = Self {
            ctx,
            app,
            frame: eframe::Frame::_new_kittest(),
        };
        for _ in 0..WARM_UP_FRAMES {
            black_box(headless.frame());
        }
        headless
    }

    /// One frame: input, the app's ui, tessellation. Returns the number of meshes.
    fn frame(&mut self) -> usize {
        let Self { ctx, app, frame, .. } = self;
        let mut output = ctx.run_ui(input(), |ui| app.ui(ui, frame));
        // A renderer would upload these; the bench has none.
        output.textures_delta.clear();
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives.len()
    }
}

/// A frame's input: no events, so the pointer, if any, stays where it was. Time advances by
/// `predicted_dt`.
fn input() -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        predicted_dt: 1.0 / 60.0,
        focused: true,
        ..Default::default()
    };
    if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
        viewport.native_pixels_per_point = Some(1.0);
    }
    input
}

fn options(section: &str) -> AppOptions {
    AppOptions {
        section: Some(section.to_owned()),
        ..Default::default()
    }
}

/// The app on `section`, scrolled so the widget whose accessible label contains `label` is in
/// view, with the pointer resting on its middle. Driven there with kittest, then handed over with
/// its context (AccessKit off again, as in a window with no screen reader).
fn hovering(section: &str, label: &str) -> Headless {
    let options = options(section);
    let mut harness = Harness::builder()
        .with_size(SIZE)
        // Accessibility is checked by the UI tests; here we only need the widget's place.
        .with_accessibility_check(false)
        .build_eframe(|cc| GuideApp::with_state(&cc.egui_ctx, options, UiState::default()));
    harness.get_by_label_contains(label).scroll_to_me();
    harness.run();
    let rect = harness.get_by_label_contains(label).rect();
    assert!(
        egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE).contains(rect.center()),
        "`{label}` at {rect:?} is off screen"
    );
    harness.hover_at(rect.center());
    harness.run();
    let ctx = harness.ctx.clone();
    ctx.disable_accesskit();
    Headless::warmed_up(ctx, harness.into_state())
}

fn sections(c: &mut Criterion) {
    let guide = load::load_bundled().expect("the bundled data is valid");
    let mut group = c.benchmark_group("frame");
    for section in &guide.text.sections {
        let mut headless = Headless::new(&section.id);
        group.bench_function(section.id.as_str(), |b| b.iter(|| black_box(headless.frame())));
    }
    group.finish();
}

/// The chart sections with the pointer resting on the chart (hover read-out, crosshair).
fn hovered_charts(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_hover");
    for (section, label) in [
        ("salary", "Step chart of US median"),
        ("global", "Horizontal range bars of typical yearly pay"),
    ] {
        let mut headless = hovering(section, label);
        group.bench_function(section, |b| b.iter(|| black_box(headless.frame())));
    }
    group.finish();
}

/// A keystroke in the search box, end to end: each frame the query differs from the last one
/// searched, so the frame runs the search and draws the new results in place of the section.
/// `few`: a word and its next letter; `many`: one letter and two (hits cut at 50).
fn search_keystrokes(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_search_keystroke");
    for (label, queries) in [("few", ["phleb", "phlebo"]), ("many", ["e", "ex"])] {
        let mut headless = Headless::new("overview");
        let mut next = 0;
        let mut keystroke = move |headless: &mut Headless| {
            next = 1 - next;
            headless.app.views.search.set_query(queries[next]);
            headless.frame()
        };
        keystroke(&mut headless);
        assert!(
            !headless.app.views.search.hits().is_empty(),
            "`{label}` queries should find something"
        );
        group.bench_function(label, |b| b.iter(|| black_box(keystroke(&mut headless))));
    }
    // The same 50 results redrawn with the query unchanged: the keystroke costs the difference.
    let mut headless = Headless::new("overview");
    headless.app.views.search.set_query("e");
    for _ in 0..WARM_UP_FRAMES {
        black_box(headless.frame());
    }
    group.bench_function("many_unchanged", |b| b.iter(|| black_box(headless.frame())));
    group.finish();
}

/// Start-up, CPU only: the app built from the bundled data (load, validate, search index,
/// charts), then the first frame in a fresh context, which also loads egui's fonts and
/// rasterizes every glyph on screen; `fonts` is that first frame with an empty window, so
/// `first_frame` less `fonts` is the first layout of our UI.
fn start_up(c: &mut Criterion) {
    let mut group = c.benchmark_group("start_up");
    group.sample_size(20);
    group.bench_function("app_built", |b| {
        b.iter_batched(
            egui::Context::default,
            |ctx| GuideApp::with_state(&ctx, options("overview"), UiState::default()),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("fonts", |b| {
        b.iter_batched(
            egui::Context::default,
            |ctx| ctx.run_ui(input(), |_| {}).shapes.len(),
            BatchSize::SmallInput,
        );
    });
    group.bench_function("first_frame", |b| {
        b.iter_batched(
            || {
                let ctx = egui::Context::default();
                let app = GuideApp::with_state(&ctx, options("overview"), UiState::default());
                Headless {
                    ctx,
                    app,
                    frame: eframe::Frame::_new_kittest(),
                }
            },
            |mut headless| headless.frame(),
            BatchSize::SmallInput,
        );
    });
    group.finish();
}

criterion_group!(benches, start_up, sections, hovered_charts, search_keystrokes);
criterion_main!(benches);
