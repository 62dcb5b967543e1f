//! Where the data shown came from: the copy built into the program, or a folder of RON files
//! (with the day its files were last edited), named in the window's title and in every export.

use std::{
    path::{Path, PathBuf},
    time::SystemTime,
};

/// The bundled copy, or a data folder.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DataOrigin {
    /// The data built into the program.
    #[default]
    Bundled,
    /// A folder of data files (`--data`, or File › Open data folder…).
    Folder {
        path: PathBuf,
        /// The day (UTC, `YYYY-MM-DD`) its newest data file was last changed, if the system says.
        edited: Option<String>,
    },
}

impl DataOrigin {
    /// The folder `path`, edited on the day its newest data file last changed.
    #[must_use]
    pub fn folder(path: &Path, files: &[&str]) -> Self {
        let newest = files
            .iter()
            .filter_map(|name| std::fs::metadata(path.join(name)).ok()?.modified().ok())
            .max();
        Self::Folder {
            path: path.to_path_buf(),
            edited: newest.and_then(utc_date),
        }
    }

    /// The data folder, if the data is not the bundled copy.
    #[must_use]
    pub fn folder_path(&self) -> Option<&Path> {
        match self {
            Self::Bundled => None,
            Self::Folder { path, .. } => Some(path),
        }
    }

    /// What exports add to their source line when the data is not the bundled copy:
    /// "data: /home/ana/guide-data, edited 2026-12-03".
    #[must_use]
    pub fn note(&self) -> Option<String> {
        match self {
            Self::Bundled => None,
            Self::Folder {
                path,
                edited: Some(day),
            } => Some(format!("data: {}, edited {day}", path.display())),
            Self::Folder { path, edited: None } => Some(format!("data: {}", path.display())),
        }
    }

    /// The source line `line` with the data folder named after it, if there is one.
    #[must_use]
    pub fn with_note(&self, line: &str) -> String {
        match self.note() {
            Some(note) => format!("{line} ({note})"),
            None => line.to_owned(),
        }
    }

    /// How the window names the data in its title: "bundled data" or the folder's name.
    #[must_use]
    pub fn short_name(&self) -> String {
        match self {
            Self::Bundled => "bundled data".to_owned(),
            Self::Folder { path, .. } => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
        }
    }
}

/// `time` as a UTC calendar day, `YYYY-MM-DD` (before 1970: none).
fn utc_date(time: SystemTime) -> Option<String> {
    let seconds = time.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from(seconds / 86_400).ok()?;
    let (year, month, day) = civil_from_days(days);
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_1970_are_calendar_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        // 2024 is a leap year: 29 February, then 1 March.
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(19_783), (2024, 3, 1));
        assert_eq!(civil_from_days(20_790), (2026, 12, 3));
    }

    #[test]
    fn a_folder_is_named_with_its_day_and_the_bundled_data_not_at_all() {
        assert_eq!(DataOrigin::Bundled.note(), None);
        assert_eq!(DataOrigin::Bundled.with_note("Source: BLS."), "Source: BLS.");
        let folder = DataOrigin::Folder {
            path: PathBuf::from("/srv/guide"),
            edited: Some("2026-12-03".to_owned()),
        };
        assert_eq!(
            folder.with_note("Source: BLS."),
            "Source: BLS. (data: /srv/guide, edited 2026-12-03)"
        );
        assert_eq!(folder.short_name(), "guide");
    }
}
