//! Salaries around the world: one horizontal range bar per region (USD per year), sortable, with
//! the highlighted region and derived figures drawn distinctly.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, GridMark};

use super::{ViewContext, a11y, found::Finder, legend, text};
use crate::{
    chart::{ChartId, DERIVED_LEGEND, GIVEN_LEGEND, GlobalChart, RegionBar, SortOrder},
    command::Command,
    present::Presentation,
    search::Part,
    state::GlobalChartOptions,
    tokens::{Tokens, size},
};

/// The chart; its source and footnotes under it unless the section's own table of the same
/// figures follows (`table_follows`) and gives them once.
pub fn global_chart_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, table_follows: bool, finder: &mut Finder) {
    super::wide::wide_ui(ui, "global_chart", |ui| {
        // The title is what a search finds of the chart.
        finder.part_ui(ui, Part::Heading, |ui| {
            text::heading_ui(ui, &ctx.present.charts.global.title, text::Level::Heading);
        });
        chart_and_controls_ui(ui, ctx, table_follows);
    });
}

fn chart_and_controls_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, table_follows: bool) {
    let mut options = ctx.state.global_chart.clone();
    let export = global_chart_inner_ui(ui, ctx.present, &mut options, ctx.export_running, table_follows);
    if let Some(command) = export {
        ctx.send(command);
    }
    if options != ctx.state.global_chart {
        // The section's table below reads the applied options: draw again once they are.
        ui.ctx().request_repaint();
        ctx.send(Command::SetGlobalChart(options));
    }
}

fn global_chart_inner_ui(
    ui: &mut Ui,
    present: &Presentation,
    options: &mut GlobalChartOptions,
    export_running: bool,
    table_follows: bool,
) -> Option<Command> {
    let tokens = Tokens::of(ui);
    let (chart, parts) = (&present.charts.global, &present.global);
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
    let entries = legend::entries(&parts.legend, &tokens);
    let hidden = legend::legend_ui(ui, "global_salaries", &entries);
    ui.add_space(4.0);
    let height = plot_height(sorted.len());
    let response = if hidden.len() == entries.len() {
        legend::all_hidden_ui(ui, height);
        None
    } else {
        Some(global_plot_ui(ui, chart, &sorted, &hidden, &tokens))
    };
    let order: Vec<&str> = sorted.iter().map(|r| r.name.as_str()).collect();
    let description = format!(
        "{} Sorted by {}, top to bottom: {}.",
        chart.description,
        options.sort.label().to_lowercase(),
        order.join(", ")
    );
    if let Some(response) = response {
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    }
    // The table (the section's own, or "Show data") gives the source and footnotes once.
    let table_below = table_follows || options.show_data;
    if !table_below {
        for line in &parts.notes.with_sources {
            text::caption_ui(ui, line);
        }
    }
    ui.add_space(4.0);
    let row = ui.horizontal(|ui| {
        // With the section's own table right below, a second copy of it would only repeat it.
        if !table_follows {
            let show_data = text::toggle_ui(ui, &mut options.show_data, "Show data");
            a11y::hover_text(show_data, "Show the chart's figures as a table");
            let local = text::toggle_ui(ui, &mut options.local_currency, "Local currency");
            a11y::hover_text(local, "List each region's range in its own currency");
        }
        super::export_menu::export_menu_ui(ui, export_running, ChartId::GlobalSalaries)
    });
    let command = row.inner;
    if table_follows {
        return command;
    }
    if options.local_currency {
        ui.add_space(6.0);
        super::tables::local_currency_ui(ui, &parts.table, &order);
    }
    if options.show_data {
        ui.add_space(6.0);
        let highlight = sorted
            .iter()
            .find(|r| r.highlighted)
            .map_or("", |r| r.name.as_str());
        let mut nothing_to_find = Finder::default();
        let table = &parts.table;
        super::tables::regions_table_ui(
            ui,
            "global_chart_data",
            table,
            &order,
            highlight,
            &mut nothing_to_find,
        );
        ui.add_space(4.0);
        super::tables::notes_ui(ui, table);
    }
    command
}

/// The plot: one range bar per region, top to bottom in the chosen order.
fn global_plot_ui(
    ui: &mut Ui,
    chart: &GlobalChart,
    sorted: &[&RegionBar],
    hidden: &std::collections::BTreeSet<String>,
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
        } else if region.usd_is_derived() {
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
        .map(|(i, r)| (y_of(i), r.label()))
        .collect();
    let positions: Vec<f64> = names.iter().map(|(y, _)| *y).collect();
    let rows: Vec<(f64, &RegionBar)> = sorted.iter().enumerate().map(|(i, r)| (y_of(i), *r)).collect();
    let height = plot_height(count);
    let plot = super::text::reading_plot("global_salaries_plot")
        .height(height)
        .default_x_bounds(0.0, chart.x_max)
        .default_y_bounds(0.3, count as f64 + 0.7)
        .x_axis_label(chart.x_label.clone())
        // The region names' column: room to spare on a wide plot; on a narrow one (a small
        // window, a large zoom) only what the names need, so the bars keep most of the width.
        .y_axis_min_width(if ui.available_width() < 560.0 { 0.0 } else { 150.0 })
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
        .x_grid_spacer(|input| text::usd_grid(&input, 80.0))
        .x_axis_formatter(|mark, _range| text::usd_tick(mark.value))
        .show(ui, |plot_ui| {
            for (name, bars, color) in [
                (GIVEN_LEGEND.to_owned(), given, tokens.region_bar),
                (DERIVED_LEGEND.to_owned(), derived, tokens.region_derived),
                (highlighted_name, highlighted, tokens.region_highlight),
            ] {
                if hidden.contains(&name) {
                    continue;
                }
                // Not hoverable: egui_plot would write the bar's figures beside it as bare text,
                // over the other bars and cut at the plot's edge. The read-out below serves the
                // whole row, bar or not.
                plot_ui.add(
                    BarChart::new(name, bars)
                        .color(color)
                        .horizontal()
                        .allow_hover(false),
                );
            }
        });
    let hovered = plot
        .response
        .hover_pos()
        .and_then(|pointer| region_at(&rows, plot.transform.value_from_position(pointer).y));
    if let Some(read_out) = hovered {
        read_out_ui(&plot.response, &read_out);
    }
    // Tab reaches the plot: where the keyboard is must show.
    super::focus::ring_if_focused(ui, &plot.response);
    plot.response
}

/// The hovered region's figures in a tool tip box just below the plot (above it where the
/// window has no room below), at the pointer's x: fully visible, inside the window, and over no
/// bar. Named after what it says, for a screen reader.
fn read_out_ui(plot: &egui::Response, read_out: &str) {
    use egui::RectAlign;
    let x = plot.hover_pos().map_or(plot.rect.left(), |p| p.x);
    let column = egui::Rect::from_x_y_ranges(x..=x, plot.rect.y_range());
    let screen = plot.ctx.content_rect();
    // The box's size as drawn last frame (before that, a tool tip's usual width).
    let drawn = plot
        .ctx
        .read_response(egui::Tooltip::tooltip_id(plot.id, 0))
        .map(|r| r.rect.size());
    let size = drawn.unwrap_or(egui::vec2(
        plot.ctx.global_style().spacing.tooltip_width + 24.0,
        0.0,
    ));
    // Starting at the pointer if the box fits to its right, else ending there; below the plot
    // if it fits there, else above, else below (egui then keeps it inside the window).
    // (The box is drawn a few points off its anchor: keep a margin.)
    let start = x + size.x + 12.0 <= screen.right();
    let below = plot.rect.bottom() + 12.0 + size.y <= screen.bottom()
        || plot.rect.top() - 12.0 - size.y < screen.top();
    let align = match (below, start) {
        (true, true) => RectAlign::BOTTOM_START,
        (true, false) => RectAlign::BOTTOM_END,
        (false, true) => RectAlign::TOP_START,
        (false, false) => RectAlign::TOP_END,
    };
    let mut tooltip = egui::Tooltip::always_open(plot.ctx.clone(), plot.layer_id, plot.id, column)
        .gap(2.0)
        .accessible_name(read_out);
    tooltip.popup = tooltip.popup.align(align).align_alternatives(&[]);
    let shown = tooltip.show(|ui| {
        ui.label(read_out);
    });
    // Placed from the size it had last frame (another region's read-out, or a guess): place it
    // again if this one's differs.
    let now = shown.map(|s| s.response.rect.size());
    if now
        .zip(drawn)
        .is_none_or(|(now, drawn)| (now - drawn).length() > 0.5)
    {
        plot.ctx.request_repaint();
    }
}

/// The hover read-out for the region drawn at `y`, if any is.
fn region_at(rows: &[(f64, &RegionBar)], y: f64) -> Option<String> {
    rows.iter()
        .find(|(row, _)| (row - y).abs() <= 0.35)
        .map(|(_, region)| region.describe())
}

/// The plot's height for `count` regions.
fn plot_height(count: usize) -> f32 {
    (count as f32 * 34.0 + 70.0).max(180.0)
}
