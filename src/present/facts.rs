//! The key facts as rows (label, figure, source, data note), the six the guide gives, derived once
//! here: the window's cards and lines, the Markdown, the HTML, the guide PDF's table and the
//! handout's cards all format these.

use crate::model::{
    DataNote, EDUCATION_LABEL, EMPTY_HEADING, INDUSTRIES_LABEL, KeyFacts, format, note_heading,
};

/// What a document writes where the guide names no source for a figure.
pub const NO_SOURCE: &str = "None named";

/// A data note on a figure: where the guide's figure differs from the body it cites.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactNote {
    /// "Data note on median salary".
    pub heading: String,
    /// The note with what it was checked against: "… (Checked against: BLS, May 2023.)".
    pub text: String,
    /// The note alone, for a page that names what it was checked against elsewhere.
    pub short: String,
    /// The body it was checked against, if the note names one.
    pub checked_against: Option<String>,
}

impl FactNote {
    fn new(label: &str, note: &DataNote) -> Self {
        Self {
            heading: note_heading(label),
            text: note.full_text(),
            short: note.text.clone(),
            checked_against: note.checked_against.as_ref().map(crate::model::Source::label),
        }
    }

    /// The heading and the note as one line: "Data note on median salary: …".
    #[must_use]
    pub fn line(&self) -> String {
        format!("{}: {}", self.heading, self.text)
    }
}

/// One key figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRow {
    /// "Median salary".
    pub label: &'static str,
    /// The figure as a card shows it, large: "$57,380 USD", "$35k–$85k+", "5%", "≈17,400".
    pub figure: String,
    /// What the figure counts, under it on a card: "per year" ("" for a line of text).
    pub detail: String,
    /// The figure in a sentence, as documents write it: "$57,380 USD per year".
    pub sentence: String,
    /// The items of a list figure (top industries), each on its own line in the window.
    pub items: Vec<String>,
    /// Where the figure comes from, where the guide says.
    pub source: Option<String>,
    /// Where the guide's figure differs from the body it cites.
    pub note: Option<FactNote>,
    /// Whether the figure is one of the four shown as cards (the others are lines of text).
    pub card: bool,
}

impl FactRow {
    /// The figure and its source, as a card is read out: "$57,380 USD per year, source: …".
    #[must_use]
    pub fn description(&self) -> String {
        match &self.source {
            Some(source) => format!("{}, source: {source}", self.sentence),
            None => self.sentence.clone(),
        }
    }

    /// The card's name: "Median salary: $57,380 USD per year, source: …".
    #[must_use]
    pub fn name(&self) -> String {
        format!("{}: {}", self.label, self.description())
    }

    /// The source as a table's cell writes it: the source, or that the guide names none.
    #[must_use]
    pub fn source_cell(&self) -> &str {
        self.source.as_deref().unwrap_or(NO_SOURCE)
    }

    /// The source line under a card: "Source: …", if the guide names one.
    #[must_use]
    pub fn source_line(&self) -> Option<String> {
        self.source.as_ref().map(|s| format!("Source: {s}"))
    }
}

/// The six key figures, in the order the guide gives them: four cards, then typical education
/// and top industries.
#[must_use]
pub fn fact_rows(facts: &KeyFacts) -> Vec<FactRow> {
    let median = &facts.median_salary;
    let range = facts.salary_range.label();
    let growth = &facts.growth;
    let openings = &facts.annual_openings;
    let openings_count = format::thousands(openings.approximately);
    let note = |label: &str, note: Option<&DataNote>| note.map(|n| FactNote::new(label, n));
    let industries = if facts.top_industries.is_empty() {
        EMPTY_HEADING.to_owned()
    } else {
        facts.top_industries.join(", ")
    };
    vec![
        FactRow {
            label: "Median salary",
            figure: format!("{} USD", format::usd(median.usd_per_year)),
            detail: "per year".to_owned(),
            sentence: format!("{} USD per year", format::usd(median.usd_per_year)),
            items: Vec::new(),
            source: Some(median.source.label()),
            note: note("Median salary", median.note.as_ref()),
            card: true,
        },
        FactRow {
            label: "Salary range",
            sentence: format!("{range} USD per year, across experience levels"),
            figure: range,
            detail: "USD per year, across experience levels".to_owned(),
            items: Vec::new(),
            source: None,
            note: note("Salary range", facts.salary_range.note.as_ref()),
            card: true,
        },
        FactRow {
            label: "Growth outlook",
            figure: format!("{}%", growth.percent),
            detail: growth.wording.clone(),
            sentence: format!("{}%, {}", growth.percent, growth.wording),
            items: Vec::new(),
            source: Some(growth.source.label()),
            note: note("Growth outlook", growth.note.as_ref()),
            card: true,
        },
        FactRow {
            label: "Annual openings",
            figure: format!("≈{openings_count}"),
            detail: "openings a year".to_owned(),
            sentence: format!("about {openings_count} a year"),
            items: Vec::new(),
            source: Some(openings.source.label()),
            note: note("Annual openings", openings.note.as_ref()),
            card: true,
        },
        FactRow {
            label: EDUCATION_LABEL,
            figure: facts.typical_education.clone(),
            detail: String::new(),
            sentence: facts.typical_education.clone(),
            items: Vec::new(),
            source: None,
            note: note(EDUCATION_LABEL, facts.typical_education_note.as_ref()),
            card: false,
        },
        FactRow {
            label: INDUSTRIES_LABEL,
            figure: industries.clone(),
            detail: String::new(),
            sentence: industries,
            items: facts.top_industries.clone(),
            source: None,
            note: note(INDUSTRIES_LABEL, facts.top_industries_note.as_ref()),
            card: false,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_carry_the_bundled_figures_and_their_notes() {
        let guide = crate::model::load::load_bundled().expect("the bundled data loads");
        let facts = &guide.text.key_facts;
        let rows = fact_rows(facts);
        let labels: Vec<&str> = rows.iter().map(|r| r.label).collect();
        assert_eq!(
            labels,
            [
                "Median salary",
                "Salary range",
                "Growth outlook",
                "Annual openings",
                "Typical education",
                "Top industries"
            ]
        );
        assert_eq!(rows.iter().filter(|r| r.card).count(), 4);
        assert_eq!(
            rows[0].sentence,
            format!("{} USD per year", format::usd(facts.median_salary.usd_per_year))
        );
        assert_eq!(rows[1].figure, facts.salary_range.label());
        let note_text = |n: Option<&DataNote>| n.map(DataNote::full_text);
        assert_eq!(
            rows[3].note.as_ref().map(|n| n.text.clone()),
            note_text(facts.annual_openings.note.as_ref())
        );
        assert_eq!(
            rows[2].note.as_ref().map(|n| n.heading.as_str()),
            Some("Data note on growth outlook"),
            "the growth label's note (BLS: faster than average)"
        );
        // The guide names no source for the range; its cell says so.
        assert!(rows[1].source.is_none() && rows[1].source_cell() == NO_SOURCE);
        assert_eq!(rows[5].items, facts.top_industries);
    }
}
