//! Text in the printed guide lands where it was measured to: right-aligned figures, read back
//! from the PDF as drawn (text matrix, glyph widths and kerning adjustments), end at the right
//! margin. Measured from glyph advances without kerning, "Page 2 of 21" ended 0.07 pt short.

use crate::common;
use crate::common::data::shown;

use common::{data::guide, pdf::drawn_lines};
use medtech_guide::export::pdf::{self, Paper};

#[test]
fn contents_page_numbers_and_footers_end_at_the_right_margin() {
    let guide = guide();
    for paper in Paper::ALL {
        let bytes = pdf::guide_pdf(&shown(&guide), paper).unwrap_or_else(|e| panic!("the guide PDF: {e}"));
        let margin = f64::from(paper.size().width - pdf::guide::MARGINS[0]);
        let lines = drawn_lines(&bytes);
        let Some(contents) = lines.iter().find(|l| l.text.trim() == "Contents").map(|l| l.page) else {
            panic!("{paper:?}: a contents page");
        };
        let numbered: Vec<_> = lines
            .iter()
            .filter(|l| l.page == contents && l.text.trim_end().ends_with(|c: char| c.is_ascii_digit()))
            .collect();
        assert!(numbered.len() >= 10, "{paper:?}: contents entries {numbered:#?}");
        let footers: Vec<_> = lines.iter().filter(|l| l.text.contains("Page ")).collect();
        assert!(footers.len() >= 10, "{paper:?}: footers {footers:#?}");
        for line in numbered.iter().chain(&footers) {
            assert!(
                (line.end - margin).abs() < 0.01,
                "{paper:?}, page {}: {:?} ends at {:.2} pt, the margin is at {margin:.2} pt",
                line.page,
                line.text,
                line.end
            );
        }
    }
}
