//! What the per-file fuzz targets share: one data file replaced by fuzzer input, the other two
//! bundled; parse and validate must return data or problems, never panic, hang or blow up memory.

use medtech_guide::model::load::{DataFile, bundled_files, parse_and_validate};

/// Replaces data file `index` (0 guide, 1 salary by experience, 2 global salaries) with `data`,
/// then parses and validates all three.
pub fn one_file(index: usize, data: &[u8]) {
    // Non-UTF-8 bytes are refused before parsing (the data_dir target covers that path).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = bundled_files();
    if let Some(file) = files.get_mut(index) {
        *file = DataFile {
            display_name: "fuzz.ron".to_owned(),
            text: text.to_owned(),
        };
    }
    let [guide, salary, global] = &files;
    if let Err(problems) = parse_and_validate(guide, salary, global) {
        // Every problem names a real position.
        for problem in &problems.0 {
            assert!(problem.line >= 1 && problem.column >= 1, "{problem:?}");
        }
    }
}
