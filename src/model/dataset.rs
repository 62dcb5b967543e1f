//! Everything loaded from one data directory: the guide's text, both data sets and the readiness items.

use super::{DataOrigin, GlobalSalaries, GuideText, Readiness, SalaryByExperience, Section};

/// Everything loaded from one data directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub text: GuideText,
    pub salary: SalaryByExperience,
    pub global: GlobalSalaries,
    /// The skills, certifications, steps and routes a reader can check themselves against.
    pub readiness: Readiness,
    /// Where it was loaded from (named in the title and in exports).
    pub origin: DataOrigin,
}

impl Guide {
    /// The section with `id`, if any.
    #[must_use]
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.text.sections.iter().find(|s| s.id == id)
    }

    /// Index of the section with `id`, if any.
    #[must_use]
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.text.sections.iter().position(|s| s.id == id)
    }
}
