//! The salary-by-experience figure: two step series over years of experience, the guide's overall
//! median and range for reference, each level's years and name under the axis.

use super::{
    colour::text_shade,
    frame::{
        Anchor, Figure, Layout, Metrics, Svg, TextStyle, design, draw_base_line, font, nice_step, ticks,
        unit_row,
    },
    plot::{Plot, salary_series, text_on_backdrop},
};
use crate::{
    chart::{LevelFigure, SalaryChart, years_tick},
    present::Presentation,
};

/// The salary-by-experience chart as an SVG document.
#[must_use]
pub fn salary_svg(present: &Presentation, layout: &Layout) -> String {
    let chart = &present.charts.salary;
    // Under the legend, the y axis's unit.
    let unit = unit_row(&chart.y_label, layout);
    let heading = [chart.title.as_str(), &chart.description];
    Figure::draw(heading, &present.salary, layout, unit, |svg, m, area| {
        let frame = SalaryFrame::new(chart, layout, m, area);
        salary_axes(svg, chart, &frame, layout, m);
        series_and_figures(svg, chart, &frame, layout, m);
        salary_levels(svg, chart, &frame, layout, m);
    })
}

/// Where the salary chart's parts go, in pixels.
struct SalaryFrame {
    plot: Plot,
    /// Level boundaries on the x axis (the open end excluded), ascending.
    boundaries: Vec<f64>,
    /// Where the x axis is labelled: the boundaries and the open-ended level's drawn end.
    ticks: Vec<f64>,
    /// Each level's name, wrapped to its span.
    level_lines: Vec<Vec<String>>,
    /// The strip under the tick labels holding each level's years and name.
    strip_top: f32,
    strip_bottom: f32,
    /// Where the x axis's name goes: right-aligned on the tick row where the open-ended level
    /// leaves room (`None`), else centred at this baseline under the level names.
    x_title_baseline: Option<f32>,
}

impl SalaryFrame {
    fn new(chart: &SalaryChart, layout: &Layout, m: &Metrics, [top, bottom]: [f32; 2]) -> Self {
        let tick_size = m.font(design::TICK);
        let label_size = m.font(design::LABEL);
        let axis_size = m.font(design::AXIS);
        let mut frame = Self {
            plot: Plot::new(
                ticks(chart.y_max, nice_step(chart.y_max, 20.0)),
                [chart.x_max, chart.y_max],
                layout,
                m,
                [top, bottom],
            ),
            boundaries: chart.boundaries(),
            ticks: chart.x_ticks(),
            level_lines: Vec::new(),
            strip_top: bottom,
            strip_bottom: bottom,
            x_title_baseline: None,
        };
        let plot = &frame.plot;
        let last_tick_right = frame.ticks.last().map_or(plot.left, |b| {
            plot.x(*b) + font::text_width(&years_tick(*b), tick_size) / 2.0
        });
        let title_width = font::text_width(&chart.x_label, axis_size);
        let mut strip_bottom = bottom;
        if last_tick_right + m.px(20.0) + title_width > plot.right {
            frame.x_title_baseline = Some(bottom - axis_size * 0.3);
            strip_bottom -= m.line(design::AXIS) + m.px(4.0);
        }
        frame.level_lines = chart
            .levels
            .iter()
            .map(|l| {
                let span = plot.x(l.years_to_drawn) - plot.x(l.years_from);
                font::wrap(&l.title, label_size, span - m.px(8.0))
            })
            .collect();
        let max_lines = frame.level_lines.iter().map(Vec::len).max().unwrap_or(0);
        frame.strip_bottom = strip_bottom;
        frame.strip_top = strip_bottom - (max_lines + 1) as f32 * m.line(design::LABEL);
        frame.plot.bottom = (frame.strip_top - Plot::tick_row(m)).max(top + 1.0);
        frame
    }
}

/// Grid, ticks, axis names, and the guide's overall range and median for reference.
fn salary_axes(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let plot = &frame.plot;
    let tick_size = m.font(design::TICK);
    let plot_h = plot.bottom - plot.top;
    let y_step = nice_step(plot.y_max, f64::from(plot_h / (tick_size * 3.2)).min(10.0));
    plot.y_ticks(svg, ticks(plot.y_max, y_step), t, m);
    let tick_baseline = plot.x_ticks(svg, &frame.ticks, t, m);
    for &b in &frame.boundaries {
        let at = plot.x(b);
        // Separators between the level names continue the level boundaries.
        svg.line(
            [at, frame.strip_top],
            [at, frame.strip_bottom],
            t.grid,
            m.px(1.0),
            None,
        );
    }
    let axis_style = |anchor| TextStyle {
        size: m.font(design::AXIS),
        color: t.text_muted,
        anchor,
    };
    match frame.x_title_baseline {
        None => svg.text(plot.right, tick_baseline, axis_style(Anchor::End), &chart.x_label),
        Some(y) => svg.text(
            f32::midpoint(plot.left, plot.right),
            y,
            axis_style(Anchor::Middle),
            &chart.x_label,
        ),
    }

    let band = &chart.range_reference;
    let band_top = plot.y(band.max_usd);
    svg.rect(
        plot.left,
        band_top,
        plot.width(),
        plot.y(band.min_usd) - band_top,
        t.reference_band,
        None,
    );
    let median_y = plot.y(chart.median_reference.usd);
    svg.line(
        [plot.left, median_y],
        [plot.right, median_y],
        t.reference_line,
        m.px(1.6),
        Some([m.px(7.0), m.px(5.0)]),
    );
    draw_base_line(svg, [plot.left, plot.right], plot.bottom, t, m);
}

/// The two series, a flat run per level joined by risers and a marker at each level's centre,
/// then each level's exact figures: the higher of the two above its marker, the lower below.
fn series_and_figures(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let plot = &frame.plot;
    let radius = m.px(design::MARKER_RADIUS);
    for series in salary_series(t) {
        plot.step_series(svg, &chart.levels, series, t, m, |_, _, _| {});
    }

    let value_size = m.font(design::VALUE);
    let style = |color| TextStyle {
        size: value_size,
        color: text_shade(color, t),
        anchor: Anchor::Middle,
    };
    let gap = radius + m.px(5.0);
    for level in &chart.levels {
        let x = plot.x(level.years_mid());
        for label in level.value_labels() {
            let color = match label.figure {
                LevelFigure::Average => t.salary_average,
                LevelFigure::Median => t.salary_median,
            };
            let at = plot.y(f64::from(label.usd));
            let y = if label.above {
                at - gap
            } else {
                at + gap + font::cap_height(value_size)
            };
            text_on_backdrop(svg, [x, y], style(color), &label.text, t, m);
        }
    }
}

/// Under the axis, centred on each level's span: its years, then its name.
fn salary_levels(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let label_size = m.font(design::LABEL);
    let line_height = m.line(design::LABEL);
    let name_style = TextStyle {
        size: label_size,
        color: t.text,
        anchor: Anchor::Middle,
    };
    let years_style = TextStyle {
        color: t.text_muted,
        ..name_style
    };
    let first_baseline = frame.strip_top + m.px(2.0) + font::cap_height(label_size);
    for (level, lines) in chart.levels.iter().zip(&frame.level_lines) {
        let x = frame.plot.x(level.years_mid());
        svg.text(x, first_baseline, years_style, &level.years_label);
        svg.text_lines(x, first_baseline + line_height, line_height, name_style, lines);
    }
}
