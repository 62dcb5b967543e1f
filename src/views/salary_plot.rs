//! The salary-by-experience plot: reference band and line, the picked level, the two step series;
//! under it each level's years and name along the x axis, and on request each level's figures
//! beside its markers, as the exported chart draws them.

use std::{collections::BTreeSet, sync::Arc};

use egui::{Align, Align2, FontId, Galley, Sense, Ui, text::LayoutJob};
use egui_plot::{
    GridMark, HLine, Line, LineStyle, MarkerShape, PlotPoint, PlotPoints, PlotTransform, Points, Polygon,
    Span,
};

use super::text;
use crate::{
    chart::{LevelFigure, LevelSpan, SalaryChart, SalaryStep, years_tick},
    tokens::{Tokens, size},
};

/// How far below $0 the y axis reaches, as a share of its top: room for the "$0" tick to sit
/// wholly above the x axis's labels instead of over its "0".
const Y_MARGIN: f64 = 0.06;

/// The x axis's marks at `ticks` (years), all with one step size: `egui_plot` labels each mark
/// (a small one hides labels).
pub fn year_marks(ticks: impl Iterator<Item = f64>) -> Vec<GridMark> {
    ticks
        .map(|value| GridMark {
            value,
            step_size: 5.0,
        })
        .collect()
}

/// The two pay series as plot points: each step a flat run, a marker at its middle.
#[derive(Debug, Default)]
pub struct PayPoints {
    pub median_steps: Vec<PlotPoint>,
    pub average_steps: Vec<PlotPoint>,
    pub median_markers: Vec<PlotPoint>,
    pub average_markers: Vec<PlotPoint>,
}

impl PayPoints {
    /// The points of `steps` (the salary chart's levels, or a path's steps).
    #[must_use]
    pub fn of<T: SalaryStep>(steps: &[T]) -> Self {
        let runs = |value: fn(&T) -> u32| {
            steps
                .iter()
                .flat_map(|s| {
                    let y = f64::from(value(s));
                    s.span().map(|x| PlotPoint::new(x, y))
                })
                .collect()
        };
        let markers = |value: fn(&T) -> u32| {
            steps
                .iter()
                .map(|s| PlotPoint::new(s.mid(), f64::from(value(s))))
                .collect()
        };
        Self {
            median_steps: runs(T::median_usd),
            average_steps: runs(T::average_usd),
            median_markers: markers(T::median_usd),
            average_markers: markers(T::average_usd),
        }
    }
}

/// Plot points derived once from the chart model, borrowed by every frame.
#[derive(Debug, Default)]
pub struct SalaryPlotCache {
    pay: PayPoints,
    /// Where the x axis is labelled: level boundaries and the open-ended level's drawn end.
    x_ticks: Vec<f64>,
    /// The guide's overall range as a rectangle across the chart.
    range_band: Vec<PlotPoint>,
}

impl SalaryPlotCache {
    #[must_use]
    pub fn new(chart: &SalaryChart) -> Self {
        Self {
            pay: PayPoints::of(&chart.levels),
            x_ticks: chart.x_ticks(),
            range_band: {
                let band = &chart.range_reference;
                vec![
                    PlotPoint::new(0.0, band.min_usd),
                    PlotPoint::new(chart.x_max, band.min_usd),
                    PlotPoint::new(chart.x_max, band.max_usd),
                    PlotPoint::new(0.0, band.max_usd),
                ]
            },
        }
    }
}

/// What the plot draws besides its data.
pub struct PlotOptions<'a> {
    /// The level the years slider picked.
    pub selected: Option<&'a LevelSpan>,
    /// Legend entries switched off.
    pub hidden: &'a BTreeSet<String>,
    /// Write each level's figures beside its markers.
    pub show_values: bool,
    /// The plot's height ([`text::plot_height`]).
    pub height: f32,
}

/// The plot, then the levels along its x axis; returns the plot's response.
pub fn salary_plot_ui(
    ui: &mut Ui,
    chart: &SalaryChart,
    cache: &SalaryPlotCache,
    options: &PlotOptions<'_>,
    tokens: &Tokens,
) -> egui::Response {
    let levels = &chart.levels;
    let hidden = options.hidden;
    let ticks = cache.x_ticks.clone();
    // What the hover read-out says this frame, to name its tooltip after.
    let shown_read_out = std::cell::RefCell::new(None);
    let shown = text::usd_y_axis(text::reading_plot("salary_by_experience_plot"), options.height)
        .height(options.height)
        .default_x_bounds(0.0, chart.x_max)
        .default_y_bounds(-chart.y_max * Y_MARGIN, chart.y_max)
        .y_axis_label(chart.y_label.clone())
        .y_axis_min_width(44.0)
        .grid_color(tokens.grid)
        .x_grid_spacer(move |_input| year_marks(ticks.iter().copied()))
        .x_axis_formatter(|mark, _range| years_tick(mark.value))
        .y_axis_formatter(|mark, _range| text::usd_tick(mark.value))
        .label_formatter(|hover| {
            let read_out = level_at(levels, text::hover_point(hover).x);
            read_out.clone_into(&mut shown_read_out.borrow_mut());
            read_out
        })
        .show(ui, |plot_ui| {
            if !hidden.contains(&chart.range_reference.label) {
                plot_ui.add(
                    Polygon::new(
                        chart.range_reference.label.clone(),
                        PlotPoints::Borrowed(&cache.range_band),
                    )
                    .fill_color(tokens.reference_band)
                    .stroke(egui::Stroke::NONE)
                    .allow_hover(false),
                );
            }
            if let Some(level) = options.selected {
                plot_ui.add(
                    Span::new("", level.years_from..=level.years_to_drawn)
                        .axis(egui_plot::Axis::X)
                        .fill(tokens.level_highlight)
                        .border_width(0.0),
                );
            }
            if !hidden.contains(&chart.median_reference.label) {
                plot_ui.add(
                    HLine::new(chart.median_reference.label.clone(), chart.median_reference.usd)
                        .color(tokens.reference_line)
                        .style(LineStyle::dashed_loose())
                        .width(1.5),
                );
            }
            for (name, steps, markers, color, shape) in [
                (
                    &chart.average_label,
                    &cache.pay.average_steps,
                    &cache.pay.average_markers,
                    tokens.salary_average,
                    MarkerShape::Square,
                ),
                (
                    &chart.median_label,
                    &cache.pay.median_steps,
                    &cache.pay.median_markers,
                    tokens.salary_median,
                    MarkerShape::Circle,
                ),
            ] {
                if !hidden.contains(name) {
                    step_series(plot_ui, name, (steps, markers), color, shape);
                }
            }
        });
    // The hover read-out's tooltip is named after what it says.
    if let Some(read_out) = shown_read_out.take() {
        super::a11y::name_tooltip(ui.ctx(), shown.response.id, &read_out);
    }
    if options.show_values {
        values_ui(ui, chart, &shown.transform, hidden, tokens);
    }
    levels_along_axis_ui(ui, chart, &shown.transform, tokens);
    // Tab reaches the plot (its description, its arrow keys): where the keyboard is must show.
    super::focus::ring_if_focused(ui, &shown.response);
    shown.response
}

/// One pay series as both charts draw it: a step line, and a marker at each level's centre
/// (`points`: the steps, then the markers).
pub fn step_series<'a>(
    plot_ui: &mut egui_plot::PlotUi<'a>,
    name: &str,
    points: (&'a [PlotPoint], &'a [PlotPoint]),
    color: egui::Color32,
    shape: MarkerShape,
) {
    plot_ui.add(
        Line::new(name.to_owned(), PlotPoints::Borrowed(points.0))
            .color(color)
            .width(2.5)
            .allow_band(false),
    );
    plot_ui.add(
        Points::new(name.to_owned(), PlotPoints::Borrowed(points.1))
            .color(color)
            .shape(shape)
            .radius(4.5)
            .filled(true),
    );
}

/// The hover read-out for the level drawn at `years`, if any is.
fn level_at(levels: &[LevelSpan], years: f64) -> Option<String> {
    levels
        .iter()
        .find(|l| l.contains(years) && years <= l.years_to_drawn)
        .map(LevelSpan::describe)
}

/// Each level's two figures beside their markers: the higher above, the lower below, on a patch
/// of background so grid and reference lines do not cut through them.
fn values_ui(
    ui: &Ui,
    chart: &SalaryChart,
    transform: &PlotTransform,
    hidden: &BTreeSet<String>,
    tokens: &Tokens,
) {
    let painter = ui.painter_at(*transform.frame());
    let gap = 4.5 + 4.0;
    for level in &chart.levels {
        for label in level.value_labels() {
            let (name, color) = match label.figure {
                LevelFigure::Average => (&chart.average_label, tokens.salary_average),
                LevelFigure::Median => (&chart.median_label, tokens.salary_median),
            };
            if hidden.contains(name) {
                continue;
            }
            let at = transform.position_from_point(&PlotPoint::new(level.years_mid(), f64::from(label.usd)));
            let galley = painter.layout_no_wrap(
                label.text.clone(),
                FontId::proportional(size::SMALL),
                tokens.text_shade(color),
            );
            let anchor = if label.above {
                Align2::CENTER_BOTTOM
            } else {
                Align2::CENTER_TOP
            };
            let offset = if label.above { -gap } else { gap };
            let rect = anchor.anchor_size(at + egui::vec2(0.0, offset), galley.size());
            painter.rect_filled(rect.expand(2.0), 2, tokens.background().gamma_multiply(0.85));
            painter.galley(rect.min, galley, tokens.text);
        }
    }
}

/// Under the axis, centred on each level's span: its years, then its name, between separators
/// that continue the level boundaries. Where a span is too narrow for its name's longest word
/// (a narrow window, a large zoom), the levels are listed instead, one a line.
fn levels_along_axis_ui(ui: &mut Ui, chart: &SalaryChart, transform: &PlotTransform, tokens: &Tokens) {
    let font = FontId::proportional(size::SMALL);
    // Laid out a little wider than the room the fit is checked against: a word that was measured
    // to fit is never broken by rounding in the layout ("Technicia / n").
    let centred = |ui: &Ui, text: &str, color, width: f32| -> Arc<Galley> {
        let mut job = LayoutJob::simple(text.to_owned(), font.clone(), color, width + 4.0);
        job.halign = Align::Center;
        ui.fonts_mut(|f| f.layout_job(job))
    };
    let word_width = |ui: &Ui, text: &str| {
        text.split_whitespace()
            .map(|word| {
                ui.fonts_mut(|f| f.layout_no_wrap(word.to_owned(), font.clone(), tokens.text))
                    .size()
                    .x
            })
            .fold(0.0, f32::max)
    };
    let spans: Vec<(&LevelSpan, f32, f32)> = chart
        .levels
        .iter()
        .map(|l| {
            let left = transform.position_from_point_x(l.years_from);
            let right = transform.position_from_point_x(l.years_to_drawn);
            (l, left, right)
        })
        .collect();
    let fits = spans.iter().all(|(l, left, right)| {
        let room = right - left - 6.0;
        word_width(ui, &l.title) <= room && word_width(ui, &l.years_label) <= room
    });
    ui.add_space(2.0);
    if !fits {
        axis_title_ui(ui, chart);
        for level in &chart.levels {
            text::caption_ui(ui, &format!("{}: {}", level.years_label, level.title));
        }
        return;
    }
    let labels: Vec<(f32, Arc<Galley>, Arc<Galley>)> = spans
        .iter()
        .map(|(l, left, right)| {
            let width = right - left - 6.0;
            (
                f32::midpoint(*left, *right),
                centred(ui, &l.years_label, tokens.text_muted, width),
                centred(ui, &l.title, tokens.text, width),
            )
        })
        .collect();
    let height = labels
        .iter()
        .map(|(_, years, name)| years.size().y + name.size().y)
        .fold(0.0, f32::max)
        + 4.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(ui.available_width(), height), Sense::hover());
    let painter = ui.painter();
    for boundary in chart.boundaries() {
        let x = transform.position_from_point_x(boundary);
        painter.vline(x, rect.y_range(), egui::Stroke::new(1.0, tokens.grid));
    }
    for (x, years, name) in labels {
        let years_height = years.size().y;
        painter.galley(egui::pos2(x, rect.top()), years, tokens.text_muted);
        painter.galley(egui::pos2(x, rect.top() + years_height), name, tokens.text);
    }
    axis_title_ui(ui, chart);
}

/// The x axis's name, centred under it.
fn axis_title_ui(ui: &mut Ui, chart: &SalaryChart) {
    ui.vertical_centered(|ui| text::caption_ui(ui, &chart.x_label));
}
