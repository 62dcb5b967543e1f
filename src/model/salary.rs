//! Salary by experience level (`data/salary_by_experience.ron`).

use serde::{Deserialize, Serialize};

use super::guide::Source;

/// One career level and its pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub title: String,
    pub years_from: u32,
    /// `None` for the open-ended last level ("10+").
    pub years_to: Option<u32>,
    /// Extra words the guide puts on the years, e.g. "total experience, with significant time in senior roles".
    pub years_note: Option<String>,
    pub us_median_usd: u32,
    pub us_average_usd: u32,
    /// What the role does.
    pub role: String,
    /// Key focus areas at this level.
    pub focus: String,
}

impl Level {
    /// "0–2 years" or "10+ years".
    #[must_use]
    pub fn years_label(&self) -> String {
        match self.years_to {
            Some(to) => format!("{}–{to} years", self.years_from),
            None => format!("{}+ years", self.years_from),
        }
    }

    /// The years with the guide's extra words on them, if any: "10+ years total experience, …".
    #[must_use]
    pub fn years_with_note(&self) -> String {
        match &self.years_note {
            Some(note) => format!("{} {note}", self.years_label()),
            None => self.years_label(),
        }
    }
}

/// The salary-by-experience data set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalaryByExperience {
    /// Data-set id referenced by `Table`, `Chart` and `LevelDetails` blocks.
    pub id: String,
    pub title: String,
    /// ISO 4217 code of every figure (USD).
    pub currency: String,
    pub source: Source,
    pub levels: Vec<Level>,
}
