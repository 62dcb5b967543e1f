//! The guide's text: title, key facts and ordered sections of typed blocks (`data/guide.ron`).

use serde::{Deserialize, Serialize};

/// The work this app presents, named as a citation wherever a figure is attributed to it.
pub const GUIDE_CITATION: &str = "“Complete Medical Technician Career Guide”, Himalayas (web page)";

/// Where the guide's copy came from, and what it does not record: said in About and wherever the
/// main source is described, so a reader can judge how current its figures are.
pub const GUIDE_PROVENANCE: &str = "The copy of the guide this app is made from gives neither its web address nor the date it was taken. Its figures carry the dates of the bodies it cites (for BLS: May 2023, and 2022–2032 for the outlook), and its text describes the market as of 2025.";

/// `url` if it is a page to open: only an `http://` or `https://` address with no spaces,
/// control or bidirectional characters; anything else (`file:`, `javascript:`, a typo) is never
/// opened.
#[must_use]
pub fn web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme_end = url.find("://")?;
    let scheme = url.get(..scheme_end)?;
    let rest = url.get(scheme_end + 3..)?;
    let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
    // Bidirectional controls could make the address read as another one.
    let hidden =
        |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let clean = !rest.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || hidden(c));
    (web && clean).then_some(url)
}

/// An organisation the guide names (a certifying or accrediting body), with its official site:
/// its name becomes a link where the text names it, and it is listed under "Where to go next".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name as the guide writes it, e.g. "American Society for Clinical Pathology".
    pub name: String,
    /// Its abbreviation, e.g. "ASCP".
    pub short: String,
    /// Its official site (http or https).
    pub url: String,
    /// What the guide says it does, in a sentence.
    pub about: String,
}

impl Organisation {
    /// Its site, if the address is one to open ([`web_address`]).
    #[must_use]
    pub fn web_link(&self) -> Option<&str> {
        web_address(&self.url)
    }

    /// "American Society for Clinical Pathology (ASCP)": how the guide names it in its text.
    #[must_use]
    pub fn full_name(&self) -> String {
        format!("{} ({})", self.name, self.short)
    }
}

/// Where a figure comes from, as the guide names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Publisher or body, e.g. "U.S. Bureau of Labor Statistics".
    pub name: String,
    /// The date or period the figure refers to, e.g. "May 2023" or "2022-2032".
    pub date: Option<String>,
    /// Where the body publishes it, if the app names a page (the guide names none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Source {
    /// The page to open for this source: only an `http://` or `https://` address with no spaces,
    /// control or bidirectional characters; anything else (`file:`, `javascript:`, a typo) is never opened.
    #[must_use]
    pub fn web_link(&self) -> Option<&str> {
        web_address(self.url.as_deref()?)
    }

    /// "U.S. Bureau of Labor Statistics, May 2023".
    #[must_use]
    pub fn label(&self) -> String {
        match &self.date {
            Some(date) => format!("{}, {date}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The app's own note beside a figure: where the guide's figure differs from the body it cites,
/// or where the guide leaves something out (no source named, an empty heading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataNote {
    /// What differs and what the cited body says.
    pub text: String,
    /// The body the note checks against, where it checks the figure against one.
    #[serde(default)]
    pub checked_against: Option<Source>,
}

impl DataNote {
    /// The note with what it was checked against: "text (Checked against: BLS, May 2023)".
    #[must_use]
    pub fn full_text(&self) -> String {
        match &self.checked_against {
            Some(source) => format!("{} (Checked against: {}.)", self.text, source.label()),
            None => self.text.clone(),
        }
    }
}

/// The guide's median pay figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MedianSalary {
    pub usd_per_year: u32,
    pub source: Source,
    pub note: Option<DataNote>,
}

/// The guide's overall pay range ("$35k - $85k+").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryRange {
    pub min_usd_per_year: u32,
    pub max_usd_per_year: u32,
    /// True where the guide writes the maximum as open-ended ("$85k+").
    pub max_open_ended: bool,
    /// The guide names no source for the range; the note says so.
    #[serde(default)]
    pub note: Option<DataNote>,
}

impl SalaryRange {
    /// "$35k–$85k+".
    #[must_use]
    pub fn label(&self) -> String {
        super::format::usd_short_range(self.min_usd_per_year, self.max_usd_per_year, self.max_open_ended)
    }
}

/// Projected employment growth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    pub percent: f64,
    /// The guide's wording, e.g. "as fast as average".
    pub wording: String,
    pub source: Source,
    #[serde(default)]
    pub note: Option<DataNote>,
}

/// Projected openings each year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnualOpenings {
    /// The approximate count the guide gives ("≈17,400").
    pub approximately: u32,
    pub source: Source,
    pub note: Option<DataNote>,
}

/// The figures shown as cards on the overview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFacts {
    pub median_salary: MedianSalary,
    pub salary_range: SalaryRange,
    pub growth: Growth,
    pub annual_openings: AnnualOpenings,
    pub typical_education: String,
    #[serde(default)]
    pub typical_education_note: Option<DataNote>,
    /// The guide names a "Top Industries" heading with no entries: empty here, and the app says so.
    pub top_industries: Vec<String>,
    #[serde(default)]
    pub top_industries_note: Option<DataNote>,
}

/// The heading of the data note on the key fact labelled `fact_label`: "Data note on median salary".
#[must_use]
pub fn note_heading(fact_label: &str) -> String {
    format!("Data note on {}", fact_label.to_lowercase())
}

/// The label of the key facts' typical education.
pub const EDUCATION_LABEL: &str = "Typical education";
/// The label of the key facts' top industries.
pub const INDUSTRIES_LABEL: &str = "Top industries";

/// What the app says under a heading the guide leaves empty.
pub const EMPTY_HEADING: &str = "The guide has this heading but nothing under it.";

impl KeyFacts {
    /// Every key fact's data note, labelled by its fact, in the order the facts are shown.
    #[must_use]
    pub fn notes(&self) -> Vec<(&'static str, &DataNote)> {
        [
            ("Median salary", self.median_salary.note.as_ref()),
            ("Salary range", self.salary_range.note.as_ref()),
            ("Growth outlook", self.growth.note.as_ref()),
            ("Annual openings", self.annual_openings.note.as_ref()),
            (EDUCATION_LABEL, self.typical_education_note.as_ref()),
            (INDUSTRIES_LABEL, self.top_industries_note.as_ref()),
        ]
        .into_iter()
        .filter_map(|(label, note)| note.map(|note| (label, note)))
        .collect()
    }
}

/// A term and its explanation ("Attention to detail: …").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub term: String,
    pub text: String,
}

/// One numbered step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub title: String,
    pub text: String,
    /// How long the step takes, where the guide says (printed on the handout).
    #[serde(default)]
    pub duration: Option<String>,
    /// What the step costs, where the guide says (printed on the handout).
    #[serde(default)]
    pub cost: Option<String>,
}

/// A question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionAnswer {
    pub question: String,
    pub answer: String,
}

/// A related career.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Career {
    pub title: String,
    pub text: String,
}

impl Career {
    /// The one description every career in `careers` shares, when there are several and they
    /// all have the same text (the guide gives its related careers one line each, all alike):
    /// said once for the list rather than once per career.
    #[must_use]
    pub fn shared_text(careers: &[Self]) -> Option<&str> {
        let (first, rest) = careers.split_first()?;
        (!rest.is_empty() && rest.iter().all(|c| c.text == first.text)).then_some(first.text.as_str())
    }

    /// The [`Self::shared_text`] as the window says it, once above the list: "All 5: …".
    #[must_use]
    pub fn shared_line(careers: &[Self]) -> Option<String> {
        Self::shared_text(careers).map(|shared| format!("All {}: {shared}", careers.len()))
    }
}

/// One piece of a section's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Block {
    /// A sub-heading inside a section.
    Heading(String),
    Paragraph(String),
    /// A bulleted list.
    List {
        heading: Option<String>,
        items: Vec<String>,
    },
    /// A list of terms with explanations.
    Terms {
        heading: Option<String>,
        items: Vec<Term>,
    },
    /// Numbered steps.
    Steps {
        heading: Option<String>,
        steps: Vec<Step>,
    },
    /// Questions and answers.
    Faq(Vec<QuestionAnswer>),
    ProsCons {
        pros: Vec<String>,
        cons: Vec<String>,
    },
    RelatedCareers(Vec<Career>),
    /// The key-facts cards.
    KeyFacts,
    /// A data table, by the id of a data set (`salary-by-experience`, `global-salaries`).
    Table(String),
    /// An interactive chart, by the id of a data set.
    Chart(String),
    /// The career levels of a data set described one by one (role, focus areas).
    LevelDetails(String),
    /// The organisations the guide names, each with its site and what it does.
    Organisations,
}

/// One section of the guide, as listed in the sidebar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id (`overview`, `salary`, …), used by `--section` and saved state.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// The whole guide text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideText {
    pub title: String,
    pub summary: String,
    pub key_facts: KeyFacts,
    pub sections: Vec<Section>,
    /// The certifying and accrediting bodies the guide names.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
}

#[cfg(test)]
mod source_tests {
    use super::Source;

    fn with_url(url: &str) -> Source {
        Source {
            name: "Body".to_owned(),
            date: None,
            url: Some(url.to_owned()),
        }
    }

    #[test]
    fn only_web_addresses_are_links() {
        assert_eq!(
            with_url("https://www.bls.gov/ooh/").web_link(),
            Some("https://www.bls.gov/ooh/")
        );
        assert_eq!(
            with_url("HTTP://example.org").web_link(),
            Some("HTTP://example.org")
        );
        for bad in [
            "javascript:alert(1)",
            "file:///etc/passwd",
            "ftp://example.org",
            "https://",
            "https://exa mple.org",
            "https://example.org/\u{202e}",
            "www.bls.gov",
        ] {
            assert_eq!(with_url(bad).web_link(), None, "{bad:?}");
        }
    }
}
