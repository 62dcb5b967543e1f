//! The salary-by-experience figure: two step series over years of experience, the guide's overall
//! median and range for reference, each level's years and name under the axis.

use egui::Color32;

use super::{
    colour::text_shade,
    frame::{
        Anchor, Figure, Layout, Metrics, Svg, TextStyle, baseline, design, draw_base_line, font, nice_step,
        ticks, unit_row,
    },
    legend::{Marker, draw_marker, legend_swatches},
};
use crate::{
    chart::{LevelFigure, LevelSpan, SalaryChart, years_tick},
    model::format,
    present::Presentation,
    tokens::Tokens,
};

/// The salary-by-experience chart as an SVG document.
#[must_use]
pub fn salary_svg(present: &Presentation, layout: &Layout) -> String {
    let chart = &present.charts.salary;
    let notes = &present.salary.notes.with_sources;
    let legend = legend_swatches(&present.salary.legend, &layout.tokens);
    // Under the legend, the y axis's unit.
    let unit = unit_row(&chart.y_label, layout);
    let Figure {
        mut svg,
        m,
        top,
        bottom,
    } = Figure::begin(&chart.title, &chart.description, notes, &legend, layout, unit);
    let frame = SalaryFrame::new(chart, layout, &m, top, bottom);
    salary_axes(&mut svg, chart, &frame, layout, &m);
    salary_series(&mut svg, chart, &frame, layout, &m);
    salary_levels(&mut svg, chart, &frame, layout, &m);
    svg.finish()
}

/// Where the salary chart's parts go, in pixels.
struct SalaryFrame {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    x_max: f64,
    y_max: f64,
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
    fn new(chart: &SalaryChart, layout: &Layout, m: &Metrics, top: f32, bottom: f32) -> Self {
        let tick_size = m.font(design::TICK);
        let label_size = m.font(design::LABEL);
        let axis_size = m.font(design::AXIS);
        let widest_tick = ticks(chart.y_max, nice_step(chart.y_max, 20.0))
            .into_iter()
            .map(|v| font::text_width(&format::usd_short(v), tick_size))
            .fold(0.0, f32::max);
        let mut frame = Self {
            left: m.px(design::PAD) + widest_tick + m.px(8.0),
            right: layout.width - m.px(design::PAD),
            top,
            bottom,
            x_max: chart.x_max.max(f64::EPSILON),
            y_max: chart.y_max.max(f64::EPSILON),
            boundaries: chart.boundaries(),
            ticks: chart.x_ticks(),
            level_lines: Vec::new(),
            strip_top: bottom,
            strip_bottom: bottom,
            x_title_baseline: None,
        };
        let last_tick_right = frame.ticks.last().map_or(frame.left, |b| {
            frame.x(*b) + font::text_width(&years_tick(*b), tick_size) / 2.0
        });
        let title_width = font::text_width(&chart.x_label, axis_size);
        let mut strip_bottom = bottom;
        if last_tick_right + m.px(20.0) + title_width > frame.right {
            frame.x_title_baseline = Some(bottom - axis_size * 0.3);
            strip_bottom -= m.line(design::AXIS) + m.px(4.0);
        }
        frame.level_lines = chart
            .levels
            .iter()
            .map(|l| {
                let span = frame.x(l.years_to_drawn) - frame.x(l.years_from);
                font::wrap(&l.title, label_size, span - m.px(8.0))
            })
            .collect();
        let max_lines = frame.level_lines.iter().map(Vec::len).max().unwrap_or(0);
        frame.strip_bottom = strip_bottom;
        frame.strip_top = strip_bottom - (max_lines + 1) as f32 * m.line(design::LABEL);
        let tick_row = m.px(design::TICK_LENGTH) + m.line(design::TICK) + m.px(6.0);
        frame.bottom = (frame.strip_top - tick_row).max(top + 1.0);
        frame
    }

    fn width(&self) -> f32 {
        (self.right - self.left).max(1.0)
    }

    fn x(&self, years: f64) -> f32 {
        self.left + (years / self.x_max) as f32 * self.width()
    }

    fn y(&self, usd: f64) -> f32 {
        self.bottom - (usd / self.y_max) as f32 * (self.bottom - self.top)
    }
}

/// Grid, ticks, axis names, and the guide's overall range and median for reference.
fn salary_axes(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let tick_size = m.font(design::TICK);
    let tick_style = |anchor| TextStyle {
        size: tick_size,
        color: t.text_muted,
        anchor,
    };
    let plot_h = frame.bottom - frame.top;
    let y_step = nice_step(frame.y_max, f64::from(plot_h / (tick_size * 3.2)).min(10.0));
    for value in ticks(frame.y_max, y_step) {
        let at = frame.y(value);
        if value > 0.0 {
            svg.line([frame.left, at], [frame.right, at], t.grid, m.px(1.0), None);
        }
        svg.text(
            frame.left - m.px(7.0),
            baseline(at, tick_size),
            tick_style(Anchor::End),
            &format::usd_short(value),
        );
    }
    let tick_baseline = frame.bottom + m.px(design::TICK_LENGTH) + m.px(3.0) + font::cap_height(tick_size);
    for &tick in &frame.ticks {
        let at = frame.x(tick);
        svg.line([at, frame.top], [at, frame.bottom], t.grid, m.px(1.0), None);
        let tick_end = frame.bottom + m.px(design::TICK_LENGTH);
        svg.line([at, frame.bottom], [at, tick_end], t.text_muted, m.px(1.0), None);
        svg.text(at, tick_baseline, tick_style(Anchor::Middle), &years_tick(tick));
    }
    for &b in &frame.boundaries {
        let at = frame.x(b);
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
        None => svg.text(
            frame.right,
            tick_baseline,
            axis_style(Anchor::End),
            &chart.x_label,
        ),
        Some(y) => svg.text(
            f32::midpoint(frame.left, frame.right),
            y,
            axis_style(Anchor::Middle),
            &chart.x_label,
        ),
    }

    let band = &chart.range_reference;
    let band_top = frame.y(band.max_usd);
    svg.rect(
        frame.left,
        band_top,
        frame.width(),
        frame.y(band.min_usd) - band_top,
        t.reference_band,
        None,
    );
    let median_y = frame.y(chart.median_reference.usd);
    svg.line(
        [frame.left, median_y],
        [frame.right, median_y],
        t.reference_line,
        m.px(1.6),
        Some([m.px(7.0), m.px(5.0)]),
    );
    draw_base_line(svg, [frame.left, frame.right], frame.bottom, t, m);
}

/// How one series reads its value from a level, and how it is drawn.
type Series = (fn(&LevelSpan) -> u32, Color32, Marker);

/// The two series, a flat run per level joined by risers and a marker at each level's centre,
/// then each level's exact figures: the higher of the two above its marker, the lower below.
fn salary_series(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let radius = m.px(design::MARKER_RADIUS);
    let series: [Series; 2] = [
        (|l| l.average_usd, t.salary_average, Marker::Square),
        (|l| l.median_usd, t.salary_median, Marker::Circle),
    ];
    for (value, color, marker) in series {
        let points: Vec<[f32; 2]> = chart
            .levels
            .iter()
            .flat_map(|l| {
                let y = frame.y(f64::from(value(l)));
                [[frame.x(l.years_from), y], [frame.x(l.years_to_drawn), y]]
            })
            .collect();
        svg.polyline(&points, color, m.px(design::SERIES_WIDTH));
        for level in &chart.levels {
            let at = [frame.x(level.years_mid()), frame.y(f64::from(value(level)))];
            draw_marker(svg, marker, at, radius, color, t.background());
        }
    }

    let value_size = m.font(design::VALUE);
    let style = |color| TextStyle {
        size: value_size,
        color: text_shade(color, t),
        anchor: Anchor::Middle,
    };
    let gap = radius + m.px(5.0);
    for level in &chart.levels {
        let x = frame.x(level.years_mid());
        for label in level.value_labels() {
            let color = match label.figure {
                LevelFigure::Average => t.salary_average,
                LevelFigure::Median => t.salary_median,
            };
            let at = frame.y(f64::from(label.usd));
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
        let x = frame.x(level.years_mid());
        svg.text(x, first_baseline, years_style, &level.years_label);
        svg.text_lines(x, first_baseline + line_height, line_height, name_style, lines);
    }
}

/// Text on a patch of the background, so lines crossing it do not cut through the figures.
pub(super) fn text_on_backdrop(
    svg: &mut Svg,
    at: [f32; 2],
    style: TextStyle,
    text: &str,
    tokens: &Tokens,
    m: &Metrics,
) {
    let width = font::text_width(text, style.size);
    let left = match style.anchor {
        Anchor::Start => at[0],
        Anchor::Middle => at[0] - width / 2.0,
        Anchor::End => at[0] - width,
    };
    let margin = m.px(2.5);
    let top = at[1] - font::cap_height(style.size) - margin;
    let backdrop = tokens.background().gamma_multiply(0.85);
    svg.rect(
        left - margin,
        top,
        width + 2.0 * margin,
        font::cap_height(style.size) + 2.0 * margin + style.size * 0.05,
        backdrop,
        None,
    );
    svg.text(at[0], at[1], style, text);
}
