//! Salary by experience: US median and average as step lines over years of experience, with the
//! guide's overall median and range for reference, and a "years of experience" slider.
//!
//! Step lines (one flat run per level) rather than bars: levels span unequal numbers of years, and
//! a step line shows both each level's span and the climb from one level to the next; markers at
//! each level's centre carry the hover read-out.

use egui::{RichText, Ui};
use egui_plot::{
    GridMark, HLine, Line, LineStyle, MarkerShape, PlotPoint, PlotPoints, Points, Polygon, Span,
};

use super::{ViewContext, legend, text};
use crate::{
    chart::{ChartId, SalaryChart, years_tick},
    command::Command,
    model::format,
    state::SalaryChartOptions,
    tokens::{Tokens, size},
};

/// Plot points derived once from the chart model, borrowed by every frame.
#[derive(Debug, Default)]
pub struct SalaryPlotCache {
    median_steps: Vec<PlotPoint>,
    average_steps: Vec<PlotPoint>,
    median_markers: Vec<PlotPoint>,
    average_markers: Vec<PlotPoint>,
    /// Level boundaries for the x axis ticks.
    boundaries: Vec<f64>,
    /// The guide's overall range as a rectangle across the chart.
    range_band: Vec<PlotPoint>,
}

impl SalaryPlotCache {
    #[must_use]
    pub fn new(chart: &SalaryChart) -> Self {
        let steps = |value: fn(&crate::chart::LevelSpan) -> u32| {
            chart
                .levels
                .iter()
                .flat_map(|l| {
                    let y = f64::from(value(l));
                    [
                        PlotPoint::new(l.years_from, y),
                        PlotPoint::new(l.years_to_drawn, y),
                    ]
                })
                .collect()
        };
        let markers = |value: fn(&crate::chart::LevelSpan) -> u32| {
            chart
                .levels
                .iter()
                .map(|l| PlotPoint::new(l.years_mid(), f64::from(value(l))))
                .collect()
        };
        Self {
            median_steps: steps(|l| l.median_usd),
            average_steps: steps(|l| l.average_usd),
            median_markers: markers(|l| l.median_usd),
            average_markers: markers(|l| l.average_usd),
            boundaries: chart.boundaries(),
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

/// The chart; its figures as a table on "Show data", unless the section's own table of them
/// follows (`table_follows`), which then highlights the picked level instead.
pub fn salary_chart_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, cache: &SalaryPlotCache, table_follows: bool) {
    let chart = &ctx.charts.salary;
    let mut options = ctx.state.salary_chart.clone();
    salary_chart_inner_ui(ui, chart, cache, &mut options);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if !table_follows {
            ui.toggle_value(&mut options.show_data, "Show data")
                .on_hover_text("Show the chart's figures as a table");
        }
        if let Some(command) =
            super::export_menu::export_menu_ui(ui, ctx.export_running, ChartId::SalaryByExperience)
        {
            ctx.send(command);
        }
    });
    if options.show_data && !table_follows {
        ui.add_space(6.0);
        let picked = chart.level_index_at(options.years);
        super::tables::salary_table_ui(ui, &ctx.guide.salary, picked);
    }
    if options != ctx.state.salary_chart {
        ctx.send(Command::SetSalaryChart(options));
    }
}

fn salary_chart_inner_ui(
    ui: &mut Ui,
    chart: &SalaryChart,
    cache: &SalaryPlotCache,
    options: &mut SalaryChartOptions,
) {
    let tokens = Tokens::of(ui);
    text::heading_ui(ui, &chart.title, text::Level::Heading);

    ui.add(
        egui::Slider::new(&mut options.years, 0.0..=15.0)
            .step_by(0.5)
            .fixed_decimals(1)
            .suffix(" years")
            .text("Years of experience"),
    )
    .on_hover_text("Highlights the level for this much experience");
    let selected = chart.level_at(options.years);
    match selected {
        Some(level) => {
            ui.label(
                RichText::new(format!(
                    "At {} years: {} ({}): US median {}, US average {} per year",
                    years_tick(options.years),
                    level.title,
                    level.years_label,
                    format::usd(level.median_usd),
                    format::usd(level.average_usd)
                ))
                .size(size::BODY)
                .color(tokens.text_strong),
            );
        }
        None => {
            ui.label(RichText::new("No level covers this many years in the data.").size(size::BODY));
        }
    }
    ui.add_space(6.0);

    let entries = legend_entries(chart, &tokens);
    let hidden = legend::legend_ui(ui, "salary_by_experience", &entries);
    ui.add_space(4.0);
    if hidden.len() == entries.len() {
        legend::all_hidden_ui(ui, size::CHART_HEIGHT);
    } else {
        let response = salary_plot_ui(ui, chart, cache, selected, &hidden, &tokens);
        let description = chart.description.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    }
    text::caption_ui(
        ui,
        &format!(
            "Open-ended last level drawn to {} years. {}",
            chart.x_max, chart.source_line
        ),
    );
    for footnote in &chart.footnotes {
        text::caption_ui(ui, footnote);
    }
}

/// The legend, in the order the export draws it.
fn legend_entries(chart: &SalaryChart, tokens: &Tokens) -> Vec<legend::Entry> {
    vec![
        legend::Entry {
            name: chart.median_label.clone(),
            color: tokens.salary_median,
            swatch: legend::Swatch::Line,
        },
        legend::Entry {
            name: chart.average_label.clone(),
            color: tokens.salary_average,
            swatch: legend::Swatch::Line,
        },
        legend::Entry {
            name: chart.median_reference.label.clone(),
            color: tokens.reference_line,
            swatch: legend::Swatch::Dashed,
        },
        legend::Entry {
            name: chart.range_reference.label.clone(),
            color: tokens.reference_line.gamma_multiply(0.3),
            swatch: legend::Swatch::Fill,
        },
    ]
}

/// The plot itself: reference band and line, the selected level, the two step series.
fn salary_plot_ui(
    ui: &mut Ui,
    chart: &SalaryChart,
    cache: &SalaryPlotCache,
    selected: Option<&crate::chart::LevelSpan>,
    hidden: &std::collections::BTreeSet<String>,
    tokens: &Tokens,
) -> egui::Response {
    let levels = &chart.levels;
    let boundaries = cache.boundaries.clone();
    super::text::reading_plot("salary_by_experience_plot")
        .height(size::CHART_HEIGHT)
        .default_x_bounds(0.0, chart.x_max)
        .default_y_bounds(0.0, chart.y_max)
        .x_axis_label(chart.x_label.clone())
        .y_axis_label(chart.y_label.clone())
        .y_axis_min_width(44.0)
        .grid_color(tokens.grid)
        .x_grid_spacer(move |_input| {
            boundaries
                .iter()
                .map(|&value| GridMark {
                    value,
                    step_size: 5.0,
                })
                .collect()
        })
        .x_axis_formatter(|mark, _range| years_tick(mark.value))
        .y_axis_formatter(|mark, _range| text::usd_tick(mark.value))
        .label_formatter(|hover| {
            let position = text::hover_point(hover);
            levels
                .iter()
                .find(|l| l.contains(position.x) && position.x <= l.years_to_drawn)
                .map(crate::chart::LevelSpan::describe)
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
            if let Some(level) = selected {
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
                    &cache.average_steps,
                    &cache.average_markers,
                    tokens.salary_average,
                    MarkerShape::Square,
                ),
                (
                    &chart.median_label,
                    &cache.median_steps,
                    &cache.median_markers,
                    tokens.salary_median,
                    MarkerShape::Circle,
                ),
            ] {
                if hidden.contains(name) {
                    continue;
                }
                plot_ui.add(
                    Line::new(name.clone(), PlotPoints::Borrowed(steps))
                        .color(color)
                        .width(2.5)
                        .allow_band(false),
                );
                plot_ui.add(
                    Points::new(name.clone(), PlotPoints::Borrowed(markers))
                        .color(color)
                        .shape(shape)
                        .radius(4.5)
                        .filled(true),
                );
            }
        })
        .response
}
