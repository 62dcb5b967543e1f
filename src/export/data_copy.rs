//! A copy of the bundled data for a reader to edit: the four RON files byte for byte as built
//! into the program (comments included) and a short `README.txt`, written atomically into a
//! folder. Files already there are never replaced unless asked.

use std::path::{Path, PathBuf};

use crate::model::load::{BUNDLED, GLOBAL_FILE, GUIDE_FILE, READINESS_FILE, SALARY_FILE};

/// The name of the how-to written beside the data files.
pub const README_FILE: &str = "README.txt";

/// What `README.txt` says: what each file holds and how to open the folder.
#[must_use]
pub fn readme_text() -> String {
    format!(
        "Medical Technician career guide: the data, to edit\n\
         ===================================================\n\
         \n\
         These files hold everything the guide shows. Edit them with any text editor (Notepad,\n\
         TextEdit, gedit) and save them as UTF-8 text.\n\
         \n\
         - {GUIDE_FILE}: the title, the key facts with their sources, every section's text\n\
         - {SALARY_FILE}: the five career levels, their years and US median and average pay\n\
         - {GLOBAL_FILE}: pay ranges by region, in local currency and US dollars\n\
         - {READINESS_FILE}: the skills, certifications, steps and ways in to check yourself\n\
         \x20 against, each pointing at the part of {GUIDE_FILE} it comes from\n\
         \n\
         Lines starting with // are comments; the app ignores them.\n\
         \n\
         To see your changes: in the app choose File > Open data folder... and pick this folder.\n\
         The app shows each change as soon as you save the file. If a change has a mistake, the\n\
         app keeps showing the last good version and a yellow banner names the file, line and\n\
         column of each problem, with what is wrong; it goes away when the file is fixed.\n\
         File > Use the bundled data goes back to the guide built into the app.\n\
         \n\
         From a terminal: medtech-guide check --data FOLDER checks the files, and\n\
         medtech-guide --data FOLDER opens the window on them.\n",
    )
}

/// Why the copy was not made.
#[derive(Debug, thiserror::Error)]
pub enum DataCopyError {
    /// Some of the files are there already and replacing was not asked for: nothing was written.
    #[error("{} already holds {}; nothing was replaced", .folder.display(), .names.join(", "))]
    Exists { folder: PathBuf, names: Vec<String> },
    #[error("cannot make the folder {}: {}", .folder.display(), crate::fs::describe_io_error(.source))]
    Folder {
        folder: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Write(#[from] crate::fs::WriteError),
}

/// The files of a copy, as `(name, bytes)`: the data files first, then the README.
#[must_use]
pub fn files() -> Vec<(&'static str, Vec<u8>)> {
    BUNDLED
        .iter()
        .map(|(name, text)| (*name, text.as_bytes().to_vec()))
        .chain(std::iter::once((README_FILE, readme_text().into_bytes())))
        .collect()
}

/// The files of a copy that `folder` already holds.
#[must_use]
pub fn existing(folder: &Path) -> Vec<String> {
    files()
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| std::fs::symlink_metadata(folder.join(name)).is_ok())
        .map(str::to_owned)
        .collect()
}

/// Writes the copy into `folder` (made if missing), each file atomically; with `replace` false,
/// refuses before writing anything if any of the files exists. Returns the paths written.
pub fn save_data_copy(folder: &Path, replace: bool) -> Result<Vec<PathBuf>, DataCopyError> {
    std::fs::create_dir_all(folder).map_err(|source| DataCopyError::Folder {
        folder: folder.to_path_buf(),
        source,
    })?;
    let names = existing(folder);
    if !replace && !names.is_empty() {
        return Err(DataCopyError::Exists {
            folder: folder.to_path_buf(),
            names,
        });
    }
    let mut written = Vec::new();
    for (name, bytes) in files() {
        let path = folder.join(name);
        crate::fs::write_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_is_the_bundled_data_and_is_not_written_over_unless_asked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = dir.path().join("mine");
        let written = save_data_copy(&folder, false).expect("first copy");
        assert_eq!(written.len(), 5);
        let guide = std::fs::read(folder.join(GUIDE_FILE)).expect("read");
        assert_eq!(guide, include_bytes!("../../data/guide.ron"));
        std::fs::write(folder.join(SALARY_FILE), "edited").expect("edit");
        let refused = save_data_copy(&folder, false).expect_err("files exist");
        assert!(
            refused.to_string().contains("already holds guide.ron"),
            "{refused}"
        );
        assert_eq!(
            std::fs::read_to_string(folder.join(SALARY_FILE)).ok().as_deref(),
            Some("edited")
        );
        save_data_copy(&folder, true).expect("replaced when asked");
        let salary = std::fs::read(folder.join(SALARY_FILE)).expect("read");
        assert_eq!(salary, include_bytes!("../../data/salary_by_experience.ron"));
    }
}
