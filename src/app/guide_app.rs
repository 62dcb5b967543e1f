//! The app itself: what it owns, how it is built, and one frame of it.

use std::{path::PathBuf, sync::Arc};

use super::{keys, persistence, screenshot::Screenshot, screenshot::ScreenshotOutcome};
use crate::{
    command::{Command, Commands},
    jobs::{Answer, DataFolder, Exports},
    model::{Guide, Section},
    present::{Plan, Presentation},
    search::SearchIndex,
    state::{ThemeChoice, UiState},
    tokens::size,
    views::{
        Banner, ViewContext, Views,
        reader::{PLAN_ID, PLAN_TITLE, Place, Reader},
        save_dialog::SaveDialog,
    },
};

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
    /// Set if the screenshot could not be saved (read by the command line for its exit code).
    pub screenshot_outcome: ScreenshotOutcome,
    /// Ask where to save exports in the window, never with the system's dialog.
    pub in_window_save_dialog: bool,
    /// Read and save the UI state in this file (atomically) instead of eframe's storage.
    pub state_file: Option<PathBuf>,
    /// `--size`: the window's inner size in desktop pixels, which wins over the size eframe
    /// remembered (never larger than the monitor).
    pub size: Option<[f32; 2]>,
}

/// The medtech-guide window.
pub struct GuideApp {
    /// What the window and the exports show, derived once from the data; shared with export
    /// workers.
    pub present: Arc<Presentation>,
    /// The search index, built once.
    pub search_index: SearchIndex,
    /// Problems with a `--data` directory, until dismissed.
    pub banner: Option<Banner>,
    /// What is remembered between runs. Its `section` is empty while the window runs: the open
    /// section is the reader's (`views.reader`), written into the state when it is saved.
    pub state: UiState,
    /// What the views keep between frames.
    pub views: Views,
    /// The reader's plan, derived from the presentation and `state.answers` whenever either
    /// changes.
    pub plan: Plan,
    /// Exports running on a worker thread, and their message.
    pub exports: Exports,
    /// The data folder being watched for edits, and its folder dialog.
    pub data_folder: DataFolder,
    /// A folder opened from the menu whose data has not loaded yet: remembered once it has.
    pub(super) pending_folder: Option<PathBuf>,
    /// `--data`: shown for this run, never remembered.
    pub(super) data_from_command_line: Option<PathBuf>,
    /// The section asked for at start (remembered, or `--section`) when the data shown lacks it
    /// (a data folder's own section, its data not loaded yet): opened if the next data loaded
    /// has it, and saved as the open section until another is opened.
    pub(super) wanted_section: Option<String>,
    commands: Commands,
    screenshot: Option<Screenshot>,
    /// Started with `--screenshot`: never saves state.
    screenshot_mode: bool,
    /// Where the UI state is saved (`AppOptions::state_file`).
    state_file: Option<PathBuf>,
    /// Frames run so far (saturating); start-up timings mark the first two.
    frames_run: u32,
    /// The window title last sent, so it is sent only when it changes.
    window_title: String,
    /// `--size`, sent once on the first frame (eframe restores the remembered size before that).
    start_size: Option<[f32; 2]>,
}

impl GuideApp {
    /// Builds the app for eframe: loads the data once, restores remembered state.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let (guide, banner) = super::load_for_window(options.data_dir.as_deref());
        Self::loaded(cc, options, guide, banner)
    }

    /// Builds the app for eframe on data already loaded (the command line loads it once, to
    /// check `--section` against it), restoring remembered state.
    #[must_use]
    pub fn loaded(
        cc: &eframe::CreationContext<'_>,
        options: AppOptions,
        guide: Guide,
        banner: Option<Banner>,
    ) -> Self {
        // A screenshot shows the defaults, whatever the user last did.
        let state = if options.screenshot.is_some() {
            UiState::default()
        } else {
            persistence::restore(options.state_file.as_deref(), cc.storage)
        };
        let app = Self::build(&cc.egui_ctx, options, state, guide, banner);
        crate::timings::mark("app built (charts, plot cache)");
        app
    }

    /// Builds the app with a given starting state (tests, benchmarks).
    #[must_use]
    pub fn with_state(ctx: &egui::Context, options: AppOptions, state: UiState) -> Self {
        let (guide, banner) = super::load_for_window(options.data_dir.as_deref());
        Self::build(ctx, options, state, guide, banner)
    }

    /// The data folder to show: `--data`, else the one opened from the menu last time (whose
    /// data replaces what the command line loaded).
    fn start_folder(
        options: &AppOptions,
        state: &UiState,
        loaded: (Guide, Option<Banner>),
    ) -> (Option<PathBuf>, Guide, Option<Banner>) {
        if let Some(dir) = &options.data_dir {
            return (Some(dir.clone()), loaded.0, loaded.1);
        }
        match &state.data_folder {
            Some(dir) if options.screenshot.is_none() => {
                let (guide, banner) = super::load_for_window(Some(dir));
                (Some(dir.clone()), guide, banner)
            }
            _ => (None, loaded.0, loaded.1),
        }
    }

    fn build(
        ctx: &egui::Context,
        options: AppOptions,
        state: UiState,
        guide: Guide,
        banner: Option<Banner>,
    ) -> Self {
        let mut state = state.sanitized();
        let (folder, guide, banner) = Self::start_folder(&options, &state, (guide, banner));
        // Against the data shown: a folder reopened from last time may name items of its own.
        super::plan::check_answers(&mut state, &guide);
        if let Some(theme) = options.theme {
            state.theme = theme;
        }
        // From here on the reader owns the open section; the state gets it back when saved.
        let saved = std::mem::take(&mut state.section);
        let saved_place = place_of(&guide, &saved).unwrap_or(Place::Section(0));
        let named = options.section.is_some();
        let asked = options.section.unwrap_or(saved);
        let found = place_of(&guide, &asked);
        let place = found.unwrap_or(Place::Section(0));
        let present = Presentation::of(guide);
        crate::tokens::add_fonts(ctx);
        ctx.set_theme(state.theme.preference());
        ctx.set_zoom_factor(state.zoom);
        if options.screenshot.is_some() {
            // A screenshot shows where every animation ends (scroll bars faded in, hover states
            // reached), not a moment part-way through, and is taken as soon as that is drawn.
            ctx.all_styles_mut(|style| style.animation_time = 0.0);
        }
        let search_index = SearchIndex::build(present.guide());
        crate::timings::mark("search index built");
        // Zoom shortcuts are ours (menus list them, and they go through `Command`).
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        // The reading panel's remembered scroll offset (egui's memory) belongs to the section
        // that was open: another section opens at its top, and so does one named on the command
        // line (as one picked in the sidebar or search does), even the one that was open.
        let reader = Reader::new(place, named || place != saved_place);
        let views = Views::new(&present.charts, reader);
        let loaded = present.guide().origin.folder_path().is_some();
        let plan = present.plan(&state.answers);
        let mut app = Self {
            plan,
            present,
            search_index,
            banner,
            state,
            views,
            exports: Exports::new(options.in_window_save_dialog),
            data_folder: DataFolder::new(options.in_window_save_dialog),
            pending_folder: None,
            data_from_command_line: options.data_dir.clone(),
            wanted_section: found.is_none().then_some(asked),
            commands: Commands::default(),
            screenshot_mode: options.screenshot.is_some(),
            state_file: options.state_file,
            screenshot: options
                .screenshot
                .map(|path| Screenshot::new(path, options.screenshot_outcome)),
            frames_run: 0,
            window_title: String::new(),
            start_size: options.size,
        };
        // A screenshot shows the data as it is at start.
        if let Some(folder) = folder.filter(|_| !app.screenshot_mode) {
            app.watch_start_folder(ctx, &folder, loaded);
        }
        app
    }

    /// The data shown.
    #[must_use]
    pub fn guide(&self) -> &Guide {
        self.present.guide()
    }

    /// The open section, `None` while the plan is open.
    #[must_use]
    pub fn section(&self) -> Option<&Section> {
        self.guide().text.sections.get(self.section_index()?)
    }

    /// Index of the open section in the guide's sections (the reader's), `None` while the plan
    /// is open.
    #[must_use]
    pub fn section_index(&self) -> Option<usize> {
        self.views.reader.section_index()
    }

    /// What is saved between runs: the remembered state with the open section's id, or the
    /// plan's (or the one asked for that the data shown lacks).
    fn saved_state(&self) -> UiState {
        let open = || match self.views.reader.place() {
            Place::Plan => Some(PLAN_ID.to_owned()),
            Place::Section(_) => self.section().map(|s| s.id.clone()),
        };
        UiState {
            section: self.wanted_section.clone().or_else(open).unwrap_or_default(),
            ..self.state.clone()
        }
    }

    /// Queues a command; it is applied at the end of the frame.
    pub fn push(&mut self, command: Command) {
        self.commands.send(command);
    }

    /// Sends the window title when it changes: the open section, then the guide.
    fn update_title(&mut self, ctx: &egui::Context) {
        let open = match self.views.reader.place() {
            Place::Plan => Some(PLAN_TITLE),
            Place::Section(_) => self.section().map(|s| s.title.as_str()),
        };
        let mut title = match open {
            Some(open) => format!("{open} — {}", self.guide().text.title),
            None => self.guide().text.title.clone(),
        };
        // Which data is shown, when it is not the bundled copy.
        if self.guide().origin.folder_path().is_some() {
            title = format!("{title} (data: {})", self.guide().origin.short_name());
        }
        // The window's name for assistive technology is its title (the tree is rebuilt each
        // frame, so it is named each frame).
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| node.set_label(title.as_str()));
        if title != self.window_title {
            self.window_title.clone_from(&title);
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
        }
    }
}

impl eframe::App for GuideApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        match self.frames_run {
            0 => crate::timings::mark("frame 1 begins (egui input, font atlas)"),
            1 => crate::timings::mark("frame 1 tessellated, painted, shown; frame 2 begins"),
            _ => {}
        }
        let sections = self.guide().text.sections.len();
        for command in keys::keyboard(&ctx, &self.views, sections) {
            self.commands.send(command);
        }
        self.update_title(&ctx);
        if let Some(size) = self.start_size.take() {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(
                super::window_size::start_points(&ctx, size),
            ));
        }
        self.take_data_news(&ctx);
        match self.exports.poll(&ctx) {
            Some(Answer::NeedsPath(request)) => {
                let folder = crate::platform::default_export_dir();
                self.views.save_dialog = Some(SaveDialog::new(request, &folder, self.state.export));
            }
            Some(Answer::DialogSaved) => {
                self.views.save_dialog = None;
                self.views.folder_dialog = None;
            }
            Some(Answer::DialogFailed(message)) => {
                match (&mut self.views.save_dialog, &mut self.views.folder_dialog) {
                    (Some(dialog), _) => dialog.failed(message),
                    (None, Some(dialog)) => dialog.failed(message),
                    // Cancelled while saving: the message says it instead.
                    (None, None) => self.exports.show(&ctx, message, true),
                }
            }
            None => {}
        }
        let mut view_ctx = ViewContext {
            present: &self.present,
            search_index: &self.search_index,
            state: &self.state,
            place: self.views.reader.place(),
            plan: &self.plan,
            banner: self.banner.as_ref(),
            export_running: self.exports.running.is_some(),
            toast: self.exports.toast.as_ref(),
            commands: &mut self.commands,
        };
        self.views.ui(ui, &mut view_ctx);

        for command in self.commands.take() {
            self.apply(&ctx, command);
        }
        if self.screenshot.as_mut().is_some_and(|shot| shot.step(&ctx)) {
            self.screenshot = None;
        }
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
        if !self.screenshot_mode {
            persistence::save_state(self.state_file.as_deref(), storage, &self.saved_state());
        }
    }
}

/// Where the id `id` opens in `guide`: one of its sections, or the plan.
pub(super) fn place_of(guide: &Guide, id: &str) -> Option<Place> {
    if id == PLAN_ID {
        return Some(Place::Plan);
    }
    guide.section_index(id).map(Place::Section)
}

/// The window's minimum size, in points.
#[must_use]
pub fn min_window_size() -> egui::Vec2 {
    egui::Vec2::from(size::WINDOW_MIN)
}
