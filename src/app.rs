//! The application: loaded data, derived charts, UI state, and the one place commands are applied.

use std::{
    path::PathBuf,
    sync::{Arc, mpsc},
};

use crate::{
    chart::{GlobalChart, SalaryChart},
    model::{self, Guide, Problems},
    state::{self, ThemeChoice, UiState},
    tokens::size,
    views,
};

/// Key under which [`UiState`] is persisted.
pub const STATE_KEY: &str = "medtech-guide-state";

/// What the command line asks of the window.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Load the data from this directory instead of the bundled copy.
    pub data_dir: Option<PathBuf>,
    /// Open on this section id.
    pub section: Option<String>,
    /// Force this theme (otherwise the remembered one).
    pub theme: Option<ThemeChoice>,
    /// Save a PNG of the window here, then exit.
    pub screenshot: Option<PathBuf>,
    /// Read and save the UI state in this file (atomically) instead of eframe's storage.
    pub state_file: Option<PathBuf>,
}

/// The problems found in a `--data` directory, shown in a dismissible banner.
#[derive(Debug, Clone)]
pub struct Banner {
    pub heading: String,
    pub problems: Problems,
}

/// Something the UI asks for; applied in one place after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    SelectSection(usize),
    SetTheme(ThemeChoice),
    ZoomIn,
    ZoomOut,
    ZoomReset,
    DismissBanner,
    /// Open the search box and focus it.
    OpenSearch,
    /// Clear and close search.
    CloseSearch,
    /// Open search hit number N: its section, scrolled to the match, highlighted.
    OpenHit(usize),
    ShowDialog(views::dialogs::Dialog),
    CloseDialog,
    /// Forget remembered view settings: theme, zoom, chart options.
    ResetView,
    Quit,
    /// Export a chart; with a path, save there without asking.
    Export(crate::jobs::ExportRequest, Option<PathBuf>),
    /// Export the first chart of the open section as PNG (Ctrl+E).
    ExportCurrentChart,
}

/// The search box and its results.
#[derive(Debug, Default)]
pub struct SearchUi {
    pub query: String,
    /// The query the hits are for, so searching runs once per change.
    pub searched: String,
    pub hits: Vec<crate::search::Hit>,
    /// Index of the selected hit.
    pub selected: usize,
    pub scroll_to_selected: bool,
    /// Set to move keyboard focus to the search box next frame.
    pub focus_box: bool,
    /// Each result card's height when last drawn: cards out of view take this space without
    /// laying out their text, so a keystroke costs the visible cards only.
    pub card_heights: Vec<f32>,
}

impl SearchUi {
    /// Whether results are shown instead of the section.
    #[must_use]
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }
}

/// A block to scroll to and highlight (after opening a search hit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub section: usize,
    pub block: Option<usize>,
    /// Scroll to it on the next frame only.
    pub scroll: bool,
}

/// Charts derived once from the guide.
pub struct Charts {
    pub salary: SalaryChart,
    pub global: GlobalChart,
}

/// Plot points derived once, borrowed by every frame.
pub struct PlotCache {
    pub salary: views::salary_chart::SalaryPlotCache,
}

/// The medtech-guide window.
pub struct GuideApp {
    pub guide: Arc<Guide>,
    pub charts: Charts,
    pub banner: Option<Banner>,
    pub state: UiState,
    pub section_index: usize,
    commands: Vec<Command>,
    screenshot: Option<Screenshot>,
    /// Plot points derived once from the charts.
    pub plot_cache: PlotCache,
    /// Started with `--screenshot`: never saves state.
    screenshot_mode: bool,
    /// Where the UI state is saved (`AppOptions::state_file`).
    state_file: Option<PathBuf>,
    /// Frames run so far (saturating); start-up timings mark the first two.
    frames_run: u32,
    /// The window title last sent, so it is sent only when it changes.
    window_title: String,
    /// Set when the section changed, so the reading panel scrolls back to the top.
    scroll_to_top: bool,
    /// The search index, built once.
    pub search_index: crate::search::SearchIndex,
    pub search: SearchUi,
    pub dialog: Option<views::dialogs::Dialog>,
    pub highlight: Option<Highlight>,
    /// Points to scroll the reading panel by this frame (Page Up/Down).
    pub page_scroll: f32,
    /// The reading panel's scroll offset last frame, for Page Up/Down.
    pub reader_offset: f32,
    /// How far Page Up/Down move: most of the reading panel's visible height.
    pub reader_page: f32,
    /// Ids of the sidebar's buttons, to know when the sidebar has keyboard focus.
    pub sidebar_ids: Vec<egui::Id>,
    /// Exports running on a worker thread, and their toast.
    pub exports: crate::jobs::Exports,
}

/// Most frames `--screenshot` waits for the window to settle; past this an animation that never
/// ends (there should be none) cannot hold the screenshot back.
const SCREENSHOT_MAX_WARM_UP_FRAMES: u32 = 120;

/// The `--screenshot` flow: wait until the window has settled (no animation running, nothing
/// asking for another frame), ask for the pixels, save, close.
struct Screenshot {
    path: PathBuf,
    /// Frames drawn while waiting to settle.
    frames_waited: u32,
    receiver: Option<mpsc::Receiver<Arc<egui::ColorImage>>>,
}

/// Loads the data for `options`: the `--data` directory, or the bundled copy with a banner of
/// what was wrong with that directory.
#[must_use]
pub fn load_for_window(data_dir: Option<&std::path::Path>) -> (Guide, Option<Banner>) {
    let bundled = || match model::load::load_bundled() {
        Ok(guide) => (guide, None),
        Err(problems) => (
            Guide::placeholder(),
            Some(Banner {
                heading: "The bundled guide data has problems; please report this".to_owned(),
                problems,
            }),
        ),
    };
    match data_dir {
        None => bundled(),
        Some(dir) => match model::load::load_dir(dir) {
            Ok(guide) => (guide, None),
            Err(problems) => {
                let (guide, bundled_banner) = bundled();
                let banner = bundled_banner.unwrap_or(Banner {
                    heading: format!(
                        "Could not use the data in {}; showing the bundled guide instead",
                        dir.display()
                    ),
                    problems,
                });
                (guide, Some(banner))
            }
        },
    }
}

impl GuideApp {
    /// Builds the app for eframe: restores remembered state, loads the data once.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        // A screenshot shows the defaults, whatever the user last did.
        let state = if options.screenshot.is_some() {
            UiState::default()
        } else if let Some(path) = &options.state_file {
            match state::load_from(path) {
                Ok(Some(state)) => state,
                // Nothing saved there yet: take what an older version left in eframe's storage.
                Ok(None) => restore_state(cc.storage),
                Err(e) => {
                    log_warning(&e.to_string());
                    UiState::default()
                }
            }
        } else {
            restore_state(cc.storage)
        };
        let app = Self::with_state(&cc.egui_ctx, options, state);
        crate::timings::mark("app built (charts, plot cache)");
        app
    }

    /// Builds the app with a given starting state (tests and `new`).
    #[must_use]
    pub fn with_state(ctx: &egui::Context, options: AppOptions, state: UiState) -> Self {
        let (guide, banner) = load_for_window(options.data_dir.as_deref());
        crate::timings::mark("data loaded and validated");
        let mut state = state.sanitized();
        if let Some(theme) = options.theme {
            state.theme = theme;
        }
        if let Some(section) = options.section {
            state.section = section;
        }
        let section_index = guide.section_index(&state.section).unwrap_or(0);
        let charts = Charts {
            salary: SalaryChart::from_guide(&guide),
            global: GlobalChart::from_guide(&guide),
        };
        ctx.set_theme(state.theme.preference());
        ctx.set_zoom_factor(state.zoom);
        if options.screenshot.is_some() {
            // A screenshot shows where every animation ends (scroll bars faded in, hover states
            // reached), not a moment part-way through, and is taken as soon as that is drawn.
            ctx.all_styles_mut(|style| style.animation_time = 0.0);
        }
        let search_index = crate::search::SearchIndex::build(&guide);
        crate::timings::mark("search index built");
        // Zoom shortcuts are ours (menus list them, and they go through `Command`).
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let plot_cache = PlotCache {
            salary: views::salary_chart::SalaryPlotCache::new(&charts.salary),
        };
        Self {
            guide: Arc::new(guide),
            plot_cache,
            window_title: String::new(),
            screenshot_mode: options.screenshot.is_some(),
            state_file: options.state_file,
            frames_run: 0,
            charts,
            banner,
            state,
            section_index,
            commands: Vec::new(),
            screenshot: options.screenshot.map(|path| Screenshot {
                path,
                frames_waited: 0,
                receiver: None,
            }),
            scroll_to_top: false,
            search_index,
            search: SearchUi::default(),
            dialog: None,
            highlight: None,
            page_scroll: 0.0,
            reader_offset: 0.0,
            reader_page: 400.0,
            sidebar_ids: Vec::new(),
            exports: crate::jobs::Exports::default(),
        }
    }

    /// The open section.
    #[must_use]
    pub fn section(&self) -> Option<&model::Section> {
        self.guide.text.sections.get(self.section_index)
    }

    /// Queues a command; it is applied at the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::SelectSection(index) => {
                if let Some(section) = self.guide.text.sections.get(index) {
                    self.state.section.clone_from(&section.id);
                    if index != self.section_index {
                        self.scroll_to_top = true;
                    }
                    self.section_index = index;
                }
            }
            Command::SetTheme(theme) => {
                self.state.theme = theme;
                ctx.set_theme(theme.preference());
            }
            Command::ZoomIn | Command::ZoomOut | Command::ZoomReset => {
                let zoom = match command {
                    Command::ZoomIn => self.state.zoom + state::ZOOM_STEP,
                    Command::ZoomOut => self.state.zoom - state::ZOOM_STEP,
                    _ => 1.0,
                };
                self.state.zoom = ((zoom * 100.0).round() / 100.0).clamp(state::ZOOM_MIN, state::ZOOM_MAX);
                ctx.set_zoom_factor(self.state.zoom);
            }
            Command::DismissBanner => self.banner = None,
            Command::OpenSearch => {
                self.search.focus_box = true;
                self.dialog = None;
            }
            Command::CloseSearch => {
                self.search = SearchUi::default();
            }
            Command::OpenHit(index) => {
                if let Some(hit) = self.search.hits.get(index).cloned() {
                    self.search = SearchUi::default();
                    self.section_index = hit.section;
                    if let Some(section) = self.guide.text.sections.get(hit.section) {
                        self.state.section.clone_from(&section.id);
                    }
                    self.highlight = Some(Highlight {
                        section: hit.section,
                        block: hit.block,
                        scroll: true,
                    });
                    self.scroll_to_top = hit.block.is_none();
                }
            }
            Command::ShowDialog(dialog) => self.dialog = Some(dialog),
            Command::CloseDialog => self.dialog = None,
            Command::ResetView => {
                let section = std::mem::take(&mut self.state.section);
                self.state = UiState {
                    section,
                    ..UiState::default()
                };
                ctx.set_theme(self.state.theme.preference());
                ctx.set_zoom_factor(self.state.zoom);
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Export(request, path) => {
                let options = crate::export::RenderOptions {
                    theme: crate::export::ExportTheme::from_dark_mode(ctx.global_style().visuals.dark_mode),
                    sort: self.state.global_chart.sort,
                    ..crate::export::RenderOptions::default()
                };
                self.exports.start(ctx, &self.guide, request, options, path);
            }
            Command::ExportCurrentChart => {
                let chart = self.section().and_then(|section| {
                    section.blocks.iter().find_map(|block| match block {
                        model::Block::Chart(id) => crate::export::ChartId::for_data_set(&self.guide, id),
                        _ => None,
                    })
                });
                if let Some(chart) = chart {
                    self.apply(
                        ctx,
                        Command::Export(
                            crate::jobs::ExportRequest::Save(chart, crate::export::ChartFormat::Png),
                            None,
                        ),
                    );
                }
            }
        }
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let shortcut =
            |modifiers, key| ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(modifiers, key)));
        if shortcut(Modifiers::COMMAND, Key::F) {
            self.push(Command::OpenSearch);
        }
        if shortcut(Modifiers::COMMAND, Key::E) {
            self.push(Command::ExportCurrentChart);
        }
        // Ctrl+Q (Cmd+Q) is egui's own quit shortcut (`Options::quit_shortcuts`).
        if shortcut(Modifiers::COMMAND, Key::Plus) || shortcut(Modifiers::COMMAND, Key::Equals) {
            self.push(Command::ZoomIn);
        }
        if shortcut(Modifiers::COMMAND, Key::Minus) {
            self.push(Command::ZoomOut);
        }
        if shortcut(Modifiers::COMMAND, Key::Num0) {
            self.push(Command::ZoomReset);
        }
        let typing = ctx.egui_wants_keyboard_input();
        if shortcut(Modifiers::NONE, Key::F1)
            || (!typing && ctx.input(|i| i.events.contains(&egui::Event::Text("?".into()))))
        {
            self.push(Command::ShowDialog(views::dialogs::Dialog::Shortcuts));
        }
        if shortcut(Modifiers::NONE, Key::Escape) {
            if self.dialog.is_some() {
                self.push(Command::CloseDialog);
            } else if self.search.is_active() || self.search.focus_box {
                self.push(Command::CloseSearch);
                ctx.memory_mut(|m| m.surrender_focus(views::top_bar::search_box_id()));
            }
        }
        if self.dialog.is_some() {
            return;
        }
        if self.search.is_active() {
            self.search_keys(ctx);
            return;
        }
        let page = self.reader_page;
        if shortcut(Modifiers::NONE, Key::PageDown) {
            self.page_scroll -= page;
        }
        if shortcut(Modifiers::NONE, Key::PageUp) {
            self.page_scroll += page;
        }
        // Section keys act when the sidebar, or nothing, has keyboard focus (not a slider).
        let focused = ctx.memory(egui::Memory::focused);
        if typing || focused.is_some_and(|id| !self.sidebar_ids.contains(&id)) {
            return;
        }
        let last = self.guide.text.sections.len().saturating_sub(1);
        let target = if shortcut(Modifiers::NONE, Key::ArrowUp) {
            Some(self.section_index.saturating_sub(1))
        } else if shortcut(Modifiers::NONE, Key::ArrowDown) {
            Some((self.section_index + 1).min(last))
        } else if shortcut(Modifiers::NONE, Key::Home) {
            Some(0)
        } else if shortcut(Modifiers::NONE, Key::End) {
            Some(last)
        } else {
            None
        };
        if let Some(index) = target {
            self.push(Command::SelectSection(index));
            if focused.is_some() {
                // Keep focus on the sidebar, on the newly selected button.
                if let Some(id) = self.sidebar_ids.get(index) {
                    ctx.memory_mut(|m| m.request_focus(*id));
                }
            }
        }
    }

    /// Up/Down move through results; Enter opens the selected one.
    fn search_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let (up, down, enter) = ctx.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        let count = self.search.hits.len();
        if up && self.search.selected > 0 {
            self.search.selected -= 1;
            self.search.scroll_to_selected = true;
        }
        if down && self.search.selected + 1 < count {
            self.search.selected += 1;
            self.search.scroll_to_selected = true;
        }
        if enter && count > 0 {
            self.push(Command::OpenHit(self.search.selected));
        }
    }

    /// Runs the query if it changed since the last search.
    pub fn update_search(&mut self) {
        if self.search.query != self.search.searched {
            self.search.searched.clone_from(&self.search.query);
            self.search.hits = self.search_index.search(&self.search.query);
            self.search.selected = 0;
            self.search.card_heights.clear();
        }
    }

    fn screenshot_step(&mut self, ctx: &egui::Context) {
        let Some(shot) = &mut self.screenshot else {
            return;
        };
        if shot.receiver.is_none() {
            // Until egui stops asking for frames (layout settling, the pointer arriving), the
            // window is not yet what a person would see. A fixed count of three frames caught the
            // scroll bars half-way through fading in on a fast display.
            let settling = ctx.has_requested_repaint();
            if settling && shot.frames_waited < SCREENSHOT_MAX_WARM_UP_FRAMES {
                shot.frames_waited += 1;
                return;
            }
            let (sender, receiver) = mpsc::channel();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                // The receiver lives as long as the app; a failed send only means we are closing.
                let _ = sender.send(image);
                repaint.request_repaint();
            });
            shot.receiver = Some(receiver);
            crate::timings::mark("screenshot requested");
            return;
        }
        if let Some(image) = shot.receiver.as_ref().and_then(|r| r.try_recv().ok()) {
            crate::timings::mark("screenshot pixels received");
            let result = crate::screenshot::save_png(&shot.path, &image);
            crate::timings::mark("screenshot encoded and saved");
            crate::screenshot::report(&shot.path, result);
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.screenshot = None;
        }
    }
}

impl Guide {
    /// An empty guide, used only if even the bundled data cannot be loaded.
    #[must_use]
    pub fn placeholder() -> Self {
        use model::{GlobalSalaries, SalaryByExperience, Source, guide};
        let source = Source {
            name: String::new(),
            date: None,
        };
        Self {
            text: GuideText {
                title: "Medical Technician career guide".to_owned(),
                summary: String::new(),
                key_facts: guide::KeyFacts {
                    median_salary: guide::MedianSalary {
                        usd_per_year: 0,
                        source: source.clone(),
                        note: None,
                    },
                    salary_range: guide::SalaryRange {
                        min_usd_per_year: 0,
                        max_usd_per_year: 0,
                        max_open_ended: false,
                        note: None,
                    },
                    growth: guide::Growth {
                        percent: 0.0,
                        wording: String::new(),
                        source: source.clone(),
                        note: None,
                    },
                    annual_openings: guide::AnnualOpenings {
                        approximately: 0,
                        source: source.clone(),
                        note: None,
                    },
                    typical_education: String::new(),
                    typical_education_note: None,
                    top_industries: Vec::new(),
                    top_industries_note: None,
                },
                sections: Vec::new(),
            },
            salary: SalaryByExperience {
                id: String::new(),
                title: String::new(),
                currency: "USD".to_owned(),
                source: source.clone(),
                levels: Vec::new(),
            },
            global: GlobalSalaries {
                id: String::new(),
                title: String::new(),
                source,
                highlight: String::new(),
                regions: Vec::new(),
            },
        }
    }
}

use model::GuideText;

/// The remembered state, or the defaults (with a warning) if it is missing, corrupt or from an
/// incompatible version.
#[must_use]
pub fn restore_state(storage: Option<&dyn eframe::Storage>) -> UiState {
    let Some(text) = storage.and_then(|s| s.get_string(STATE_KEY)) else {
        return UiState::default();
    };
    match ron::from_str::<UiState>(&text) {
        Ok(state) => state.sanitized(),
        Err(e) => {
            log_warning(&format!("ignoring the saved view state ({e}); using defaults"));
            UiState::default()
        }
    }
}

/// Warnings go to standard error: the app has no log file of its own.
fn log_warning(message: &str) {
    eprintln!("medtech-guide: warning: {message}");
}

impl eframe::App for GuideApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        match self.frames_run {
            0 => crate::timings::mark("frame 1 begins (egui input, font atlas)"),
            1 => crate::timings::mark("frame 1 tessellated, painted, shown; frame 2 begins"),
            _ => {}
        }
        self.keyboard(&ctx);

        let title = match self.section() {
            Some(section) => format!("{} — {}", section.title, self.guide.text.title),
            None => self.guide.text.title.clone(),
        };
        if title != self.window_title {
            self.window_title.clone_from(&title);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }

        views::top_bar::top_bar_ui(ui, self);
        if self.banner.is_some() {
            views::banner::banner_ui(ui, self);
        }
        views::sidebar::sidebar_ui(ui, self);
        let scroll_to_top = std::mem::take(&mut self.scroll_to_top);
        views::reader::reader_ui(ui, self, scroll_to_top);
        views::dialogs::dialog_ui(ui, self);
        self.exports.poll(&ctx);
        views::export_menu::toast_ui(ui, self);

        for command in std::mem::take(&mut self.commands) {
            self.apply(&ctx, command);
        }
        self.screenshot_step(&ctx);
        if self.frames_run == 0 {
            crate::timings::mark("frame 1 laid out (our ui)");
        }
        self.frames_run = self.frames_run.saturating_add(1);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if self.screenshot_mode {
            // A screenshot shows the window, not wherever the pointer happens to rest (a tooltip
            // on a chart, a hovered button), and no stray key or click changes it.
            raw_input.events.clear();
        }
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        crate::timings::mark("state saved; closing the window");
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot_mode {
            return;
        }
        if let Some(path) = &self.state_file {
            // Small (a few hundred bytes); eframe calls this rarely (every 30 s and on exit).
            if let Err(e) = state::save_to(path, &self.state) {
                log_warning(&e.to_string());
            }
            return;
        }
        match ron::to_string(&self.state) {
            Ok(text) => storage.set_string(STATE_KEY, text),
            Err(e) => log_warning(&format!("could not save the window state: {e}")),
        }
    }
}

/// The window's minimum size, in points.
#[must_use]
pub fn min_window_size() -> egui::Vec2 {
    egui::Vec2::from(size::WINDOW_MIN)
}
