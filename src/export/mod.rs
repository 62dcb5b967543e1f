//! Exports: the guide as Markdown or a self-contained HTML page; each chart as PNG, SVG, PDF or
//! CSV. Rendering is pure (bytes in memory, no I/O) so the window can run it on a worker thread;
//! files are written atomically ([`crate::fs::write_atomically`]), so a failure never leaves a partial
//! file and never touches an existing one.
//!
//! Charts are drawn from the chart model ([`crate::chart`]) in the palette of
//! [`Tokens`](crate::tokens::Tokens), as SVG ([`figure`]); PNG and PDF are rendered from that SVG
//! with the font built into the program ([`font`]), so they look the same everywhere.

pub mod data_copy;
mod error;
mod figure;
pub mod font;
pub(crate) mod html;
mod html_style;
pub mod markdown;
mod options;
mod output;
pub mod pdf;
pub mod plan_markdown;
pub mod render;
mod settings;
pub mod svg;
pub(crate) mod table;
mod target;
pub(crate) mod wrap;

pub use crate::chart::ChartId;
pub use error::ExportError;
pub use options::{
    ChartFormat, DEFAULT_SIZE, ExportTheme, GuideFormat, MAX_SIZE, MIN_SIZE, RenderOptions,
    suggested_file_name, suggested_guide_file_name,
};
pub use output::{
    chart_image, chart_svg, export_chart, export_guide, export_plan, export_target, path_svg, save_chart,
    save_target,
};
pub use settings::{ExportSettings, Offered};
pub use target::{PATH_CHART_SLUG, PlanFormat, PlanPart, Target};
