//! The path chart's table, notes and legend, derived once here for the window and every export.

use super::{
    ChartParts,
    legend::{LegendEntry, SeriesKind},
    notes::ChartNotes,
    table::{Column, Table},
};
use crate::{
    chart::{PathChart, RouteTotal, years_tick},
    model::{GUIDE_CITATION, Guide, format},
};

/// Column titles of the path chart's table.
pub const FROM_TODAY: &str = "Years from today";
pub const STAGE: &str = "Stage";
pub const EXPERIENCE_THEN: &str = "Years of experience";
pub use super::table::{US_AVERAGE, US_MEDIAN};

/// What a cell without a figure says: the guide gives no pay for the time in training.
pub const NO_PAY_GIVEN: &str = "None given";

/// "0–1", "8–13".
fn years_span(from: f64, to: f64) -> String {
    format!("{}–{}", years_tick(from), years_tick(to))
}

/// The table, notes and legend of `chart`.
#[must_use]
pub fn path_parts(guide: &Guide, chart: &PathChart, route: Option<&RouteTotal<'_>>) -> ChartParts {
    ChartParts {
        table: path_table(guide, chart),
        notes: path_notes(guide, chart, route),
        legend: path_legend(chart),
    }
}

fn path_table(guide: &Guide, chart: &PathChart) -> Table {
    let training = chart.training.iter().map(|t| {
        vec![
            years_span(0.0, t.years_max),
            t.label.clone(),
            years_tick(chart.entry_experience),
            NO_PAY_GIVEN.to_owned(),
            NO_PAY_GIVEN.to_owned(),
        ]
    });
    let levels = chart.steps.iter().map(|s| {
        vec![
            years_span(s.x_from, s.x_to),
            format!("{} ({})", s.title, s.years_label),
            years_span(s.experience_from, s.experience_to),
            format::usd(s.median_usd),
            format::usd(s.average_usd),
        ]
    });
    Table {
        caption: chart.title.clone(),
        summary: format!(
            "{}: each stage's years from today, years of experience, and US median and average pay per year",
            chart.title
        ),
        columns: vec![
            Column::figures(FROM_TODAY),
            Column::words(STAGE),
            Column::figures(EXPERIENCE_THEN),
            Column::figures(US_MEDIAN),
            Column::figures(US_AVERAGE),
        ],
        rows: training.chain(levels).collect(),
        notes: Vec::new(),
        source: source_line(guide),
    }
}

/// Where the path's figures come from.
fn source_line(guide: &Guide) -> String {
    guide.origin.with_note(&format!(
        "Levels: {}. Training time and costs: {GUIDE_CITATION}, “How to become one” and “Education and training”.",
        guide.salary.source.label()
    ))
}

fn path_notes(guide: &Guide, chart: &PathChart, route: Option<&RouteTotal<'_>>) -> ChartNotes {
    let mut notes = vec![chart.placement_note()];
    if let Some(open) = chart.steps.iter().find(|s| s.open_ended) {
        notes.push(format!(
            "The open-ended last level ({}) is drawn to {} years from today.",
            open.years_label,
            years_tick(open.x_to)
        ));
    }
    if let Some(route) = route {
        notes.push(cost_note(route));
    }
    let source = source_line(guide);
    ChartNotes {
        with_sources: notes.iter().cloned().chain([source.clone()]).collect(),
        without_sources: notes,
        source,
    }
}

/// How the training's cost is made up: the costs the guide gives, and the steps it gives none for.
#[must_use]
pub fn cost_note(route: &RouteTotal<'_>) -> String {
    let costed: Vec<String> = route
        .costed
        .iter()
        .map(|(step, cost)| format!("{} for “{}”", cost.label(), step.title))
        .collect();
    let uncosted: Vec<String> = route.uncosted.iter().map(|s| format!("“{}”", s.title)).collect();
    let given = match route.cost {
        Some(total) if costed.len() > 1 => format!(
            "The training cost is the costs the guide gives, added as ranges: {} ({})",
            total.label(),
            costed.join(", ")
        ),
        Some(_) => format!(
            "The training cost is the one the guide gives: {}",
            costed.join(", ")
        ),
        None => "The guide gives no cost for any step".to_owned(),
    };
    if uncosted.is_empty() {
        format!("{given}.")
    } else {
        format!("{given}; it gives none for {}.", uncosted.join(", "))
    }
}

fn entry(name: &str, kind: SeriesKind) -> LegendEntry {
    LegendEntry {
        name: name.to_owned(),
        kind,
    }
}

fn path_legend(chart: &PathChart) -> Vec<LegendEntry> {
    let mut legend = Vec::new();
    if let Some(training) = &chart.training {
        legend.push(entry(&training.label, SeriesKind::Training));
    }
    legend.push(entry(&chart.median_label, SeriesKind::Median));
    legend.push(entry(&chart.average_label, SeriesKind::Average));
    if chart.position.is_some() {
        legend.push(entry(YOU_TODAY, SeriesKind::Position));
    }
    legend
}

/// The position marker's legend name.
pub const YOU_TODAY: &str = "You today";
