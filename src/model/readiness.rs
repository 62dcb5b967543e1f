//! What a reader can check themselves against (`data/readiness.ron`): the guide's skills in its
//! two groups, the certifications it names, the steps of "How to become one" with the durations
//! and costs it gives, and its two ways in. Each item points at the block of `guide.ron` it
//! comes from.

use serde::{Deserialize, Serialize};

use super::guide::DataNote;

/// The id of the reader's own plan where a section id is asked for (`--section plan`, the
/// saved state, `medtech-guide sections`): no section of the guide may take it.
pub const PLAN_ID: &str = "plan";

/// What the plan is called in the sidebar, the menus and the window title.
pub const PLAN_TITLE: &str = "My plan";

/// Where in `guide.ron` an item comes from: a section by id, one of its blocks and, for a block
/// of items (a list, terms, steps, questions), one item; both counted from 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuideRef {
    /// The section's `id`.
    pub section: String,
    /// The block, counted from 1 in the order the section lists them.
    pub block: u32,
    /// The item of that block, counted from 1; `None` for the block as a whole.
    pub item: Option<u32>,
}

impl GuideRef {
    /// The block's index in its section's `blocks`, counted from 0 (`None` for block 0, which
    /// validation refuses).
    #[must_use]
    pub fn block_index(&self) -> Option<usize> {
        usize::try_from(self.block).ok()?.checked_sub(1)
    }

    /// The item's index in its block, counted from 0, if the reference names one.
    #[must_use]
    pub fn item_index(&self) -> Option<usize> {
        usize::try_from(self.item?).ok()?.checked_sub(1)
    }
}

/// One skill: a short name and the guide's one-line description of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub description: String,
    pub from: GuideRef,
}

/// The skills as the guide groups them ("Technical skills", "Soft skills").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillGroup {
    pub id: String,
    pub title: String,
    pub from: GuideRef,
    pub skills: Vec<Item>,
}

/// A certification the guide names, and the body that awards it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub id: String,
    pub name: String,
    /// The awarding body: the `short` of one of the guide's organisations ("ASCP").
    pub body: String,
    /// What the guide says it is.
    pub description: String,
    pub from: GuideRef,
}

/// The unit the guide gives a duration in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUnit {
    Months,
    Years,
}

/// A duration as the guide gives it: from `min` to `max` (equal for one figure) in `unit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    pub min: u32,
    pub max: u32,
    pub unit: TimeUnit,
}

impl Span {
    /// The shortest, in months.
    #[must_use]
    pub fn min_months(self) -> u32 {
        self.months(self.min)
    }

    /// The longest, in months.
    #[must_use]
    pub fn max_months(self) -> u32 {
        self.months(self.max)
    }

    fn months(self, count: u32) -> u32 {
        match self.unit {
            TimeUnit::Months => count,
            TimeUnit::Years => count.saturating_mul(12),
        }
    }

    /// "1–2 years", "6–12 months", "2 years", "1 year".
    #[must_use]
    pub fn label(self) -> String {
        let unit = match (self.unit, self.max == 1) {
            (TimeUnit::Months, true) => "month",
            (TimeUnit::Months, false) => "months",
            (TimeUnit::Years, true) => "year",
            (TimeUnit::Years, false) => "years",
        };
        if self.min == self.max {
            format!("{} {unit}", self.min)
        } else {
            format!("{}–{} {unit}", self.min, self.max)
        }
    }
}

/// A cost as the guide gives it, in US dollars: from `min_usd` to `max_usd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UsdRange {
    pub min_usd: u32,
    pub max_usd: u32,
}

impl UsdRange {
    /// "$10,000–$30,000" ("$5,000" for one figure).
    #[must_use]
    pub fn label(self) -> String {
        if self.min_usd == self.max_usd {
            super::format::usd(self.min_usd)
        } else {
            format!(
                "{}–{}",
                super::format::usd(self.min_usd),
                super::format::usd(self.max_usd)
            )
        }
    }

    /// The range from the lower of both minimums to the higher of both maximums.
    #[must_use]
    pub fn spanning(self, other: Self) -> Self {
        Self {
            min_usd: self.min_usd.min(other.min_usd),
            max_usd: self.max_usd.max(other.max_usd),
        }
    }

    /// Both ranges added: minimum to minimum, maximum to maximum.
    #[must_use]
    pub fn plus(self, other: Self) -> Self {
        Self {
            min_usd: self.min_usd.saturating_add(other.min_usd),
            max_usd: self.max_usd.saturating_add(other.max_usd),
        }
    }
}

/// One way of taking a step, where the guide gives several (an associate's degree or a
/// certificate), each with its own duration and cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Way {
    pub id: String,
    pub name: String,
    pub description: String,
    pub duration: Option<Span>,
    pub cost: Option<UsdRange>,
    pub from: GuideRef,
}

/// One step of "How to become one", with the duration and cost the guide gives (`None` where it
/// gives none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: String,
    pub description: String,
    pub duration: Option<Span>,
    pub cost: Option<UsdRange>,
    /// The ways of taking it, where the guide gives several.
    pub ways: Vec<Way>,
    pub from: GuideRef,
}

impl Step {
    /// What the step costs, where the guide says: its own cost, else the range its ways span.
    #[must_use]
    pub fn cost_range(&self) -> Option<UsdRange> {
        self.cost.or_else(|| {
            self.ways
                .iter()
                .filter_map(|way| way.cost)
                .reduce(UsdRange::spanning)
        })
    }
}

/// A way into the job the guide describes (a complete beginner; someone with healthcare
/// experience), with how long the guide says it takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    pub name: String,
    pub description: String,
    pub duration: Span,
    /// The duration in the guide's words, hedge and all ("perhaps within 6–12 months"); it
    /// contains `duration`'s label.
    pub stated: String,
    /// Where the guide says something else about the same time.
    pub note: Option<DataNote>,
    pub from: GuideRef,
}

/// The readiness data set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    pub skill_groups: Vec<SkillGroup>,
    pub certifications: Vec<Certification>,
    pub steps: Vec<Step>,
    pub routes: Vec<Route>,
}

impl Readiness {
    /// The route with `id`, if any.
    #[must_use]
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    /// How many skills all groups hold.
    #[must_use]
    pub fn skill_count(&self) -> usize {
        self.skill_groups.iter().map(|g| g.skills.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_as_the_guide_writes_them() {
        let span = |min, max, unit| Span { min, max, unit };
        assert_eq!(span(1, 2, TimeUnit::Years).label(), "1–2 years");
        assert_eq!(span(6, 12, TimeUnit::Months).label(), "6–12 months");
        assert_eq!(span(2, 2, TimeUnit::Years).label(), "2 years");
        assert_eq!(span(1, 1, TimeUnit::Years).label(), "1 year");
        assert_eq!(span(1, 2, TimeUnit::Years).max_months(), 24);
        assert_eq!(span(9, 12, TimeUnit::Months).min_months(), 9);
    }

    #[test]
    fn ranges_span_and_add() {
        let degree = UsdRange {
            min_usd: 10_000,
            max_usd: 30_000,
        };
        let certificate = UsdRange {
            min_usd: 5_000,
            max_usd: 15_000,
        };
        assert_eq!(degree.spanning(certificate).label(), "$5,000–$30,000");
        assert_eq!(degree.plus(certificate).label(), "$15,000–$45,000");
    }
}
