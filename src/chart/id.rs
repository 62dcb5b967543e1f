//! Which chart: the two charts by id, and the one place a data set's id is matched to its chart.

use crate::model::Guide;

/// A chart the guide draws (and the app exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// US median and average pay by experience level.
    SalaryByExperience,
    /// Typical pay ranges by region, in USD.
    GlobalSalaries,
}

impl ChartId {
    /// Both charts.
    pub const ALL: [Self; 2] = [Self::SalaryByExperience, Self::GlobalSalaries];

    /// `salary-by-experience`, `global-salaries`: the command-line name and file stem.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Self::SalaryByExperience => "salary-by-experience",
            Self::GlobalSalaries => "global-salaries",
        }
    }

    /// The chart drawing the data set with `id` (as in a `Chart`, `Table` or `LevelDetails`
    /// block), if any.
    #[must_use]
    pub fn for_data_set(guide: &Guide, id: &str) -> Option<Self> {
        if id == guide.salary.id {
            Some(Self::SalaryByExperience)
        } else if id == guide.global.id {
            Some(Self::GlobalSalaries)
        } else {
            None
        }
    }

    /// The chart's title, from the data.
    #[must_use]
    pub fn title(self, guide: &Guide) -> String {
        match self {
            Self::SalaryByExperience => guide.salary.title.clone(),
            Self::GlobalSalaries => guide.global.title.clone(),
        }
    }
}
