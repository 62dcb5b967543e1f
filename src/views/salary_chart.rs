//! Salary by experience: US median and average as step lines over years of experience, with the
//! guide's overall median and range for reference, and a "years of experience" slider.
//!
//! Step lines (one flat run per level) rather than bars: levels span unequal numbers of years, and
//! a step line shows both each level's span and the climb from one level to the next; markers at
//! each level's centre carry the hover read-out.

use egui::{Key, RichText, Ui};

pub use super::salary_plot::SalaryPlotCache;
use super::{ViewContext, a11y, found::Finder, legend, salary_plot, text};
use crate::{
    chart::{ChartId, years_text},
    command::Command,
    model::format,
    present::Presentation,
    search::Part,
    state::SalaryChartOptions,
    tokens::{Tokens, size},
};

/// The slider's step, in years: whole and half years.
const YEARS_STEP: f64 = 0.5;

/// The chart; its figures as a table on "Show data", unless the section's own table of them
/// follows (`table_follows`), which then highlights the picked level instead.
pub fn salary_chart_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    cache: &SalaryPlotCache,
    table_follows: bool,
    finder: &mut Finder,
) {
    super::wide::wide_ui(ui, "salary_chart", |ui| {
        let top = ui.cursor().top();
        // The title is what a search finds of the chart.
        finder.part_ui(ui, Part::Heading, |ui| {
            text::heading_ui(ui, &ctx.present.charts.salary.title, text::Level::Heading);
        });
        let title_height = ui.cursor().top() - top;
        chart_and_controls_ui(ui, ctx, cache, table_follows, title_height);
    });
}

fn chart_and_controls_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    cache: &SalaryPlotCache,
    table_follows: bool,
    title_height: f32,
) {
    let chart = &ctx.present.charts.salary;
    let mut options = ctx.state.salary_chart.clone();
    salary_chart_inner_ui(ui, ctx.present, cache, &mut options, title_height);
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let show_values = text::toggle_ui(ui, &mut options.show_values, "Show values");
        a11y::hover_text(show_values, "Write each level's figures beside its markers");
        if !table_follows {
            let show_data = text::toggle_ui(ui, &mut options.show_data, "Show data");
            a11y::hover_text(show_data, "Show the chart's figures as a table");
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
        super::tables::salary_grid_ui(
            ui,
            &ctx.present.salary.table,
            picked,
            &mut super::found::Finder::default(),
        );
    }
    if options != ctx.state.salary_chart {
        ctx.send(Command::SetSalaryChart(options));
    }
}

fn salary_chart_inner_ui(
    ui: &mut Ui,
    present: &Presentation,
    cache: &SalaryPlotCache,
    options: &mut SalaryChartOptions,
    title_height: f32,
) {
    let tokens = Tokens::of(ui);
    let (chart, parts) = (&present.charts.salary, &present.salary);
    years_slider_ui(ui, &mut options.years, chart.x_max);
    let selected = chart.level_at(options.years);
    let readout = match selected {
        Some(level) => ui.label(
            RichText::new(format!(
                "At {}: {} ({}): US median {}, US average {} per year",
                years_text(options.years),
                level.title,
                level.years_label,
                format::usd(level.median_usd),
                format::usd(level.average_usd)
            ))
            .size(size::BODY)
            .color(tokens.text_strong),
        ),
        None => ui.label(RichText::new("No level covers this many years in the data.").size(size::BODY)),
    };
    // Said by a screen reader as the slider moves.
    super::a11y::announce(ui, &readout);
    ui.add_space(6.0);

    let entries = legend::entries(&parts.legend, &tokens);
    let legend_top = ui.cursor().top();
    let hidden = legend::legend_ui(ui, "salary_by_experience", &entries);
    ui.add_space(4.0);
    // Seen whole with its title and legend (the slider above may scroll away).
    let height = text::plot_height(ui, title_height + ui.cursor().top() - legend_top);
    if hidden.len() == entries.len() {
        legend::all_hidden_ui(ui, height);
    } else {
        let plot_options = salary_plot::PlotOptions {
            selected,
            hidden: &hidden,
            show_values: options.show_values,
            height,
        };
        let response = salary_plot::salary_plot_ui(ui, chart, cache, &plot_options, &tokens);
        let description = chart.description.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &description));
    }
    for line in &parts.notes.with_sources {
        text::caption_ui(ui, line);
    }
}

/// The "Years of experience" slider (0 to `years_max`, the chart's drawn end) under its name and
/// value, as wide as the chart (easy to
/// aim at), its value in whole or half years. A click gives it keyboard focus; then ←/→ and ↑/↓
/// move it (not the section).
fn years_slider_ui(ui: &mut Ui, years: &mut f64, years_max: f64) {
    let tokens = Tokens::of(ui);
    ui.horizontal_wrapped(|ui| {
        let name = ui.label(
            RichText::new("Years of experience")
                .size(size::BODY)
                .color(tokens.text),
        );
        let value = ui.label(
            RichText::new(years_text(*years))
                .size(size::BODY)
                .strong()
                .color(tokens.text_strong),
        );
        // The slider says both, as its name and value: one control, read once.
        a11y::hide(ui, name.id);
        a11y::hide(ui, value.id);
    });
    ui.spacing_mut().slider_width = ui.available_width().max(60.0);
    let response = ui.add(
        egui::Slider::new(years, 0.0..=years_max)
            .step_by(YEARS_STEP)
            .show_value(false),
    );
    // Its tool tip explains it to someone who points at it; once they have moved it, it would
    // only cover the read-out of what it picked, so it stays away until the pointer leaves.
    let used_id = response.id.with("moved");
    if response.drag_started() || response.clicked() || response.dragged() {
        ui.data_mut(|d| d.insert_temp(used_id, true));
    } else if !response.hovered() {
        ui.data_mut(|d| d.remove::<bool>(used_id));
    }
    let response = if ui.data(|d| d.get_temp::<bool>(used_id)).unwrap_or(false) {
        response
    } else {
        a11y::hover_text(response, "Highlights the level for this much experience")
    };
    response.widget_info(|| egui::WidgetInfo::slider(true, *years, "Years of experience"));
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_value(years_text(*years)));
    if response.clicked() || response.drag_started() || response.is_pointer_button_down_on() {
        response.request_focus();
    }
    if response.has_focus() {
        // Both arrow pairs move the slider; egui's own handling covers ←/→ only, and ↑/↓
        // would otherwise move the focus on.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        let (up, down) = ui.input_mut(|i| {
            (
                i.count_and_consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                i.count_and_consume_key(egui::Modifiers::NONE, Key::ArrowDown),
            )
        });
        let steps = f64::from(u32::try_from(up).unwrap_or(0)) - f64::from(u32::try_from(down).unwrap_or(0));
        if steps != 0.0 {
            *years = (*years + steps * YEARS_STEP).clamp(0.0, years_max);
        }
    }
}
