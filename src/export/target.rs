//! What an export produces: one type for the command line (`export WHAT --format F`) and the
//! window (its menus and save dialog), so both name the same things the same way.

use super::{
    ChartFormat, ChartId, GuideFormat, Offered,
    pdf::{PrintDocument, PrintFormat},
    suggested_file_name, suggested_guide_file_name,
};
use crate::model::Guide;

/// What an export produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

impl Target {
    /// What it is, for messages: "Salary by experience level (PNG image)".
    #[must_use]
    pub fn describe(self, guide: &Guide) -> String {
        match self {
            Self::Guide(format) => format!("the guide ({})", format.extension().to_uppercase()),
            Self::Chart(chart, format) => format!("{} ({})", chart.title(guide), format.label()),
            Self::Print(document, format) => {
                format!("the {} ({})", document.slug(), format.extension().to_uppercase())
            }
            Self::DataCopy { .. } => "a copy of the data".to_owned(),
        }
    }

    /// The file name a save proposes ("salary-by-experience.png"), and its extension ("" for the
    /// data folder).
    #[must_use]
    pub fn file_name(self) -> (String, &'static str) {
        match self {
            Self::Guide(format) => (suggested_guide_file_name(format), format.extension()),
            Self::Chart(chart, format) => (suggested_file_name(chart, format), format.extension()),
            Self::Print(document, format) => (document.file_name(format), format.extension()),
            Self::DataCopy { .. } => ("medtech-guide-data".to_owned(), ""),
        }
    }

    /// Which export settings it uses, in the save dialog and on the command line alike: a drawn
    /// chart (PNG, SVG, PDF) its size and theme, the HTML guide its theme, CSV, Markdown and the
    /// data none; the guide and the handout, printed, their paper.
    #[must_use]
    pub fn offered(self) -> Offered {
        let none = Offered::default();
        match self {
            Self::Chart(_, ChartFormat::Png | ChartFormat::Svg | ChartFormat::Pdf) => Offered {
                size: true,
                theme: true,
                ..none
            },
            Self::Guide(GuideFormat::Html) => Offered { theme: true, ..none },
            Self::Chart(_, ChartFormat::Csv) | Self::Guide(GuideFormat::Markdown) | Self::DataCopy { .. } => {
                none
            }
            Self::Print(..) => Offered { paper: true, ..none },
        }
    }
}
