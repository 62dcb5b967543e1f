//! Runs what the command line asks for, and turns the outcome into a message and an exit code.

use std::{fmt::Write as _, path::Path, process::ExitCode};

use clap::Parser as _;

use super::{
    CliError,
    args::{Cli, Command},
    export::ExportJob,
    output,
};
use crate::{
    app::{AppOptions, GuideApp, ScreenshotOutcome},
    model::{
        self, Guide,
        readiness::{PLAN_ID, PLAN_TITLE},
    },
};

/// Runs the command line; returns the process exit code (0 ok, 1 failure, 2 bad usage).
#[must_use]
pub fn main() -> ExitCode {
    crate::timings::start();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with 0; usage errors to stderr with 2.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    crate::timings::mark("command line parsed");
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => report(&e),
    }
}

/// Prints `e` for a person and gives its exit code: every error is printed here.
fn report(e: &CliError) -> ExitCode {
    match e {
        CliError::Usage(message) => {
            eprintln!("medtech-guide: error: {message}");
            ExitCode::from(2)
        }
        CliError::Failed(message) => {
            eprintln!("medtech-guide: error: {message}");
            ExitCode::FAILURE
        }
        CliError::Data(lines) => {
            eprintln!("{lines}");
            ExitCode::FAILURE
        }
        CliError::Quiet => ExitCode::FAILURE,
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    match cli.command {
        None => open_window(cli),
        Some(Command::Check) => check(cli.data.as_deref()),
        Some(Command::Sections) => {
            let guide = load(cli.data.as_deref())?;
            let mut out = String::new();
            for section in &guide.text.sections {
                let _ = writeln!(out, "{}\t{}", section.id, section.title);
            }
            // The reader's own plan opens like a section, below them.
            let _ = writeln!(out, "{PLAN_ID}\t{PLAN_TITLE}");
            output::print(&out)
        }
        Some(Command::Export(args)) if args.what == super::ExportWhat::Data => {
            super::copy::export_data(&args)
        }
        Some(Command::Export(args)) => {
            let job = ExportJob::new(args)?;
            job.run(&crate::present::Presentation::new(std::sync::Arc::new(load(
                cli.data.as_deref(),
            )?)))
        }
        Some(Command::Where(args)) => super::standing::print_where(&load(cli.data.as_deref())?, &args),
    }
}

/// The guide from `data` (or the bundled copy), or its problems one per line.
fn load(data: Option<&Path>) -> Result<Guide, CliError> {
    model::load::load(data).map_err(|problems| CliError::Data(problems.lines()))
}

fn check(data: Option<&Path>) -> Result<(), CliError> {
    match model::load::load(data) {
        Ok(guide) => {
            let origin = data.map_or_else(|| "bundled data".to_owned(), |d| d.display().to_string());
            let readiness = &guide.readiness;
            output::print(&format!(
                "ok: {origin}: {} sections, {} levels, {} regions; {} skills, {} certifications, {} steps, {} routes\n",
                guide.text.sections.len(),
                guide.salary.levels.len(),
                guide.global.regions.len(),
                readiness.skill_count(),
                readiness.certifications.len(),
                readiness.steps.len(),
                readiness.routes.len()
            ))
        }
        Err(problems) => {
            let mut out = problems.lines();
            let _ = writeln!(
                out,
                "\n{} problem{} found",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            );
            // Problems are the command's output, so they go to stdout like the summary.
            let _ = output::print(&out);
            Err(CliError::Quiet)
        }
    }
}

fn open_window(cli: Cli) -> Result<(), CliError> {
    // Load once: the id is checked against the data the window will show (a typo is a usage
    // error), and the window gets that same data.
    let (guide, banner) = crate::app::load_for_window(cli.data.as_deref());
    if let Some(section) = &cli.section
        && section != PLAN_ID
        && guide.section(section).is_none()
    {
        let mut ids: Vec<&str> = guide.text.sections.iter().map(|s| s.id.as_str()).collect();
        ids.push(PLAN_ID);
        return Err(CliError::Usage(format!(
            "no section `{section}`; the sections are: {}",
            ids.join(", ")
        )));
    }
    let screenshot = cli.screenshot.is_some();
    let size = cli.size.unwrap_or([1280.0, 800.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Medical Technician career guide")
        .with_app_id(crate::platform::APP_ID)
        .with_inner_size(size)
        .with_min_inner_size(crate::app::min_window_size());
    if let Some(icon) = crate::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    crate::timings::mark("window icon decoded");
    // A screenshot run must neither read nor change the user's remembered state or window: it
    // gets a throw-away storage folder, removed when the run ends.
    let scratch = if screenshot {
        Some(
            tempfile::tempdir()
                .map_err(|e| CliError::Failed(format!("cannot make a temporary folder: {e}")))?,
        )
    } else {
        None
    };
    // eframe's own file (window size and position) sits beside our state file, whatever the app
    // id; one it cannot read is reported here, since eframe drops it without a word.
    let storage_file = match &scratch {
        Some(dir) => Some(dir.path().join("state")),
        None => crate::state::storage_folder().map(|dir| {
            crate::app::warn_about_window_storage(&dir);
            dir.join(crate::app::WINDOW_STORAGE_FILE)
        }),
    };
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        persist_window: !screenshot,
        persistence_path: storage_file,
        ..Default::default()
    };
    let outcome = ScreenshotOutcome::default();
    let options = AppOptions {
        data_dir: cli.data,
        section: cli.section,
        theme: cli.theme,
        screenshot: cli.screenshot,
        screenshot_outcome: outcome.clone(),
        // A screenshot run neither reads nor changes the user's remembered state.
        state_file: if screenshot {
            None
        } else {
            crate::state::default_state_path()
        },
        in_window_save_dialog: std::env::var(crate::jobs::SAVE_DIALOG_ENV).is_ok_and(|v| v == "in-window"),
        // A screenshot run opens at exactly this size already (it restores no window).
        size: cli.size.filter(|_| !screenshot),
    };
    let result = eframe::run_native(
        "medtech-guide",
        native,
        Box::new(move |cc| {
            crate::timings::mark("window and GL context created (eframe, winit, glutin)");
            Ok(Box::new(GuideApp::loaded(cc, options, guide, banner)))
        }),
    );
    crate::timings::mark("window closed");
    match result {
        Ok(()) if outcome.failed() => Err(CliError::Quiet),
        Ok(()) => Ok(()),
        Err(e) => Err(CliError::Failed(crate::platform::window_error_message(
            &e.to_string(),
            |name| std::env::var_os(name).is_some_and(|v| !v.is_empty()),
        ))),
    }
}
