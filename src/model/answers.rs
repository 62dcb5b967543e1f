//! A reader's answers to the readiness check: for each skill, certification and step of
//! `readiness.ron` (by its `id`) whether they have it, are learning it or not yet; the way in
//! they start from; their years of experience and, if they give it, a yearly pay. The window
//! keeps them with its state and `medtech-guide export plan --answers FILE` reads them, in the
//! same RON format:
//!
//! ```ron
//! Answers(
//!     version: 1,
//!     choices: {
//!         "phlebotomy": Have,
//!         "specimen-handling": Learning,
//!         "ekg": NotYet,
//!     },
//!     route: Some("experienced"),
//!     years: Some(3.0),
//!     pay_usd: Some(41000),
//! )
//! ```
//!
//! An item left out of `choices` is not answered yet; it counts with what is missing, exactly
//! like `NotYet` (the window shows it with no choice made). Every field but `version` may be
//! left out. Nothing here is ever sent anywhere.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{
    load::{DataFile, parse},
    problem::{Problem, Problems, line_column},
    readiness::Readiness,
};

/// The version of the answers format this program writes and reads.
pub const ANSWERS_VERSION: u32 = 1;

/// Where a reader stands with one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Choice {
    /// "I have it".
    Have,
    /// "Learning".
    Learning,
    /// "Not yet".
    NotYet,
}

impl Choice {
    /// The three, in the order a view offers them.
    pub const ALL: [Self; 3] = [Self::Have, Self::Learning, Self::NotYet];

    /// The choice as a view labels it: "I have it", "Learning", "Not yet".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Have => "I have it",
            Self::Learning => "Learning",
            Self::NotYet => "Not yet",
        }
    }
}

/// A reader's answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// [`ANSWERS_VERSION`] when written by this program.
    pub version: u32,
    /// Item id (a skill, certification or step of `readiness.ron`) to choice; an item not here
    /// is not answered yet and counts as not yet had.
    #[serde(default)]
    pub choices: BTreeMap<String, Choice>,
    /// The id of the way in they start from (a route of `readiness.ron`), if chosen.
    #[serde(default)]
    pub route: Option<String>,
    /// Years of experience so far (0 for a student), if given.
    #[serde(default)]
    pub years: Option<f64>,
    /// Current or offered yearly pay, whole US dollars, if given.
    #[serde(default)]
    pub pay_usd: Option<u32>,
}

impl Default for Answers {
    fn default() -> Self {
        Self {
            version: ANSWERS_VERSION,
            choices: BTreeMap::new(),
            route: None,
            years: None,
            pay_usd: None,
        }
    }
}

impl Answers {
    /// Parses an answers file's `text` and checks it against `readiness`; `file_label` names the
    /// file in each problem (`FILE:LINE:COLUMN: what is wrong`).
    pub fn parse(text: &str, file_label: &str, readiness: &Readiness) -> Result<Self, Problems> {
        let file = DataFile {
            display_name: file_label.to_owned(),
            text: text.to_owned(),
        };
        let answers: Self = parse(&file, "Answers").map_err(|p| Problems(vec![p]))?;
        let problems = answers.problems(readiness, &file);
        if problems.is_empty() {
            Ok(answers)
        } else {
            Err(Problems(problems))
        }
    }

    /// Whether these answers fit `readiness` (the window checks what it restores with this).
    #[must_use]
    pub fn fits(&self, readiness: &Readiness) -> bool {
        let file = DataFile {
            display_name: String::new(),
            text: String::new(),
        };
        self.problems(readiness, &file).is_empty()
    }

    /// The answers as RON, in the format [`Answers::parse`] reads.
    #[must_use]
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::new().indentor("    ");
        // Serializing maps of strings, options and numbers cannot fail; an empty file would
        // fail to parse loudly rather than pass for answers.
        ron::ser::to_string_pretty(self, config).unwrap_or_default()
    }

    /// The choice made for `id`, if one was.
    #[must_use]
    pub fn choice(&self, id: &str) -> Option<Choice> {
        self.choices.get(id).copied()
    }

    /// Where the reader stands with `id`: the choice made, else [`Choice::NotYet`].
    #[must_use]
    pub fn status(&self, id: &str) -> Choice {
        self.choice(id).unwrap_or(Choice::NotYet)
    }

    /// Makes (`Some`) or takes back (`None`) the choice for `id`.
    pub fn set_choice(&mut self, id: &str, choice: Option<Choice>) {
        match choice {
            Some(choice) => {
                self.choices.insert(id.to_owned(), choice);
            }
            None => {
                self.choices.remove(id);
            }
        }
    }

    /// Whether nothing has been answered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.choices.is_empty() && self.route.is_none() && self.years.is_none() && self.pay_usd.is_none()
    }

    /// Everything wrong with these answers against `readiness`, each at its place in `file`.
    fn problems(&self, readiness: &Readiness, file: &DataFile) -> Vec<Problem> {
        let text = file.text.as_str();
        let at = |offset: usize, message: String| {
            let (line, column) = if text.is_empty() {
                (0, 0)
            } else {
                line_column(text, offset)
            };
            Problem::new(&file.display_name, line, column, message)
        };
        let field = |name: &str| super::validate::field_offset(text, name).unwrap_or(0);
        let mut problems = Vec::new();
        if self.version != ANSWERS_VERSION {
            problems.push(at(
                field("version"),
                format!(
                    "version {} is not one this program reads; it reads version {ANSWERS_VERSION} (a newer program may have written this file)",
                    self.version
                ),
            ));
        }
        let known = item_ids(readiness);
        for id in self.choices.keys().filter(|id| !known.contains(&id.as_str())) {
            let offset = text
                .find(&format!("\"{id}\""))
                .unwrap_or_else(|| field("choices"));
            problems.push(at(
                offset,
                format!(
                    "`{id}` is not a skill, certification or step of the readiness data; use one of their ids (`{}`, …)",
                    known.first().copied().unwrap_or_default()
                ),
            ));
        }
        if let Some(route) = self.route.as_deref().filter(|r| readiness.route(r).is_none()) {
            let ids: Vec<String> = readiness.routes.iter().map(|r| format!("`{}`", r.id)).collect();
            problems.push(at(
                field("route"),
                format!(
                    "`{route}` is not a way in of the readiness data; use one of {}",
                    ids.join(", ")
                ),
            ));
        }
        if let Some(years) = self.years.filter(|y| !y.is_finite() || *y < 0.0) {
            problems.push(at(
                field("years"),
                format!("years of experience must be a number, 0 or more (0 for a student), not {years}"),
            ));
        }
        if self.pay_usd == Some(0) {
            problems.push(at(
                field("pay_usd"),
                "a yearly pay must be greater than zero; leave `pay_usd` out (or write `None`) if there is none".to_owned(),
            ));
        }
        problems
    }
}

/// Every id a choice can be made for: the skills, certifications and steps, in file order.
#[must_use]
pub fn item_ids(readiness: &Readiness) -> Vec<&str> {
    let skills = readiness
        .skill_groups
        .iter()
        .flat_map(|g| &g.skills)
        .map(|s| s.id.as_str());
    let certifications = readiness.certifications.iter().map(|c| c.id.as_str());
    let steps = readiness.steps.iter().map(|s| s.id.as_str());
    skills.chain(certifications).chain(steps).collect()
}

#[cfg(test)]
mod tests;
