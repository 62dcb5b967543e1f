//! The command line: open the window, or check, list and export the data.
#![allow(clippy::print_stdout)] // The CLI's output is its interface.

use std::{
    fmt::Write as _,
    io::Write as _,
    path::{Path, PathBuf},
    process::ExitCode,
};

use clap::{Parser, Subcommand, ValueEnum};

use crate::{
    app::{AppOptions, GuideApp},
    chart::SortOrder,
    export,
    model::{self, Guide},
    state::ThemeChoice,
};

/// The Medical Technician career guide, offline.
#[derive(Debug, Parser)]
#[command(name = "medtech-guide", version, about, long_about = None)]
pub struct Cli {
    /// Load the data files from DIR instead of the copy built into the program.
    #[arg(long, value_name = "DIR", global = true)]
    pub data: Option<PathBuf>,

    /// Open on this section (see `medtech-guide sections` for the ids).
    #[arg(long, value_name = "ID")]
    pub section: Option<String>,

    /// Save a PNG of the window to FILE, then exit.
    #[arg(long, value_name = "FILE")]
    pub screenshot: Option<PathBuf>,

    /// Colour theme of the window.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeChoice>,

    /// Window size in points, e.g. 1280x800.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data; print a summary, or every problem as `FILE:LINE:COLUMN: message`.
    Check,
    /// List the sections as `id<TAB>title`.
    Sections,
    /// Export the guide as a document, or a chart as an image, PDF or CSV.
    ///
    /// `guide` exports as md or html; `salary-by-experience` and `global-salaries` as png, svg,
    /// pdf or csv. Text formats (md, html, svg, csv) can go to standard output with `--out -`.
    Export {
        /// What to export.
        #[arg(value_enum)]
        what: ExportWhat,
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file, or `-` for standard output (text formats only).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Chart width in pixels, 200 to 10000 (png, svg, pdf) [default: 1600].
        #[arg(long, value_name = "PX")]
        width: Option<u32>,
        /// Chart height in pixels, 200 to 10000 (png, svg, pdf) [default: 1000].
        #[arg(long, value_name = "PX")]
        height: Option<u32>,
        /// Colour theme of a chart or of the HTML guide [default: light].
        #[arg(long, value_enum)]
        theme: Option<ExportThemeArg>,
        /// Order of the regions in `global-salaries` (and in the HTML guide's chart) [default: midpoint].
        #[arg(long, value_enum)]
        sort: Option<SortArg>,
    },
}

/// Things that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// The whole guide (md, html).
    Guide,
    /// The salary-by-experience chart (png, svg, pdf, csv).
    SalaryByExperience,
    /// The salaries-around-the-world chart (png, svg, pdf, csv).
    GlobalSalaries,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown (guide).
    Md,
    /// One self-contained HTML page with the charts inline (guide).
    Html,
    /// PNG image (chart).
    Png,
    /// SVG image (chart).
    Svg,
    /// PDF document (chart).
    Pdf,
    /// CSV of the chart's figures (chart).
    Csv,
}

impl ExportFormat {
    fn name(self) -> &'static str {
        match self {
            Self::Md => "md",
            Self::Html => "html",
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
        }
    }
}

/// Export colour themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportThemeArg {
    Light,
    Dark,
}

/// Orders of the regions in the salaries-around-the-world chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Highest midpoint of the USD range first.
    Midpoint,
    /// Highest USD maximum first.
    Maximum,
    /// Highest USD minimum first.
    Minimum,
    /// Alphabetical.
    Name,
}

/// One `export` command, checked for usage errors.
#[derive(Debug, Clone, PartialEq)]
struct ExportJob {
    target: ExportTarget,
    options: export::RenderOptions,
    out: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExportTarget {
    Guide(export::GuideFormat),
    Chart(export::ChartId, export::ChartFormat),
}

/// Checks the combination of what, format and options; `Err` is a usage message (exit 2).
#[allow(clippy::too_many_arguments)]
fn export_job(
    what: ExportWhat,
    format: ExportFormat,
    out: PathBuf,
    width: Option<u32>,
    height: Option<u32>,
    theme: Option<ExportThemeArg>,
    sort: Option<SortArg>,
) -> Result<ExportJob, String> {
    use export::{ChartFormat, ChartId, GuideFormat};
    let what_name = match what {
        ExportWhat::Guide => "guide",
        ExportWhat::SalaryByExperience => "salary-by-experience",
        ExportWhat::GlobalSalaries => "global-salaries",
    };
    let target = match (what, format) {
        (ExportWhat::Guide, ExportFormat::Md) => ExportTarget::Guide(GuideFormat::Markdown),
        (ExportWhat::Guide, ExportFormat::Html) => ExportTarget::Guide(GuideFormat::Html),
        (ExportWhat::Guide, _) => {
            return Err(format!(
                "`guide` exports as md or html, not {}; charts export as png, svg, pdf or csv \
                 (`export salary-by-experience` or `export global-salaries`)",
                format.name()
            ));
        }
        (_, ExportFormat::Md | ExportFormat::Html) => {
            return Err(format!(
                "`{what_name}` exports as png, svg, pdf or csv, not {}; the whole guide exports as md \
                 or html (`export guide`)",
                format.name()
            ));
        }
        (chart, format) => {
            let chart = if chart == ExportWhat::SalaryByExperience {
                ChartId::SalaryByExperience
            } else {
                ChartId::GlobalSalaries
            };
            let format = match format {
                ExportFormat::Png => ChartFormat::Png,
                ExportFormat::Svg => ChartFormat::Svg,
                ExportFormat::Pdf => ChartFormat::Pdf,
                _ => ChartFormat::Csv,
            };
            ExportTarget::Chart(chart, format)
        }
    };
    let drawn = matches!(target, ExportTarget::Chart(_, f) if f.is_drawn());
    if !drawn {
        for (flag, given) in [("--width", width.is_some()), ("--height", height.is_some())] {
            if given {
                return Err(format!(
                    "{flag} applies to png, svg and pdf charts, not to `{what_name} --format {}`",
                    format.name()
                ));
            }
        }
    }
    let themed = drawn || target == ExportTarget::Guide(GuideFormat::Html);
    if theme.is_some() && !themed {
        return Err(format!(
            "--theme applies to png, svg and pdf charts and the html guide, not to `{what_name} --format {}`",
            format.name()
        ));
    }
    let sorted = matches!(target, ExportTarget::Chart(ChartId::GlobalSalaries, _))
        || target == ExportTarget::Guide(GuideFormat::Html);
    if sort.is_some() && !sorted {
        return Err(format!(
            "--sort applies to `global-salaries` and the html guide, not to `{what_name} --format {}`",
            format.name()
        ));
    }
    let binary = matches!(target, ExportTarget::Chart(_, f) if !f.is_text());
    if binary && out == Path::new("-") {
        return Err(format!(
            "{} is binary and cannot go to standard output; give a file with --out FILE",
            format.name()
        ));
    }
    let defaults = export::RenderOptions::default();
    let options = export::RenderOptions {
        width: width.unwrap_or(defaults.width),
        height: height.unwrap_or(defaults.height),
        theme: match theme {
            Some(ExportThemeArg::Dark) => export::ExportTheme::Dark,
            Some(ExportThemeArg::Light) | None => export::ExportTheme::Light,
        },
        sort: match sort {
            None | Some(SortArg::Midpoint) => SortOrder::Midpoint,
            Some(SortArg::Maximum) => SortOrder::Maximum,
            Some(SortArg::Minimum) => SortOrder::Minimum,
            Some(SortArg::Name) => SortOrder::Name,
        },
    };
    Ok(ExportJob { target, options, out })
}

/// Runs a checked export: size errors and write errors exit 1 naming the output path.
fn run_export(job: &ExportJob, guide: &Guide) -> ExitCode {
    let fail = |e: &dyn std::fmt::Display| {
        eprintln!(
            "medtech-guide: error: cannot export to {}: {e}",
            job.out.display()
        );
        ExitCode::FAILURE
    };
    let bytes = match job.target {
        ExportTarget::Guide(format) => export::export_guide(guide, format, &job.options).into_bytes(),
        ExportTarget::Chart(chart, format) => {
            match export::export_chart(guide, chart, format, &job.options) {
                Ok(bytes) => bytes,
                Err(e) => return fail(&e),
            }
        }
    };
    write_output(&job.out, &bytes)
}

fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{text}` is not a size; write it as WIDTHxHEIGHT, e.g. 1280x800"))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|v| (200..=8192).contains(v))
            .ok_or_else(|| format!("`{s}` is not a size between 200 and 8192 points"))
    };
    Ok([parse(w)? as f32, parse(h)? as f32])
}

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
    run(cli)
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        None => open_window(cli),
        Some(Command::Check) => check(cli.data.as_deref()),
        Some(Command::Sections) => with_guide(cli.data.as_deref(), |guide| {
            let mut out = String::new();
            for section in &guide.text.sections {
                let _ = writeln!(out, "{}\t{}", section.id, section.title);
            }
            print_out(&out)
        }),
        Some(Command::Export {
            what,
            format,
            out,
            width,
            height,
            theme,
            sort,
        }) => {
            let job = match export_job(what, format, out, width, height, theme, sort) {
                Ok(job) => job,
                Err(message) => {
                    eprintln!("medtech-guide: error: {message}");
                    return ExitCode::from(2);
                }
            };
            // A bad size fails before the data is read, so the message is about the size alone.
            if let Err(e) = job.options.validate() {
                eprintln!(
                    "medtech-guide: error: cannot export to {}: {e}",
                    job.out.display()
                );
                return ExitCode::FAILURE;
            }
            with_guide(cli.data.as_deref(), |guide| run_export(&job, guide))
        }
    }
}

fn print_out(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not worth a message, but is not success either.
        Err(_) => ExitCode::FAILURE,
    }
}

/// Writes to `path` atomically, or to standard output for `-`.
fn write_output(path: &Path, bytes: &[u8]) -> ExitCode {
    if path == Path::new("-") {
        return print_out(&String::from_utf8_lossy(bytes));
    }
    match export::write::write_atomically(path, bytes) {
        Ok(()) => {
            eprintln!("medtech-guide: wrote {}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("medtech-guide: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn with_guide(data: Option<&Path>, f: impl FnOnce(&Guide) -> ExitCode) -> ExitCode {
    match model::load::load(data) {
        Ok(guide) => f(&guide),
        Err(problems) => {
            eprintln!("{}", problems.lines());
            ExitCode::FAILURE
        }
    }
}

fn check(data: Option<&Path>) -> ExitCode {
    match model::load::load(data) {
        Ok(guide) => {
            let origin = data.map_or_else(|| "bundled data".to_owned(), |d| d.display().to_string());
            print_out(&format!(
                "ok: {origin}: {} sections, {} levels, {} regions\n",
                guide.text.sections.len(),
                guide.salary.levels.len(),
                guide.global.regions.len()
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
            let _ = print_out(&out);
            ExitCode::FAILURE
        }
    }
}

fn open_window(cli: Cli) -> ExitCode {
    if let Some(section) = &cli.section {
        // Check the id against the data the window will show, so a typo is a usage error.
        let (guide, _) = crate::app::load_for_window(cli.data.as_deref());
        if guide.section(section).is_none() {
            let ids: Vec<&str> = guide.text.sections.iter().map(|s| s.id.as_str()).collect();
            eprintln!(
                "medtech-guide: error: no section `{section}`; the sections are: {}",
                ids.join(", ")
            );
            return ExitCode::from(2);
        }
    }
    let screenshot = cli.screenshot.is_some();
    let size = cli.size.unwrap_or([1280.0, 800.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Medical Technician career guide")
        .with_app_id("medtech-guide")
        .with_inner_size(size)
        .with_min_inner_size(crate::app::min_window_size());
    if let Some(icon) = crate::icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    crate::timings::mark("window icon decoded");
    let native = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        // A screenshot run must neither read nor change the user's remembered state or window.
        persist_window: !screenshot,
        persistence_path: screenshot
            .then(std::env::temp_dir)
            .map(|d| d.join("medtech-guide-screenshot-state")),
        ..Default::default()
    };
    let options = AppOptions {
        data_dir: cli.data,
        section: cli.section,
        theme: cli.theme,
        // A screenshot run neither reads nor changes the user's remembered state.
        state_file: if screenshot {
            None
        } else {
            crate::state::default_state_path()
        },
        screenshot: cli.screenshot,
    };
    let result = eframe::run_native(
        "medtech-guide",
        native,
        Box::new(move |cc| {
            crate::timings::mark("window and GL context created (eframe, winit, glutin)");
            Ok(Box::new(GuideApp::new(cc, options)))
        }),
    );
    crate::timings::mark("window closed");
    match result {
        Ok(()) if crate::screenshot::SCREENSHOT_FAILED.load(std::sync::atomic::Ordering::SeqCst) => {
            ExitCode::FAILURE
        }
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("medtech-guide: error: could not open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
