//! The key facts' figures as rows (label, figure, source, data note), derived once here and only
//! formatted by the window's cards, the Markdown and the HTML.

use crate::model::{KeyFacts, format, guide::DataNote};

/// One key figure.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow<'a> {
    /// "Median salary".
    pub label: &'static str,
    /// The figure as a card shows it, large: "$57,380 USD", "$35k–$85k+", "5%", "≈17,400".
    pub figure: String,
    /// What the figure counts, under it on a card: "per year".
    pub detail: String,
    /// The figure in a sentence, as documents write it: "$57,380 USD per year".
    pub sentence: String,
    /// Where the figure comes from, where the guide says.
    pub source: Option<String>,
    /// Where the guide's figure differs from the body it cites.
    pub note: Option<&'a DataNote>,
}

impl FactRow<'_> {
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
}

/// The four key figures, in the order the guide gives them.
#[must_use]
pub fn fact_rows(facts: &KeyFacts) -> [FactRow<'_>; 4] {
    let median = &facts.median_salary;
    let range = facts.salary_range.label();
    let growth = &facts.growth;
    let openings = &facts.annual_openings;
    let openings_count = format::thousands(openings.approximately);
    [
        FactRow {
            label: "Median salary",
            figure: format!("{} USD", format::usd(median.usd_per_year)),
            detail: "per year".to_owned(),
            sentence: format!("{} USD per year", format::usd(median.usd_per_year)),
            source: Some(median.source.label()),
            note: median.note.as_ref(),
        },
        FactRow {
            label: "Salary range",
            sentence: format!("{range} USD per year"),
            figure: range,
            detail: "USD per year, across experience levels".to_owned(),
            source: None,
            note: facts.salary_range.note.as_ref(),
        },
        FactRow {
            label: "Growth outlook",
            figure: format!("{}%", growth.percent),
            detail: growth.wording.clone(),
            sentence: format!("{}%, {}", growth.percent, growth.wording),
            source: Some(growth.source.label()),
            note: growth.note.as_ref(),
        },
        FactRow {
            label: "Annual openings",
            figure: format!("≈{openings_count}"),
            detail: "openings a year".to_owned(),
            sentence: format!("about {openings_count} a year"),
            source: Some(openings.source.label()),
            note: openings.note.as_ref(),
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
                "Annual openings"
            ]
        );
        assert_eq!(
            rows[0].sentence,
            format!("{} USD per year", format::usd(facts.median_salary.usd_per_year))
        );
        assert_eq!(rows[1].figure, facts.salary_range.label());
        assert_eq!(rows[3].note, facts.annual_openings.note.as_ref());
        assert_eq!(rows[2].note, facts.growth.note.as_ref());
        assert!(
            rows[2].note.is_some(),
            "the growth label's note (BLS: faster than average)"
        );
        // The guide names no source for the range; its note says so.
        assert!(rows[1].source.is_none() && rows[1].note == facts.salary_range.note.as_ref());
    }
}
