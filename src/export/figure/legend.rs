//! A figure's legend: a row of swatches (lines with markers, filled boxes) and their names.

use egui::Color32;

use super::frame::{Anchor, Layout, Metrics, Svg, TextStyle, baseline, design, font};
use crate::{
    present::{LegendEntry, SeriesKind},
    tokens::Tokens,
};

/// A legend entry's symbol.
pub(super) enum Swatch {
    /// A line, optionally dashed, with a marker in the middle.
    Line {
        color: Color32,
        dashed: bool,
        marker: Option<Marker>,
    },
    /// A filled box, optionally outlined.
    Box { fill: Color32, stroke: Option<Color32> },
}

/// The swatch a figure draws for a series of `kind`: the colours and marks its plot uses.
fn swatch(kind: SeriesKind, t: &Tokens) -> Swatch {
    let line = |color, dashed, marker| Swatch::Line {
        color,
        dashed,
        marker,
    };
    match kind {
        SeriesKind::Median => line(t.salary_median, false, Some(Marker::Circle)),
        SeriesKind::Average => line(t.salary_average, false, Some(Marker::Square)),
        SeriesKind::MedianReference => line(t.reference_line, true, None),
        SeriesKind::RangeReference => Swatch::Box {
            fill: t.reference_band,
            stroke: Some(t.grid),
        },
        SeriesKind::GivenRange => Swatch::Box {
            fill: t.region_bar,
            stroke: None,
        },
        SeriesKind::DerivedRange => Swatch::Box {
            fill: t.region_derived,
            stroke: Some(t.region_bar),
        },
        SeriesKind::Highlighted => Swatch::Box {
            fill: t.region_highlight,
            stroke: None,
        },
        SeriesKind::Training => Swatch::Box {
            fill: t.training_band,
            stroke: Some(t.grid),
        },
        SeriesKind::Position => Swatch::Line {
            color: t.position,
            dashed: false,
            marker: Some(Marker::Diamond),
        },
    }
}

/// A legend's entries with the swatches a figure draws for them.
pub(super) fn legend_swatches(entries: &[LegendEntry], t: &Tokens) -> Vec<(Swatch, String)> {
    entries
        .iter()
        .map(|e| (swatch(e.kind, t), e.name.clone()))
        .collect()
}

#[derive(Clone, Copy)]
pub(super) enum Marker {
    Circle,
    Square,
    /// The reader's own position on the path chart: a filled diamond, unlike either series.
    Diamond,
}

pub(super) fn draw_marker(
    svg: &mut Svg,
    marker: Marker,
    at: [f32; 2],
    radius: f32,
    color: Color32,
    outline: Color32,
) {
    match marker {
        Marker::Circle => svg.circle(at, radius, color, (outline, radius * 0.3)),
        // Hollow, so that the two series still differ where colour does not (grey-scale print):
        // a filled circle against an open square.
        Marker::Square => {
            let half = radius * 0.85;
            svg.rect(
                at[0] - half,
                at[1] - half,
                2.0 * half,
                2.0 * half,
                outline,
                Some((color, radius * 0.5)),
            );
        }
        Marker::Diamond => {
            let r = radius * 1.4;
            let [x, y] = at;
            svg.polygon(
                &[[x, y - r], [x + r, y], [x, y + r], [x - r, y]],
                color,
                (outline, radius * 0.3),
            );
        }
    }
}

/// Draws the legend in rows from `left`; returns the y below it.
pub(super) fn draw_legend(
    svg: &mut Svg,
    items: &[(Swatch, String)],
    layout: &Layout,
    m: &Metrics,
    top: f32,
) -> f32 {
    let size = m.font(design::LEGEND);
    let pad = m.px(design::PAD);
    let swatch = m.px(design::SWATCH);
    let row = m.line(design::LEGEND) * 1.25;
    let tokens = &layout.tokens;
    let mut x = pad;
    let mut y = top;
    for (symbol, label) in items {
        let width = swatch + m.px(7.0) + font::text_width(label, size);
        if x > pad && x + width > layout.width - pad {
            x = pad;
            y += row;
        }
        let mid = y + row / 2.0;
        match symbol {
            Swatch::Line {
                color,
                dashed,
                marker,
            } => {
                let dash = dashed.then(|| [m.px(6.0), m.px(4.0)]);
                svg.line(
                    [x, mid],
                    [x + swatch, mid],
                    *color,
                    m.px(design::SERIES_WIDTH) * if *dashed { 0.7 } else { 1.0 },
                    dash,
                );
                if let Some(marker) = marker {
                    draw_marker(
                        svg,
                        *marker,
                        [x + swatch / 2.0, mid],
                        m.px(design::MARKER_RADIUS),
                        *color,
                        tokens.background(),
                    );
                }
            }
            Swatch::Box { fill, stroke } => {
                let h = m.px(12.0);
                let stroke = stroke.map(|c| (c, m.px(1.5)));
                svg.rect(x, mid - h / 2.0, swatch, h, *fill, stroke);
            }
        }
        let style = TextStyle {
            size,
            color: tokens.text,
            anchor: Anchor::Start,
        };
        svg.text(x + swatch + m.px(7.0), baseline(mid, size), style, label);
        x += width + m.px(22.0);
    }
    y + row
}
