//! The charts (salary by experience, salaries around the world, a reader's path) as static SVG figures, laid out from the chart model ([`crate::chart`]) in the
//! theme's palette: a shared frame (title, legend, notes), then each chart's own plot. PNG and PDF
//! are rendered from this SVG, so every format shows the same figure.
//!
//! Everything is laid out at a design size of 1000×625 and scaled to the requested size, so a
//! smaller export is the same figure, smaller.

mod colour;
mod frame;
mod global;
mod legend;
mod path;
mod plot;
mod salary;

pub use frame::Layout;
pub use global::global_svg;
pub use path::path_svg;
pub use salary::salary_svg;
