//! Both charts, derived once from the loaded guide.

use super::{GlobalChart, SalaryChart};
use crate::model::Guide;

/// What the window's and the exports' charts show, derived once from the guide.
pub struct Charts {
    pub salary: SalaryChart,
    pub global: GlobalChart,
}

impl Charts {
    /// Derives both charts from `guide`.
    #[must_use]
    pub fn from_guide(guide: &Guide) -> Self {
        Self {
            salary: SalaryChart::from_guide(guide),
            global: GlobalChart::from_guide(guide),
        }
    }
}
