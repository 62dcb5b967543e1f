//! The command line's grammar (clap): options, commands and their help.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use super::values::{Format, parser};
use crate::{
    chart::SortOrder,
    export::{ExportTheme, pdf::Paper},
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
    #[arg(long, value_parser = parser::<ThemeChoice>())]
    pub theme: Option<ThemeChoice>,

    /// Window size in desktop pixels, e.g. 1280x800 (never larger than the screen).
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
    /// Export the guide, the handout, a chart, a reader's plan or the data files.
    ///
    /// `guide` exports as md, html or pdf (tagged, for print); `handout` (one page) as pdf or png;
    /// `salary-by-experience` and `global-salaries` as png, svg, pdf or csv; `plan --answers FILE`
    /// as md or pdf, and its `path` chart (`path --answers FILE`) as png, svg, pdf or csv. Text
    /// formats (md, html, svg, csv) can go to standard output with `--out -`. `data` writes the
    /// bundled data files and a README.txt into the folder `--out DIR`, to edit and open with
    /// `--data`.
    #[command(after_long_help = EXPORT_EXAMPLES)]
    Export(ExportArgs),
    /// Where years of experience, and a yearly pay, fall among the guide's career levels.
    ///
    /// Prints the level the years fall in with its US median and average; with `--pay`, how the
    /// pay compares with that median (by how much, by what share), which level's median is
    /// nearest, and whether it is inside the guide's overall range. Each figure comes with its
    /// source and the data notes that apply; nothing the guide does not give (no percentile).
    #[command(after_long_help = WHERE_EXAMPLES)]
    Where(WhereArgs),
}

/// `export --help`'s examples, one per kind of export.
const EXPORT_EXAMPLES: &str = "Examples:
  medtech-guide export guide --format pdf --out guide.pdf --paper letter
  medtech-guide export handout --format png --out handout.png
  medtech-guide export salary-by-experience --format png --out salary.png --width 1200 --height 800
  medtech-guide export global-salaries --format csv --out -
  medtech-guide export plan --answers my-answers.ron --format pdf --out plan.pdf
  medtech-guide export plan --answers my-answers.ron --format md --out -
  medtech-guide export path --answers my-answers.ron --format svg --out path.svg
  medtech-guide export data --out my-data

An answers file is RON in the format the window saves; the README describes it, and two examples
come with the program (data/examples/ in its source, /usr/share/doc/medtech-guide/examples/ from
the .deb).";

/// `where --help`'s examples.
const WHERE_EXAMPLES: &str = "Examples:
  medtech-guide where --years 0
  medtech-guide where --years 3 --pay 41000
  medtech-guide where --years 2.5 --pay 52000 --data my-data";

/// The options of `where`.
#[derive(Debug, Args)]
pub struct WhereArgs {
    /// Years of experience so far, 0 or more: 0 for a student, 2.5 for two and a half years.
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = parse_years)]
    pub years: f64,
    /// A yearly pay, current or offered, in whole US dollars, e.g. 41000.
    #[arg(long, value_name = "USD", allow_negative_numbers = true, value_parser = parse_pay)]
    pub pay: Option<u32>,
}

/// The options of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub what: ExportWhat,
    /// Output format (every export but `data`).
    #[arg(long, value_parser = parser::<Format>())]
    pub format: Option<Format>,
    /// Output file, or `-` for standard output (text formats only); for `data`, a folder.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// `data`: replace files of the same names already in the folder.
    #[arg(long)]
    pub force: bool,
    /// Chart width in pixels, 200 to 10000 (png, svg, pdf) [default: 1600].
    #[arg(long, value_name = "PX")]
    pub width: Option<u32>,
    /// Chart height in pixels, 200 to 10000 (png, svg, pdf) [default: 1000].
    #[arg(long, value_name = "PX")]
    pub height: Option<u32>,
    /// Colour theme of a chart or of the HTML guide [default: light].
    #[arg(long, value_parser = parser::<ExportTheme>())]
    pub theme: Option<ExportTheme>,
    /// Order of the regions in `global-salaries` (and in the HTML guide's chart) [default: midpoint].
    #[arg(long, value_parser = parser::<SortOrder>())]
    pub sort: Option<SortOrder>,
    /// Paper size of the guide PDF, the handout and the plan PDF [default: from the locale, else a4].
    #[arg(long, value_parser = parser::<Paper>())]
    pub paper: Option<Paper>,
    /// `plan` and `path` only: a reader's answers, a RON file in the format the window saves (see
    /// the README and data/examples/).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
}

/// Things that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// The whole guide (md, html, pdf).
    Guide,
    /// A one-page handout: key facts, salary chart, steps, sources (pdf, png).
    Handout,
    /// The salary-by-experience chart (png, svg, pdf, csv).
    SalaryByExperience,
    /// The salaries-around-the-world chart (png, svg, pdf, csv).
    GlobalSalaries,
    /// A copy of the bundled data files, with a README.txt, into the folder `--out`.
    Data,
    /// A reader's plan from `--answers FILE`: gap, next steps, costs, path chart (md, pdf).
    Plan,
    /// The path chart of a reader's plan from `--answers FILE` (png, svg, pdf, csv).
    Path,
}

pub(super) fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{text}` is not a size; write it as WIDTHxHEIGHT, e.g. 1280x800"))?;
    let parse = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|v| (200..=8192).contains(v))
            .ok_or_else(|| format!("`{s}` is not a size between 200 and 8192 pixels"))
    };
    Ok([parse(w)? as f32, parse(h)? as f32])
}

/// Years of experience: a number, 0 or more ("3", "2.5").
pub(super) fn parse_years(text: &str) -> Result<f64, String> {
    let years = text
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|y| y.is_finite())
        .ok_or_else(|| format!("`{text}` is not a number of years; write it in digits, e.g. 3 or 2.5"))?;
    if years < 0.0 {
        return Err(format!("`{text}` is negative: years of experience are 0 or more"));
    }
    // `-0` is 0 years, not "-0 years".
    Ok(years + 0.0)
}

/// A yearly pay in whole US dollars, written in digits ("41000").
pub(super) fn parse_pay(text: &str) -> Result<u32, String> {
    let trimmed = text.trim();
    if let Ok(usd) = trimmed.parse::<u32>() {
        return Ok(usd);
    }
    let number = trimmed.parse::<f64>().ok().filter(|n| n.is_finite());
    Err(match number {
        Some(n) if n < 0.0 => format!("`{text}` is negative: a yearly pay is 0 or more US dollars"),
        Some(n) if n > f64::from(u32::MAX) => {
            format!("`{text}` is more US dollars a year than this can compare")
        }
        Some(_) => format!("`{text}` is not whole dollars; write the yearly pay without cents, e.g. 41000"),
        None => format!(
            "`{text}` is not an amount of US dollars; write the yearly pay in digits, without `$` or commas, e.g. 41000"
        ),
    })
}
