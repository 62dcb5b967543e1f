//! The charts in the real app: slider, data tables, sorting, and what a screen reader is told.

use crate::common;
use crate::common::app::opened;

use common::app::harness as app_harness;
use egui::accesskit::Role;
use egui_kittest::{Harness, kittest::Queryable as _};
use medtech_guide::{
    app::{AppOptions, GuideApp},
    state::UiState,
};

/// A tall window, so a whole chart section is laid out.
const SIZE: [f32; 2] = [1280.0, 3000.0];

fn count(harness: &Harness<'static, GuideApp>, label: &str) -> usize {
    harness.query_all_by_label(label).count()
}

#[test]
fn slider_at_five_years_names_the_senior_level_and_its_figures() {
    let mut harness = opened("career-path", SIZE);
    let reading =
        "At 5 years: Senior Medical Technician (4–7 years): US median $54,000, US average $56,000 per year";
    assert_eq!(count(&harness, reading), 0);
    harness
        .get_by_role_and_label(Role::Slider, "Years of experience")
        .set_value_accesskit(5.0);
    harness.run();
    assert_eq!(count(&harness, reading), 1);
    assert!((harness.state().state.salary_chart.years - 5.0).abs() < f64::EPSILON);
}

#[test]
fn slider_past_ten_years_names_the_open_ended_level() {
    let mut harness = opened("salary", SIZE);
    harness
        .get_by_role_and_label(Role::Slider, "Years of experience")
        .set_value_accesskit(12.5);
    harness.run();
    assert_eq!(
        count(
            &harness,
            "At 12.5 years: Medical Technologist (10+ years): US median $75,000, US average $78,000 per year"
        ),
        1
    );
}

#[test]
fn show_data_reveals_every_salary_value() {
    let mut harness = opened("career-path", SIZE);
    let values = [
        "$36,000", "$38,000", "$45,000", "$47,000", "$54,000", "$56,000", "$62,000", "$65,000", "$75,000",
        "$78,000",
    ];
    for value in values {
        assert_eq!(count(&harness, value), 0, "{value} hidden before Show data");
    }
    harness.get_by_label("Show data").click();
    harness.run();
    for value in values {
        assert_eq!(count(&harness, value), 1, "{value} shown once in the data table");
    }
    // Each level's years, as the table writes them (the last with the guide's words on it).
    let levels = crate::common::data::guide().salary.levels;
    assert_eq!(levels.len(), 5);
    for level in levels {
        let years = level.years_with_note();
        assert!(count(&harness, &years) >= 1, "{years}");
    }
}

#[test]
fn the_world_section_shows_every_region_value_in_one_table() {
    // The section's own table follows the chart: no "Show data" repeats it.
    let harness = opened("global", SIZE);
    assert_eq!(count(&harness, "Show data"), 0);
    for local in [
        "USD 45,000–70,000",
        "CAD 50,000–75,000",
        "EUR 30,000–50,000",
        "SEK 350,000–500,000",
        "EUR 15,000–25,000",
        "AUD 55,000–80,000",
        "SGD 40,000–65,000",
        "USD 10,000–25,000",
    ] {
        assert_eq!(count(&harness, local), 1, "{local}");
    }
}

#[test]
fn sorting_by_name_orders_the_regions_alphabetically() {
    let mut harness = opened("global", SIZE);
    let described = |harness: &Harness<'static, GuideApp>, text: &str| {
        harness.query_all_by_label_contains(text).next().is_some()
    };
    assert!(described(
        &harness,
        "Sorted by midpoint, top to bottom: United States, Canada, Asia-Pacific, Western Europe, Scandinavia, Singapore, Eastern Europe, Latin America."
    ));
    harness.get_by_label("Name").click();
    harness.run();
    assert!(described(
        &harness,
        "Sorted by name, top to bottom: Asia-Pacific, Canada, Eastern Europe, Latin America, Scandinavia, Singapore, United States, Western Europe."
    ));
    // The section's table below follows the same order.
    let y = |label: &str| {
        harness
            .query_all_by_label(label)
            .map(|n| n.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    assert!(
        y("SGD 40,000–65,000") < y("USD 45,000–70,000"),
        "Singapore above United States"
    );
    assert!(
        y("AUD 55,000–80,000") < y("CAD 50,000–75,000"),
        "Asia-Pacific above Canada"
    );
}

#[test]
fn charts_describe_themselves_for_screen_readers() {
    let harness = opened("salary", SIZE);
    let chart = harness
        .query_all_by_label_contains(
            "Step chart of US median and average yearly pay in USD for 5 experience levels",
        )
        .count();
    assert_eq!(chart, 1);
}

#[test]
fn export_menu_lists_the_four_formats_and_copy_image() {
    let mut harness = opened("salary", SIZE);
    harness.get_by_label("Export…").click();
    harness.run();
    for item in [
        "PNG image…",
        "SVG image…",
        "PDF document…",
        "CSV data…",
        "Copy image",
    ] {
        assert!(harness.query_by_label(item).is_some(), "{item}");
    }
}

/// Steps the app until the export worker reports back (bounded).
fn wait_for_export(harness: &mut Harness<'static, GuideApp>) {
    common::app::step_until(harness, "the export finishing", |h| {
        h.state().exports.running.is_none()
    });
}

#[test]
fn exporting_from_the_window_writes_the_file_off_the_ui_thread_and_says_where() {
    use medtech_guide::{
        command::Command,
        export::{ChartFormat, ChartId, Target},
        jobs::ExportRequest,
    };
    let dir = common::files::temp_dir();
    let first = dir.path().join("levels.csv");
    let second = dir.path().join("second.csv");
    let mut harness = opened("salary", SIZE);
    let request = ExportRequest::Save(Target::Chart(ChartId::SalaryByExperience, ChartFormat::Csv));
    harness
        .state_mut()
        .push(Command::Export(request.clone(), Some(first.clone())));
    harness
        .state_mut()
        .push(Command::Export(request, Some(second.clone())));
    harness.step();
    let toast = harness
        .state()
        .exports
        .toast
        .clone()
        .expect("the second is refused with a message");
    assert!(
        toast
            .text
            .starts_with("Still exporting Salary by experience level"),
        "{}",
        toast.text
    );
    wait_for_export(&mut harness);
    harness.run();
    let csv = std::fs::read_to_string(&first).expect("the first export was written");
    assert!(
        csv.starts_with("level,years_from,years_to,years_qualifier,us_median_usd,us_average_usd,source\n"),
        "{csv}"
    );
    assert!(!second.exists(), "the refused export wrote nothing");
    let toast = harness
        .state()
        .exports
        .toast
        .clone()
        .expect("a toast says where the file went");
    assert_eq!(
        toast.text,
        format!("Saved levels.csv to {}", dir.path().display())
    );
    assert_eq!(toast.folder.as_deref(), Some(dir.path()));
    assert!(!toast.is_error);
}

#[test]
fn a_failed_export_says_what_failed() {
    use medtech_guide::{
        command::Command,
        export::{ChartFormat, ChartId, Target},
        jobs::ExportRequest,
    };
    let dir = common::files::temp_dir();
    let path = dir.path().join("missing").join("chart.svg");
    let mut harness = opened("global", SIZE);
    let request = ExportRequest::Save(Target::Chart(ChartId::GlobalSalaries, ChartFormat::Svg));
    harness
        .state_mut()
        .push(Command::Export(request, Some(path.clone())));
    harness.step();
    wait_for_export(&mut harness);
    harness.run();
    let toast = harness.state().exports.toast.clone().expect("a toast");
    assert!(toast.is_error);
    assert!(
        toast.text.contains("chart.svg") && toast.text.contains("does not exist"),
        "{}",
        toast.text
    );
    assert!(!path.exists());
}

#[test]
fn changing_a_figure_in_the_data_changes_the_chart() {
    let dir = common::data::copy_data_dir();
    let salary = dir.path().join("salary_by_experience.ron");
    let text = std::fs::read_to_string(&salary).expect("read");
    assert!(text.contains("us_median_usd: 54000"));
    std::fs::write(
        &salary,
        text.replacen("us_median_usd: 54000", "us_median_usd: 55500", 1),
    )
    .expect("write");
    let options = AppOptions {
        data_dir: Some(dir.path().to_path_buf()),
        section: Some("career-path".to_owned()),
        ..AppOptions::default()
    };
    let mut harness = app_harness(SIZE, options, UiState::default());
    harness.run();
    harness.get_by_label("Show data").click();
    harness
        .get_by_role_and_label(Role::Slider, "Years of experience")
        .set_value_accesskit(5.0);
    harness.run();
    assert_eq!(
        count(&harness, "$55,500"),
        1,
        "the chart's data table shows the new figure"
    );
    assert_eq!(count(&harness, "$54,000"), 0);
    assert_eq!(
        count(
            &harness,
            "At 5 years: Senior Medical Technician (4–7 years): US median $55,500, US average $56,000 per year"
        ),
        1
    );
}
