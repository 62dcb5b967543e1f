//! The small UI state remembered between runs (eframe persistence), apart from the guide data.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{chart::SortOrder, export::ExportSettings, model::Answers};

/// Light, dark, or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, strum::EnumIter)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    /// Every choice, in the order the menus list them (a test checks it against the enum).
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "System",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    #[must_use]
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// Options of the salary-by-experience chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SalaryChartOptions {
    /// Years on the "Years of experience" slider.
    pub years: f64,
    pub show_data: bool,
    /// Write each level's figures beside its markers, as the exported chart does.
    pub show_values: bool,
}

impl Default for SalaryChartOptions {
    fn default() -> Self {
        Self {
            years: 0.0,
            show_data: false,
            show_values: false,
        }
    }
}

/// Options of the salaries-around-the-world chart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GlobalChartOptions {
    pub sort: SortOrder,
    pub show_data: bool,
    /// Show the local-currency list beside the chart.
    pub local_currency: bool,
}

/// The zoom levels Zoom in and Zoom out step through (egui zoom factor): the ones people know
/// from their browsers, so 125 % and 175 % can be chosen.
pub const ZOOM_STEPS: [f32; 10] = [0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0];
/// Zoom limits (egui zoom factor).
pub const ZOOM_MIN: f32 = ZOOM_STEPS[0];
pub const ZOOM_MAX: f32 = ZOOM_STEPS[ZOOM_STEPS.len() - 1];

/// The next zoom level above `zoom` (from a remembered zoom between two levels, the one above
/// it), or the largest.
#[must_use]
pub fn zoom_in(zoom: f32) -> f32 {
    ZOOM_STEPS
        .into_iter()
        .find(|step| *step > zoom + 0.001)
        .unwrap_or(ZOOM_MAX)
}

/// The next zoom level below `zoom`, or the smallest.
#[must_use]
pub fn zoom_out(zoom: f32) -> f32 {
    ZOOM_STEPS
        .into_iter()
        .rev()
        .find(|step| *step < zoom - 0.001)
        .unwrap_or(ZOOM_MIN)
}

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    /// Id of the section open when the state was saved. The window reads it once at start-up
    /// (the reading panel owns the open section from then on) and writes it when saving.
    pub section: String,
    pub theme: ThemeChoice,
    pub zoom: f32,
    pub salary_chart: SalaryChartOptions,
    pub global_chart: GlobalChartOptions,
    /// What the save dialog offered and the person chose last: chart size and theme, paper.
    pub export: ExportSettings,
    /// The data folder opened from the window (File › Open data folder…), shown again at the
    /// next start unless `--data` names another; `None`: the bundled data.
    pub data_folder: Option<PathBuf>,
    /// The reader's answers in "My plan" (versioned: [`Answers::version`]); kept here, on this
    /// computer, and never sent anywhere.
    pub answers: Answers,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            section: "overview".to_owned(),
            theme: ThemeChoice::System,
            zoom: 1.0,
            salary_chart: SalaryChartOptions::default(),
            global_chart: GlobalChartOptions::default(),
            export: ExportSettings::default(),
            data_folder: None,
            answers: Answers::default(),
        }
    }
}

impl UiState {
    /// Clamps values a hand-edited or old state file may have out of range.
    #[must_use]
    pub fn sanitized(mut self) -> Self {
        if !self.zoom.is_finite() {
            self.zoom = 1.0;
        }
        self.zoom = self.zoom.clamp(ZOOM_MIN, ZOOM_MAX);
        if !self.salary_chart.years.is_finite() {
            self.salary_chart.years = 0.0;
        }
        self.salary_chart.years = self.salary_chart.years.clamp(0.0, 15.0);
        self.export = self.export.sanitized();
        // A hand-edited file's impossible figures are taken back, as if never given.
        let answers = &mut self.answers;
        answers.years = answers.years.filter(|y| y.is_finite() && *y >= 0.0);
        answers.pay_usd = answers.pay_usd.filter(|usd| *usd > 0);
        self
    }
}

/// The file the UI state is saved in, next to eframe's own storage. eframe rewrites its file in
/// place, so a full disk could leave it empty; this one is written atomically.
pub const STATE_FILE: &str = "state.ron";

/// The app's storage folder, for this state and eframe's own file (window size and position): on
/// Linux `~/.local/share/medtech-guide`, on Windows `%APPDATA%\medtech-guide\data`, on macOS
/// `~/Library/Application Support/medtech-guide`.
#[must_use]
pub fn storage_folder() -> Option<PathBuf> {
    eframe::storage_dir("medtech-guide")
}

/// Where the state is saved: [`STATE_FILE`] in the [`storage_folder`].
#[must_use]
pub fn default_state_path() -> Option<PathBuf> {
    storage_folder().map(|dir| dir.join(STATE_FILE))
}

/// Why the state could not be saved or read, in words for people.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("could not save the window state: {0}")]
    Save(String),
    #[error("ignoring the saved window state in {path}: {reason}; using defaults")]
    Read { path: String, reason: String },
}

/// Reads the saved state: `Ok(None)` when there is none yet.
pub fn load_from(path: &Path) -> Result<Option<UiState>, StateError> {
    let fail = |reason: String| StateError::Read {
        path: path.display().to_string(),
        reason,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(fail(crate::fs::describe_io_error(&e))),
    };
    ron::from_str::<UiState>(&text)
        .map(|state| Some(state.sanitized()))
        .map_err(|e| fail(e.to_string()))
}

/// Saves `state` to `path` atomically: on failure (a full disk) the previous file is intact and
/// no partial file is left.
pub fn save_to(path: &Path, state: &UiState) -> Result<(), StateError> {
    let text = ron::to_string(state).map_err(|e| StateError::Save(e.to_string()))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StateError::Save(crate::fs::describe_io_error(&e)))?;
    }
    crate::fs::write_atomically(path, text.as_bytes()).map_err(|e| StateError::Save(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_are_the_browsers_levels_and_a_zoom_between_two_goes_to_the_next() {
        let mut zoom = 1.0;
        let mut seen = vec![zoom];
        while zoom < ZOOM_MAX {
            zoom = zoom_in(zoom);
            seen.push(zoom);
        }
        assert_eq!(seen, [1.0, 1.1, 1.25, 1.5, 1.75, 2.0]);
        assert!((zoom_in(2.0) - 2.0).abs() < f32::EPSILON, "no higher than 200 %");
        let mut seen = vec![zoom_out(1.0)];
        while *seen.last().unwrap_or(&ZOOM_MIN) > ZOOM_MIN {
            seen.push(zoom_out(*seen.last().unwrap_or(&ZOOM_MIN)));
        }
        assert_eq!(seen, [0.9, 0.8, 0.75, 0.67]);
        assert!((zoom_out(0.67) - 0.67).abs() < f32::EPSILON, "no lower than 67 %");
        // A zoom remembered by an older version (10 % steps) moves to the nearest level.
        assert!((zoom_in(1.3) - 1.5).abs() < f32::EPSILON);
        assert!((zoom_out(1.3) - 1.25).abs() < f32::EPSILON);
    }

    #[test]
    fn all_themes_lists_the_enum_in_order() {
        let derived: Vec<ThemeChoice> = <ThemeChoice as strum::IntoEnumIterator>::iter().collect();
        assert_eq!(ThemeChoice::ALL.to_vec(), derived);
    }

    #[test]
    fn state_round_trips_through_its_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("sub").join(STATE_FILE);
        assert!(load_from(&path).expect("absent is fine").is_none());
        let state = UiState {
            section: "salary".to_owned(),
            zoom: 1.5,
            ..UiState::default()
        };
        save_to(&path, &state).expect("save");
        assert_eq!(load_from(&path).expect("read"), Some(state));
    }

    #[test]
    fn a_damaged_state_file_is_named_and_ignored() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(STATE_FILE);
        std::fs::write(&path, "(zoom: \"big\"").expect("write");
        let error = load_from(&path).expect_err("damaged");
        let text = error.to_string();
        assert!(
            text.contains(STATE_FILE) && text.contains("using defaults"),
            "{text}"
        );
    }
}
