//! The path figure: a reader's training period shaded from today with its cost, then the levels
//! as two step series (median and average) by years from today, their own pay marked at today.
//! Drawn from [`PathChart`] and the plan's parts, in the same frame and legend as the others.

use egui::Color32;

use super::{
    frame::{
        Anchor, Figure, Layout, Metrics, Svg, TextStyle, baseline, design, draw_base_line, font, unit_row,
    },
    legend::{Marker, draw_marker, legend_swatches},
    salary::text_on_backdrop,
};
use crate::{
    chart::{PathChart, PathStep, Training, years_tick},
    model::format,
    present::Plan,
};

/// The plan's path chart as an SVG document.
#[must_use]
pub fn path_svg(plan: &Plan, layout: &Layout) -> String {
    let chart = &plan.path;
    let parts = &plan.path_parts;
    let legend = legend_swatches(&parts.legend, &layout.tokens);
    let unit = unit_row(&chart.y_label, layout);
    let Figure {
        mut svg,
        m,
        top,
        bottom,
    } = Figure::begin(
        &chart.title,
        &chart.description,
        &parts.notes.with_sources,
        &legend,
        layout,
        unit,
    );
    let frame = PathFrame::new(chart, layout, &m, top, bottom);
    path_axes(&mut svg, chart, &frame, layout, &m);
    path_series(&mut svg, chart, &frame, layout, &m);
    svg.finish()
}

/// Where the path chart's parts go, in pixels.
struct PathFrame {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    x_max: f64,
    y_max: f64,
    /// Each step's name, wrapped to its span, and where the names' strip starts.
    names: Vec<Vec<String>>,
    strip_top: f32,
}

impl PathFrame {
    fn new(chart: &PathChart, layout: &Layout, m: &Metrics, top: f32, bottom: f32) -> Self {
        let tick_size = m.font(design::TICK);
        let widest = chart
            .y_ticks
            .iter()
            .map(|v| font::text_width(&format::usd_short(*v), tick_size))
            .fold(0.0, f32::max);
        let mut frame = Self {
            left: m.px(design::PAD) + widest + m.px(8.0),
            right: layout.width - m.px(design::PAD),
            top,
            bottom,
            x_max: chart.x_max.max(f64::EPSILON),
            y_max: chart.y_max.max(f64::EPSILON),
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
                    frame.x(s.x_to) - frame.x(s.x_from) - m.px(6.0),
                )
            })
            .collect();
        let lines = frame.names.iter().map(Vec::len).max().unwrap_or(0);
        // The axis's name under the names, the names under the tick labels.
        let axis_row = m.line(design::AXIS) + m.px(4.0);
        frame.strip_top = bottom - axis_row - lines as f32 * m.line(design::LABEL);
        let tick_row = m.px(design::TICK_LENGTH) + m.line(design::TICK) + m.px(6.0);
        frame.bottom = (frame.strip_top - tick_row).max(top + 1.0);
        frame
    }

    fn x(&self, years: f64) -> f32 {
        self.left + (years / self.x_max) as f32 * (self.right - self.left).max(1.0)
    }

    fn y(&self, usd: f64) -> f32 {
        self.bottom - (usd / self.y_max) as f32 * (self.bottom - self.top)
    }
}

/// Grid, ticks, the axis's name, the training band with its label, the level names.
fn path_axes(svg: &mut Svg, chart: &PathChart, frame: &PathFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let tick_size = m.font(design::TICK);
    let tick = |anchor| TextStyle {
        size: tick_size,
        color: t.text_muted,
        anchor,
    };
    for &value in &chart.y_ticks {
        let at = frame.y(value);
        if value > 0.0 {
            svg.line([frame.left, at], [frame.right, at], t.grid, m.px(1.0), None);
        }
        let label = format::usd_short(value);
        svg.text(
            frame.left - m.px(7.0),
            baseline(at, tick_size),
            tick(Anchor::End),
            &label,
        );
    }
    if let Some(training) = &chart.training {
        training_band(svg, training, frame, layout, m);
    }
    let tick_baseline = frame.bottom + m.px(design::TICK_LENGTH) + m.px(3.0) + font::cap_height(tick_size);
    for &at_years in &chart.x_ticks {
        let at = frame.x(at_years);
        svg.line([at, frame.top], [at, frame.bottom], t.grid, m.px(1.0), None);
        svg.line(
            [at, frame.bottom],
            [at, frame.bottom + m.px(design::TICK_LENGTH)],
            t.text_muted,
            m.px(1.0),
            None,
        );
        svg.text(at, tick_baseline, tick(Anchor::Middle), &years_tick(at_years));
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
            frame.x(step.x_mid()),
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
        f32::midpoint(frame.left, frame.right),
        names_bottom + m.px(2.0),
        axis,
        &chart.x_label,
    );
    draw_base_line(svg, [frame.left, frame.right], frame.bottom, t, m);
}

/// The training period, shaded from today to its longest end (its shortest end dashed), with its
/// duration and cost written inside it.
fn training_band(svg: &mut Svg, training: &Training, frame: &PathFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let right = frame.x(training.years_max);
    svg.rect(
        frame.left,
        frame.top,
        right - frame.left,
        frame.bottom - frame.top,
        t.training_band,
        None,
    );
    // The shortest time the guide gives, as a dashed edge inside the band.
    let shortest = frame.x(training.years_min);
    if training.years_min < training.years_max {
        svg.line(
            [shortest, frame.top],
            [shortest, frame.bottom],
            t.text_muted,
            m.px(1.0),
            Some([m.px(4.0), m.px(4.0)]),
        );
    }
    let size = m.font(design::LABEL);
    let room = (right - frame.left - m.px(8.0)).max(m.px(60.0));
    let lines: Vec<String> = [&training.duration_label, &training.cost_label]
        .into_iter()
        .flat_map(|text| font::wrap(text, size, room))
        .collect();
    let style = TextStyle {
        size,
        color: t.text,
        anchor: Anchor::Start,
    };
    svg.text_lines(
        frame.left + m.px(4.0),
        frame.top + m.px(4.0) + font::cap_height(size),
        m.line(design::LABEL),
        style,
        &lines,
    );
}

/// How one series reads its value from a step, and how it is drawn.
type Series = (fn(&PathStep) -> u32, Color32, Marker);

/// The two step series with a marker and the figure on each step, then the reader's own pay.
fn path_series(svg: &mut Svg, chart: &PathChart, frame: &PathFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let radius = m.px(design::MARKER_RADIUS);
    let series: [Series; 2] = [
        (|s| s.average_usd, t.salary_average, Marker::Square),
        (|s| s.median_usd, t.salary_median, Marker::Circle),
    ];
    let value_size = m.font(design::VALUE);
    for (value, color, marker) in series {
        let points: Vec<[f32; 2]> = chart
            .steps
            .iter()
            .flat_map(|s| {
                let y = frame.y(f64::from(value(s)));
                [[frame.x(s.x_from), y], [frame.x(s.x_to), y]]
            })
            .collect();
        svg.polyline(&points, color, m.px(design::SERIES_WIDTH));
        let above = color == t.salary_average;
        for step in &chart.steps {
            let at = [frame.x(step.x_mid()), frame.y(f64::from(value(step)))];
            draw_marker(svg, marker, at, radius, color, t.background());
            let gap = radius + m.px(5.0);
            let y = if above {
                at[1] - gap
            } else {
                at[1] + gap + font::cap_height(value_size)
            };
            let style = TextStyle {
                size: value_size,
                color: super::colour::text_shade(color, t),
                anchor: Anchor::Middle,
            };
            text_on_backdrop(svg, [at[0], y], style, &format::usd(value(step)), t, m);
        }
    }
    if let Some(position) = &chart.position {
        let at = [frame.x(position.x), frame.y(f64::from(position.usd))];
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
