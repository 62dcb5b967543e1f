//! The estimator on the bundled data: every level boundary and the open end, a pay exactly at a
//! median, midway between two, and on each side of the guide's overall range.

use super::{RangePosition, Side, Standing, StandingError};
use crate::{chart::SalaryChart, model::Guide};

fn bundled() -> (Guide, SalaryChart) {
    let guide = crate::model::load::load_bundled().expect("the bundled data loads");
    let chart = SalaryChart::from_guide(&guide);
    (guide, chart)
}

fn at(years: f64, pay: Option<u32>) -> Standing {
    let (guide, chart) = bundled();
    Standing::at(&chart, &guide.text.key_facts.salary_range, years, pay).expect("a standing")
}

#[test]
fn each_level_boundary_counts_toward_the_later_level() {
    let cases = [
        (0.0, "Junior Medical Technician", 36_000, 38_000, false),
        (1.99, "Junior Medical Technician", 36_000, 38_000, false),
        (2.0, "Medical Technician", 45_000, 47_000, true),
        (3.5, "Medical Technician", 45_000, 47_000, false),
        (4.0, "Senior Medical Technician", 54_000, 56_000, true),
        (7.0, "Lead Medical Technician", 62_000, 65_000, true),
        (9.5, "Lead Medical Technician", 62_000, 65_000, false),
        (10.0, "Medical Technologist", 75_000, 78_000, true),
        // The open end: every year past 10 is the last level.
        (15.0, "Medical Technologist", 75_000, 78_000, false),
        (45.0, "Medical Technologist", 75_000, 78_000, false),
    ];
    for (years, title, median, average, on_boundary) in cases {
        let standing = at(years, None);
        let level = &standing.level;
        assert_eq!(
            (
                level.title.as_str(),
                level.median_usd,
                level.average_usd,
                standing.on_boundary
            ),
            (title, median, average, on_boundary),
            "{years} years"
        );
        assert!(standing.pay.is_none());
    }
    assert!(at(45.0, None).level.open_ended);
}

#[test]
fn negative_or_not_a_number_years_are_refused() {
    let (guide, chart) = bundled();
    let range = &guide.text.key_facts.salary_range;
    for years in [-0.5, f64::NAN, f64::INFINITY] {
        assert_eq!(
            Standing::at(&chart, range, years, None),
            Err(StandingError::Years),
            "{years}"
        );
    }
    let empty = SalaryChart::from_guide(&Guide::placeholder());
    assert_eq!(
        Standing::at(&empty, range, 1.0, Some(40_000)),
        Err(StandingError::NoLevels)
    );
}

#[test]
fn a_pay_exactly_at_a_median_is_at_it_and_nearest_it() {
    let pay = at(3.0, Some(45_000)).pay.expect("pay");
    assert_eq!(pay.against_median.side(), Side::At);
    assert_eq!(pay.against_median.distance_usd(), 0);
    assert_eq!(pay.against_median.share(), Some(0.0));
    assert_eq!((pay.nearest.index, pay.nearest.tied_with), (1, None));
    assert_eq!(pay.range, RangePosition::Inside);
}

#[test]
fn a_pay_below_the_level_median_says_by_how_much_and_what_share() {
    // A phlebotomist with three years of experience and a $41,000 offer.
    let standing = at(3.0, Some(41_000));
    let pay = standing.pay.expect("pay");
    assert_eq!(pay.against_median.side(), Side::Below);
    assert_eq!(pay.against_median.difference_usd, -4_000);
    let share = pay.against_median.share().expect("a share");
    assert!((share - 4_000.0 / 45_000.0).abs() < 1e-12, "{share}");
    // $41,000 is $5,000 from the junior median and $4,000 from the technician's.
    assert_eq!(pay.nearest.index, 1);
    assert_eq!(pay.nearest.comparison.distance_usd(), 4_000);
}

#[test]
fn a_pay_midway_between_two_medians_names_both() {
    let pay = at(0.0, Some(40_500)).pay.expect("pay");
    assert_eq!((pay.nearest.index, pay.nearest.tied_with), (0, Some(1)));
    assert_eq!(pay.against_median.side(), Side::Above);
}

#[test]
fn the_overall_range_has_a_floor_and_an_open_top() {
    let position = |usd| at(12.0, Some(usd)).pay.expect("pay").range;
    assert_eq!(position(34_999), RangePosition::Below);
    assert_eq!(position(35_000), RangePosition::Inside);
    assert_eq!(position(85_000), RangePosition::Inside);
    // The guide writes "$85k+": above $85,000 is its open top, not outside it.
    assert_eq!(position(85_001), RangePosition::OpenTop);
    let (mut guide, chart) = bundled();
    guide.text.key_facts.salary_range.max_open_ended = false;
    let closed =
        Standing::at(&chart, &guide.text.key_facts.salary_range, 12.0, Some(90_000)).expect("a standing");
    assert_eq!(closed.pay.map(|p| p.range), Some(RangePosition::Above));
}

#[test]
fn the_nearest_median_can_be_another_level_than_the_years_give() {
    let pay = at(1.0, Some(76_000)).pay.expect("pay");
    assert_eq!(pay.against_median.difference_usd, 40_000);
    assert_eq!(pay.nearest.index, 4);
    assert_eq!(pay.nearest.comparison.difference_usd, 1_000);
}
