//! What the per-file fuzz targets share: one data file replaced by fuzzer input, the other three
//! bundled; parse and validate must return data or problems, never panic, hang or blow up memory.

use std::sync::OnceLock;

use medtech_guide::model::{
    Guide, Problem,
    load::{DataFile, bundled_files, parse},
    validate::{Files, validate},
};

/// The bundled data, parsed once: only the file under test is parsed on each input (the bundled
/// guide is 46 kB, and parsing it again on every input would be most of the work).
fn bundled() -> &'static ([DataFile; 4], Guide) {
    static BUNDLED: OnceLock<([DataFile; 4], Guide)> = OnceLock::new();
    BUNDLED.get_or_init(|| {
        let files = bundled_files();
        let [guide, salary, global, readiness] = &files;
        let parsed = Guide {
            text: parse(guide, "GuideText").unwrap_or_else(|p| panic!("bundled guide: {p}")),
            salary: parse(salary, "SalaryByExperience").unwrap_or_else(|p| panic!("bundled salary: {p}")),
            global: parse(global, "GlobalSalaries").unwrap_or_else(|p| panic!("bundled global: {p}")),
            readiness: parse(readiness, "Readiness").unwrap_or_else(|p| panic!("bundled readiness: {p}")),
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

/// Replaces data file `index` (0 guide, 1 salary by experience, 2 global salaries, 3 readiness)
/// with `data`, then parses it and validates all four, as `load::parse_and_validate` does.
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
        2 => parse(&fuzzed, "GlobalSalaries").map(|g| guide.global = g),
        _ => parse(&fuzzed, "Readiness").map(|r| guide.readiness = r),
    };
    if let Err(problem) = parsed {
        check_positions(&[problem]);
        return;
    }
    if let Some(file) = files.get_mut(index) {
        *file = fuzzed;
    }
    let [guide_file, salary_file, global_file, readiness_file] = &files;
    let files = Files {
        guide: guide_file,
        salary: salary_file,
        global: global_file,
        readiness: readiness_file,
    };
    check_positions(&validate(&guide, files).0);
}
