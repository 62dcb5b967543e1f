//! What the salary and path figures draw alike: a plot area of years across and US dollars up,
//! its tick rows, the two salary series as steps with a marker on each, and figures written on a
//! patch of background.

use egui::Color32;

use super::{
    frame::{Anchor, Layout, Metrics, Svg, TextStyle, baseline, design, font},
    legend::{Marker, draw_marker},
};
use crate::{
    chart::{SalaryStep, years_tick},
    model::format,
    tokens::Tokens,
};

/// The plot's area in pixels, and the years and dollars at its right and top edges.
pub(super) struct Plot {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
    pub x_max: f64,
    pub y_max: f64,
}

impl Plot {
    /// From `top` to `bottom` (a figure then raises `bottom` for what goes under the axis), across
    /// the layout's width inside its padding, with room on the left for the widest label of
    /// `y_ticks`.
    pub fn new(
        y_ticks: impl IntoIterator<Item = f64>,
        [x_max, y_max]: [f64; 2],
        layout: &Layout,
        m: &Metrics,
        [top, bottom]: [f32; 2],
    ) -> Self {
        let tick_size = m.font(design::TICK);
        let widest = y_ticks
            .into_iter()
            .map(|v| font::text_width(&format::usd_short(v), tick_size))
            .fold(0.0, f32::max);
        Self {
            left: m.px(design::PAD) + widest + m.px(8.0),
            right: layout.width - m.px(design::PAD),
            top,
            bottom,
            x_max: x_max.max(f64::EPSILON),
            y_max: y_max.max(f64::EPSILON),
        }
    }

    /// The height of the x axis's tick marks and labels under the plot.
    pub fn tick_row(m: &Metrics) -> f32 {
        m.px(design::TICK_LENGTH) + m.line(design::TICK) + m.px(6.0)
    }

    pub fn width(&self) -> f32 {
        (self.right - self.left).max(1.0)
    }

    pub fn x(&self, years: f64) -> f32 {
        self.left + (years / self.x_max) as f32 * self.width()
    }

    pub fn y(&self, usd: f64) -> f32 {
        self.bottom - (usd / self.y_max) as f32 * (self.bottom - self.top)
    }

    /// A grid line across the plot at each of `values` above 0, and its amount left of the plot.
    pub fn y_ticks(&self, svg: &mut Svg, values: impl IntoIterator<Item = f64>, t: &Tokens, m: &Metrics) {
        let style = tick_style(Anchor::End, t, m);
        for value in values {
            let at = self.y(value);
            if value > 0.0 {
                svg.line([self.left, at], [self.right, at], t.grid, m.px(1.0), None);
            }
            svg.text(
                self.left - m.px(7.0),
                baseline(at, style.size),
                style,
                &format::usd_short(value),
            );
        }
    }

    /// A grid line up the plot at each of `years`, a tick under it and the years under that;
    /// returns the labels' baseline.
    pub fn x_ticks(&self, svg: &mut Svg, years: &[f64], t: &Tokens, m: &Metrics) -> f32 {
        let style = tick_style(Anchor::Middle, t, m);
        let tick_end = self.bottom + m.px(design::TICK_LENGTH);
        let tick_baseline = tick_end + m.px(3.0) + font::cap_height(style.size);
        for &at_years in years {
            let at = self.x(at_years);
            svg.line([at, self.top], [at, self.bottom], t.grid, m.px(1.0), None);
            svg.line([at, self.bottom], [at, tick_end], t.text_muted, m.px(1.0), None);
            svg.text(at, tick_baseline, style, &years_tick(at_years));
        }
        tick_baseline
    }

    /// One series as steps: a flat run per span joined by risers, then a marker at each span's
    /// middle, after each of which `each` draws what goes with it (its figure, or nothing).
    pub fn step_series<T: SalaryStep>(
        &self,
        svg: &mut Svg,
        steps: &[T],
        (value, color, marker): Series<T>,
        t: &Tokens,
        m: &Metrics,
        mut each: impl FnMut(&mut Svg, &T, [f32; 2]),
    ) {
        let points: Vec<[f32; 2]> = steps
            .iter()
            .flat_map(|s| {
                let y = self.y(f64::from(value(s)));
                let [from, to] = s.span();
                [[self.x(from), y], [self.x(to), y]]
            })
            .collect();
        svg.polyline(&points, color, m.px(design::SERIES_WIDTH));
        for step in steps {
            let at = [self.x(step.mid()), self.y(f64::from(value(step)))];
            draw_marker(
                svg,
                marker,
                at,
                m.px(design::MARKER_RADIUS),
                color,
                t.background(),
            );
            each(svg, step, at);
        }
    }
}

fn tick_style(anchor: Anchor, t: &Tokens, m: &Metrics) -> TextStyle {
    TextStyle {
        size: m.font(design::TICK),
        color: t.text_muted,
        anchor,
    }
}

/// How one series reads its value from a step, and how it is drawn.
pub(super) type Series<T> = (fn(&T) -> u32, Color32, Marker);

/// The two series in the order they are drawn: the average (open squares), then the median
/// (filled circles) over it.
pub(super) fn salary_series<T: SalaryStep>(t: &Tokens) -> [Series<T>; 2] {
    [
        (T::average_usd, t.salary_average, Marker::Square),
        (T::median_usd, t.salary_median, Marker::Circle),
    ]
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
