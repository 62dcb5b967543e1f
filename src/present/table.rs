//! The data tables as every output shows them: caption, columns, rows of formatted cells, notes
//! and source line. Derived once here; the window, Markdown, HTML and PDF only lay them out.

use crate::{
    chart::{GlobalChart, SalaryChart, with_derived_mark},
    model::{Guide, format},
};

/// How a column's cells are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Words: left-aligned, may wrap.
    Words,
    /// Figures: right-aligned, never wrapped.
    Figures,
}

/// A column: its heading and how its cells are set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: &'static str,
    pub align: Align,
}

impl Column {
    pub(super) const fn words(title: &'static str) -> Self {
        Self {
            title,
            align: Align::Words,
        }
    }

    pub(super) const fn figures(title: &'static str) -> Self {
        Self {
            title,
            align: Align::Figures,
        }
    }
}

/// One table as every output shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The table's name: its caption, and what a screen reader calls it.
    pub caption: String,
    /// What the table holds, in a sentence (a tagged PDF's table summary).
    pub summary: String,
    pub columns: Vec<Column>,
    /// The cells, formatted, one `Vec` per row in the data's order, as many as `columns`.
    pub rows: Vec<Vec<String>>,
    /// Notes on the figures ("* …"), in order, under the table.
    pub notes: Vec<String>,
    /// The source line, last under the table.
    pub source: String,
}

impl Table {
    /// The index of the column titled `title`.
    #[must_use]
    pub fn column(&self, title: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.title == title)
    }
}

/// Column titles of the salary-by-experience table.
pub const LEVEL: &str = "Level";
pub const EXPERIENCE: &str = "Experience";
pub const US_MEDIAN: &str = "US median";
pub const US_AVERAGE: &str = "US average";
/// Column titles of the salaries-around-the-world table.
pub const REGION: &str = "Region";
pub const COVERS: &str = "Covers";
pub const LOCAL: &str = "Local currency, per year";
pub const USD: &str = "USD, per year";

/// Levels with their years (and the guide's words on them) and US median and average pay.
#[must_use]
pub fn salary_table(guide: &Guide, chart: &SalaryChart) -> Table {
    let data = &guide.salary;
    Table {
        caption: chart.title.clone(),
        summary: format!("{}: US median and average pay per year by level", chart.title),
        columns: vec![
            Column::words(LEVEL),
            Column::words(EXPERIENCE),
            Column::figures(US_MEDIAN),
            Column::figures(US_AVERAGE),
        ],
        rows: data
            .levels
            .iter()
            .map(|level| {
                vec![
                    level.title.clone(),
                    level.years_with_note(),
                    format::usd(level.us_median_usd),
                    format::usd(level.us_average_usd),
                ]
            })
            .collect(),
        notes: Vec::new(),
        source: guide.origin.with_note(&format!(
            "{} per year. Source: {}.",
            data.currency,
            data.source.label()
        )),
    }
}

/// Regions with what they cover and their local and USD ranges, derived USD figures marked
/// (" *", explained in the notes).
#[must_use]
pub fn global_table(guide: &Guide, chart: &GlobalChart) -> Table {
    let data = &guide.global;
    Table {
        caption: chart.title.clone(),
        summary: format!(
            "{}: typical pay ranges by region, local currency and USD",
            chart.title
        ),
        columns: vec![
            Column::words(REGION),
            Column::words(COVERS),
            Column::figures(LOCAL),
            Column::figures(USD),
        ],
        rows: chart
            .regions
            .iter()
            .map(|region| {
                vec![
                    region.name.clone(),
                    region.countries.clone(),
                    region.local_label(),
                    with_derived_mark(
                        &format::usd_range(region.usd_min, region.usd_max),
                        region.usd_is_derived(),
                    ),
                ]
            })
            .collect(),
        notes: chart.footnotes.clone(),
        source: guide
            .origin
            .with_note(&format!("Source: {}.", data.source.label())),
    }
}

/// Column titles of the key facts' table.
pub const FACT: &str = "Fact";
pub const FIGURE: &str = "Figure";
pub const SOURCE: &str = "Source";

/// The six key facts as rows of fact, figure (with what it counts) and source.
#[must_use]
pub fn facts_table(facts: &[super::FactRow]) -> Table {
    Table {
        caption: "Key facts".to_owned(),
        summary: "The guide's key figures, each with its source".to_owned(),
        columns: vec![Column::words(FACT), Column::words(FIGURE), Column::words(SOURCE)],
        rows: facts
            .iter()
            .map(|f| vec![f.label.to_owned(), f.sentence.clone(), f.source_cell().to_owned()])
            .collect(),
        notes: facts
            .iter()
            .filter_map(|f| f.note.as_ref().map(super::FactNote::line))
            .collect(),
        source: String::new(),
    }
}
