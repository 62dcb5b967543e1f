//! The bundled data parses, validates, and carries every figure of the source exactly.

use crate::common;

use common::data::{guide, section_ids};
use medtech_guide::model::{Block, load};

#[test]
fn data_directory_on_disk_matches_the_bundled_copy() {
    let mut from_disk = load::load_dir(std::path::Path::new("data")).expect("data/ loads");
    assert_eq!(from_disk.origin.folder_path(), Some(std::path::Path::new("data")));
    // The same data, from another place.
    from_disk.origin = medtech_guide::model::DataOrigin::Bundled;
    assert_eq!(from_disk, guide());
}

#[test]
fn sections_are_the_thirteen_in_order() {
    assert_eq!(
        section_ids(),
        [
            "overview",
            "duties",
            "skills",
            "how-to-become",
            "education",
            "salary",
            "career-path",
            "diversity",
            "global",
            "market",
            "pros-cons",
            "faq",
            "related"
        ]
    );
}

#[test]
fn key_facts_are_the_source_figures_with_sources() {
    let facts = guide().text.key_facts;
    assert_eq!(facts.median_salary.usd_per_year, 57_380);
    assert_eq!(facts.median_salary.source.name, "U.S. Bureau of Labor Statistics");
    assert_eq!(facts.median_salary.source.date.as_deref(), Some("May 2023"));
    let note = facts.median_salary.note.clone().expect("median data note");
    assert!(
        note.text.contains("$60,780") && note.text.contains("May 2022"),
        "{}",
        note.text
    );
    assert_eq!(facts.salary_range.min_usd_per_year, 35_000);
    assert_eq!(facts.salary_range.max_usd_per_year, 85_000);
    assert!(facts.salary_range.max_open_ended);
    let note = facts.salary_range.note.as_ref().expect("range data note");
    assert!(
        note.text.contains("names no source for this range"),
        "{}",
        note.text
    );
    assert_eq!(note.checked_against, None);
    assert!((facts.growth.percent - 5.0).abs() < f64::EPSILON);
    assert_eq!(facts.growth.wording, "as fast as average");
    assert_eq!(facts.growth.source.date.as_deref(), Some("2022-2032"));
    // BLS's own words for the same 5 percent.
    let note = facts.growth.note.as_ref().expect("growth data note");
    assert!(
        note.text.contains("faster than the average for all occupations"),
        "{}",
        note.text
    );
    assert_eq!(
        note.checked_against
            .as_ref()
            .map(medtech_guide::model::Source::label)
            .as_deref(),
        Some("U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2022-2032")
    );
    assert_eq!(facts.annual_openings.approximately, 17_400);
    assert_eq!(facts.annual_openings.source.date.as_deref(), Some("2022-2032"));
    let note = facts.annual_openings.note.clone().expect("openings data note");
    assert!(note.text.contains("24,000"), "{}", note.text);
    assert_eq!(
        facts.typical_education,
        "An associate's degree in medical technology or a similar field; for some positions a \
         bachelor's degree and certification may be required"
    );
    // Every key fact with a note, in card order.
    let labels: Vec<&str> = facts.notes().iter().map(|(label, _)| *label).collect();
    assert_eq!(
        labels,
        [
            "Median salary",
            "Salary range",
            "Growth outlook",
            "Annual openings"
        ]
    );
    assert!(
        facts.top_industries.is_empty(),
        "the source lists no top industries"
    );
}

#[test]
fn five_levels_with_their_years_and_pay() {
    let data = guide().salary;
    let levels: Vec<(&str, u32, Option<u32>, u32, u32)> = data
        .levels
        .iter()
        .map(|l| {
            (
                l.title.as_str(),
                l.years_from,
                l.years_to,
                l.us_median_usd,
                l.us_average_usd,
            )
        })
        .collect();
    assert_eq!(
        levels,
        [
            ("Junior Medical Technician", 0, Some(2), 36_000, 38_000),
            ("Medical Technician", 2, Some(4), 45_000, 47_000),
            ("Senior Medical Technician", 4, Some(7), 54_000, 56_000),
            ("Lead Medical Technician", 7, Some(10), 62_000, 65_000),
            ("Medical Technologist", 10, None, 75_000, 78_000),
        ]
    );
    assert_eq!(data.currency, "USD");
    assert_eq!(data.levels[4].years_label(), "10+ years");
    assert_eq!(
        data.levels[4].years_with_note(),
        "10+ years total experience, with significant time in senior roles"
    );
    assert!(data.source.name.starts_with(medtech_guide::model::GUIDE_CITATION));
}

#[test]
fn eight_regions_with_local_and_usd_ranges() {
    let data = guide().global;
    let regions: Vec<(&str, &str, u32, u32, u32, u32, bool)> = data
        .regions
        .iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.currency.as_str(),
                r.local_min,
                r.local_max,
                r.usd_min,
                r.usd_max,
                r.usd_is_derived(),
            )
        })
        .collect();
    assert_eq!(
        regions,
        [
            ("United States", "USD", 45_000, 70_000, 45_000, 70_000, false),
            ("Canada", "CAD", 50_000, 75_000, 37_000, 55_000, false),
            ("Western Europe", "EUR", 30_000, 50_000, 32_000, 54_000, false),
            ("Scandinavia", "SEK", 350_000, 500_000, 33_000, 48_000, false),
            ("Eastern Europe", "EUR", 15_000, 25_000, 16_000, 27_000, true),
            ("Asia-Pacific", "AUD", 55_000, 80_000, 36_000, 53_000, false),
            ("Singapore", "SGD", 40_000, 65_000, 30_000, 48_000, false),
            ("Latin America", "USD", 10_000, 25_000, 10_000, 25_000, false),
        ]
    );
    let eastern = &data.regions[4];
    let from = eastern.usd_derived_from.as_deref().unwrap_or_default();
    // The derivation gives both implied rates, both sums and the rounding.
    for part in [
        "Not given by the guide",
        "1.0667 USD per EUR",
        "15,000 × 32,000 / 30,000 = 16,000",
        "(1.08)",
        "25,000 × 54,000 / 50,000 = 27,000",
        "no rounding",
    ] {
        assert!(from.contains(part), "derivation says {part:?}: {from}");
    }
    // And the sums hold.
    assert_eq!(eastern.local_min * 32_000 / 30_000, eastern.usd_min);
    assert_eq!(eastern.local_max * 54_000 / 50_000, eastern.usd_max);
    assert_eq!(data.highlight, "United States");
    assert!(data.source.name.starts_with(medtech_guide::model::GUIDE_CITATION));
    // The guide's examples stay examples, its hedges and its currency oddities are noted.
    let by_name = |name: &str| data.regions.iter().find(|r| r.name == name).expect("region");
    assert_eq!(by_name("Western Europe").countries, "e.g. Germany and the UK");
    assert_eq!(
        by_name("Asia-Pacific").countries,
        "e.g. Australia and New Zealand"
    );
    for (region, says) in [
        ("Western Europe", "pound sterling"),
        ("Scandinavia", "around this figure"),
        ("Scandinavia", "Denmark and Norway"),
        ("Eastern Europe", "often within this EUR range"),
        (
            "Asia-Pacific",
            "Asia-Pacific markets, naming Australia and New Zealand as examples",
        ),
        ("Asia-Pacific", "(NZD)"),
        ("Latin America", "US dollars only"),
    ] {
        let note = by_name(region).note.as_deref().unwrap_or_default();
        assert!(note.contains(says), "{region}: {note:?} should say {says:?}");
    }
    // A region given by examples is not named after them ("Australia and New Zealand | e.g.
    // Australia and New Zealand" said it twice, and as if it were an example of itself).
    for region in &data.regions {
        if let Some(examples) = region.countries.strip_prefix("e.g. ") {
            assert_ne!(examples, region.name, "{region:?}");
        }
    }
    let footnotes = data.footnotes();
    assert_eq!(footnotes.len(), 6, "{footnotes:#?}");
    assert!(footnotes[0].starts_with("* Eastern Europe: Not given by the guide"));
}

#[test]
fn every_table_and_chart_reference_resolves() {
    let guide = guide();
    let mut references = Vec::new();
    for section in &guide.text.sections {
        for block in &section.blocks {
            if let Block::Table(id) | Block::Chart(id) | Block::LevelDetails(id) = block {
                references.push((section.id.as_str(), id.as_str()));
            }
        }
    }
    assert_eq!(
        references,
        [
            ("salary", "salary-by-experience"),
            ("salary", "salary-by-experience"),
            ("career-path", "salary-by-experience"),
            ("career-path", "salary-by-experience"),
            ("global", "global-salaries"),
            ("global", "global-salaries"),
        ]
    );
}

#[test]
fn faq_has_seven_questions_and_related_five_careers() {
    let guide = guide();
    let faq = guide.section("faq").expect("faq");
    let questions: usize = faq
        .blocks
        .iter()
        .map(|b| if let Block::Faq(items) = b { items.len() } else { 0 })
        .sum();
    assert_eq!(questions, 7);
    let related = guide.section("related").expect("related");
    let careers: Vec<&str> = related
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::RelatedCareers(c) => c.iter().map(|c| c.title.as_str()).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(
        careers,
        [
            "Clinical Laboratory Technician",
            "Laboratory Technologist",
            "Medical Laboratory Technician",
            "Medical Laboratory Technologist",
            "Medical Technologist"
        ]
    );
}
