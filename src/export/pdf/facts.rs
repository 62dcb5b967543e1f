//! The guide's key facts and its data tables as rows of text, shared by the guide PDF and the
//! handout, so both print the same figures with the same sources.

use crate::model::{Guide, KeyFacts, format, guide::DataNote};

/// The source line of a fact the guide gives no source for.
pub const NO_SOURCE: &str = "None named";

/// One key fact: what, the figure, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub figure: String,
    /// What the figure covers, where the figure alone does not say ("" if nothing).
    pub detail: &'static str,
    pub source: String,
}

/// The key facts in the order of the window's cards.
#[must_use]
pub fn key_facts(facts: &KeyFacts) -> Vec<Fact> {
    let median = &facts.median_salary;
    let range = &facts.salary_range;
    let plus = if range.max_open_ended { "+" } else { "" };
    let industries = if facts.top_industries.is_empty() {
        "The guide names none".to_owned()
    } else {
        facts.top_industries.join(", ")
    };
    vec![
        Fact {
            label: "Median salary",
            figure: format!("{} USD per year", format::usd(median.usd_per_year)),
            detail: "",
            source: median.source.label(),
        },
        Fact {
            label: "Salary range",
            figure: format!(
                "{}–{}{plus} USD per year",
                format::usd_short(f64::from(range.min_usd_per_year)),
                format::usd_short(f64::from(range.max_usd_per_year))
            ),
            detail: "across experience levels",
            source: NO_SOURCE.to_owned(),
        },
        Fact {
            label: "Growth outlook",
            figure: format!("{}%, {}", facts.growth.percent, facts.growth.wording),
            detail: "",
            source: facts.growth.source.label(),
        },
        Fact {
            label: "Annual openings",
            figure: format!(
                "About {} a year",
                format::thousands(facts.annual_openings.approximately)
            ),
            detail: "",
            source: facts.annual_openings.source.label(),
        },
        Fact {
            label: "Typical education",
            figure: facts.typical_education.clone(),
            detail: "",
            source: NO_SOURCE.to_owned(),
        },
        Fact {
            label: "Top industries",
            figure: industries,
            detail: "",
            source: "—".to_owned(),
        },
    ]
}

/// The data notes on the key facts: which figure, and the note.
#[must_use]
pub fn notes(facts: &KeyFacts) -> Vec<(String, &DataNote)> {
    facts
        .notes()
        .into_iter()
        .map(|(label, note)| (label.to_lowercase(), note))
        .collect()
}

/// A data note as one sentence with what it was checked against.
#[must_use]
pub fn note_text(label: &str, note: &DataNote) -> String {
    format!("Data note on {label}: {}", note.full_text())
}

/// Every source the guide's figures name, once each in the order they first appear, with what
/// it supports.
#[must_use]
pub fn sources(guide: &Guide) -> Vec<(String, String)> {
    let facts = &guide.text.key_facts;
    let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
    let mut add = |label: String, what: &'static str| match out.iter_mut().find(|(l, _)| *l == label) {
        Some((_, whats)) if !whats.contains(&what) => whats.push(what),
        Some(_) => {}
        None => out.push((label, vec![what])),
    };
    add(facts.median_salary.source.label(), "median salary");
    add(facts.growth.source.label(), "growth outlook");
    add(facts.annual_openings.source.label(), "annual openings");
    for (_, note) in notes(facts) {
        if let Some(source) = &note.checked_against {
            add(source.label(), "data notes");
        }
    }
    add(guide.salary.source.label(), "salary by experience level");
    add(guide.global.source.label(), "salaries around the world");
    if let Some(note) = guide.origin.note() {
        add(note, "every figure in this copy");
    }
    out.into_iter()
        .map(|(label, whats)| (label, whats.join(", ")))
        .collect()
}

/// The salary-by-experience table: header and rows.
#[must_use]
pub fn salary_table(guide: &Guide) -> ([&'static str; 4], Vec<Vec<String>>) {
    let rows = guide
        .salary
        .levels
        .iter()
        .map(|level| {
            vec![
                level.title.clone(),
                match &level.years_note {
                    Some(note) => format!("{} {note}", level.years_label()),
                    None => level.years_label(),
                },
                format::usd(level.us_median_usd),
                format::usd(level.us_average_usd),
            ]
        })
        .collect();
    (["Level", "Experience", "US median", "US average"], rows)
}

/// The salaries-around-the-world table: header and rows (derived USD figures marked).
#[must_use]
pub fn global_table(guide: &Guide) -> ([&'static str; 4], Vec<Vec<String>>) {
    let rows = guide
        .global
        .regions
        .iter()
        .map(|region| {
            vec![
                region.name.clone(),
                region.countries.clone(),
                format::currency_range(&region.currency, region.local_min, region.local_max),
                format!(
                    "{}{}",
                    format::usd_range(region.usd_min, region.usd_max),
                    if region.usd_is_derived() { " (derived)" } else { "" }
                ),
            ]
        })
        .collect();
    (
        ["Region", "Covers", "Local currency, per year", "USD, per year"],
        rows,
    )
}
