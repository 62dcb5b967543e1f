//! Salary by experience: US median and average as step lines over years of experience, with the
//! guide's overall median and range for reference, and a "years of experience" slider.
//!
//! Step lines (one flat run per level) rather than bars: levels span unequal numbers of years, and
//! a step line shows both each level's span and the climb from one level to the next; markers at
//! each level's centre carry the hover read-out.

use egui::{RichText, Ui};
use egui_plot::{
    GridMark, HLine, Legend, Line, LineStyle, MarkerShape, PlotPoint, PlotPoints, Points, Polygon, Span,
};

use super::text;
use crate::{
    app::GuideApp,
    chart::SalaryChart,
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
        let mut boundaries: Vec<f64> = chart.levels.iter().map(|l| l.years_from).collect();
        boundaries.extend(
            chart
                .levels
                .iter()
                .filter(|l| !l.open_ended)
                .map(|l| l.years_to_drawn),
        );
        boundaries.sort_by(f64::total_cmp);
        boundaries.dedup();
        Self {
            median_steps: steps(|l| l.median_usd),
            average_steps: steps(|l| l.average_usd),
            median_markers: markers(|l| l.median_usd),
            average_markers: markers(|l| l.average_usd),
            boundaries,
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

pub fn salary_chart_ui(ui: &mut Ui, app: &mut GuideApp) {
    let chart = &app.charts.salary;
    let cache = &app.plot_cache.salary;
    let options = &mut app.state.salary_chart;
    salary_chart_inner_ui(ui, chart, cache, options);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.toggle_value(&mut app.state.salary_chart.show_data, "Show data")
            .on_hover_text("Show the chart's figures as a table");
        let running = app.exports.running.is_some();
        if let Some(command) =
            super::export_menu::export_menu_ui(ui, running, crate::export::ChartId::SalaryByExperience)
        {
            app.push(command);
        }
    });
    if app.state.salary_chart.show_data {
        ui.add_space(6.0);
        data_table_ui(ui, &app.charts.salary);
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
                    trim_years(options.years),
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

    let response = salary_plot_ui(ui, chart, cache, selected, &tokens);
    let description = chart.description.clone();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
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

/// The plot itself: reference band and line, the selected level, the two step series.
fn salary_plot_ui(
    ui: &mut Ui,
    chart: &SalaryChart,
    cache: &SalaryPlotCache,
    selected: Option<&crate::chart::LevelSpan>,
    tokens: &Tokens,
) -> egui::Response {
    let levels = &chart.levels;
    let boundaries = cache.boundaries.clone();
    super::text::reading_plot("salary_by_experience_plot")
        .height(size::CHART_HEIGHT)
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
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
        .x_axis_formatter(|mark, _range| format!("{}", mark.value))
        .y_axis_formatter(|mark, _range| {
            if mark.value < 0.0 {
                String::new()
            } else {
                format::usd_short(mark.value)
            }
        })
        .label_formatter(|hover| {
            let position = match hover {
                egui_plot::HoverPosition::NearDataPoint { position, .. }
                | egui_plot::HoverPosition::Elsewhere { position } => *position,
            };
            levels
                .iter()
                .find(|l| l.contains(position.x) && position.x <= l.years_to_drawn)
                .map(crate::chart::LevelSpan::describe)
        })
        .show(ui, |plot_ui| {
            plot_ui.add(
                Polygon::new(
                    chart.range_reference.label.clone(),
                    PlotPoints::Borrowed(&cache.range_band),
                )
                .fill_color(tokens.reference_band)
                .stroke(egui::Stroke::NONE)
                .allow_hover(false),
            );
            if let Some(level) = selected {
                plot_ui.add(
                    Span::new("", level.years_from..=level.years_to_drawn)
                        .axis(egui_plot::Axis::X)
                        .fill(tokens.level_highlight)
                        .border_width(0.0),
                );
            }
            plot_ui.add(
                HLine::new(chart.median_reference.label.clone(), chart.median_reference.usd)
                    .color(tokens.reference_line)
                    .style(LineStyle::dashed_loose())
                    .width(1.5),
            );
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

/// The chart's exact figures, for readers who cannot see the chart.
fn data_table_ui(ui: &mut Ui, chart: &SalaryChart) {
    egui::Grid::new("salary_chart_data")
        .striped(true)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for header in [
                "Level",
                "Experience",
                chart.median_label.as_str(),
                chart.average_label.as_str(),
            ] {
                ui.label(RichText::new(header).size(size::SMALL).strong());
            }
            ui.end_row();
            for level in &chart.levels {
                ui.label(&level.title);
                ui.label(&level.years_label);
                tables_number(ui, &format::usd(level.median_usd));
                tables_number(ui, &format::usd(level.average_usd));
                ui.end_row();
            }
        });
    text::caption_ui(
        ui,
        &format!(
            "{}. Reference: {} (dashed line); {} (shaded band).",
            chart.y_label, chart.median_reference.label, chart.range_reference.label
        ),
    );
}

fn tables_number(ui: &mut Ui, value: &str) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(value)
    });
}

/// "5" for whole years, "5.5" otherwise.
fn trim_years(years: f64) -> String {
    if years.fract() == 0.0 {
        format!("{years:.0}")
    } else {
        format!("{years:.1}")
    }
}
