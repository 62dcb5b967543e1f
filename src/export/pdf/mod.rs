//! Printed documents: the whole guide as a tagged PDF, and a one-page handout (PDF or PNG).
//!
//! Content is laid out once into pages of drawing operations with a structure tree
//! ([`doc`]); [`paint`] writes that as tagged PDF with krilla, [`raster`] draws the same page as
//! an image. The charts are the chart export's own SVG figures ([`crate::export::figure`]).

pub mod doc;
mod document;
pub mod flow;
pub mod guide;
pub mod handout;
pub mod layout;
pub mod matter;
pub mod paint;
pub mod plan;
pub mod raster;
pub mod table;
pub mod text;

pub use document::*;
pub use layout::Paper;
