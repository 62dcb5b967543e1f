//! The data model: the guide's text and figures, parsed once from RON and never changed after.

pub mod answers;
mod dataset;
pub mod format;
pub(crate) mod global;
pub(crate) mod guide;
pub mod load;
mod origin;
mod placeholder;
pub(crate) mod problem;
pub mod readiness;
mod ron_error;
pub(crate) mod salary;
pub mod validate;

pub use answers::{Answers, Choice};
pub use dataset::Guide;
pub use global::{GlobalSalaries, Region};
pub use guide::{
    Block, Career, DataNote, EDUCATION_LABEL, EMPTY_HEADING, GUIDE_CITATION, GUIDE_PROVENANCE, GuideText,
    INDUSTRIES_LABEL, KeyFacts, Organisation, Section, Source, note_heading, web_address,
};
pub use origin::DataOrigin;
pub use problem::{Problem, Problems};
pub use readiness::Readiness;
pub use salary::{Level, SalaryByExperience};
