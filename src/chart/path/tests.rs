#![expect(
    clippy::float_cmp,
    reason = "the path's years are whole or half years and its pay whole dollars: exact in f64"
)]

use super::*;
use crate::model::{Guide, load::load_bundled};

fn bundled() -> (Guide, SalaryChart) {
    let guide = load_bundled().expect("the bundled data loads");
    let chart = SalaryChart::from_guide(&guide);
    (guide, chart)
}

/// Each step as (title, from, to, experience from, to, median).
fn spans(chart: &PathChart) -> Vec<(&str, f64, f64, f64, f64, u32)> {
    chart
        .steps
        .iter()
        .map(|s| {
            (
                s.title.as_str(),
                s.x_from,
                s.x_to,
                s.experience_from,
                s.experience_to,
                s.median_usd,
            )
        })
        .collect()
}

#[test]
fn a_student_trains_first_then_climbs_every_level_from_the_first() {
    let (guide, salary) = bundled();
    let route = RouteTotal::of(&guide.readiness, "beginner").expect("the beginner's route");
    let chart = PathChart::new(
        &salary,
        PathInput {
            route: Some(&route),
            years: Some(0.0),
            pay_usd: None,
        },
    );
    let training = chart.training.as_ref().expect("a training period");
    assert_eq!((training.years_min, training.years_max), (1.0, 2.0));
    assert_eq!(training.label, "Training: 1–2 years, $5,000–$30,000");
    assert_eq!(chart.entry_x, 2.0);
    assert_eq!(
        spans(&chart),
        [
            ("Junior Medical Technician", 2.0, 4.0, 0.0, 2.0, 36_000),
            ("Medical Technician", 4.0, 6.0, 2.0, 4.0, 45_000),
            ("Senior Medical Technician", 6.0, 9.0, 4.0, 7.0, 54_000),
            ("Lead Medical Technician", 9.0, 12.0, 7.0, 10.0, 62_000),
            ("Medical Technologist", 12.0, 17.0, 10.0, 15.0, 75_000),
        ]
    );
    assert!(chart.position.is_none(), "no pay, no marker");
    assert_eq!(chart.x_max, 17.0);
    assert_eq!(chart.x_ticks, [0.0, 1.0, 2.0, 4.0, 6.0, 9.0, 12.0, 17.0]);
    assert_eq!(chart.y_max, 90_000.0);
    assert_eq!(chart.y_ticks.len(), 10);
    assert_eq!(
        chart.placement_note(),
        "The levels start where the longest time the guide gives for the way in “Complete beginner” ends (2 years from today); at its shortest (1 year) they would start 1 year earlier, at 0 years of experience, one year of experience for each year ahead. The guide gives no pay for the time in training."
    );
}

#[test]
fn a_phlebotomist_continues_from_where_three_years_put_them() {
    let (guide, salary) = bundled();
    let route = RouteTotal::of(&guide.readiness, "experienced").expect("the other route");
    let chart = PathChart::new(
        &salary,
        PathInput {
            route: Some(&route),
            years: Some(3.0),
            pay_usd: Some(41_000),
        },
    );
    let training = chart.training.as_ref().expect("a training period");
    assert_eq!((training.years_min, training.years_max), (0.5, 1.0));
    assert_eq!(training.label, "Training: 6–12 months, $5,000–$30,000");
    assert_eq!(
        spans(&chart),
        [
            ("Medical Technician", 1.0, 2.0, 3.0, 4.0, 45_000),
            ("Senior Medical Technician", 2.0, 5.0, 4.0, 7.0, 54_000),
            ("Lead Medical Technician", 5.0, 8.0, 7.0, 10.0, 62_000),
            ("Medical Technologist", 8.0, 13.0, 10.0, 15.0, 75_000),
        ]
    );
    let position = chart.position.as_ref().expect("a marker");
    assert_eq!((position.x, position.usd, position.years), (0.0, 41_000, 3.0));
    assert_eq!(position.label, "You today: $41,000 a year, 3 years of experience");
    assert_eq!(chart.x_ticks, [0.0, 0.5, 1.0, 2.0, 5.0, 8.0, 13.0]);
    assert_eq!(chart.step_at(1.5).map(|s| s.median_usd), Some(45_000));
    assert_eq!(chart.step_at(13.0).map(|s| s.median_usd), Some(75_000));
    assert!(chart.step_at(0.5).is_none(), "still in training");
    assert!(
        chart.description.contains("marked at today: $41,000 a year"),
        "{}",
        chart.description
    );
}

#[test]
fn no_route_starts_today_and_the_open_end_goes_on_past_the_readers_years() {
    let (_, salary) = bundled();
    let chart = PathChart::new(
        &salary,
        PathInput {
            route: None,
            years: Some(12.0),
            pay_usd: Some(95_000),
        },
    );
    assert!(chart.training.is_none());
    assert_eq!(
        spans(&chart),
        [("Medical Technologist", 0.0, 5.0, 12.0, 17.0, 75_000)]
    );
    assert_eq!(chart.y_max, 110_000.0, "the pay marker fits under the top");
    // Pay without years: no marker (the years place it).
    let chart = PathChart::new(
        &salary,
        PathInput {
            route: None,
            years: None,
            pay_usd: Some(41_000),
        },
    );
    assert!(chart.position.is_none());
    assert_eq!(chart.steps.len(), 5);
}
