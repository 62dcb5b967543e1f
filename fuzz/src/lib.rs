//! What the per-file fuzz targets share: one data file replaced by fuzzer input, the other two
//! bundled; parse and validate must return data or problems, never panic, hang or blow up memory.

use std::sync::OnceLock;

use medtech_guide::model::{
    Guide, Problem,
    load::{DataFile, bundled_files, parse},
    validate::validate,
};

/// The bundled data, parsed once: only the file under test is parsed on each input (the bundled
/// guide is 46 kB, and parsing it again on every input would be most of the work).
fn bundled() -> &'static ([DataFile; 3], Guide) {
    static BUNDLED: OnceLock<([DataFile; 3], Guide)> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let files = bundled_files();
        let [guide, salary, global] = &files;
        let parsed = Guide {
            text: parse(guide, "GuideText").unwrap_or_else(|p| panic!("bundled guide: {p}")),
            salary: parse(salary, "SalaryByExperience").unwrap_or_else(|p| panic!("bundled salary: {p}")),
            global: parse(global, "GlobalSalaries").unwrap_or_else(|p| panic!("bundled global: {p}")),
            origin: medtech_guide::model::DataOrigin::Bundled,
        };
        (files, parsed)
    })
}

/// Every problem names a real position (line 0 only for a file as a whole, which parsing text
/// never reports).
fn check_positions(problems: &[Problem]) {
    for problem in problems {
        assert!(problem.line >= 1 && problem.column >= 1, "{problem:?}");
    }
}

/// Replaces data file `index` (0 guide, 1 salary by experience, 2 global salaries) with `data`,
/// then parses it and validates all three, as `load::parse_and_validate` does.
pub fn one_file(index: usize, data: &[u8]) {
    // Non-UTF-8 bytes are refused before parsing (the data_dir target covers that path).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (bundled_files, bundled_guide) = bundled();
    let mut files = bundled_files.clone();
    let fuzzed = DataFile {
        display_name: "fuzz.ron".to_owned(),
        text: text.to_owned(),
    };
    let mut guide = bundled_guide.clone();
    let parsed = match index {
        0 => parse(&fuzzed, "GuideText").map(|t| guide.text = t),
        1 => parse(&fuzzed, "SalaryByExperience").map(|s| guide.salary = s),
        _ => parse(&fuzzed, "GlobalSalaries").map(|g| guide.global = g),
    };
    if let Err(problem) = parsed {
        check_positions(&[problem]);
        return;
    }
    if let Some(file) = files.get_mut(index) {
        *file = fuzzed;
    }
    let [guide_file, salary_file, global_file] = &files;
    check_positions(&validate(&guide, guide_file, salary_file, global_file).0);
}
