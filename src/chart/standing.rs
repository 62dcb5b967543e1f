//! "Where my pay falls": from years of experience, the career level of the salary-by-experience
//! chart they fall in (by the chart's own level boundaries) and its median and average; with a
//! yearly pay, how it compares with that median, which level's median is nearest, and where it
//! falls against the guide's overall range. Only figures the guide gives; no percentile. The
//! words for them are `present::standing`'s.

use super::{LevelSpan, SalaryChart};
use crate::model::guide::SalaryRange;

/// Why no standing can be worked out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StandingError {
    #[error("years of experience must be a number, 0 or more")]
    Years,
    #[error("the data has no career levels to place the years in")]
    NoLevels,
}

/// Which side of a figure a pay is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Below,
    At,
    Above,
}

/// A pay against one figure: by how much, and by what share of that figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// The figure compared with, US dollars a year.
    pub reference_usd: u32,
    /// Pay minus the figure.
    pub difference_usd: i64,
}

impl Comparison {
    fn new(pay_usd: u32, reference_usd: u32) -> Self {
        Self {
            reference_usd,
            difference_usd: i64::from(pay_usd) - i64::from(reference_usd),
        }
    }

    #[must_use]
    pub fn side(&self) -> Side {
        match self.difference_usd.signum() {
            -1 => Side::Below,
            0 => Side::At,
            _ => Side::Above,
        }
    }

    /// How far from the figure, in US dollars.
    #[must_use]
    pub fn distance_usd(&self) -> u64 {
        self.difference_usd.unsigned_abs()
    }

    /// The distance as a share of the figure (0.089 for 8.9 %); `None` for a figure of 0.
    #[must_use]
    pub fn share(&self) -> Option<f64> {
        (self.reference_usd > 0).then(|| self.distance_usd() as f64 / f64::from(self.reference_usd))
    }
}

/// The level whose median a pay is nearest.
#[derive(Debug, Clone, PartialEq)]
pub struct Nearest {
    /// Its position among the levels.
    pub index: usize,
    pub comparison: Comparison,
    /// A later level whose median is exactly as near (a pay midway between two medians).
    pub tied_with: Option<usize>,
}

/// Where a pay falls against the guide's overall range ("$35k–$85k+").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangePosition {
    Below,
    Inside,
    /// Above the range's top figure, where the guide writes the top as open-ended ("$85k+"):
    /// inside the range as the guide states it, past the last figure it gives.
    OpenTop,
    /// Above a top the guide gives as closed.
    Above,
}

/// How a yearly pay compares.
#[derive(Debug, Clone, PartialEq)]
pub struct PayStanding {
    pub usd: u32,
    /// Against the median of the level the years fall in.
    pub against_median: Comparison,
    pub nearest: Nearest,
    pub range: RangePosition,
}

/// Where years of experience, and a pay if given, fall among the career levels.
#[derive(Debug, Clone, PartialEq)]
pub struct Standing {
    pub years: f64,
    /// The level's position among the chart's levels.
    pub index: usize,
    pub level: LevelSpan,
    /// Whether `years` is where this level starts and the one before ends: the guide's spans
    /// ("0–2 years", "2–4 years") both name it, and it counts toward the later one.
    pub on_boundary: bool,
    pub pay: Option<PayStanding>,
}

impl Standing {
    /// Places `years` of experience (0 or more) and, if given, a yearly pay in whole US dollars.
    pub fn at(
        chart: &SalaryChart,
        range: &SalaryRange,
        years: f64,
        pay_usd: Option<u32>,
    ) -> Result<Self, StandingError> {
        if !years.is_finite() || years < 0.0 {
            return Err(StandingError::Years);
        }
        let (Some(index), Some(level)) = (chart.level_index_at(years), chart.level_at(years)) else {
            return Err(StandingError::NoLevels);
        };
        let pay = match pay_usd {
            Some(usd) => Some(PayStanding {
                usd,
                against_median: Comparison::new(usd, level.median_usd),
                nearest: nearest(&chart.levels, usd).ok_or(StandingError::NoLevels)?,
                range: range_position(range, usd),
            }),
            None => None,
        };
        Ok(Self {
            years,
            index,
            on_boundary: index > 0 && years.total_cmp(&level.years_from).is_eq(),
            level: level.clone(),
            pay,
        })
    }
}

/// The level whose median is nearest `usd`; on a tie the earlier, naming the later.
fn nearest(levels: &[LevelSpan], usd: u32) -> Option<Nearest> {
    let mut best: Option<Nearest> = None;
    for (index, level) in levels.iter().enumerate() {
        let comparison = Comparison::new(usd, level.median_usd);
        match &mut best {
            Some(found) if comparison.distance_usd() < found.comparison.distance_usd() => {
                *found = Nearest {
                    index,
                    comparison,
                    tied_with: None,
                };
            }
            Some(found) if comparison.distance_usd() == found.comparison.distance_usd() => {
                found.tied_with.get_or_insert(index);
            }
            Some(_) => {}
            None => {
                best = Some(Nearest {
                    index,
                    comparison,
                    tied_with: None,
                });
            }
        }
    }
    best
}

fn range_position(range: &SalaryRange, usd: u32) -> RangePosition {
    if usd < range.min_usd_per_year {
        RangePosition::Below
    } else if usd <= range.max_usd_per_year {
        RangePosition::Inside
    } else if range.max_open_ended {
        RangePosition::OpenTop
    } else {
        RangePosition::Above
    }
}

#[cfg(test)]
mod tests;
