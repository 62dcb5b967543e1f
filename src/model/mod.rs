//! The data model: the guide's text and figures, parsed once from RON and never changed after.

pub mod format;
pub mod global;
pub mod guide;
pub mod load;
pub mod problem;
pub mod salary;
pub mod validate;

pub use global::{GlobalSalaries, Region};
pub use guide::{Block, DataNote, EMPTY_HEADING, GUIDE_CITATION, GuideText, KeyFacts, Section, Source};
pub use load::DataOrigin;
pub use problem::{Problem, Problems};
pub use salary::{Level, SalaryByExperience};

/// Everything loaded from one data directory.
#[derive(Debug, Clone, PartialEq)]
pub struct Guide {
    pub text: GuideText,
    pub salary: SalaryByExperience,
    pub global: GlobalSalaries,
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
