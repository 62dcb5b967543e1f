//! All four data files validated together: each file's own rules, and what refers across files
//! (the guide's blocks to the data sets, the readiness items to the guide's blocks) where the
//! files referred to have parsed.

use super::{
    checks::{validate_global, validate_guide, validate_salary},
    readiness::validate_readiness,
    references::DataSetIds,
};
use crate::model::{
    Guide,
    global::GlobalSalaries,
    guide::GuideText,
    load::DataFile,
    problem::{Problem, Problems},
    readiness::Readiness,
    salary::SalaryByExperience,
};

/// The data files of one data directory, in the order problems are reported.
#[derive(Clone, Copy)]
pub struct Files<'a> {
    pub guide: &'a DataFile,
    pub salary: &'a DataFile,
    pub global: &'a DataFile,
    pub readiness: &'a DataFile,
}

/// Validates the parsed data of the four files together.
#[must_use]
pub fn validate(guide: &Guide, files: Files<'_>) -> Problems {
    let ids = DataSetIds {
        salary: &guide.salary.id,
        global: &guide.global.id,
    };
    let mut problems = Vec::new();
    problems.extend(validate_guide(&guide.text, Some(ids), files.guide));
    problems.extend(validate_salary(&guide.salary, files.salary));
    problems.extend(validate_global(&guide.global, files.global));
    problems.extend(validate_readiness(
        &guide.readiness,
        Some(&guide.text),
        files.readiness,
    ));
    Problems(problems)
}

/// What parsed of each file, beside the file.
pub struct Parsed<'a> {
    pub guide: Option<(&'a GuideText, &'a DataFile)>,
    pub salary: Option<(&'a SalaryByExperience, &'a DataFile)>,
    pub global: Option<(&'a GlobalSalaries, &'a DataFile)>,
    pub readiness: Option<(&'a Readiness, &'a DataFile)>,
}

/// Validates each file that parsed when another did not: its own rules, and its references
/// only where what they refer to has parsed too.
#[must_use]
pub fn validate_parsed(parsed: &Parsed<'_>) -> [Vec<Problem>; 4] {
    let ids = parsed
        .salary
        .zip(parsed.global)
        .map(|((s, _), (g, _))| DataSetIds {
            salary: &s.id,
            global: &g.id,
        });
    let text = parsed.guide.map(|(text, _)| text);
    [
        parsed
            .guide
            .map(|(text, file)| validate_guide(text, ids, file))
            .unwrap_or_default(),
        parsed
            .salary
            .map(|(data, file)| validate_salary(data, file))
            .unwrap_or_default(),
        parsed
            .global
            .map(|(data, file)| validate_global(data, file))
            .unwrap_or_default(),
        parsed
            .readiness
            .map(|(data, file)| validate_readiness(data, text, file))
            .unwrap_or_default(),
    ]
}
