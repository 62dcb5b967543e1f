//! The small UI state remembered between runs (eframe persistence), apart from the guide data.

use serde::{Deserialize, Serialize};

use crate::chart::SortOrder;

/// Light, dark, or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
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
}

impl Default for SalaryChartOptions {
    fn default() -> Self {
        Self {
            years: 0.0,
            show_data: false,
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

/// Zoom limits (egui zoom factor).
pub const ZOOM_MIN: f32 = 0.75;
pub const ZOOM_MAX: f32 = 2.0;
pub const ZOOM_STEP: f32 = 0.1;

/// Everything remembered between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UiState {
    /// Id of the open section.
    pub section: String,
    pub theme: ThemeChoice,
    pub zoom: f32,
    pub salary_chart: SalaryChartOptions,
    pub global_chart: GlobalChartOptions,
}

impl Default for UiState {
    fn default() -> Self {
        Self {
            section: "overview".to_owned(),
            theme: ThemeChoice::System,
            zoom: 1.0,
            salary_chart: SalaryChartOptions::default(),
            global_chart: GlobalChartOptions::default(),
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
        self
    }
}
