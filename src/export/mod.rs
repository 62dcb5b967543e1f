//! Exports: the guide as Markdown or a self-contained HTML page; each chart as PNG, SVG, PDF or
//! CSV. Rendering is pure (bytes in memory, no I/O) so the window can run it on a worker thread;
//! files are written atomically ([`write::write_atomically`]), so a failure never leaves a partial
//! file and never touches an existing one.
//!
//! Charts are drawn from the chart model ([`crate::chart`]) in the palette of
//! [`Tokens`](crate::tokens::Tokens), as SVG ([`charts`]); PNG and PDF are rendered from that SVG
//! with the font built into the program ([`font`]), so they look the same everywhere.

pub mod charts;
pub mod font;
pub mod html;
pub mod markdown;
pub mod pdf;
pub mod render;
pub mod svg;
pub mod table;
pub mod write;

use std::path::Path;

use crate::{
    chart::{GlobalChart, SalaryChart, SortOrder},
    model::Guide,
    tokens::Tokens,
};

/// Smallest width or height of an exported chart, in pixels.
pub const MIN_SIZE: u32 = 200;
/// Largest width or height of an exported chart, in pixels.
pub const MAX_SIZE: u32 = 10_000;
/// Default size of an exported chart, in pixels.
pub const DEFAULT_SIZE: [u32; 2] = [1600, 1000];

/// A chart that can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// US median and average pay by experience level.
    SalaryByExperience,
    /// Typical pay ranges by region, in USD.
    GlobalSalaries,
}

impl ChartId {
    /// Both charts.
    pub const ALL: [Self; 2] = [Self::SalaryByExperience, Self::GlobalSalaries];

    /// `salary-by-experience`, `global-salaries`: the command-line name and file stem.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Self::SalaryByExperience => "salary-by-experience",
            Self::GlobalSalaries => "global-salaries",
        }
    }

    /// The chart drawing the data set with `id` (as in a `Chart(id)` block), if any.
    #[must_use]
    pub fn for_data_set(guide: &Guide, id: &str) -> Option<Self> {
        if id == guide.salary.id {
            Some(Self::SalaryByExperience)
        } else if id == guide.global.id {
            Some(Self::GlobalSalaries)
        } else {
            None
        }
    }

    /// The chart's title, from the data.
    #[must_use]
    pub fn title(self, guide: &Guide) -> String {
        match self {
            Self::SalaryByExperience => guide.salary.title.clone(),
            Self::GlobalSalaries => guide.global.title.clone(),
        }
    }
}

/// A file format for a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartFormat {
    /// A raster image of exactly the requested size.
    Png,
    /// A vector image; text stays text.
    Svg,
    /// A one-page vector PDF.
    Pdf,
    /// The chart's figures.
    Csv,
}

impl ChartFormat {
    /// Every chart format.
    pub const ALL: [Self; 4] = [Self::Png, Self::Svg, Self::Pdf, Self::Csv];

    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
        }
    }

    /// Whether the output is text (and so may go to standard output).
    #[must_use]
    pub fn is_text(self) -> bool {
        matches!(self, Self::Svg | Self::Csv)
    }

    /// Whether the output depends on the size and theme (everything but CSV).
    #[must_use]
    pub fn is_drawn(self) -> bool {
        !matches!(self, Self::Csv)
    }

    /// A short name for a file dialog filter, e.g. "PNG image".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG image",
            Self::Svg => "SVG image",
            Self::Pdf => "PDF document",
            Self::Csv => "CSV data",
        }
    }
}

/// A file format for the whole guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GuideFormat {
    /// Markdown, with the charts as tables.
    Markdown,
    /// One self-contained HTML page with both charts as inline SVG.
    Html,
}

impl GuideFormat {
    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Html => "html",
        }
    }
}

/// The colour theme of an exported chart or HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ExportTheme {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

impl ExportTheme {
    /// The theme matching egui's `dark_mode`.
    #[must_use]
    pub fn from_dark_mode(dark: bool) -> Self {
        if dark { Self::Dark } else { Self::Light }
    }

    /// The design tokens (palette) of this theme.
    #[must_use]
    pub fn tokens(self) -> Tokens {
        match self {
            Self::Light => Tokens::LIGHT,
            Self::Dark => Tokens::DARK,
        }
    }
}

/// How to draw a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderOptions {
    /// Width in pixels ([`MIN_SIZE`]..=[`MAX_SIZE`]); a PDF page is this many CSS pixels wide.
    pub width: u32,
    /// Height in pixels ([`MIN_SIZE`]..=[`MAX_SIZE`]).
    pub height: u32,
    pub theme: ExportTheme,
    /// Order of the regions in the salaries-around-the-world chart and its CSV.
    pub sort: SortOrder,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            width: DEFAULT_SIZE[0],
            height: DEFAULT_SIZE[1],
            theme: ExportTheme::Light,
            sort: SortOrder::default(),
        }
    }
}

impl RenderOptions {
    /// Checks the size is within [`MIN_SIZE`]..=[`MAX_SIZE`].
    pub fn validate(&self) -> Result<(), ExportError> {
        for (dimension, value) in [("width", self.width), ("height", self.height)] {
            if !(MIN_SIZE..=MAX_SIZE).contains(&value) {
                return Err(ExportError::InvalidSize { dimension, value });
            }
        }
        Ok(())
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The requested width or height is out of range.
    #[error("the {dimension} {value} px is out of range: it must be from {MIN_SIZE} to {MAX_SIZE} px")]
    InvalidSize {
        /// "width" or "height".
        dimension: &'static str,
        value: u32,
    },
    /// Drawing or encoding failed.
    #[error("{0}")]
    Render(String),
    /// Writing the file failed (the message names the path).
    #[error(transparent)]
    Write(#[from] write::WriteError),
}

/// A file name for `chart` in `format`: `salary-by-experience.svg`.
#[must_use]
pub fn suggested_file_name(chart: ChartId, format: ChartFormat) -> String {
    format!("{}.{}", chart.slug(), format.extension())
}

/// A file name for the guide in `format`: `medtech-guide.html`.
#[must_use]
pub fn suggested_guide_file_name(format: GuideFormat) -> String {
    format!("medtech-guide.{}", format.extension())
}

fn layout(chart: ChartId, options: &RenderOptions, caption: bool) -> charts::Layout {
    charts::Layout {
        width: options.width as f32,
        height: options.height as f32,
        tokens: options.theme.tokens(),
        sort: options.sort,
        caption,
        id: chart.slug().to_owned(),
    }
}

/// `chart` as an SVG document (title, legend, axes, data, source line).
pub fn chart_svg(guide: &Guide, chart: ChartId, options: &RenderOptions) -> Result<String, ExportError> {
    options.validate()?;
    Ok(svg_for(guide, chart, &layout(chart, options, true)))
}

fn svg_for(guide: &Guide, chart: ChartId, layout: &charts::Layout) -> String {
    match chart {
        ChartId::SalaryByExperience => charts::salary_svg(&SalaryChart::from_guide(guide), layout),
        ChartId::GlobalSalaries => charts::global_svg(&GlobalChart::from_guide(guide), layout),
    }
}

/// `chart` in `format`, as the bytes of the file. Pure: nothing is written.
pub fn export_chart(
    guide: &Guide,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        ChartFormat::Csv => match chart {
            ChartId::SalaryByExperience => table::salary_csv(&SalaryChart::from_guide(guide)),
            ChartId::GlobalSalaries => table::global_csv(&GlobalChart::from_guide(guide), options.sort),
        },
        ChartFormat::Svg => chart_svg(guide, chart, options).map(String::into_bytes),
        ChartFormat::Png => {
            let svg = chart_svg(guide, chart, options)?;
            let pixels = render::rgba(&svg, options.width, options.height)?;
            render::png(&pixels, options.width, options.height, &chart.title(guide))
        }
        ChartFormat::Pdf => {
            let svg = chart_svg(guide, chart, options)?;
            render::pdf(&svg, options.width, options.height, &chart.title(guide))
        }
    }
}

/// `chart` as an image for the clipboard (`egui::Context::copy_image`).
pub fn chart_image(
    guide: &Guide,
    chart: ChartId,
    options: &RenderOptions,
) -> Result<egui::ColorImage, ExportError> {
    let svg = chart_svg(guide, chart, options)?;
    let pixels = render::rgba(&svg, options.width, options.height)?;
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        [options.width as usize, options.height as usize],
        &pixels,
    ))
}

/// The whole guide in `format`. `options` sets the HTML page's theme and the order of regions
/// in its chart; Markdown ignores it.
#[must_use]
pub fn export_guide(guide: &Guide, format: GuideFormat, options: &RenderOptions) -> String {
    match format {
        GuideFormat::Markdown => markdown::guide_markdown(guide),
        GuideFormat::Html => html::guide_html(guide, options.theme, options.sort),
    }
}

/// Renders `chart` and writes it to `path` atomically.
pub fn save_chart(
    guide: &Guide,
    chart: ChartId,
    format: ChartFormat,
    options: &RenderOptions,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_chart(guide, chart, format, options)?;
    write::write_atomically(path, &bytes)?;
    Ok(())
}

/// Renders the guide and writes it to `path` atomically.
pub fn save_guide(
    guide: &Guide,
    format: GuideFormat,
    options: &RenderOptions,
    path: &Path,
) -> Result<(), ExportError> {
    write::write_atomically(path, export_guide(guide, format, options).as_bytes())?;
    Ok(())
}
