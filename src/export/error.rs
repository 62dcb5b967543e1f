//! Why an export failed, in words for the person who asked for it: each cause its own variant,
//! and nothing in a message is debug output.

use krilla::{configure::ValidationError, error::KrillaError};

use super::options::{MAX_SIZE, MIN_SIZE};

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
    /// The chart's own drawing (SVG the program wrote) could not be read back: a bug.
    #[error("cannot draw the chart: its drawing could not be read ({0}); please report this")]
    Drawing(#[from] resvg::usvg::Error),
    /// There is no memory for an image this large.
    #[error("cannot make a {width}×{height} px image: not enough memory; try a smaller size")]
    ImageTooLarge { width: u32, height: u32 },
    /// Encoding the PNG failed.
    #[error("cannot encode the PNG image: {0}")]
    Png(#[from] png::EncodingError),
    /// Writing the CSV failed.
    #[error("cannot write the CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The font built into the program cannot be read: a bug.
    #[error("the built-in font cannot be read; please report this")]
    Font,
    /// A page or figure would have no area.
    #[error("cannot make a page or figure of {width}×{height} pt")]
    NoArea { width: f32, height: f32 },
    /// A chart could not be drawn into a PDF page.
    #[error("cannot draw a chart into the PDF; please report this")]
    ChartInPdf,
    /// The handout was laid out to no page: a bug.
    #[error("the handout came out with no page; please report this")]
    EmptyHandout,
    /// The whole guide has no PNG form.
    #[error("the whole guide is printed as PDF only; the handout also comes as PNG")]
    GuideAsPng,
    /// A copy of the data was asked for as one file.
    #[error("a copy of the data is a folder of files, not one file")]
    NotAFile,
    /// The PDF's accessibility checks could not be set up: a bug.
    #[error("cannot set up the PDF's accessibility checks (PDF/UA-1); please report this")]
    PdfSetup,
    /// Writing the PDF failed.
    #[error("cannot write the PDF: {}", pdf_problem(.0))]
    Pdf(KrillaError),
    /// Writing the file failed (the message names the path).
    #[error(transparent)]
    Write(#[from] crate::fs::WriteError),
}

/// What krilla's refusal means, in words.
fn pdf_problem(error: &KrillaError) -> String {
    match error {
        KrillaError::Font(_, why) => format!("the built-in font could not be embedded ({why})"),
        KrillaError::Validation(errors) => {
            let rules: Vec<String> = errors.iter().map(|(e, _)| broken_rule(e)).collect();
            let count = rules.len();
            let noun = if count == 1 { "rule" } else { "rules" };
            format!(
                "it would break {count} {noun} of accessible PDF (PDF/UA-1): {}; please report this",
                rules.join("; ")
            )
        }
        KrillaError::Limit(limit) => format!("it is too large for the PDF format ({limit})"),
        _ => "its structure came out inconsistent; please report this".to_owned(),
    }
}

/// One broken PDF/UA rule, in words.
fn broken_rule(error: &ValidationError) -> String {
    match error {
        ValidationError::ContainsNotDefGlyph(_, _, text) => {
            format!("the text “{text}” has a character the built-in font lacks")
        }
        ValidationError::NoDocumentLanguage => "it names no language".to_owned(),
        ValidationError::NoDocumentTitle => "it has no title".to_owned(),
        ValidationError::MissingAltText(_) => "a picture has no text alternative".to_owned(),
        ValidationError::TooLongString
        | ValidationError::TooLongName
        | ValidationError::TooLongArray
        | ValidationError::TooLongDictionary
        | ValidationError::TooLargeFloat
        | ValidationError::TooManyIndirectObjects => "a part of it is too large for PDF".to_owned(),
        _ => "a rule of its structure or fonts".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_failures_speak_to_people() {
        let limit = ExportError::Pdf(KrillaError::Limit(krilla::error::LimitError::TooLongArray));
        assert_eq!(
            limit.to_string(),
            "cannot write the PDF: it is too large for the PDF format (an array exceeded the maximum allowed length)"
        );
        let inconsistent = ExportError::Pdf(KrillaError::DuplicateNamedDestination(std::sync::Arc::new(
            "x".to_owned(),
        )));
        assert_eq!(
            inconsistent.to_string(),
            "cannot write the PDF: its structure came out inconsistent; please report this"
        );
        assert_eq!(broken_rule(&ValidationError::NoDocumentTitle), "it has no title");
    }
}
