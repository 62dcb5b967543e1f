//! The chart model: pure functions from the loaded data to what a chart shows (series, ranges,
//! labels, units, source lines). The on-screen charts and the exported files both draw from it,
//! so what a reader sees and what they export always agree. No egui in here.

pub mod derived;
pub mod global;
pub mod salary;

pub use derived::Charts;
pub use global::{GlobalChart, RegionBar, SortOrder};
pub use salary::{LevelSpan, SalaryChart};

/// Rounds `value` up to a multiple of `step` (for axis ends).
#[must_use]
pub fn ceil_to(value: f64, step: f64) -> f64 {
    (value / step).ceil() * step
}
