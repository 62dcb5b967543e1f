//! The two charts as static SVG figures, laid out from the chart model ([`crate::chart`]) in the
//! theme's palette ([`Tokens`]): title, legend, axes with units and tick labels, the data, and the
//! source line. PNG and PDF are rendered from this SVG, so every format shows the same figure.
//!
//! Everything is laid out at a design size of 1000×625 and scaled to the requested size, so a
//! smaller export is the same figure, smaller.

use egui::Color32;

use super::{
    font,
    svg::{Anchor, Svg, TextStyle},
};
use crate::{
    chart::{GlobalChart, LevelSpan, RegionBar, SalaryChart, SortOrder},
    model::format,
    tokens::{Tokens, contrast_ratio},
};

/// The size the type sizes below are designed for.
pub const DESIGN_SIZE: [f32; 2] = [1000.0, 625.0];

/// Type sizes and spacing at the design size (pixels).
mod design {
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
}

impl Layout {
    fn scale(&self) -> f32 {
        (self.width / DESIGN_SIZE[0]).min(self.height / DESIGN_SIZE[1])
    }
}

/// Sizes for one rendering: the design sizes times the scale.
struct Metrics {
    s: f32,
}

impl Metrics {
    fn px(&self, design: f32) -> f32 {
        design * self.s
    }

    fn line(&self, design_size: f32) -> f32 {
        design_size * design::LINE_HEIGHT * self.s
    }
}

/// A legend entry's symbol.
enum Swatch {
    /// A line, optionally dashed, with a marker in the middle.
    Line {
        color: Color32,
        dashed: bool,
        marker: Option<Marker>,
    },
    /// A filled box, optionally outlined.
    Box { fill: Color32, stroke: Option<Color32> },
}

#[derive(Clone, Copy)]
enum Marker {
    Circle,
    Square,
}

fn draw_marker(svg: &mut Svg, marker: Marker, at: [f32; 2], radius: f32, color: Color32, outline: Color32) {
    let stroke = (outline, radius * 0.3);
    match marker {
        Marker::Circle => svg.circle(at, radius, color, stroke),
        Marker::Square => {
            let half = radius * 0.9;
            svg.rect(
                at[0] - half,
                at[1] - half,
                2.0 * half,
                2.0 * half,
                color,
                Some(stroke),
            );
        }
    }
}

/// Baseline that centres capitals on `center_y`.
fn baseline(center_y: f32, size: f32) -> f32 {
    center_y + font::cap_height(size) / 2.0
}

/// "2" for whole numbers, "2.5" otherwise.
fn years_tick(years: f64) -> String {
    if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        format!("{years:.1}")
    }
}

/// A round step for about `max / step <= max_ticks` ticks from 0 to `max`.
fn nice_step(max: f64, max_ticks: f64) -> f64 {
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
fn ticks(max: f64, step: f64) -> Vec<f64> {
    let count = (max / step + 1e-9).floor().max(0.0) as usize;
    (0..=count.min(1000)).map(|i| i as f64 * step).collect()
}

/// Draws the title, wrapped to the width; returns the y below it.
fn draw_title(svg: &mut Svg, title: &str, layout: &Layout, m: &Metrics, top: f32) -> f32 {
    let size = m.px(design::TITLE);
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

/// Draws the legend in rows from `left`; returns the y below it.
fn draw_legend(svg: &mut Svg, items: &[(Swatch, String)], layout: &Layout, m: &Metrics, top: f32) -> f32 {
    let size = m.px(design::LEGEND);
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

/// Draws wrapped paragraphs of small muted text ending at `bottom`; returns their top.
fn draw_notes_above(svg: &mut Svg, notes: &[String], layout: &Layout, m: &Metrics, bottom: f32) -> f32 {
    let size = m.px(design::SOURCE);
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

/// The salary-by-experience notes under the figure: the open end, then the sources.
#[must_use]
pub fn salary_notes(chart: &SalaryChart) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(open) = chart.levels.iter().find(|l| l.open_ended) {
        notes.push(format!(
            "The open-ended last level ({}) is drawn to {} years. {}",
            open.years_label,
            years_tick(chart.x_max),
            chart.source_line
        ));
    } else {
        notes.push(chart.source_line.clone());
    }
    notes.extend(chart.footnotes.iter().cloned());
    notes
}

/// The salaries-around-the-world notes under the figure: derived figures, then the source.
#[must_use]
pub fn global_notes(chart: &GlobalChart) -> Vec<String> {
    let mut notes = chart.footnotes.clone();
    notes.push(chart.source_line.clone());
    notes
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

/// The salary-by-experience chart as an SVG document.
#[must_use]
pub fn salary_svg(chart: &SalaryChart, layout: &Layout) -> String {
    let m = Metrics { s: layout.scale() };
    let notes = salary_notes(chart);
    let mut svg = Svg::new(
        layout.width,
        layout.height,
        layout.tokens.background(),
        &layout.id,
        &chart.title,
        &description(&chart.description, &notes),
    );
    let pad = m.px(design::PAD);

    // Top: title, legend, the y axis's unit.
    let mut top = draw_title(&mut svg, &chart.title, layout, &m, pad);
    top += m.px(4.0);
    top = draw_legend(&mut svg, &salary_legend(chart, &layout.tokens), layout, &m, top);
    top += m.px(design::GAP);
    let unit_style = TextStyle {
        size: m.px(design::AXIS),
        color: layout.tokens.text_muted,
        anchor: Anchor::Start,
    };
    svg.text(
        pad,
        top + font::cap_height(unit_style.size),
        unit_style,
        &chart.y_label,
    );
    top += m.line(design::AXIS) + m.px(6.0);

    // Bottom: the notes.
    let mut bottom = layout.height - pad;
    if layout.caption {
        bottom = draw_notes_above(&mut svg, &notes, layout, &m, bottom) - m.px(design::GAP);
    }

    let frame = SalaryFrame::new(chart, layout, &m, top, bottom);
    salary_axes(&mut svg, chart, &frame, layout, &m);
    salary_series(&mut svg, chart, &frame, layout, &m);
    salary_levels(&mut svg, chart, &frame, layout, &m);
    svg.finish()
}

fn salary_legend(chart: &SalaryChart, t: &Tokens) -> Vec<(Swatch, String)> {
    vec![
        (
            Swatch::Line {
                color: t.salary_median,
                dashed: false,
                marker: Some(Marker::Circle),
            },
            chart.median_label.clone(),
        ),
        (
            Swatch::Line {
                color: t.salary_average,
                dashed: false,
                marker: Some(Marker::Square),
            },
            chart.average_label.clone(),
        ),
        (
            Swatch::Line {
                color: t.reference_line,
                dashed: true,
                marker: None,
            },
            chart.median_reference.label.clone(),
        ),
        (
            Swatch::Box {
                fill: t.reference_band,
                stroke: Some(t.grid),
            },
            chart.range_reference.label.clone(),
        ),
    ]
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
        let tick_size = m.px(design::TICK);
        let label_size = m.px(design::LABEL);
        let axis_size = m.px(design::AXIS);
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
            boundaries: boundaries(&chart.levels),
            level_lines: Vec::new(),
            strip_top: bottom,
            strip_bottom: bottom,
            x_title_baseline: None,
        };
        let last_tick_right = frame.boundaries.last().map_or(frame.left, |b| {
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
    let tick_size = m.px(design::TICK);
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
    for &b in &frame.boundaries {
        let at = frame.x(b);
        svg.line([at, frame.top], [at, frame.bottom], t.grid, m.px(1.0), None);
        let tick_end = frame.bottom + m.px(design::TICK_LENGTH);
        svg.line([at, frame.bottom], [at, tick_end], t.text_muted, m.px(1.0), None);
        svg.text(at, tick_baseline, tick_style(Anchor::Middle), &years_tick(b));
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
        size: m.px(design::AXIS),
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
    svg.line(
        [frame.left, frame.bottom],
        [frame.right, frame.bottom],
        t.text_muted,
        m.px(1.0),
        None,
    );
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

    let value_size = m.px(design::VALUE);
    let style = |color| TextStyle {
        size: value_size,
        color: text_shade(color, t),
        anchor: Anchor::Middle,
    };
    let gap = radius + m.px(5.0);
    for level in &chart.levels {
        let x = frame.x(level.years_mid());
        let (high, low) = if level.average_usd >= level.median_usd {
            (
                (level.average_usd, t.salary_average),
                (level.median_usd, t.salary_median),
            )
        } else {
            (
                (level.median_usd, t.salary_median),
                (level.average_usd, t.salary_average),
            )
        };
        let y_high = frame.y(f64::from(high.0)) - gap;
        let y_low = frame.y(f64::from(low.0)) + gap + font::cap_height(value_size);
        text_on_backdrop(svg, [x, y_high], style(high.1), &format::usd(high.0), t, m);
        text_on_backdrop(svg, [x, y_low], style(low.1), &format::usd(low.0), t, m);
    }
}

/// Under the axis, centred on each level's span: its years, then its name.
fn salary_levels(svg: &mut Svg, chart: &SalaryChart, frame: &SalaryFrame, layout: &Layout, m: &Metrics) {
    let t = &layout.tokens;
    let label_size = m.px(design::LABEL);
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
fn text_on_backdrop(svg: &mut Svg, at: [f32; 2], style: TextStyle, text: &str, tokens: &Tokens, m: &Metrics) {
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

/// Level boundaries on the x axis (the open end excluded), ascending.
fn boundaries(levels: &[LevelSpan]) -> Vec<f64> {
    let mut out: Vec<f64> = levels.iter().map(|l| l.years_from).collect();
    out.extend(levels.iter().filter(|l| !l.open_ended).map(|l| l.years_to_drawn));
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// A series colour darkened or lightened toward the text colour until it reads as text
/// (contrast at least 4.5:1 against the background).
fn text_shade(color: Color32, tokens: &Tokens) -> Color32 {
    let background = tokens.background();
    let mut shade = color;
    for step in 1..=10u8 {
        if contrast_ratio(shade, background) >= 4.5 {
            break;
        }
        shade = lerp(color, tokens.text_strong, f32::from(step) / 10.0);
    }
    shade
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let mix = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(mix(a.r(), b.r()), mix(a.g(), b.g()), mix(a.b(), b.b()))
}

/// Legend name of bars whose USD figures come from the guide.
pub const GIVEN_LEGEND: &str = "USD range given by the guide";
/// Legend name of bars whose USD figures are derived.
pub const DERIVED_LEGEND: &str = "USD range derived (*)";

/// The name a region is listed under: derived regions get " *", pointing to the footnote.
#[must_use]
pub fn region_label(region: &RegionBar) -> String {
    if region.derived_from.is_some() {
        format!("{} *", region.name)
    } else {
        region.name.clone()
    }
}

/// The salaries-around-the-world chart as an SVG document.
#[must_use]
pub fn global_svg(chart: &GlobalChart, layout: &Layout) -> String {
    let m = Metrics { s: layout.scale() };
    let notes = global_notes(chart);
    let mut svg = Svg::new(
        layout.width,
        layout.height,
        layout.tokens.background(),
        &layout.id,
        &chart.title,
        &description(&chart.description, &notes),
    );
    let pad = m.px(design::PAD);
    let regions = chart.sorted(layout.sort);

    let mut top = draw_title(&mut svg, &chart.title, layout, &m, pad);
    top += m.px(4.0);
    top = draw_legend(
        &mut svg,
        &global_legend(&regions, &layout.tokens),
        layout,
        &m,
        top,
    );
    top += m.px(design::GAP);

    let mut bottom = layout.height - pad;
    if layout.caption {
        bottom = draw_notes_above(&mut svg, &notes, layout, &m, bottom) - m.px(design::GAP);
    }
    let frame = GlobalFrame::new(&regions, chart, layout, &m, top, bottom);
    global_axes(&mut svg, chart, &frame, layout, &m);
    global_bars(&mut svg, &regions, &frame, layout, &m);
    svg.finish()
}

fn global_legend(regions: &[&RegionBar], t: &Tokens) -> Vec<(Swatch, String)> {
    let mut legend = vec![(
        Swatch::Box {
            fill: t.region_bar,
            stroke: None,
        },
        GIVEN_LEGEND.to_owned(),
    )];
    if regions.iter().any(|r| r.derived_from.is_some()) {
        legend.push((
            Swatch::Box {
                fill: t.region_derived,
                stroke: Some(t.region_bar),
            },
            DERIVED_LEGEND.to_owned(),
        ));
    }
    if let Some(highlighted) = regions.iter().find(|r| r.highlighted) {
        legend.push((
            Swatch::Box {
                fill: t.region_highlight,
                stroke: None,
            },
            highlighted.name.clone(),
        ));
    }
    legend
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
        top: f32,
        bottom: f32,
    ) -> Self {
        let label_size = m.px(design::LABEL);
        let label_width = regions
            .iter()
            .map(|r| font::text_width(&region_label(r), label_size))
            .fold(0.0, f32::max);
        let x_title_baseline = bottom - m.px(design::AXIS) * 0.3;
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
    let tick_size = m.px(design::TICK);
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
    svg.line(
        [frame.left, frame.bottom],
        [frame.right, frame.bottom],
        t.text_muted,
        m.px(1.0),
        None,
    );
    let axis_style = TextStyle {
        size: m.px(design::AXIS),
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
    let value_size = m.px(design::VALUE);
    let exact: Vec<String> = regions
        .iter()
        .map(|r| format::usd_range(r.usd_min, r.usd_max))
        .collect();
    let short: Vec<String> = regions
        .iter()
        .map(|r| {
            format!(
                "{}–{}",
                format::usd_short(f64::from(r.usd_min)),
                format::usd_short(f64::from(r.usd_max))
            )
        })
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
    let label_size = m.px(design::LABEL);
    let value_size = m.px(design::VALUE);
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
        } else if region.derived_from.is_some() {
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
            &region_label(region),
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

/// Text colour readable on `fill`: the background or the strong text colour, whichever contrasts more.
fn on_fill(fill: Color32, tokens: &Tokens) -> Color32 {
    let light = tokens.background();
    let dark = tokens.text_strong;
    let (a, b) = if tokens.dark { (dark, light) } else { (light, dark) };
    if contrast_ratio(a, fill) >= contrast_ratio(b, fill) {
        a
    } else {
        b
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

    #[test]
    fn text_shades_read_as_text() {
        for tokens in [Tokens::LIGHT, Tokens::DARK] {
            for color in [tokens.salary_median, tokens.salary_average] {
                let shade = text_shade(color, &tokens);
                assert!(contrast_ratio(shade, tokens.background()) >= 4.5);
            }
        }
    }
}
