//! The notes under each chart, with and without their sources, and the list of every source the
//! guide's figures name: derived once here for the window and every export.

use super::facts::FactRow;
use crate::{
    chart::{GlobalChart, SalaryChart, years_tick},
    model::Guide,
};

/// The notes under one chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartNotes {
    /// Every note under the figure, its sources included, in order.
    pub with_sources: Vec<String>,
    /// The notes on how it is drawn and on its figures, without sources (also none of what a
    /// note was checked against), for a page that lists every source once elsewhere (the
    /// handout).
    pub without_sources: Vec<String>,
    /// The sources line alone.
    pub source: String,
}

/// The salary chart's notes: how the open-ended level is drawn and the sources, then the notes
/// on its figures.
#[must_use]
pub fn salary_notes(chart: &SalaryChart) -> ChartNotes {
    let open_end = chart.levels.iter().find(|l| l.open_ended).map(|open| {
        format!(
            "The open-ended last level ({}) is drawn to {} years.",
            open.years_label,
            years_tick(chart.x_max)
        )
    });
    let first = match &open_end {
        Some(open_end) => format!("{open_end} {}", chart.source_line),
        None => chart.source_line.clone(),
    };
    ChartNotes {
        with_sources: std::iter::once(first)
            .chain(chart.footnotes.iter().cloned())
            .collect(),
        without_sources: open_end
            .into_iter()
            .chain(chart.footnotes_short.iter().cloned())
            .collect(),
        source: chart.source_line.clone(),
    }
}

/// The world chart's notes: how derived figures were derived and each region's note, then the
/// sources.
#[must_use]
pub fn global_notes(chart: &GlobalChart) -> ChartNotes {
    ChartNotes {
        with_sources: chart
            .footnotes
            .iter()
            .cloned()
            .chain([chart.source_line.clone()])
            .collect(),
        without_sources: chart.footnotes.clone(),
        source: chart.source_line.clone(),
    }
}

/// A source and what in the guide it supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceUse {
    /// The source's words: "U.S. Bureau of Labor Statistics, May 2023".
    pub label: String,
    /// What it supports: "median salary, data notes".
    pub supports: String,
}

impl SourceUse {
    /// "Source (what it supports)".
    #[must_use]
    pub fn line(&self) -> String {
        format!("{} ({})", self.label, self.supports)
    }
}

/// What a source named by a data note supports.
const DATA_NOTES: &str = "data notes";

/// Every source the guide's figures name, once each in the order they first appear.
#[must_use]
pub fn sources(guide: &Guide, facts: &[FactRow]) -> Vec<SourceUse> {
    let key = &guide.text.key_facts;
    let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
    let mut add = |label: String, what: &'static str| match out.iter_mut().find(|(l, _)| *l == label) {
        Some((_, whats)) if !whats.contains(&what) => whats.push(what),
        Some(_) => {}
        None => out.push((label, vec![what])),
    };
    add(key.median_salary.source.label(), "median salary");
    add(key.growth.source.label(), "growth outlook");
    add(key.annual_openings.source.label(), "annual openings");
    for checked in facts
        .iter()
        .filter_map(|f| f.note.as_ref()?.checked_against.clone())
    {
        add(checked, DATA_NOTES);
    }
    add(guide.salary.source.label(), "salary by experience level");
    add(guide.global.source.label(), "salaries around the world");
    if let Some(note) = guide.origin.note() {
        add(note, "every figure in this copy");
    }
    out.into_iter()
        .map(|(label, whats)| SourceUse {
            supports: whats.join(", "),
            label,
        })
        .collect()
}

/// The handout's data notes: those on its four cards that the salary chart's notes do not carry
/// already, short (the handout's list of sources names what they were checked against).
#[must_use]
pub fn handout_notes(facts: &[FactRow], chart: &ChartNotes) -> Vec<String> {
    facts
        .iter()
        .filter(|f| f.card)
        .filter_map(|f| f.note.as_ref())
        .filter(|n| !chart.without_sources.iter().any(|line| line.contains(&n.short)))
        .map(|n| format!("{}: {}", n.heading, n.short))
        .collect()
}
