//! Type styles for printed pages and text set into rows: words wrapped to a width in the embedded
//! font, several styles on a line.

use super::{
    doc::{NodeId, Op, Structure, Style},
    flow::Row,
};
use crate::{export::font, tokens::Tokens};

/// Paper is light: every printed document uses the light palette.
pub const TOKENS: Tokens = Tokens::LIGHT;

/// Line height as a multiple of the font size.
pub const LEADING: f32 = 1.38;

/// Body text.
#[must_use]
pub fn body(size: f32) -> Style {
    Style {
        size,
        bold: false,
        color: TOKENS.text,
    }
}

/// Strong text (terms, labels, headings).
#[must_use]
pub fn strong(size: f32) -> Style {
    Style {
        size,
        bold: true,
        color: TOKENS.text_strong,
    }
}

/// Secondary text (sources, captions, footers).
#[must_use]
pub fn muted(size: f32) -> Style {
    Style {
        size,
        bold: false,
        color: TOKENS.text_muted,
    }
}

/// Width of `text` in `style`, in points.
#[must_use]
pub fn width(text: &str, style: Style) -> f32 {
    // The bold stroke fattens glyphs without moving them: advances are the face's.
    font::text_width(text, style.size)
}

/// One line: runs of text with their x offset from the line start.
pub type Line = Vec<(String, Style, f32)>;

/// Wraps `runs` (each a run of words in one style; runs are separated by a space) to `max_width`
/// where the Unicode rules allow a break, measured as krilla draws them. A line broken at a space
/// ends in it, so extracted text keeps its word breaks.
#[must_use]
pub fn wrap(runs: &[(&str, Style)], max_width: f32) -> Vec<Line> {
    crate::export::wrap::lines(runs, |style| style.size, max_width)
        .into_iter()
        .map(|line| line.into_iter().map(|p| (p.text, p.style, p.x)).collect())
        .collect()
}

/// Where the baseline sits in a line of `leading` points for text of `size`.
#[must_use]
pub fn baseline(leading: f32, size: f32) -> f32 {
    (leading - size) / 2.0 + size * 0.8
}

/// `runs` wrapped to `max_width` at `x`, one row per line, as content of `node`.
pub fn rows(
    structure: &mut Structure,
    node: NodeId,
    runs: &[(&str, Style)],
    x: f32,
    max_width: f32,
) -> Vec<Row> {
    let size = runs.iter().map(|(_, s)| s.size).fold(0.0, f32::max);
    let leading = size * LEADING;
    wrap(runs, max_width)
        .into_iter()
        .map(|line| {
            let ops = line
                .into_iter()
                .map(|(text, style, dx)| {
                    structure.content(
                        node,
                        Op::Text {
                            x: x + dx,
                            y: baseline(leading, size),
                            text,
                            style,
                        },
                    )
                })
                .collect();
            Row {
                height: leading,
                ops,
                anchor: None,
            }
        })
        .collect()
}

/// The total height of `rows`.
#[must_use]
pub fn height(rows: &[Row]) -> f32 {
    rows.iter().map(|r| r.height).sum()
}

/// Joins `rows` into one row (for blocks that never break, like cards and table rows), each
/// shifted under the one before, starting `dy` below the top.
#[must_use]
pub fn stack(rows: Vec<Row>, dy: f32) -> Row {
    let mut y = dy;
    let mut out = Row::default();
    for row in rows {
        out.ops.extend(row.ops.into_iter().map(|mut p| {
            p.op = p.op.shifted(y);
            p
        }));
        y += row.height;
        out.anchor = out.anchor.or(row.anchor);
    }
    out.height = y;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_runs_of_two_styles_and_keeps_word_breaks() {
        let s = body(10.0);
        let b = strong(10.0);
        let lines = wrap(
            &[("Attention to detail:", b), ("accuracy matters in every test", s)],
            120.0,
        );
        assert!(lines.len() >= 2, "{lines:?}");
        let first = lines.first().expect("a line");
        assert_eq!(first.first().map(|r| r.1), Some(b));
        let text: Vec<String> = lines.iter().flat_map(|l| l.iter().map(|r| r.0.clone())).collect();
        assert_eq!(
            text.join(" ").split_whitespace().collect::<Vec<_>>().join(" "),
            "Attention to detail: accuracy matters in every test"
        );
        for line in &lines {
            let end = line.last().map_or(0.0, |(t, st, x)| x + width(t.trim_end(), *st));
            assert!(end <= 120.5, "line too wide: {end} {line:?}");
        }
    }
}
