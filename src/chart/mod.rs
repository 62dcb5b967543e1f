//! The chart model: pure functions from the loaded data to what a chart shows (series, ranges,
//! labels, legend names, axis ticks, source lines). `present` builds the tables, notes and legends
//! on it. The on-screen charts
//! and the exported files both draw from it, so what a reader sees and what they export always
//! agree. No egui in here.

pub(crate) mod charts;
pub(crate) mod global;
pub(crate) mod id;
pub(crate) mod salary;
mod scale;

pub use charts::Charts;
pub use global::{
    DERIVED_LEGEND, GIVEN_LEGEND, GlobalChart, RegionBar, SortOrder, derived_footnote, with_derived_mark,
};
pub use id::ChartId;
pub use salary::{LevelFigure, LevelSpan, SalaryChart, ValueLabel, years_text, years_tick};
pub use scale::ceil_to;
