//! The charts' legends as entries of a kind: each output maps a kind to its own swatch and
//! colour, and every output names the entries alike.

use crate::chart::{DERIVED_LEGEND, GIVEN_LEGEND, GlobalChart, SalaryChart};

/// What a legend entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// The levels' US median pay (a step line, filled circles).
    Median,
    /// The levels' US average pay (a step line, open squares).
    Average,
    /// The guide's overall median (a dashed reference line).
    MedianReference,
    /// The guide's overall range (a shaded band).
    RangeReference,
    /// Regions whose USD range the guide gives (bars).
    GivenRange,
    /// Regions whose USD range is derived (lighter, outlined bars).
    DerivedRange,
    /// The highlighted region (its own colour).
    Highlighted,
    /// The path chart's training period (a shaded band from today).
    Training,
    /// The reader's own pay today on the path chart (one marker).
    Position,
}

/// One legend entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    pub name: String,
    pub kind: SeriesKind,
}

fn entry(name: &str, kind: SeriesKind) -> LegendEntry {
    LegendEntry {
        name: name.to_owned(),
        kind,
    }
}

/// The salary chart's legend: the two series, then the two references.
#[must_use]
pub fn salary_legend(chart: &SalaryChart) -> Vec<LegendEntry> {
    vec![
        entry(&chart.median_label, SeriesKind::Median),
        entry(&chart.average_label, SeriesKind::Average),
        entry(&chart.median_reference.label, SeriesKind::MedianReference),
        entry(&chart.range_reference.label, SeriesKind::RangeReference),
    ]
}

/// The world chart's legend: given ranges, derived ones where there are any, the highlighted
/// region where there is one.
#[must_use]
pub fn global_legend(chart: &GlobalChart) -> Vec<LegendEntry> {
    let mut legend = vec![entry(GIVEN_LEGEND, SeriesKind::GivenRange)];
    if chart.regions.iter().any(|r| r.usd_is_derived()) {
        legend.push(entry(DERIVED_LEGEND, SeriesKind::DerivedRange));
    }
    if let Some(highlighted) = chart.regions.iter().find(|r| r.highlighted) {
        legend.push(entry(&highlighted.name, SeriesKind::Highlighted));
    }
    legend
}
