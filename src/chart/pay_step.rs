//! What the salary chart's levels and the path chart's steps have in common: a span of years with
//! a US median and average. Both charts' figures and window plots draw their two pay series from
//! it.

use super::{LevelSpan, PathStep};

/// A span of years with a level's median and average: a salary level, or a step of a path.
pub trait SalaryStep {
    /// Where it starts and ends on the x axis, in years.
    fn span(&self) -> [f64; 2];
    fn mid(&self) -> f64;
    fn median_usd(&self) -> u32;
    fn average_usd(&self) -> u32;
}

impl SalaryStep for LevelSpan {
    fn span(&self) -> [f64; 2] {
        [self.years_from, self.years_to_drawn]
    }
    fn mid(&self) -> f64 {
        self.years_mid()
    }
    fn median_usd(&self) -> u32 {
        self.median_usd
    }
    fn average_usd(&self) -> u32 {
        self.average_usd
    }
}

impl SalaryStep for PathStep {
    fn span(&self) -> [f64; 2] {
        [self.x_from, self.x_to]
    }
    fn mid(&self) -> f64 {
        self.x_mid()
    }
    fn median_usd(&self) -> u32 {
        self.median_usd
    }
    fn average_usd(&self) -> u32 {
        self.average_usd
    }
}
