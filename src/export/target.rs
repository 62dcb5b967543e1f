//! What an export produces: one type for the command line (`export WHAT --format F`) and the
//! window (its menus and save dialog), so both name the same things the same way.

use std::sync::Arc;

use super::{
    ChartFormat, ChartId, GuideFormat, Offered,
    pdf::{PrintDocument, PrintFormat},
    suggested_file_name, suggested_guide_file_name,
};
use crate::model::{Answers, Guide};

/// A reader's plan as a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanFormat {
    /// Markdown, the path chart as its table.
    Markdown,
    /// A tagged PDF of one or two pages, the path chart as a figure.
    Pdf,
}

impl PlanFormat {
    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Pdf => "pdf",
        }
    }
}

/// What of a reader's plan to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanPart {
    /// The whole plan as a document.
    Document(PlanFormat),
    /// The path chart alone, as the other charts are exported.
    PathChart(ChartFormat),
}

/// The slug of the path chart: its command-line name and file stem.
pub const PATH_CHART_SLUG: &str = "path";

/// What an export produces. Cheap to clone: a plan's answers are shared.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// The whole guide as Markdown or one HTML page.
    Guide(GuideFormat),
    /// A chart in a format.
    Chart(ChartId, ChartFormat),
    /// The guide or the handout for print (on the paper given with the export).
    Print(PrintDocument, PrintFormat),
    /// A copy of the bundled data files in a folder; files of the same names there are replaced
    /// only with `replace`.
    DataCopy { replace: bool },
    /// A reader's plan, or its path chart, for these answers: the window's export and
    /// `export plan --answers FILE` give the same bytes for the same answers.
    Plan(Arc<Answers>, PlanPart),
}

impl Target {
    /// What it is, for messages: "Salary by experience level (PNG image)".
    #[must_use]
    pub fn describe(&self, guide: &Guide) -> String {
        match *self {
            Self::Guide(format) => format!("the guide ({})", format.extension().to_uppercase()),
            Self::Chart(chart, format) => format!("{} ({})", chart.title(guide), format.label()),
            Self::Print(document, format) => {
                format!("the {} ({})", document.slug(), format.extension().to_uppercase())
            }
            Self::DataCopy { .. } => "a copy of the data".to_owned(),
            Self::Plan(_, PlanPart::Document(format)) => {
                format!("my plan ({})", format.extension().to_uppercase())
            }
            Self::Plan(_, PlanPart::PathChart(format)) => format!("My path from today ({})", format.label()),
        }
    }

    /// The file name a save proposes ("salary-by-experience.png"), and its extension ("" for the
    /// data folder).
    #[must_use]
    pub fn file_name(&self) -> (String, &'static str) {
        match *self {
            Self::Guide(format) => (suggested_guide_file_name(format), format.extension()),
            Self::Chart(chart, format) => (suggested_file_name(chart, format), format.extension()),
            Self::Print(document, format) => (document.file_name(format), format.extension()),
            Self::DataCopy { .. } => ("medtech-guide-data".to_owned(), ""),
            Self::Plan(_, PlanPart::Document(format)) => {
                (format!("my-plan.{}", format.extension()), format.extension())
            }
            Self::Plan(_, PlanPart::PathChart(format)) => (
                format!("{PATH_CHART_SLUG}.{}", format.extension()),
                format.extension(),
            ),
        }
    }

    /// Which export settings it uses, as the command line allows them: a PNG or PDF chart its
    /// size and theme, an SVG chart and the HTML guide their theme, CSV, Markdown and the data
    /// none; the guide and the handout, printed, their paper.
    #[must_use]
    pub fn offered(&self) -> Offered {
        let none = Offered::default();
        match *self {
            Self::Chart(_, ChartFormat::Png | ChartFormat::Pdf)
            | Self::Plan(_, PlanPart::PathChart(ChartFormat::Png | ChartFormat::Pdf)) => Offered {
                size: true,
                theme: true,
                ..none
            },
            Self::Chart(_, ChartFormat::Svg)
            | Self::Plan(_, PlanPart::PathChart(ChartFormat::Svg))
            | Self::Guide(GuideFormat::Html) => Offered { theme: true, ..none },
            Self::Chart(_, ChartFormat::Csv)
            | Self::Plan(
                _,
                PlanPart::PathChart(ChartFormat::Csv) | PlanPart::Document(PlanFormat::Markdown),
            )
            | Self::Guide(GuideFormat::Markdown)
            | Self::DataCopy { .. } => none,
            Self::Print(..) | Self::Plan(_, PlanPart::Document(PlanFormat::Pdf)) => {
                Offered { paper: true, ..none }
            }
        }
    }
}
