//! The path chart of a reader's plan, drawn from `chart::path`'s model (`ctx.plan.path`): years
//! from today across, yearly pay up; the training shaded, then the career levels as steps
//! (median and average) from the year of entry; the reader's own pay marked at today. Hover
//! reads out each part, the legend toggles the series, "Show data" gives its table.

use egui::{RichText, Ui};
use egui_plot::{MarkerShape, PlotPoint, PlotPoints, Points, Polygon};

use super::{ViewContext, a11y, legend, salary_plot::step_series, text};
use crate::{
    chart::{PathChart, years_tick},
    export::{ChartFormat, PlanPart},
    present::path::YOU_TODAY,
    tokens::{Tokens, size},
};

/// How far left of today the x axis reaches, as a share of its length.
const X_MARGIN: f64 = 0.03;

/// Least room between two x axis ticks, in points: about a label's width ("0.5", "13").
const TICK_ROOM: f64 = 24.0;

/// What the path chart keeps between frames.
#[derive(Debug, Default)]
pub struct PathChartView {
    show_data: bool,
}

/// The chart, its legend above, its notes and "Show data" below.
pub fn path_chart_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, view: &mut PathChartView) {
    let plan = ctx.plan;
    let (chart, parts) = (&plan.path, &plan.path_parts);
    super::wide::wide_ui(ui, "path_chart", |ui| {
        let top = ui.cursor().top();
        text::heading_ui(ui, &chart.title, text::Level::Heading);
        let tokens = Tokens::of(ui);
        let entries = legend::entries(&parts.legend, &tokens);
        let hidden = legend::legend_ui(ui, "path_chart", &entries);
        ui.add_space(4.0);
        let height = text::plot_height(ui, ui.cursor().top() - top);
        if hidden.len() == entries.len() {
            legend::all_hidden_ui(ui, height);
        } else {
            let response = plot_ui(ui, chart, &hidden, height, &tokens);
            let description = chart.description.clone();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
        }
        for line in &parts.notes.with_sources {
            text::caption_ui(ui, line);
        }
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            let show = text::toggle_ui(ui, &mut view.show_data, "Show data");
            a11y::hover_text(show, "Show the chart's figures as a table");
            let mut chosen = None;
            let menu = ui.menu_button("Export…", |ui| {
                for format in ChartFormat::ALL {
                    let button = egui::Button::new(format!("{}…", format.label()));
                    if ui.add_enabled(!ctx.export_running, button).clicked() {
                        chosen = Some(format);
                    }
                }
            });
            a11y::hover_text(menu.response, "Save this chart as an image, a PDF or its data");
            if let Some(format) = chosen {
                super::plan::send_plan_export(ctx, PlanPart::PathChart(format));
            }
        });
        if view.show_data {
            ui.add_space(6.0);
            super::tables::salary_grid_ui(ui, &parts.table, None, &mut super::found::Finder::default());
        }
    });
}

/// Plot points of the path, made from the model each frame it is drawn (a dozen points).
struct PathPoints {
    pay: super::salary_plot::PayPoints,
    /// The training period, from today to its longest end, across the whole height.
    training: Option<Vec<PlotPoint>>,
    position: Option<PlotPoint>,
}

impl PathPoints {
    fn of(chart: &PathChart) -> Self {
        Self {
            pay: super::salary_plot::PayPoints::of(&chart.steps),
            training: chart.training.as_ref().map(|t| {
                vec![
                    PlotPoint::new(0.0, 0.0),
                    PlotPoint::new(t.years_max, 0.0),
                    PlotPoint::new(t.years_max, chart.y_max),
                    PlotPoint::new(0.0, chart.y_max),
                ]
            }),
            position: chart
                .position
                .as_ref()
                .map(|p| PlotPoint::new(p.x, f64::from(p.usd))),
        }
    }
}

/// What the hover read-out says at `x` years from today (and `usd`, for the reader's own mark).
#[must_use]
pub fn read_out(chart: &PathChart, x: f64, usd: f64) -> Option<String> {
    if let Some(position) = &chart.position {
        let near_today = x.abs() <= chart.x_max * 0.03;
        let near_pay = (usd - f64::from(position.usd)).abs() <= chart.y_max * 0.05;
        if near_today && near_pay {
            return Some(position.label.clone());
        }
    }
    if let Some(step) = chart.step_at(x) {
        return Some(step.describe());
    }
    chart
        .training
        .as_ref()
        .filter(|t| (0.0..t.years_max).contains(&x))
        .map(|t| format!("{}\n{}", t.route, t.label))
}

fn plot_ui(
    ui: &mut Ui,
    chart: &PathChart,
    hidden: &std::collections::BTreeSet<String>,
    height: f32,
    tokens: &Tokens,
) -> egui::Response {
    let points = PathPoints::of(chart);
    let ticks = chart.x_ticks.clone();
    let shown_read_out = std::cell::RefCell::new(None);
    let training_name = chart.training.as_ref().map(|t| t.label.clone());
    let position_name = chart.position.as_ref().map(|_| YOU_TODAY.to_owned());
    let shown = text::usd_y_axis(text::reading_plot("path_plot"), height)
        .height(height)
        // A little room left of today, so the reader's own mark shows whole.
        .default_x_bounds(-chart.x_max * X_MARGIN, chart.x_max)
        .default_y_bounds(0.0, chart.y_max)
        .x_axis_label(chart.x_label.clone())
        .y_axis_label(chart.y_label.clone())
        .y_axis_min_width(44.0)
        .grid_color(tokens.grid)
        .x_grid_spacer(move |input| {
            // egui_plot's `base_step_size` is its smallest grid spacing (8 points) in years:
            // ticks closer than a label's room ("0.5" beside "0" and "1" in a narrow plot) write
            // over each other, so a tick that close to the last one kept is left out.
            let room_years = input.base_step_size * TICK_ROOM / 8.0;
            let mut last: Option<f64> = None;
            super::salary_plot::year_marks(ticks.iter().copied().filter(|&value| {
                let apart = last.is_none_or(|kept| value - kept >= room_years);
                if apart {
                    last = Some(value);
                }
                apart
            }))
        })
        .x_axis_formatter(|mark, _range| years_tick(mark.value))
        .y_axis_formatter(|mark, _range| text::usd_tick(mark.value))
        .label_formatter(|hover| {
            let at = text::hover_point(hover);
            let said = read_out(chart, at.x, at.y);
            said.clone_into(&mut shown_read_out.borrow_mut());
            said
        })
        .show(ui, |plot_ui| {
            if let (Some(band), Some(name)) = (&points.training, &training_name)
                && !hidden.contains(name)
            {
                plot_ui.add(
                    Polygon::new(name.clone(), PlotPoints::Borrowed(band))
                        .fill_color(tokens.training_band)
                        .stroke(egui::Stroke::NONE)
                        .allow_hover(false),
                );
            }
            for (name, steps, markers, color, shape) in [
                (
                    &chart.average_label,
                    &points.pay.average_steps,
                    &points.pay.average_markers,
                    tokens.salary_average,
                    MarkerShape::Square,
                ),
                (
                    &chart.median_label,
                    &points.pay.median_steps,
                    &points.pay.median_markers,
                    tokens.salary_median,
                    MarkerShape::Circle,
                ),
            ] {
                if !hidden.contains(name) {
                    step_series(plot_ui, name, (steps, markers), color, shape);
                }
            }
            if let (Some(at), Some(name)) = (points.position, &position_name)
                && !hidden.contains(name)
            {
                plot_ui.add(
                    Points::new(name.clone(), PlotPoints::Owned(vec![at]))
                        .color(tokens.position)
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .filled(true),
                );
            }
        });
    if let Some(said) = shown_read_out.take() {
        a11y::name_tooltip(ui.ctx(), shown.response.id, &said);
    }
    super::focus::ring_if_focused(ui, &shown.response);
    if chart.steps.is_empty() {
        ui.label(RichText::new("The data has no career levels to draw.").size(size::SMALL));
    }
    shown.response
}
