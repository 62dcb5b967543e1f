//! The one line wrapper of every export (the printed pages and the SVG figures): lines break only
//! where the Unicode line-breaking rules (UAX #14) allow, and each line is measured as it will be
//! drawn, piece by piece, each piece shaped whole ([`font::text_width`]).

use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::font;

/// A piece of a line in one style, and where it starts from the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece<S> {
    pub text: String,
    pub style: S,
    pub x: f32,
}

/// The runs as one text (whitespace collapsed, runs joined by a space), with the byte at which
/// each style ends (runs of one style in a row are one); the space after a run is the run's.
fn joined<S: Copy + PartialEq>(runs: &[(&str, S)]) -> (String, Vec<(usize, S)>) {
    let mut text = String::new();
    let mut ends: Vec<(usize, S)> = Vec::new();
    for (run, style) in runs {
        let mut words = run.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if let Some((end, _)) = ends.last_mut() {
            text.push(' ');
            *end = text.len();
        }
        for (index, word) in words.enumerate() {
            if index > 0 {
                text.push(' ');
            }
            text.push_str(word);
        }
        match ends.last_mut() {
            Some((end, last)) if *last == *style => *end = text.len(),
            _ => ends.push((text.len(), *style)),
        }
    }
    (text, ends)
}

/// `text[start..end]` in pieces of one style, each at the x it is drawn at (the widths of the
/// pieces before it), and the width of the whole without its trailing space. That space stays on
/// the last piece, so text read back from a PDF keeps its word breaks.
fn pieces<S: Copy>(
    text: &str,
    ends: &[(usize, S)],
    (start, end): (usize, usize),
    size: &impl Fn(S) -> f32,
) -> (Vec<Piece<S>>, f32) {
    let line = text.get(start..end).unwrap_or_default();
    let spaced = line.ends_with(' ');
    let end = start + line.trim_end().len();
    let mut out = Vec::new();
    let (mut from, mut x) = (start, 0.0);
    for &(run_end, style) in ends {
        if run_end <= from {
            continue;
        }
        let to = run_end.min(end);
        if let Some(piece) = text.get(from..to).filter(|p| !p.is_empty()) {
            let width = font::text_width(piece, size(style));
            out.push(Piece {
                text: piece.to_owned(),
                style,
                x,
            });
            x += width;
        }
        from = to;
        if from >= end {
            break;
        }
    }
    if spaced && let Some(last) = out.last_mut() {
        last.text.push(' ');
    }
    (out, x)
}

/// The width of `text[start..end]` drawn piece by piece in its styles.
fn width<S: Copy>(
    text: &str,
    ends: &[(usize, S)],
    (start, end): (usize, usize),
    size: &impl Fn(S) -> f32,
) -> f32 {
    let mut from = start;
    let mut total = 0.0;
    for &(run_end, style) in ends {
        if run_end <= from {
            continue;
        }
        let to = run_end.min(end);
        total += text
            .get(from..to)
            .map_or(0.0, |t| font::text_width(t, size(style)));
        from = to;
        if from >= end {
            break;
        }
    }
    total
}

/// Wraps `runs` (each a run of words in one style; runs are separated by a space) to
/// `max_width`: greedily, at the break opportunities of UAX #14, measured with each style's
/// `size`. A piece that cannot break and is wider than `max_width` gets a line to itself. A line
/// that breaks at a space ends in that space (not counted in its width).
///
/// Each piece between two break opportunities is shaped once, to choose the breaks (kerning
/// across a break, next to a space, is nil in practice); each line is then set as it is drawn,
/// every piece of one style shaped whole, and its pieces placed at those widths.
#[must_use]
pub fn lines<S: Copy + PartialEq>(
    runs: &[(&str, S)],
    size: impl Fn(S) -> f32,
    max_width: f32,
) -> Vec<Vec<Piece<S>>> {
    let (text, ends) = joined(runs);
    // Where each line starts and ends.
    let mut breaks: Vec<(usize, usize)> = Vec::new();
    let (mut start, mut from) = (0, 0);
    // The width of the line up to `from`, trailing space included; and where it may end.
    let (mut advanced, mut fitting): (f32, Option<usize>) = (0.0, None);
    for (at, opportunity) in linebreaks(&text) {
        let segment = text.get(from..at).unwrap_or_default();
        let trimmed = from + segment.trim_end().len();
        let inked = width(&text, &ends, (from, trimmed), &size);
        let full = if trimmed == at {
            inked
        } else {
            width(&text, &ends, (from, at), &size)
        };
        if advanced + inked > max_width
            && let Some(end) = fitting
        {
            breaks.push((start, end));
            (start, advanced) = (end, 0.0);
        }
        advanced += full;
        fitting = Some(at);
        from = at;
        if opportunity == BreakOpportunity::Mandatory {
            if start < at {
                breaks.push((start, at));
            }
            (start, advanced, fitting) = (at, 0.0, None);
        }
    }
    breaks
        .into_iter()
        .map(|range| pieces(&text, &ends, range, &size).0)
        .filter(|line| !line.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Vec<Piece<f32>>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn breaks_where_unicode_allows_and_never_before_closing_punctuation() {
        let size = 20.0;
        let two = font::text_width("Junior Medical", size);
        let lines = lines(&[("Junior Medical Technician", size)], |s| s, two + 1.0);
        assert_eq!(texts(&lines), ["Junior Medical ", "Technician"]);
        // A hyphen is a break opportunity; a closing bracket never starts a line.
        let width = font::text_width("full-", size) + 1.0;
        assert_eq!(
            texts(&super::lines(&[("full-time (USD)", size)], |s| s, width)),
            ["full-", "time ", "(USD)"]
        );
        assert_eq!(
            texts(&super::lines(
                &[("(a) b", size)],
                |s| s,
                font::text_width("(a", size)
            )),
            ["(a) ", "b"]
        );
        assert!(super::lines(&[("  ", size)], |s| s, 100.0).is_empty());
        assert_eq!(
            texts(&super::lines(&[("Supercalifragilistic", size)], |s| s, 5.0)),
            ["Supercalifragilistic"]
        );
    }

    #[test]
    fn a_second_style_starts_where_the_first_is_drawn_to() {
        let lines = lines(
            &[("Attention to detail:", 10.0), ("accuracy", 12.0)],
            |s| s,
            500.0,
        );
        let [line] = lines.as_slice() else {
            panic!("one line: {lines:?}");
        };
        let [first, second] = line.as_slice() else {
            panic!("two pieces: {line:?}");
        };
        assert_eq!(first.text, "Attention to detail: ");
        assert_eq!(second.text, "accuracy");
        assert!((second.x - font::text_width("Attention to detail: ", 10.0)).abs() < 1e-4);
    }
}
