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
    /// The sources under the chart: each figure attributed exactly as the guide attributes it.
    pub source_line: String,
    /// Notes under the chart on its figures (the median's data note), each starting with the
    /// mark its figure carries ("* ").
    pub footnotes: Vec<String>,
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
        let median_reference = ReferenceLine {
            usd: f64::from(median.usd_per_year),
            label: format!("Guide median {}{median_mark}", format::usd(median.usd_per_year)),
        };
        let range_reference = ReferenceBand {
            min_usd: f64::from(range.min_usd_per_year),
            max_usd: f64::from(range.max_usd_per_year),
            label: format!("Overall range {}", range.label()),
        };
        let footnotes = median
            .note
            .iter()
            .map(|note| format!("* Guide median: {}", note.full_text()))
            .collect();
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
            source_line: format!(
                "Levels: {}. Guide median: {}, as cited in {GUIDE_CITATION}. Overall range: {GUIDE_CITATION}, which names no source for it.",
                data.source.label(),
                median.source.label()
            ),
            footnotes,
            levels_source: data.source.label(),
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
