//! What can be printed (the guide, the handout), in which format, and the calls that produce it.

use std::path::Path;

use super::layout::Paper;

use super::{super::ExportError, guide, handout, paint, raster};
use crate::present::Presentation;

/// Resolution of the PNG handout.
pub const HANDOUT_DPI: f32 = 150.0;

/// A printed document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrintDocument {
    /// The whole guide (PDF only).
    Guide,
    /// The one-page handout.
    Handout,
}

/// The file format of a printed document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PrintFormat {
    /// Tagged PDF.
    Pdf,
    /// An image of the page (the handout only).
    Png,
}

impl PrintFormat {
    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
        }
    }
}

impl PrintDocument {
    /// `guide`, `handout`: the command-line name.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Self::Guide => "guide",
            Self::Handout => "handout",
        }
    }

    /// The formats this document comes in.
    #[must_use]
    pub fn formats(self) -> &'static [PrintFormat] {
        match self {
            Self::Guide => &[PrintFormat::Pdf],
            Self::Handout => &[PrintFormat::Pdf, PrintFormat::Png],
        }
    }

    /// A file name: `medtech-guide.pdf`, `medtech-guide-handout.png`.
    #[must_use]
    pub fn file_name(self, format: PrintFormat) -> String {
        match self {
            Self::Guide => format!("medtech-guide.{}", format.extension()),
            Self::Handout => format!("medtech-guide-handout.{}", format.extension()),
        }
    }
}

/// The whole guide as a tagged PDF on `paper`.
pub fn guide_pdf(present: &Presentation, paper: Paper) -> Result<Vec<u8>, ExportError> {
    paint::pdf(&guide::layout(present, paper))
}

/// The handout as a one-page tagged PDF on `paper`.
pub fn handout_pdf(present: &Presentation, paper: Paper) -> Result<Vec<u8>, ExportError> {
    paint::pdf(&handout::layout(present, paper))
}

/// The handout as a PNG of the page at [`HANDOUT_DPI`].
pub fn handout_png(present: &Presentation, paper: Paper) -> Result<Vec<u8>, ExportError> {
    let document = handout::layout(present, paper);
    let page = document.pages.first().ok_or(ExportError::EmptyHandout)?;
    let width_px = (document.size.width / 72.0 * HANDOUT_DPI).round() as u32;
    raster::png(page, document.size, width_px, &document.title)
}

/// `document` in `format` on `paper`, as the bytes of the file. Pure: nothing is written.
pub fn export_document(
    present: &Presentation,
    document: PrintDocument,
    format: PrintFormat,
    paper: Paper,
) -> Result<Vec<u8>, ExportError> {
    match (document, format) {
        (PrintDocument::Guide, PrintFormat::Pdf) => guide_pdf(present, paper),
        (PrintDocument::Handout, PrintFormat::Pdf) => handout_pdf(present, paper),
        (PrintDocument::Handout, PrintFormat::Png) => handout_png(present, paper),
        (PrintDocument::Guide, PrintFormat::Png) => Err(ExportError::GuideAsPng),
    }
}

/// Renders `document` and writes it to `path` atomically.
pub fn save_document(
    present: &Presentation,
    document: PrintDocument,
    format: PrintFormat,
    paper: Paper,
    path: &Path,
) -> Result<(), ExportError> {
    let bytes = export_document(present, document, format, paper)?;
    crate::fs::write_atomically(path, &bytes)?;
    Ok(())
}
