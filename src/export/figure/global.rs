//! The salaries-around-the-world figure: one USD range bar per region in the chosen order, the
//! highlighted region and derived figures drawn distinctly.

use super::{
    colour::on_fill,
    frame::{
        Anchor, Figure, Layout, Metrics, Svg, TextStyle, baseline, design, draw_base_line, font, nice_step,
        ticks,
    },
};
use crate::{
    chart::{GlobalChart, RegionBar},
    model::format,
    present::Presentation,
};

/// The salaries-around-the-world chart as an SVG document.
#[must_use]
pub fn global_svg(present: &Presentation, layout: &Layout) -> String {
    let chart = &present.charts.global;
    let regions = chart.sorted(layout.sort);
    let heading = [chart.title.as_str(), &chart.description];
    // No unit row: the x axis's name says the unit.
    Figure::draw(
        heading,
        &present.global,
        layout,
        |_, _, top| top,
        |svg, m, area| {
            let frame = GlobalFrame::new(&regions, chart, layout, m, area);
            global_axes(svg, chart, &frame, layout, m);
            global_bars(svg, &regions, &frame, layout, m);
        },
    )
}

/// Where the salaries-around-the-world chart's parts go, in pixels.
struct GlobalFrame {
    left: f32,
    right: f32,
    top: f32,
    bottom: f32,
    x_max: f64,
    /// Baseline of the x axis's name.
    x_title_baseline: f32,
    row_height: f32,
}

impl GlobalFrame {
    fn new(
        regions: &[&RegionBar],
        chart: &GlobalChart,
        layout: &Layout,
        m: &Metrics,
        [top, bottom]: [f32; 2],
    ) -> Self {
        let label_size = m.font(design::LABEL);
        let label_width = regions
            .iter()
            .map(|r| font::text_width(&r.label(), label_size))
            .fold(0.0, f32::max);
        let x_title_baseline = bottom - m.font(design::AXIS) * 0.3;
        let tick_row = m.px(design::TICK_LENGTH) + m.line(design::TICK) + m.px(4.0);
        let plot_bottom = (x_title_baseline - m.line(design::AXIS) - tick_row).max(top + 1.0);
        Self {
            left: m.px(design::PAD) + label_width + m.px(12.0),
            right: layout.width - m.px(design::PAD),
            top,
            bottom: plot_bottom,
            x_max: chart.x_max.max(f64::EPSILON),
            x_title_baseline,
            row_height: (plot_bottom - top) / regions.len().max(1) as f32,
        }
    }

    fn width(&self) -> f32 {
        (self.right - self.left).max(1.0)
    }

    fn x(&self, usd: f64) -> f32 {
        self.left + (usd / self.x_max) as f32 * self.width()
    }

    fn row_center(&self, index: usize) -> f32 {
        self.top + (index as f32 + 0.5) * self.row_height
    }
}

/// Grid, ticks and the axis's name.
fn global_axes(svg: &mut Svg, chart: &GlobalChart, frame: &GlobalFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let tick_size = m.font(design::TICK);
    let x_step = nice_step(
        frame.x_max,
        f64::from(frame.width() / (tick_size * 6.0)).min(12.0),
    );
    let tick_end = frame.bottom + m.px(design::TICK_LENGTH);
    let tick_style = TextStyle {
        size: tick_size,
        color: t.text_muted,
        anchor: Anchor::Middle,
    };
    for value in ticks(frame.x_max, x_step) {
        let at = frame.x(value);
        svg.line([at, frame.top], [at, frame.bottom], t.grid, m.px(1.0), None);
        svg.line([at, frame.bottom], [at, tick_end], t.text_muted, m.px(1.0), None);
        svg.text(
            at,
            tick_end + m.px(3.0) + font::cap_height(tick_size),
            tick_style,
            &format::usd_short(value),
        );
    }
    draw_base_line(svg, [frame.left, frame.right], frame.bottom, t, m);
    let axis_style = TextStyle {
        size: m.font(design::AXIS),
        color: t.text_muted,
        anchor: Anchor::Middle,
    };
    svg.text(
        f32::midpoint(frame.left, frame.right),
        frame.x_title_baseline,
        axis_style,
        &chart.x_label,
    );
}

/// Each region's USD range as text: exact figures if all of them fit beside their bars, else
/// the short form if that fits, else exact figures (which then go inside or before the bars).
fn range_labels(regions: &[&RegionBar], frame: &GlobalFrame, m: &Metrics) -> Vec<String> {
    let value_size = m.font(design::VALUE);
    let exact: Vec<String> = regions
        .iter()
        .map(|r| format::usd_range(r.usd_min, r.usd_max))
        .collect();
    let short: Vec<String> = regions
        .iter()
        .map(|r| format::usd_short_range(r.usd_min, r.usd_max, false))
        .collect();
    let fits_beside = |labels: &[String]| {
        regions.iter().zip(labels).all(|(r, label)| {
            frame.x(f64::from(r.usd_max)) + m.px(6.0) + font::text_width(label, value_size) <= frame.right
        })
    };
    if !fits_beside(&exact) && fits_beside(&short) {
        short
    } else {
        exact
    }
}

/// One range bar per region, top to bottom in the chosen order, with its name and figures.
fn global_bars(svg: &mut Svg, regions: &[&RegionBar], frame: &GlobalFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let pad = m.px(design::PAD);
    let label_size = m.font(design::LABEL);
    let value_size = m.font(design::VALUE);
    let value_gap = m.px(6.0);
    let bar_height = (frame.row_height * 0.6).min(m.px(40.0));
    let labels = range_labels(regions, frame, m);
    for (index, (region, value)) in regions.iter().zip(&labels).enumerate() {
        let center = frame.row_center(index);
        if region.highlighted {
            // The highlighted region's whole row, name included, on a tint.
            let tint = t.level_highlight.gamma_multiply(0.5);
            let row_top = center - frame.row_height / 2.0;
            svg.rect(pad, row_top, frame.right - pad, frame.row_height, tint, None);
        }
        let (fill, outline) = if region.highlighted {
            (t.region_highlight, None)
        } else if region.usd_is_derived() {
            (t.region_derived, Some((t.region_bar, m.px(1.5))))
        } else {
            (t.region_bar, None)
        };
        let x0 = frame.x(f64::from(region.usd_min));
        let x1 = frame.x(f64::from(region.usd_max));
        svg.rect(x0, center - bar_height / 2.0, x1 - x0, bar_height, fill, outline);
        let name_style = TextStyle {
            size: label_size,
            color: if region.highlighted { t.text_strong } else { t.text },
            anchor: Anchor::End,
        };
        svg.text(
            frame.left - m.px(10.0),
            baseline(center, label_size),
            name_style,
            &region.label(),
        );
        let value_width = font::text_width(value, value_size);
        let (x, anchor, color) = if x1 + value_gap + value_width <= frame.right {
            (x1 + value_gap, Anchor::Start, t.text)
        } else if x1 - x0 >= value_width + 2.0 * value_gap {
            (x1 - value_gap, Anchor::End, on_fill(fill, t))
        } else {
            (x0 - value_gap, Anchor::End, t.text)
        };
        let style = TextStyle {
            size: value_size,
            color,
            anchor,
        };
        svg.text(x, baseline(center, value_size), style, value);
    }
}
