//! Salaries around the world: one horizontal range bar per region (USD per year), sortable, with
//! the highlighted region and derived figures drawn distinctly.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark, Legend};

use super::text;
use crate::{
    app::GuideApp,
    chart::{GlobalChart, RegionBar, SortOrder},
    model::format,
    state::GlobalChartOptions,
    tokens::{Tokens, size},
};

/// Legend names of the three kinds of bar.
const GIVEN: &str = "USD range given by the guide";
const DERIVED: &str = "USD range derived (see note)";

pub fn global_chart_ui(ui: &mut Ui, app: &mut GuideApp) {
    let chart = &app.charts.global;
    let options = &mut app.state.global_chart;
    let running = app.exports.running.is_some();
    if let Some(command) = global_chart_inner_ui(ui, chart, options, running) {
        app.push(command);
    }
}

fn global_chart_inner_ui(
    ui: &mut Ui,
    chart: &GlobalChart,
    options: &mut GlobalChartOptions,
    export_running: bool,
) -> Option<crate::app::Command> {
    let tokens = Tokens::of(ui);
    text::heading_ui(ui, &chart.title, text::Level::Heading);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Sort by").size(size::BODY));
        for order in SortOrder::ALL {
            if ui
                .selectable_label(options.sort == order, order.label())
                .clicked()
            {
                options.sort = order;
            }
        }
    });
    ui.add_space(6.0);

    let sorted = chart.sorted(options.sort);
    let response = global_plot_ui(ui, chart, &sorted, &tokens);
    let order: Vec<&str> = sorted.iter().map(|r| r.name.as_str()).collect();
    let description = format!(
        "{} Sorted by {}, top to bottom: {}.",
        chart.description,
        options.sort.label().to_lowercase(),
        order.join(", ")
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    text::caption_ui(ui, &chart.source_line);
    for footnote in &chart.footnotes {
        text::caption_ui(ui, footnote);
    }
    ui.add_space(4.0);
    let row = ui.horizontal(|ui| {
        ui.toggle_value(&mut options.show_data, "Show data")
            .on_hover_text("Show the chart's figures as a table");
        ui.toggle_value(&mut options.local_currency, "Local currency")
            .on_hover_text("List each region's range in its own currency");
        super::export_menu::export_menu_ui(ui, export_running, crate::export::ChartId::GlobalSalaries)
    });
    let command = row.inner;
    if options.local_currency {
        ui.add_space(6.0);
        egui::Grid::new("global_local_currency")
            .striped(true)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new("Region").size(size::SMALL).strong());
                ui.label(
                    RichText::new("Local currency, per year")
                        .size(size::SMALL)
                        .strong(),
                );
                ui.end_row();
                for region in &sorted {
                    ui.label(&region.name);
                    number_ui(ui, &region.local_label());
                    ui.end_row();
                }
            });
    }
    if options.show_data {
        ui.add_space(6.0);
        egui::Grid::new("global_chart_data")
            .striped(true)
            .spacing([18.0, 6.0])
            .show(ui, |ui| {
                for header in ["Region", "Covers", "Local, per year", "USD, per year"] {
                    ui.label(RichText::new(header).size(size::SMALL).strong());
                }
                ui.end_row();
                for region in &sorted {
                    ui.label(&region.name);
                    ui.label(&region.countries);
                    number_ui(ui, &region.local_label());
                    number_ui(ui, &region.usd_label());
                    ui.end_row();
                }
            });
    }
    command
}

/// The plot: one range bar per region, top to bottom in the chosen order.
fn global_plot_ui(
    ui: &mut Ui,
    chart: &GlobalChart,
    sorted: &[&RegionBar],
    tokens: &Tokens,
) -> egui::Response {
    // Top of the chart is the first region: highest y.
    let count = sorted.len();
    let y_of = |index: usize| (count - index) as f64;
    let highlighted_name = sorted
        .iter()
        .find(|r| r.highlighted)
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let mut given = Vec::new();
    let mut derived = Vec::new();
    let mut highlighted = Vec::new();
    for (index, region) in sorted.iter().enumerate() {
        let bar = Bar::new(y_of(index), f64::from(region.usd_max) - f64::from(region.usd_min))
            .base_offset(f64::from(region.usd_min))
            .name(&region.name)
            .width(0.6);
        if region.highlighted {
            highlighted.push(bar.fill(tokens.region_highlight));
        } else if region.derived_from.is_some() {
            derived.push(
                bar.fill(tokens.region_derived)
                    .stroke(egui::Stroke::new(1.5, tokens.region_bar)),
            );
        } else {
            given.push(bar.fill(tokens.region_bar));
        }
    }
    let names: Vec<(f64, String)> = sorted
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let suffix = if r.derived_from.is_some() { " *" } else { "" };
            (y_of(i), format!("{}{suffix}", r.name))
        })
        .collect();
    let positions: Vec<f64> = names.iter().map(|(y, _)| *y).collect();
    let rows: Vec<(f64, &RegionBar)> = sorted.iter().enumerate().map(|(i, r)| (y_of(i), *r)).collect();
    let height = (count as f32 * 34.0 + 70.0).max(180.0);
    super::text::reading_plot("global_salaries_plot")
        .height(height)
        .legend(Legend::default().position(egui_plot::Corner::RightBottom))
        .default_x_bounds(0.0, chart.x_max)
        .default_y_bounds(0.3, count as f64 + 0.7)
        .x_axis_label(chart.x_label.clone())
        .y_axis_min_width(150.0)
        .grid_color(tokens.grid)
        .y_grid_spacer(move |_input| {
            positions
                .iter()
                .map(|&value| GridMark {
                    value,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _range| {
            names
                .iter()
                .find(|(y, _)| (y - mark.value).abs() < 0.01)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        })
        .x_axis_formatter(|mark, _range| {
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
            rows.iter()
                .find(|(y, _)| (y - position.y).abs() <= 0.35)
                .map(|(_, region)| region.describe())
        })
        .show(ui, |plot_ui| {
            plot_ui.add(BarChart::new(GIVEN, given).color(tokens.region_bar).horizontal());
            plot_ui.add(
                BarChart::new(DERIVED, derived)
                    .color(tokens.region_derived)
                    .horizontal(),
            );
            plot_ui.add(
                BarChart::new(highlighted_name, highlighted)
                    .color(tokens.region_highlight)
                    .horizontal(),
            );
        })
        .response
}

fn number_ui(ui: &mut Ui, value: &str) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(value)
    });
}
