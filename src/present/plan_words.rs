//! The words the plan's outputs share: its headings, the labels of the gap's lists, and how a
//! step and a group are headed. The "My plan" view, the Markdown and the PDF all use these.

use super::plan::{GroupGap, NextStep};

/// The plan's headings, in the order the outputs show them.
pub struct PlanHeadings {
    /// Above the answers.
    pub answers: &'static str,
    pub gap: &'static str,
    pub steps: &'static str,
    pub route: &'static str,
    pub pay: &'static str,
    pub sources: &'static str,
}

/// The plan's headings.
pub const HEADINGS: PlanHeadings = PlanHeadings {
    answers: "My answers",
    gap: "My skills gap",
    steps: "My next steps",
    route: "My way in",
    pay: "Where my pay falls",
    sources: "Sources",
};

/// What the view says at the top, before the questions.
pub const INTRO: &str =
    "Check yourself against what the guide names: answer each item, and your plan follows below.";

/// What "Where my pay falls" says until years of experience are given.
pub const NO_YEARS: &str = "Give your years of experience (0 for a student) to see the level they fall in, and a yearly pay to see how it compares.";

/// The labels of a group's three lists.
pub const HAVE: &str = "Have";
pub const LEARNING: &str = "Learning";
pub const MISSING: &str = "Missing";

impl GroupGap {
    /// The group's three lists with their labels, in order: have, learning, missing.
    #[must_use]
    pub fn lists(&self) -> [(&'static str, &[super::ItemLine]); 3] {
        [
            (HAVE, &self.have),
            (LEARNING, &self.learning),
            (MISSING, &self.missing),
        ]
    }
}

impl NextStep {
    /// "Step 5: Build a professional network" (its number among all the guide's steps).
    #[must_use]
    pub fn heading(&self) -> String {
        format!("Step {}: {}", self.number, self.title)
    }
}
