//! The charts derived from the bundled data: the salary chart's spans and figures, the world
//! chart's sort orders and which of its figures are derived.
#![expect(
    clippy::float_cmp,
    reason = "the compared values are whole numbers, exact in f64"
)]

use crate::common;

use common::data::guide;
use medtech_guide::chart::{GlobalChart, SalaryChart, SortOrder};

#[test]
fn salary_chart_spans_and_figures() {
    let chart = SalaryChart::from_guide(&guide());
    let spans: Vec<(f64, f64, bool, u32, u32)> = chart
        .levels
        .iter()
        .map(|l| {
            (
                l.years_from,
                l.years_to_drawn,
                l.open_ended,
                l.median_usd,
                l.average_usd,
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (0.0, 2.0, false, 36_000, 38_000),
            (2.0, 4.0, false, 45_000, 47_000),
            (4.0, 7.0, false, 54_000, 56_000),
            (7.0, 10.0, false, 62_000, 65_000),
            (10.0, 15.0, true, 75_000, 78_000),
        ]
    );
    assert_eq!(chart.x_max, 15.0);
    assert_eq!(chart.y_max, 100_000.0);
    assert_eq!(chart.median_reference.usd, 57_380.0);
    // Marked: its data note is the chart's footnote.
    assert_eq!(chart.median_reference.label, "Guide median $57,380 *");
    assert_eq!(chart.footnotes.len(), 1);
    assert!(
        chart.footnotes[0].starts_with("* Guide median: BLS's Occupational Outlook Handbook gives $60,780"),
        "{:?}",
        chart.footnotes
    );
    assert_eq!(chart.range_reference.label, "Overall range $35k–$85k+");
    assert_eq!(chart.y_label, "USD per year");
    // Each figure attributed as the guide attributes it: BLS for the median only.
    assert_eq!(
        chart.source_line,
        "Levels: “Complete Medical Technician Career Guide”, Himalayas (web page), salary table; it \
         names no primary source or year. Guide median: U.S. Bureau of Labor Statistics, May 2023, as \
         cited in “Complete Medical Technician Career Guide”, Himalayas (web page). Overall range: \
         “Complete Medical Technician Career Guide”, Himalayas (web page), which names no source for it."
    );
    assert_eq!(
        chart.level_at(5.0).map(|l| l.title.as_str()),
        Some("Senior Medical Technician")
    );
    assert_eq!(
        chart.level_at(4.0).map(|l| l.title.as_str()),
        Some("Senior Medical Technician")
    );
    assert_eq!(
        chart.level_at(3.9).map(|l| l.title.as_str()),
        Some("Medical Technician")
    );
    assert_eq!(
        chart.level_at(15.0).map(|l| l.title.as_str()),
        Some("Medical Technologist")
    );
    assert_eq!(
        chart.level_at(40.0).map(|l| l.title.as_str()),
        Some("Medical Technologist")
    );
}

#[test]
fn global_chart_sort_orders_and_derived_flag() {
    let chart = GlobalChart::from_guide(&guide());
    let names = |order| -> Vec<String> { chart.sorted(order).iter().map(|r| r.name.clone()).collect() };
    assert_eq!(
        names(SortOrder::Midpoint),
        [
            "United States",  // 57,500
            "Canada",         // 46,000
            "Asia-Pacific",   // 44,500
            "Western Europe", // 43,000
            "Scandinavia",    // 40,500
            "Singapore",      // 39,000
            "Eastern Europe", // 21,500 (derived)
            "Latin America",  // 17,500
        ]
    );
    assert_eq!(
        names(SortOrder::Maximum),
        [
            "United States",
            "Canada",
            "Western Europe",
            "Asia-Pacific",
            "Scandinavia",
            "Singapore",
            "Eastern Europe",
            "Latin America"
        ]
    );
    assert_eq!(
        names(SortOrder::Minimum),
        [
            "United States",
            "Canada",
            "Asia-Pacific",
            "Scandinavia",
            "Western Europe",
            "Singapore",
            "Eastern Europe",
            "Latin America"
        ]
    );
    assert_eq!(
        names(SortOrder::Name),
        [
            "Asia-Pacific",
            "Canada",
            "Eastern Europe",
            "Latin America",
            "Scandinavia",
            "Singapore",
            "United States",
            "Western Europe"
        ]
    );
    let derived: Vec<&str> = chart
        .regions
        .iter()
        .filter(|r| r.usd_is_derived())
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(derived, ["Eastern Europe"]);
    let us = chart.regions.iter().find(|r| r.highlighted).expect("highlight");
    assert_eq!(us.name, "United States");
    assert_eq!(chart.regions[1].local_label(), "CAD 50,000–75,000");
    assert_eq!(chart.regions[4].usd_label(), "$16,000–$27,000 (derived)");
    assert_eq!(chart.x_max, 80_000.0);
}
