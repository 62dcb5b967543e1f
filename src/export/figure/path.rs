//! The path figure: a reader's training period shaded from today with its cost, then the levels
//! as two step series (median and average) by years from today, their own pay marked at today.
//! Drawn from [`PathChart`] and the plan's parts, in the same frame and legend as the others.

use super::{
    frame::{Anchor, Figure, Layout, Metrics, Svg, TextStyle, design, draw_base_line, font, unit_row},
    legend::{Marker, draw_marker},
    plot::{Plot, salary_series, text_on_backdrop},
};
use crate::{
    chart::{PathChart, Training},
    model::format,
    present::Plan,
};

/// The plan's path chart as an SVG document.
#[must_use]
pub fn path_svg(plan: &Plan, layout: &Layout) -> String {
    let chart = &plan.path;
    let unit = unit_row(&chart.y_label, layout);
    let heading = [chart.title.as_str(), &chart.description];
    Figure::draw(heading, &plan.path_parts, layout, unit, |svg, m, area| {
        let frame = PathFrame::new(chart, layout, m, area);
        path_axes(svg, chart, &frame, layout, m);
        path_series(svg, chart, &frame, layout, m);
    })
}

/// Where the path chart's parts go, in pixels.
struct PathFrame {
    plot: Plot,
    /// Each step's name, wrapped to its span, and where the names' strip starts.
    names: Vec<Vec<String>>,
    strip_top: f32,
}

impl PathFrame {
    fn new(chart: &PathChart, layout: &Layout, m: &Metrics, [top, bottom]: [f32; 2]) -> Self {
        let mut frame = Self {
            plot: Plot::new(
                chart.y_ticks.iter().copied(),
                [chart.x_max, chart.y_max],
                layout,
                m,
                [top, bottom],
            ),
            names: Vec::new(),
            strip_top: bottom,
        };
        let label_size = m.font(design::LABEL);
        frame.names = chart
            .steps
            .iter()
            .map(|s| {
                font::wrap(
                    &s.title,
                    label_size,
                    frame.plot.x(s.x_to) - frame.plot.x(s.x_from) - m.px(6.0),
                )
            })
            .collect();
        let lines = frame.names.iter().map(Vec::len).max().unwrap_or(0);
        // The axis's name under the names, the names under the tick labels.
        let axis_row = m.line(design::AXIS) + m.px(4.0);
        frame.strip_top = bottom - axis_row - lines as f32 * m.line(design::LABEL);
        frame.plot.bottom = (frame.strip_top - Plot::tick_row(m)).max(top + 1.0);
        frame
    }
}

/// Grid, ticks, the axis's name, the training band with its label, the level names.
fn path_axes(svg: &mut Svg, chart: &PathChart, frame: &PathFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let plot = &frame.plot;
    plot.y_ticks(svg, chart.y_ticks.iter().copied(), t, m);
    if let Some(training) = &chart.training {
        training_band(svg, training, plot, layout, m);
    }
    plot.x_ticks(svg, &chart.x_ticks, t, m);
    if let Some(training) = &chart.training {
        training_label(svg, training, plot, layout, m);
    }
    let size = m.font(design::LABEL);
    let name_style = TextStyle {
        size,
        color: t.text,
        anchor: Anchor::Middle,
    };
    let first = frame.strip_top + m.px(2.0) + font::cap_height(size);
    for (step, lines) in chart.steps.iter().zip(&frame.names) {
        svg.text_lines(
            plot.x(step.x_mid()),
            first,
            m.line(design::LABEL),
            name_style,
            lines,
        );
    }
    let axis = TextStyle {
        size: m.font(design::AXIS),
        color: t.text_muted,
        anchor: Anchor::Middle,
    };
    let names_bottom =
        first + frame.names.iter().map(Vec::len).max().unwrap_or(0) as f32 * m.line(design::LABEL);
    svg.text(
        f32::midpoint(plot.left, plot.right),
        names_bottom + m.px(2.0),
        axis,
        &chart.x_label,
    );
    draw_base_line(svg, [plot.left, plot.right], plot.bottom, t, m);
}

/// The training period, shaded from today to its longest end (its shortest end dashed).
fn training_band(svg: &mut Svg, training: &Training, plot: &Plot, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let right = plot.x(training.years_max);
    svg.rect(
        plot.left,
        plot.top,
        right - plot.left,
        plot.bottom - plot.top,
        t.training_band,
        None,
    );
    // The shortest time the guide gives, as a dashed edge inside the band.
    let shortest = plot.x(training.years_min);
    if training.years_min < training.years_max {
        svg.line(
            [shortest, plot.top],
            [shortest, plot.bottom],
            t.text_muted,
            m.px(1.0),
            Some([m.px(4.0), m.px(4.0)]),
        );
    }
}

/// The training period's duration and cost, written at the top of its band over a patch of the
/// band's own shade, so the grid lines (drawn over the band) do not cut through the words.
fn training_label(svg: &mut Svg, training: &Training, plot: &Plot, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let right = plot.x(training.years_max);
    let size = m.font(design::LABEL);
    let room = (right - plot.left - m.px(8.0)).max(m.px(60.0));
    let lines: Vec<String> = [&training.duration_label, &training.cost_label]
        .into_iter()
        .flat_map(|text| font::wrap(text, size, room))
        .collect();
    let widest = lines
        .iter()
        .map(|l| font::text_width(l, size))
        .fold(0.0, f32::max);
    let patch = [
        widest + m.px(8.0),
        lines.len() as f32 * m.line(design::LABEL) + m.px(6.0),
    ];
    for fill in [t.background(), t.training_band] {
        svg.rect(plot.left, plot.top, patch[0], patch[1], fill, None);
    }
    let style = TextStyle {
        size,
        color: t.text,
        anchor: Anchor::Start,
    };
    svg.text_lines(
        plot.left + m.px(4.0),
        plot.top + m.px(4.0) + font::cap_height(size),
        m.line(design::LABEL),
        style,
        &lines,
    );
}

/// The two step series with a marker and the figure on each step, then the reader's own pay.
fn path_series(svg: &mut Svg, chart: &PathChart, frame: &PathFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let plot = &frame.plot;
    let radius = m.px(design::MARKER_RADIUS);
    let value_size = m.font(design::VALUE);
    for series in salary_series(t) {
        let (value, color, _) = series;
        let above = color == t.salary_average;
        let style = TextStyle {
            size: value_size,
            color: super::colour::text_shade(color, t),
            anchor: Anchor::Middle,
        };
        plot.step_series(svg, &chart.steps, series, t, m, |svg, step, at| {
            let gap = radius + m.px(5.0);
            let y = if above {
                at[1] - gap
            } else {
                at[1] + gap + font::cap_height(value_size)
            };
            text_on_backdrop(svg, [at[0], y], style, &format::usd(value(step)), t, m);
        });
    }
    if let Some(position) = &chart.position {
        let at = [plot.x(position.x), plot.y(f64::from(position.usd))];
        draw_marker(svg, Marker::Diamond, at, radius, t.position, t.background());
        let style = TextStyle {
            size: value_size,
            color: super::colour::text_shade(t.position, t),
            anchor: Anchor::Start,
        };
        let label = format!(
            "{} {}",
            crate::present::path::YOU_TODAY,
            format::usd(position.usd)
        );
        text_on_backdrop(
            svg,
            // Below the marker: the first level's figures sit above and beside it.
            [
                at[0] + radius,
                at[1] + radius * 2.0 + m.px(4.0) + font::cap_height(value_size),
            ],
            style,
            &label,
            t,
            m,
        );
    }
}
