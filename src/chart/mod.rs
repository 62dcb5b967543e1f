//! The chart model: pure functions from the loaded data to what a chart shows (series, ranges,
//! labels, legend names, axis ticks, source lines); and where a reader's years and pay fall
//! among the career levels (`standing`) and what a way in totals (`route`). `present` builds the
//! tables, notes, legends and words on it. The on-screen charts and the exported files both draw
//! from it, so what a reader sees and what they export always agree. No egui in here.

pub(crate) mod charts;
pub(crate) mod global;
pub(crate) mod id;
pub mod path;
mod pay_step;
pub mod route;
pub(crate) mod salary;
mod scale;
pub mod standing;

pub use charts::Charts;
pub use global::{
    DERIVED_LEGEND, GIVEN_LEGEND, GlobalChart, RegionBar, SortOrder, derived_footnote, with_derived_mark,
};
pub use id::ChartId;
pub use path::{PathChart, PathInput, PathStep, Position, Training};
pub use pay_step::SalaryStep;
pub use route::RouteTotal;
pub use salary::{LevelFigure, LevelSpan, SalaryChart, ValueLabel, years_text, years_tick};
pub use scale::ceil_to;
pub use standing::{Standing, StandingError};
