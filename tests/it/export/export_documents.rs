//! Data and documents exported through the library API: each chart's CSV, and the guide as HTML,
//! Markdown and PDF.

use crate::common;
use crate::common::data::shown;

use common::{data::guide, export::export_chart as export};
use medtech_guide::{
    chart::{GlobalChart, SalaryChart, SortOrder},
    export::{self, ChartFormat, ChartId, ExportTheme, GuideFormat, RenderOptions, render},
};

fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .unwrap_or_else(|e| panic!("CSV header: {e}"))
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("CSV row: {e}"))
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

#[test]
fn salary_csv_has_exactly_the_models_figures() {
    let guide = guide();
    let bytes = export(
        &shown(&guide),
        ChartId::SalaryByExperience,
        ChartFormat::Csv,
        &RenderOptions::default(),
    );
    let (header, rows) = parse_csv(&bytes);
    assert_eq!(
        header,
        [
            "level",
            "years_from",
            "years_to",
            "years_qualifier",
            "us_median_usd",
            "us_average_usd",
            "source"
        ]
    );
    let expected: Vec<Vec<String>> = guide
        .salary
        .levels
        .iter()
        .map(|l| {
            vec![
                l.title.clone(),
                l.years_from.to_string(),
                l.years_to.map(|y| y.to_string()).unwrap_or_default(),
                l.years_note.clone().unwrap_or_default(),
                l.us_median_usd.to_string(),
                l.us_average_usd.to_string(),
                guide.salary.source.label(),
            ]
        })
        .collect();
    assert_eq!(rows, expected);
    assert!(
        rows.last().is_some_and(|r| r[2].is_empty()),
        "the open-ended level has no years_to"
    );
}

#[test]
fn global_csv_has_exactly_the_models_figures_in_the_chosen_order() {
    let guide = guide();
    let model = GlobalChart::from_guide(&guide);
    for order in SortOrder::ALL {
        let options = RenderOptions {
            sort: order,
            ..RenderOptions::default()
        };
        let bytes = export(
            &shown(&guide),
            ChartId::GlobalSalaries,
            ChartFormat::Csv,
            &options,
        );
        let (header, rows) = parse_csv(&bytes);
        assert_eq!(
            header,
            [
                "region",
                "countries",
                "currency",
                "local_min",
                "local_max",
                "usd_min",
                "usd_max",
                "usd_derived",
                "usd_derivation",
                "note",
                "source"
            ]
        );
        let expected: Vec<Vec<String>> = model
            .sorted(order)
            .iter()
            .map(|r| {
                let data = guide
                    .global
                    .regions
                    .iter()
                    .find(|d| d.name == r.name)
                    .expect("region in the data");
                vec![
                    data.name.clone(),
                    data.countries.clone(),
                    data.currency.clone(),
                    data.local_min.to_string(),
                    data.local_max.to_string(),
                    data.usd_min.to_string(),
                    data.usd_max.to_string(),
                    data.usd_is_derived().to_string(),
                    data.usd_derived_from.clone().unwrap_or_default(),
                    data.note.clone().unwrap_or_default(),
                    guide.global.source.label(),
                ]
            })
            .collect();
        assert_eq!(rows, expected, "{order:?}");
    }
}

#[test]
fn html_guide_has_every_section_both_charts_and_their_sources() {
    let guide = guide();
    for theme in [ExportTheme::Light, ExportTheme::Dark] {
        let options = RenderOptions {
            theme,
            ..RenderOptions::default()
        };
        let html = export::export_guide(&shown(&guide), GuideFormat::Html, &options);
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("<script"), "no scripts");
        assert!(!html.contains("src=\"http"), "no external files");
        // Its only links out are the organisations' own sites, where the guide names them.
        let sites: Vec<String> = guide
            .text
            .organisations
            .iter()
            .map(|o| format!("href=\"{}\"", o.url))
            .collect();
        assert_eq!(
            html.matches("href=\"http").count(),
            sites.len(),
            "one link per organisation"
        );
        for site in &sites {
            assert!(html.contains(site.as_str()), "{site}");
        }
        let escape = export::svg::escape;
        for section in &guide.text.sections {
            let heading = format!("<h2>{}</h2>", escape(&section.title));
            assert!(html.contains(&heading), "{theme:?}: no {heading}");
        }
        for level in &guide.salary.levels {
            assert!(
                html.contains(&escape(&level.title)),
                "{theme:?}: no level {}",
                level.title
            );
        }
        // Each chart is drawn once; where the guide shows it again, the page links to it.
        assert_eq!(html.matches("<svg ").count(), 2, "{theme:?}: two inline charts");
        for chart in ChartId::ALL {
            assert_eq!(
                html.matches(&format!("<figure id=\"{}\">", chart.slug())).count(),
                1
            );
        }
        assert!(
            html.contains("<a href=\"#salary-by-experience\">"),
            "a link to the first drawing"
        );
        for (start, _) in html.match_indices("<svg ") {
            let end = html[start..].find("</svg>").expect("closed <svg>") + start + "</svg>".len();
            let svg = &html[start..end];
            render::parse(svg).unwrap_or_else(|e| panic!("inline SVG: {e}"));
        }
        for source in [
            SalaryChart::from_guide(&guide).source_line,
            GlobalChart::from_guide(&guide).source_line,
            guide.text.key_facts.median_salary.source.label(),
        ] {
            assert!(html.contains(&escape(&source)), "{theme:?}: no source {source:?}");
        }
        assert!(
            html.contains("$57,380")
                && html.contains("CAD 50,000–75,000")
                && html.contains("$16,000–$27,000 *")
        );
    }
}

#[test]
fn markdown_guide_is_unchanged_by_the_api() {
    let guide = guide();
    assert_eq!(
        export::export_guide(&shown(&guide), GuideFormat::Markdown, &RenderOptions::default()),
        export::markdown::guide_markdown(&shown(&guide))
    );
}

/// How many times each section of an exported guide holds the salary table.
fn salary_tables_per_section(
    document: &str,
    section_start: &str,
    table_marker: &str,
) -> Vec<(String, usize)> {
    document
        .split(section_start)
        .skip(1)
        .map(|section| {
            let title = section.lines().next().unwrap_or_default().to_owned();
            (title, section.matches(table_marker).count())
        })
        .collect()
}

/// A chart's figures go into the guide documents once per place, whichever section comes
/// first: a regression test for `section_has_table` looking at the first section holding the
/// chart instead of the one being written (the salary chart is in two sections).
#[test]
fn chart_tables_follow_the_section_being_written() {
    let bundled = guide();
    // The salary table moved from "Salary and outlook" (first chart) to "Career path" (second).
    let mut moved = bundled.clone();
    let table = medtech_guide::model::Block::Table(moved.salary.id.clone());
    for section in &mut moved.text.sections {
        match section.id.as_str() {
            "salary" => section.blocks.retain(|b| *b != table),
            "career-path" => section.blocks.push(table.clone()),
            _ => {}
        }
    }
    let md_marker = "| Level | Experience |";
    let html_marker = "<th>Level</th>";
    for (name, guide, salary_tables, career_tables) in [("bundled", &bundled, 1, 0), ("moved", &moved, 1, 1)]
    {
        let md = export::markdown::guide_markdown(&shown(guide));
        let html = export::export_guide(&shown(guide), GuideFormat::Html, &RenderOptions::default());
        assert!(html.contains(html_marker), "{name}: the HTML marker is stale");
        for (format, counts) in [
            ("md", salary_tables_per_section(&md, "\n## ", md_marker)),
            ("html", salary_tables_per_section(&html, "<h2>", html_marker)),
        ] {
            let count = |title: &str| counts.iter().find(|(t, _)| t.starts_with(title)).map(|(_, n)| *n);
            assert_eq!(
                count("Salary and outlook"),
                Some(salary_tables),
                "{name} {format}: {counts:?}"
            );
            assert_eq!(
                count("Career path"),
                Some(career_tables),
                "{name} {format}: {counts:?}"
            );
        }
        if name == "bundled" {
            assert!(
                md.contains("*Salary by experience level: see the table in “Salary and outlook” above.*")
            );
        }
    }
}

#[test]
fn a_description_all_related_careers_share_is_said_once_in_every_document() {
    let guide = guide();
    let careers = guide
        .text
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            medtech_guide::model::Block::RelatedCareers(c) => Some(c.clone()),
            _ => None,
        })
        .expect("the guide lists related careers");
    let shared = medtech_guide::model::Career::shared_text(&careers).expect("one shared description");
    let options = RenderOptions::default();
    let pdf = export::pdf::guide_pdf(&shown(&guide), export::pdf::Paper::A4).expect("guide PDF");
    let pdf_text = pdf_extract::extract_text_from_mem(&pdf).expect("PDF text");
    let squash = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for (format, text) in [
        (
            "Markdown",
            export::export_guide(&shown(&guide), GuideFormat::Markdown, &options),
        ),
        (
            "HTML",
            export::export_guide(&shown(&guide), GuideFormat::Html, &options),
        ),
        ("PDF", pdf_text),
    ] {
        assert_eq!(squash(&text).matches(&squash(shared)).count(), 1, "{format}");
        for career in &careers {
            assert!(text.contains(&career.title), "{format} names {}", career.title);
        }
    }
}
