//! The path chart: a reader's way ahead, from today. Time from today on the x axis (years), yearly
//! pay on the y axis (USD); the training period of the way in they chose, shaded, labelled with
//! the costs the guide gives; then the career levels of the salary-by-experience data as steps
//! (median and average) from the year they enter, continuing from the years of experience they
//! already have; their own pay marked at today when they gave years and pay. No egui.

use std::fmt::Write as _;

use super::{LevelSpan, RouteTotal, SalaryChart, salary::OPEN_END_DRAWN_YEARS, years_text, years_tick};
use crate::model::{format, readiness::Span};

/// What a reader's answers give the chart.
#[derive(Debug, Clone, Copy)]
pub struct PathInput<'a> {
    /// The way in chosen, totalled; `None`: no training drawn, the levels start today.
    pub route: Option<&'a RouteTotal<'a>>,
    /// Years of experience so far (0 when not given).
    pub years: Option<f64>,
    /// Current or offered yearly pay, whole US dollars.
    pub pay_usd: Option<u32>,
}

/// The training period, shaded from today.
#[derive(Debug, Clone, PartialEq)]
pub struct Training {
    /// The route's name.
    pub route: String,
    /// The guide's duration for the route.
    pub duration: Span,
    /// Where the shortest time the guide gives ends, in years from today.
    pub years_min: f64,
    /// Where the longest ends: the levels start here.
    pub years_max: f64,
    /// "Training: 6–12 months, $5,000–$30,000".
    pub label: String,
    /// "6–12 months".
    pub duration_label: String,
    /// "$5,000–$30,000", or that the guide gives no cost.
    pub cost_label: String,
}

/// One career level as the path draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct PathStep {
    pub title: String,
    /// Where the level starts and ends on the path, in years from today.
    pub x_from: f64,
    pub x_to: f64,
    /// The reader's years of experience there.
    pub experience_from: f64,
    pub experience_to: f64,
    /// The open-ended last level ("10+ years"), drawn a few years on.
    pub open_ended: bool,
    /// The level's own years: "2–4 years".
    pub years_label: String,
    pub median_usd: u32,
    pub average_usd: u32,
}

impl PathStep {
    /// Centre of the step on the x axis, where markers sit.
    #[must_use]
    pub fn x_mid(&self) -> f64 {
        f64::midpoint(self.x_from, self.x_to)
    }

    /// Text for hover: the level, its years on the path and its figures.
    #[must_use]
    pub fn describe(&self) -> String {
        format!(
            "{} ({})\nYears {}–{} from today\nUS median {} per year\nUS average {} per year",
            self.title,
            self.years_label,
            years_tick(self.x_from),
            years_tick(self.x_to),
            format::usd(self.median_usd),
            format::usd(self.average_usd)
        )
    }
}

/// The reader's own pay, marked at today.
#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    /// Always 0: today.
    pub x: f64,
    pub usd: u32,
    pub years: f64,
    /// "You today: $41,000 a year, 3 years of experience".
    pub label: String,
}

/// Everything the path chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PathChart {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub median_label: String,
    pub average_label: String,
    pub training: Option<Training>,
    /// Where the levels start, in years from today.
    pub entry_x: f64,
    /// The reader's years of experience there.
    pub entry_experience: f64,
    pub steps: Vec<PathStep>,
    pub position: Option<Position>,
    pub x_max: f64,
    pub y_max: f64,
    /// Where the x axis is labelled: today, the training's ends, each step's start, the end.
    pub x_ticks: Vec<f64>,
    /// Where the y axis is labelled: every $10,000 from 0.
    pub y_ticks: Vec<f64>,
    /// A sentence naming what the chart shows, for screen readers and alt text.
    pub description: String,
}

/// The y axis's step.
const Y_STEP_USD: f64 = 10_000.0;

impl PathChart {
    /// The path for `input` over the levels of `salary`.
    #[must_use]
    pub fn new(salary: &SalaryChart, input: PathInput<'_>) -> Self {
        let years = input.years.filter(|y| y.is_finite() && *y >= 0.0).unwrap_or(0.0);
        let training = input.route.map(|total| {
            let duration = total.duration;
            let cost = total.cost.map_or_else(
                || "the guide gives no cost".to_owned(),
                crate::model::readiness::UsdRange::label,
            );
            Training {
                route: total.route.name.clone(),
                duration,
                years_min: f64::from(duration.min_months()) / 12.0,
                years_max: f64::from(duration.max_months()) / 12.0,
                label: format!("Training: {}, {cost}", duration.label()),
                duration_label: duration.label(),
                cost_label: cost,
            }
        });
        let entry_x = training.as_ref().map_or(0.0, |t| t.years_max);
        let steps = steps(&salary.levels, entry_x, years);
        let position = input
            .pay_usd
            .filter(|_| input.years.is_some())
            .map(|usd| Position {
                x: 0.0,
                usd,
                years,
                label: format!(
                    "You today: {} a year, {} of experience",
                    format::usd(usd),
                    years_text(years)
                ),
            });
        let x_max = steps.last().map_or(entry_x, |s| s.x_to).max(1.0);
        let highest = steps
            .iter()
            .map(|s| f64::from(s.median_usd.max(s.average_usd)))
            .chain(position.iter().map(|p| f64::from(p.usd)))
            .fold(0.0, f64::max);
        let y_max = super::ceil_to(highest * 1.08, Y_STEP_USD).max(Y_STEP_USD);
        let mut x_ticks: Vec<f64> = std::iter::once(0.0)
            .chain(training.iter().flat_map(|t| [t.years_min, t.years_max]))
            .chain(steps.iter().flat_map(|s| [s.x_from, s.x_to]))
            .collect();
        x_ticks.sort_by(f64::total_cmp);
        x_ticks.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
        let y_ticks = (0..=((y_max / Y_STEP_USD).round() as u32))
            .map(|i| f64::from(i) * Y_STEP_USD)
            .collect();
        let description = description(training.as_ref(), &steps, entry_x, years, position.as_ref());
        Self {
            title: "My path from today".to_owned(),
            x_label: "Years from today".to_owned(),
            y_label: salary.y_label.clone(),
            median_label: salary.median_label.clone(),
            average_label: salary.average_label.clone(),
            training,
            entry_x,
            entry_experience: years,
            steps,
            position,
            x_max,
            y_max,
            x_ticks,
            y_ticks,
            description,
        }
    }

    /// The step at `x` years from today, if the levels have started there.
    #[must_use]
    pub fn step_at(&self, x: f64) -> Option<&PathStep> {
        self.steps
            .iter()
            .find(|s| x >= s.x_from && (x < s.x_to || (s.open_ended && x <= s.x_to)))
    }

    /// How the levels are placed, in a sentence (a note under the chart).
    #[must_use]
    pub fn placement_note(&self) -> String {
        let start = match &self.training {
            Some(t) if t.years_min < t.years_max => {
                let span = |count| {
                    Span {
                        min: count,
                        max: count,
                        unit: t.duration.unit,
                    }
                    .label()
                };
                format!(
                    "The levels start where the longest time the guide gives for the way in “{}” ends ({} from today); at its shortest ({}) they would start {} earlier",
                    t.route,
                    span(t.duration.max),
                    span(t.duration.min),
                    span(t.duration.max - t.duration.min)
                )
            }
            Some(t) => format!(
                "The levels start where the time the guide gives for the way in “{}” ends ({} from today)",
                t.route,
                years_text(t.years_max)
            ),
            None => "No way in is chosen, so the levels start today".to_owned(),
        };
        format!(
            "{start}, at {} of experience, one year of experience for each year ahead. The guide gives no pay for the time in training.",
            years_text(self.entry_experience)
        )
    }
}

/// The levels from `entry_x` on, for a reader with `years` of experience there.
fn steps(levels: &[LevelSpan], entry_x: f64, years: f64) -> Vec<PathStep> {
    levels
        .iter()
        .filter(|l| l.open_ended || l.years_to_drawn > years)
        .map(|level| {
            let experience_from = level.years_from.max(years);
            // The open end is drawn as far as the salary chart draws it, or as far past the
            // reader's own years when they are in it already.
            let experience_to = if level.open_ended && years >= level.years_from {
                years + OPEN_END_DRAWN_YEARS
            } else {
                level.years_to_drawn
            };
            PathStep {
                title: level.title.clone(),
                x_from: entry_x + experience_from - years,
                x_to: entry_x + experience_to - years,
                experience_from,
                experience_to,
                open_ended: level.open_ended,
                years_label: level.years_label.clone(),
                median_usd: level.median_usd,
                average_usd: level.average_usd,
            }
        })
        .collect()
}

fn description(
    training: Option<&Training>,
    steps: &[PathStep],
    entry_x: f64,
    years: f64,
    position: Option<&Position>,
) -> String {
    let mut text = "Step chart of US median and average yearly pay in USD by years from today".to_owned();
    if let Some(t) = training {
        let _ = write!(
            text,
            ", after a shaded training period of {} for the way in “{}” (costs: {})",
            t.duration_label, t.route, t.cost_label
        );
    }
    if let (Some(first), Some(last)) = (steps.first(), steps.last()) {
        let _ = write!(
            text,
            ": from {} ({}) at {} from today, with {} of experience, to {} ({})",
            first.title,
            format::usd(first.median_usd),
            years_text(entry_x),
            years_text(years),
            last.title,
            format::usd(last.median_usd)
        );
    }
    if let Some(p) = position {
        let _ = write!(
            text,
            "; marked at today: {}",
            p.label.trim_start_matches("You today: ")
        );
    }
    text.push('.');
    text
}

#[cfg(test)]
mod tests;
