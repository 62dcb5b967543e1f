//! The bundled guide and copies of its data directory.

use std::{path::Path, sync::Arc};

use medtech_guide::{
    model::{Guide, load},
    present::Presentation,
};

/// The data files of a data directory, in the order problems are reported.
pub const GUIDE: &str = "guide.ron";
pub const SALARY: &str = "salary_by_experience.ron";
pub const GLOBAL: &str = "global_salaries.ron";
pub const READINESS: &str = "readiness.ron";
pub const DATA_FILES: [&str; 4] = [GUIDE, SALARY, GLOBAL, READINESS];

/// The guide bundled in the binary; fails the test if it does not load.
#[must_use]
pub fn guide() -> Guide {
    load::load_bundled().unwrap_or_else(|problems| panic!("bundled data has problems:\n{}", problems.lines()))
}

/// What the outputs show of the bundled guide.
#[must_use]
pub fn present() -> Arc<Presentation> {
    Presentation::of(guide())
}

/// The bundled sections' ids, in order.
#[must_use]
pub fn section_ids() -> Vec<String> {
    guide().text.sections.iter().map(|s| s.id.clone()).collect()
}

/// The bundled career levels' titles, in order.
#[must_use]
pub fn level_titles() -> Vec<String> {
    guide().salary.levels.iter().map(|l| l.title.clone()).collect()
}

/// A temporary directory holding a copy of the project's `data/`, to be changed by the test.
#[must_use]
pub fn copy_data_dir() -> tempfile::TempDir {
    let dir = super::files::temp_dir();
    for file in DATA_FILES {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(file);
        std::fs::copy(&from, dir.path().join(file))
            .unwrap_or_else(|e| panic!("cannot copy {}: {e}", from.display()));
    }
    dir
}

/// What the outputs show of `guide`.
#[must_use]
pub fn shown(guide: &Guide) -> Arc<Presentation> {
    Presentation::of(guide.clone())
}
