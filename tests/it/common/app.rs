//! The real app in an `egui_kittest` harness: the one place the tests construct it.

use std::collections::HashMap;

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

/// An in-memory `eframe::Storage`, standing in for the file eframe writes.
#[derive(Default)]
pub struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

/// What the app saves for its next run (as eframe asks it to, every 30 s and on closing), read
/// back as the next run reads it.
pub fn saved_state(harness: &mut Harness<'static, GuideApp>) -> UiState {
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    medtech_guide::app::restore_state(Some(&storage))
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

/// The first search result.
#[must_use]
pub fn first_hit(harness: &Harness<'static, GuideApp>) -> medtech_guide::search::Hit {
    let hits = harness.state().views.search.hits();
    hits.first().cloned().unwrap_or_else(|| panic!("no result"))
}

/// Opens, with ↓ and Enter as a reader would, the first search result that `pick` accepts;
/// returns it.
pub fn open_hit(
    harness: &mut Harness<'static, GuideApp>,
    pick: impl Fn(&medtech_guide::search::Hit, &medtech_guide::model::Guide) -> bool,
) -> medtech_guide::search::Hit {
    let app = harness.state();
    let (index, hit) = app
        .views
        .search
        .hits()
        .iter()
        .enumerate()
        .find(|(_, hit)| pick(hit, app.guide()))
        .map_or_else(|| panic!("no result of that kind"), |(i, hit)| (i, hit.clone()));
    for _ in 0..index {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    hit
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
        .hits()
        .iter()
        .map(|hit| {
            let section = app
                .guide()
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

/// The app in a window of `size` at `zoom`, opened on the section `id` with the saved `state`,
/// settled.
#[must_use]
pub fn opened_with(
    id: &str,
    size: impl Into<egui::Vec2>,
    zoom: f32,
    state: UiState,
) -> Harness<'static, GuideApp> {
    let mut harness = harness(size, open_section(id), state);
    harness.ctx.set_zoom_factor(zoom);
    harness.run();
    harness
}

/// The screen rectangle of the chart whose screen-reader description starts with `start`
/// ("Step chart" for the salary chart, "Bar chart" for the world chart).
#[must_use]
pub fn plot_rect(harness: &Harness<'static, GuideApp>, start: &str) -> egui::Rect {
    use egui_kittest::kittest::Queryable as _;
    harness
        .get_by(|n| {
            n.role() == egui::accesskit::Role::Image && n.label().is_some_and(|l| l.starts_with(start))
        })
        .rect()
}

/// Steps the app (a frame at a time, 10 ms apart: a worker thread answers in its own time) until
/// `done` holds; fails naming `what` after five seconds.
pub fn step_until<T: eframe::App>(
    harness: &mut Harness<'static, T>,
    what: &str,
    mut done: impl FnMut(&Harness<'static, T>) -> bool,
) {
    for _ in 0..500 {
        harness.step();
        if done(harness) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("{what} did not happen within five seconds");
}

/// Clicks the top bar's menu button `menu` ("File", "View", "Help") and lets the menu open.
pub fn open_menu(harness: &mut Harness<'static, GuideApp>, menu: &str) {
    use egui_kittest::kittest::Queryable as _;
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, menu)
        .click();
    harness.run();
}

/// A window tall enough to hold a whole section without scrolling.
pub const TALL: [f32; 2] = [1280.0, 3000.0];

/// A primary click at `pos` (a place inside a text, where no widget of its own is to click),
/// the pointer left there; then a frame to answer it.
pub fn click_at(harness: &mut Harness<'static, GuideApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.step();
}
