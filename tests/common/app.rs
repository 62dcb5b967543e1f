//! The real app in an `egui_kittest` harness: the one place the tests construct it.

use egui_kittest::{Harness, HarnessBuilder};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

/// The app as the window builds it, from the command-line `options` and the saved `state`.
/// The only call of its constructor in the tests: a change to it changes this file alone.
#[must_use]
pub fn new_app(ctx: &egui::Context, options: AppOptions, state: UiState) -> GuideApp {
    GuideApp::with_state(ctx, options, state)
}

/// A harness from `builder` (size, steps, checks) around the app that `make` builds; not yet run.
/// `make` may wrap [`new_app`] in another `eframe::App`.
pub fn harness_of<T: eframe::App + 'static>(
    builder: HarnessBuilder<T>,
    make: impl FnOnce(&egui::Context) -> T,
) -> Harness<'static, T> {
    builder.build_eframe(move |cc| make(&cc.egui_ctx))
}

/// The app in a window of `size`, opened with `options` and the saved `state`; not yet run.
pub fn harness(
    size: impl Into<egui::Vec2>,
    options: AppOptions,
    state: UiState,
) -> Harness<'static, GuideApp> {
    harness_of(Harness::builder().with_size(size), move |ctx| {
        new_app(ctx, options, state)
    })
}

/// The command-line options that open the section `id` (`--section ID`).
#[must_use]
pub fn open_section(id: &str) -> AppOptions {
    AppOptions {
        section: Some(id.to_owned()),
        ..AppOptions::default()
    }
}

/// Ctrl+F, then types `query` into the search box, as a reader would.
pub fn type_query(harness: &mut Harness<'static, GuideApp>, query: &str) {
    use egui_kittest::kittest::Queryable as _;
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, "Search")
        .type_text(query);
    harness.run();
}

/// The app in a window of `size` with `query` searched for.
pub fn searched(size: impl Into<egui::Vec2>, query: &str) -> Harness<'static, GuideApp> {
    let mut harness = harness(size, AppOptions::default(), UiState::default());
    harness.run();
    type_query(&mut harness, query);
    harness
}

/// The addresses the app asked the system to open in its last frame.
#[must_use]
pub fn opened_urls(harness: &Harness<'static, GuideApp>) -> Vec<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|command| match command {
            egui::OutputCommand::OpenUrl(open) => Some(open.url.clone()),
            _ => None,
        })
        .collect()
}

/// The search results as the list shows and names them ("Section: snippet"), in order.
#[must_use]
pub fn results(harness: &Harness<'static, GuideApp>) -> Vec<String> {
    let app = harness.state();
    app.views
        .search
        .hits
        .iter()
        .map(|hit| {
            let section = app
                .guide
                .text
                .sections
                .get(hit.section)
                .map_or("", |s| s.title.as_str());
            format!("{section}: {}", hit.snippet)
        })
        .collect()
}

/// The app in a window of `size`, opened on the section `id` with nothing remembered, settled.
#[must_use]
pub fn opened(id: &str, size: impl Into<egui::Vec2>) -> Harness<'static, GuideApp> {
    let mut harness = harness(size, open_section(id), UiState::default());
    harness.run();
    harness
}
