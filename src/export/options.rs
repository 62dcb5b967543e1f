//! What an export is: chart and guide formats, themes, sizes and the suggested file names.

use super::ExportError;
use crate::{chart::ChartId, chart::SortOrder, tokens::Tokens};

/// Smallest width or height of an exported chart, in pixels.
pub const MIN_SIZE: u32 = 200;
/// Largest width or height of an exported chart, in pixels.
pub const MAX_SIZE: u32 = 10_000;
/// Default size of an exported chart, in pixels.
pub const DEFAULT_SIZE: [u32; 2] = [1600, 1000];

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Names Windows refuses for files: reserved characters, device names, a trailing dot or space.
    fn windows_safe(name: &str) -> bool {
        let stem = name.split('.').next().unwrap_or(name).to_ascii_uppercase();
        let devices = [
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "LPT1", "LPT2", "LPT3",
        ];
        !name.is_empty()
            && !name.chars().any(|c| c.is_control() || r#"<>:"/\|?*"#.contains(c))
            && !name.ends_with(['.', ' '])
            && !devices.contains(&stem.as_str())
    }

    #[test]
    fn suggested_file_names_are_valid_on_windows() {
        let mut names = Vec::new();
        for chart in ChartId::ALL {
            for format in ChartFormat::ALL {
                names.push(suggested_file_name(chart, format));
            }
        }
        for format in [GuideFormat::Markdown, GuideFormat::Html] {
            names.push(suggested_guide_file_name(format));
        }
        for name in &names {
            assert!(windows_safe(name), "not a valid Windows file name: {name:?}");
        }
        assert!(!windows_safe("a:b.png") && !windows_safe("CON.png") && !windows_safe("x."));
    }
}
