//! Salary by experience: one span of years per level, US median and average per level.

use crate::model::{GUIDE_CITATION, Guide, format};

/// How far past its start the open-ended last level ("10+") is drawn, in years.
pub const OPEN_END_DRAWN_YEARS: f64 = 5.0;

/// Years as an axis tick or read-out writes them: "2" for whole years, "2.5" otherwise.
#[must_use]
pub fn years_tick(years: f64) -> String {
    if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        format!("{years:.1}")
    }
}

/// Years as the slider and its read-out name them: "1 year", "4 years", "4.5 years".
#[must_use]
pub fn years_text(years: f64) -> String {
    let unit = if (years - 1.0).abs() < f64::EPSILON {
        "year"
    } else {
        "years"
    };
    format!("{} {unit}", years_tick(years))
}

/// Which of a level's two figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LevelFigure {
    Median,
    Average,
}

/// A level's figure as the chart writes it beside its marker: the higher figure above, the
/// lower below, so neither covers the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueLabel {
    pub figure: LevelFigure,
    pub usd: u32,
    /// "$36,000".
    pub text: String,
    /// Above the marker (the higher figure) or below it.
    pub above: bool,
}

/// One level as the chart draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelSpan {
    pub title: String,
    pub years_from: f64,
    /// Where the span is drawn to: `years_to`, or `years_from + OPEN_END_DRAWN_YEARS` when open-ended.
    pub years_to_drawn: f64,
    pub open_ended: bool,
    /// "0–2 years", "10+ years".
    pub years_label: String,
    /// The guide's qualifier on the years ("total experience, with significant time in senior roles").
    pub years_note: Option<String>,
    pub median_usd: u32,
    pub average_usd: u32,
}

impl LevelSpan {
    /// Centre of the span on the x axis, where markers and labels sit.
    #[must_use]
    pub fn years_mid(&self) -> f64 {
        f64::midpoint(self.years_from, self.years_to_drawn)
    }

    /// Whether `years` of experience fall in this level (the open end reaches to infinity).
    #[must_use]
    pub fn contains(&self, years: f64) -> bool {
        years >= self.years_from && (self.open_ended || years < self.years_to_drawn)
    }

    /// Its two figures as written beside their markers: the higher one (the average, when they
    /// are equal) above, the lower below.
    #[must_use]
    pub fn value_labels(&self) -> [ValueLabel; 2] {
        let label = |figure, usd, above| ValueLabel {
            figure,
            usd,
            text: format::usd(usd),
            above,
        };
        let average_above = self.average_usd >= self.median_usd;
        [
            label(LevelFigure::Average, self.average_usd, average_above),
            label(LevelFigure::Median, self.median_usd, !average_above),
        ]
    }

    /// Text for hover and the slider read-out.
    #[must_use]
    pub fn describe(&self) -> String {
        format!(
            "{}\n{}\nUS median {} per year\nUS average {} per year",
            self.title,
            self.years_label,
            format::usd(self.median_usd),
            format::usd(self.average_usd)
        )
    }
}

/// A horizontal reference line.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceLine {
    pub usd: f64,
    pub label: String,
}

/// A horizontal reference band.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceBand {
    pub min_usd: f64,
    pub max_usd: f64,
    pub label: String,
}

/// Everything the salary-by-experience chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct SalaryChart {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub median_label: String,
    pub average_label: String,
    pub levels: Vec<LevelSpan>,
    pub median_reference: ReferenceLine,
    pub range_reference: ReferenceBand,
    pub x_max: f64,
    pub y_max: f64,
    /// Where the level figures come from ("“Complete Medical Technician Career Guide”, …").
    pub levels_source: String,
    /// Where the guide's overall median comes from, as the guide cites it.
    pub median_source: String,
    /// Where the guide's overall range comes from: the guide, which names no source for it.
    pub range_source: String,
    /// The sources under the chart: each figure attributed exactly as the guide attributes it.
    pub source_line: String,
    /// Notes under the chart on its figures (the median's data note), each starting with the
    /// mark its figure carries ("* ").
    pub footnotes: Vec<String>,
    /// The same notes without what they were checked against, for a page whose list of
    /// sources names it.
    pub footnotes_short: Vec<String>,
    /// A sentence naming what the chart shows, for screen readers and alt text.
    pub description: String,
}

impl SalaryChart {
    /// Derives the chart from the loaded guide.
    #[must_use]
    pub fn from_guide(guide: &Guide) -> Self {
        let data = &guide.salary;
        let facts = &guide.text.key_facts;
        let levels: Vec<LevelSpan> = data
            .levels
            .iter()
            .map(|level| {
                let years_from = f64::from(level.years_from);
                LevelSpan {
                    title: level.title.clone(),
                    years_from,
                    years_to_drawn: level
                        .years_to
                        .map_or(years_from + OPEN_END_DRAWN_YEARS, f64::from),
                    open_ended: level.years_to.is_none(),
                    years_label: level.years_label(),
                    years_note: level.years_note.clone(),
                    median_usd: level.us_median_usd,
                    average_usd: level.us_average_usd,
                }
            })
            .collect();
        let median = &facts.median_salary;
        let range = &facts.salary_range;
        let median_mark = if median.note.is_some() { " *" } else { "" };
        let median_source = format!("{}, as cited in {GUIDE_CITATION}", median.source.label());
        let range_source = format!("{GUIDE_CITATION}, which names no source for it");
        let median_reference = ReferenceLine {
            usd: f64::from(median.usd_per_year),
            label: format!("Guide median {}{median_mark}", format::usd(median.usd_per_year)),
        };
        let range_reference = ReferenceBand {
            min_usd: f64::from(range.min_usd_per_year),
            max_usd: f64::from(range.max_usd_per_year),
            label: format!("Overall range {}", range.label()),
        };
        let footnote = |text: String| format!("* Guide median: {text}");
        let footnotes = median.note.iter().map(|n| footnote(n.full_text())).collect();
        let footnotes_short = median.note.iter().map(|n| footnote(n.text.clone())).collect();
        let highest = levels
            .iter()
            .map(|l| f64::from(l.median_usd.max(l.average_usd)))
            .fold(range_reference.max_usd.max(median_reference.usd), f64::max);
        let x_max = levels.iter().map(|l| l.years_to_drawn).fold(0.0, f64::max);
        let description = format!(
            "Step chart of US median and average yearly pay in USD for {} experience levels, from {} ({}) to {} ({}), with the guide's overall median and range for reference.",
            levels.len(),
            levels.first().map_or("", |l| l.title.as_str()),
            levels
                .first()
                .map_or(String::new(), |l| format::usd(l.median_usd)),
            levels.last().map_or("", |l| l.title.as_str()),
            levels.last().map_or(String::new(), |l| format::usd(l.median_usd)),
        );
        Self {
            title: data.title.clone(),
            x_label: "Years of experience".to_owned(),
            y_label: format!("{} per year", data.currency),
            median_label: "US median".to_owned(),
            average_label: "US average".to_owned(),
            levels,
            x_max,
            y_max: super::ceil_to(highest * 1.08, 10_000.0),
            // The guide cites the U.S. Bureau of Labor Statistics for its median only; the range
            // beside it and the level table carry no source.
            source_line: guide.origin.with_note(&format!(
                "Levels: {}. Guide median: {median_source}. Overall range: {range_source}.",
                data.source.label(),
            )),
            footnotes,
            footnotes_short,
            levels_source: guide.origin.with_note(&data.source.label()),
            median_source,
            range_source,
            description,
            median_reference,
            range_reference,
        }
    }

    /// Level boundaries on the x axis (the open end excluded), ascending: where the ticks go.
    #[must_use]
    pub fn boundaries(&self) -> Vec<f64> {
        let mut out: Vec<f64> = self.levels.iter().map(|l| l.years_from).collect();
        out.extend(
            self.levels
                .iter()
                .filter(|l| !l.open_ended)
                .map(|l| l.years_to_drawn),
        );
        out.sort_by(f64::total_cmp);
        out.dedup();
        out
    }

    /// Where the x axis is labelled, ascending: each level boundary, and the drawn end of an
    /// open-ended last level, so that level's span has an end label as every other one does.
    #[must_use]
    pub fn x_ticks(&self) -> Vec<f64> {
        let mut ticks = self.boundaries();
        if self.levels.iter().any(|l| l.open_ended) && ticks.last().is_some_and(|&b| b < self.x_max) {
            ticks.push(self.x_max);
        }
        ticks
    }

    /// The level that `years` of experience fall in.
    #[must_use]
    pub fn level_at(&self, years: f64) -> Option<&LevelSpan> {
        self.levels.iter().find(|l| l.contains(years))
    }

    /// The position among the levels of the one that `years` of experience fall in.
    #[must_use]
    pub fn level_index_at(&self, years: f64) -> Option<usize> {
        self.levels.iter().position(|l| l.contains(years))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> SalaryChart {
        let guide = crate::model::load::load_bundled().expect("the bundled data loads");
        SalaryChart::from_guide(&guide)
    }

    #[test]
    fn years_read_as_whole_or_half_years() {
        assert_eq!(years_text(0.0), "0 years");
        assert_eq!(years_text(1.0), "1 year");
        assert_eq!(years_text(4.0), "4 years");
        assert_eq!(years_text(4.5), "4.5 years");
    }

    #[test]
    fn the_open_ended_level_has_an_end_tick() {
        let chart = chart();
        assert_eq!(chart.boundaries(), [0.0, 2.0, 4.0, 7.0, 10.0]);
        assert_eq!(chart.x_ticks(), [0.0, 2.0, 4.0, 7.0, 10.0, 15.0]);
    }

    #[test]
    fn the_higher_figure_is_written_above_the_lower() {
        let chart = chart();
        let Some(junior) = chart.levels.first() else {
            panic!("no levels");
        };
        let [average, median] = junior.value_labels();
        assert_eq!((average.text.as_str(), average.above), ("$38,000", true));
        assert_eq!((median.text.as_str(), median.above), ("$36,000", false));
        let mut flipped = junior.clone();
        flipped.median_usd = 40_000;
        let [average, median] = flipped.value_labels();
        assert!(!average.above && median.above);
    }
}
