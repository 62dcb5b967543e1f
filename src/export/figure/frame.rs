//! The frame every figure shares: design size and scale, title, notes and accessible description,
//! and the round steps of an axis.

use super::legend::{Swatch, draw_legend, legend_swatches};
// The drawing kit every part of a figure uses, named once here.
pub(super) use crate::export::{
    font,
    svg::{Anchor, Svg, TextStyle},
};
use crate::{chart::SortOrder, present::ChartParts, tokens::Tokens};

/// The size the type sizes below are designed for.
const DESIGN_SIZE: [f32; 2] = [1000.0, 625.0];

/// Type sizes and spacing at the design size (pixels).
pub(super) mod design {
    pub const PAD: f32 = 26.0;
    pub const TITLE: f32 = 23.0;
    pub const LEGEND: f32 = 13.0;
    pub const TICK: f32 = 12.0;
    pub const AXIS: f32 = 12.5;
    pub const LABEL: f32 = 12.5;
    pub const VALUE: f32 = 11.5;
    pub const SOURCE: f32 = 11.0;
    pub const LINE_HEIGHT: f32 = 1.3;
    pub const GAP: f32 = 10.0;
    pub const TICK_LENGTH: f32 = 5.0;
    pub const SERIES_WIDTH: f32 = 2.5;
    pub const MARKER_RADIUS: f32 = 4.5;
    pub const SWATCH: f32 = 28.0;
}

/// How to lay out one chart.
#[derive(Debug, Clone)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub tokens: Tokens,
    pub sort: SortOrder,
    /// Whether the source line (and footnotes) are drawn inside the figure; the HTML guide puts
    /// them in the figure's caption instead.
    pub caption: bool,
    /// Prefix for element ids, unique per figure in a document.
    pub id: String,
    /// Text size relative to the drawing (1 on screen and in image exports). A figure printed at
    /// a column's width needs larger text than one shown at its own size: 1.5 keeps the axis labels
    /// of a full-width printed chart at about 8 pt.
    pub text_scale: f32,
}

impl Layout {
    fn scale(&self) -> f32 {
        (self.width / DESIGN_SIZE[0]).min(self.height / DESIGN_SIZE[1])
    }
}

/// Sizes for one rendering: the design sizes times the scale (text also times its own scale).
pub(super) struct Metrics {
    s: f32,
    /// The scale of text: `s` times [`Layout::text_scale`].
    t: f32,
}

impl Metrics {
    /// A length (padding, gap, stroke) in the drawing.
    pub(super) fn px(&self, design: f32) -> f32 {
        design * self.s
    }

    /// A font size.
    pub(super) fn font(&self, design_size: f32) -> f32 {
        design_size * self.t
    }

    /// The height of a line of text of a design size.
    pub(super) fn line(&self, design_size: f32) -> f32 {
        design_size * design::LINE_HEIGHT * self.t
    }
}

/// Baseline that centres capitals on `center_y`.
pub(super) fn baseline(center_y: f32, size: f32) -> f32 {
    center_y + font::cap_height(size) / 2.0
}

/// A round step for about `max / step <= max_ticks` ticks from 0 to `max`.
pub(super) fn nice_step(max: f64, max_ticks: f64) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / max_ticks.max(1.0);
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|step| *step >= raw)
        .unwrap_or(10.0 * magnitude)
}

/// Multiples of `step` from 0 to `max` inclusive.
pub(super) fn ticks(max: f64, step: f64) -> Vec<f64> {
    let count = (max / step + 1e-9).floor().max(0.0) as usize;
    (0..=count.min(1000)).map(|i| i as f64 * step).collect()
}

/// Draws the title, wrapped to the width; returns the y below it.
fn draw_title(svg: &mut Svg, title: &str, layout: &Layout, m: &Metrics, top: f32) -> f32 {
    let size = m.font(design::TITLE);
    let pad = m.px(design::PAD);
    let lines = font::wrap(title, size, layout.width - 2.0 * pad);
    let style = TextStyle {
        size,
        color: layout.tokens.text_strong,
        anchor: Anchor::Start,
    };
    let line_height = m.line(design::TITLE);
    svg.text_lines(pad, top + font::cap_height(size), line_height, style, &lines);
    top + lines.len() as f32 * line_height
}

/// Draws wrapped paragraphs of small muted text ending at `bottom`; returns their top.
fn draw_notes_above(svg: &mut Svg, notes: &[String], layout: &Layout, m: &Metrics, bottom: f32) -> f32 {
    let size = m.font(design::SOURCE);
    let pad = m.px(design::PAD);
    let wrapped: Vec<Vec<String>> = notes
        .iter()
        .map(|note| font::wrap(note, size, layout.width - 2.0 * pad))
        .collect();
    let line_height = m.line(design::SOURCE);
    let count: usize = wrapped.iter().map(Vec::len).sum();
    let top = bottom - count as f32 * line_height;
    let style = TextStyle {
        size,
        color: layout.tokens.text_muted,
        anchor: Anchor::Start,
    };
    let mut y = top;
    for lines in &wrapped {
        svg.text_lines(pad, y + font::cap_height(size), line_height, style, lines);
        y += lines.len() as f32 * line_height;
    }
    top
}

/// The chart's title and description, for the SVG's accessible name.
fn description(description: &str, notes: &[String]) -> String {
    let mut text = description.to_owned();
    for note in notes {
        text.push(' ');
        text.push_str(note);
    }
    text
}

/// What goes under the legend of a chart with a y axis: the axis's unit ("USD per year"), for
/// [`Figure::draw`]'s `between`.
pub(super) fn unit_row<'a>(
    unit: &'a str,
    layout: &'a Layout,
) -> impl FnOnce(&mut Svg, &Metrics, f32) -> f32 + 'a {
    move |svg: &mut Svg, m: &Metrics, top: f32| {
        let style = TextStyle {
            size: m.font(design::AXIS),
            color: layout.tokens.text_muted,
            anchor: Anchor::Start,
        };
        svg.text(m.px(design::PAD), top + font::cap_height(style.size), style, unit);
        top + m.line(design::AXIS) + m.px(6.0)
    }
}

/// The plot's base line, from `left` to `right` along its bottom edge at `y`.
pub(super) fn draw_base_line(svg: &mut Svg, [left, right]: [f32; 2], y: f32, tokens: &Tokens, m: &Metrics) {
    svg.line([left, y], [right, y], tokens.text_muted, m.px(1.0), None);
}

/// A figure begun: the document, its title and legend drawn, the notes under the plot where the
/// figure carries its own caption, and the area left for the plot between them.
pub(super) struct Figure {
    svg: Svg,
    m: Metrics,
    /// The y below the legend, where the plot's area starts.
    top: f32,
    /// The y above the notes (or the padding), where the plot's area ends.
    bottom: f32,
}

impl Figure {
    /// A whole figure as an SVG document: the title, the legend of `parts`, what `between` draws
    /// under the legend (e.g. the y axis's unit; it returns the new top), `parts`' notes with
    /// their sources at the foot where the figure carries its own caption, and `plot` in the area
    /// left between them (its top and bottom y).
    pub fn draw(
        [title, description]: [&str; 2],
        parts: &ChartParts,
        layout: &Layout,
        between: impl FnOnce(&mut Svg, &Metrics, f32) -> f32,
        plot: impl FnOnce(&mut Svg, &Metrics, [f32; 2]),
    ) -> String {
        let legend = legend_swatches(&parts.legend, &layout.tokens);
        let notes = &parts.notes.with_sources;
        let Self {
            mut svg,
            m,
            top,
            bottom,
        } = Self::begin(title, description, notes, &legend, layout, between);
        plot(&mut svg, &m, [top, bottom]);
        svg.finish()
    }

    /// Starts the figure: title, legend, then (unless `between` draws first) the notes.
    fn begin(
        title: &str,
        description_text: &str,
        notes: &[String],
        legend: &[(Swatch, String)],
        layout: &Layout,
        between: impl FnOnce(&mut Svg, &Metrics, f32) -> f32,
    ) -> Self {
        let s = layout.scale();
        let m = Metrics {
            s,
            t: s * layout.text_scale.clamp(0.5, 3.0),
        };
        let mut svg = Svg::new(
            layout.width,
            layout.height,
            layout.tokens.background(),
            &layout.id,
            title,
            &description(description_text, notes),
        );
        let pad = m.px(design::PAD);
        let mut top = draw_title(&mut svg, title, layout, &m, pad);
        top += m.px(4.0);
        top = draw_legend(&mut svg, legend, layout, &m, top);
        top += m.px(design::GAP);
        top = between(&mut svg, &m, top);
        let mut bottom = layout.height - pad;
        if layout.caption {
            bottom = draw_notes_above(&mut svg, notes, layout, &m, bottom) - m.px(design::GAP);
        }
        Self { svg, m, top, bottom }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert!((nice_step(100_000.0, 10.0) - 10_000.0).abs() < 1e-6);
        assert!((nice_step(100_000.0, 4.0) - 25_000.0).abs() < 1e-6);
        assert!((nice_step(80_000.0, 9.0) - 10_000.0).abs() < 1e-6);
        assert!((nice_step(0.0, 9.0) - 1.0).abs() < 1e-6);
        assert_eq!(ticks(100_000.0, 20_000.0).len(), 6);
    }
}
