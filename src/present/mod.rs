//! The presentation: everything the window and the exports show that is derived from the data,
//! derived once — both charts, the tables, the key facts, the notes under each chart, the
//! legends, the levels' pay lines and the list of sources. Every output only formats it, so a
//! figure, note or source reads the same wherever it appears. No egui in here.

pub mod facts;
pub mod legend;
pub mod notes;
pub mod path;
pub mod plan;
pub mod plan_words;
pub mod standing;
pub mod steps;
pub mod table;

use std::sync::Arc;

pub use facts::{FactNote, FactRow, NO_SOURCE, fact_rows};
pub use legend::{LegendEntry, SeriesKind};
pub use notes::{ChartNotes, SourceUse};
pub use plan::{GroupGap, GuideLink, ItemLine, NOTHING_SENT, NextStep, Plan, RouteLines};
pub use plan_words::{HEADINGS, INTRO, LEARNING, MISSING, NO_YEARS};
pub use standing::{StandingWords, WordLine};
pub use steps::{StepLine, Steps};
pub use table::{Align, Column, Table};

use crate::{
    chart::{ChartId, Charts},
    model::{Guide, format},
};

/// One career level as its description shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelCard {
    pub title: String,
    /// The years with the guide's words on them: "10+ years total experience, …".
    pub years: String,
    /// "US median $38,000, US average $40,000 per year".
    pub pay: String,
    pub role: String,
    pub focus: String,
}

impl LevelCard {
    /// The years and the pay in one line: "0–2 years; US median …, US average … per year".
    #[must_use]
    pub fn summary(&self) -> String {
        format!("{}; {}", self.years, self.pay)
    }
}

/// What is shown of one chart besides its figure: its table, notes and legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartParts {
    pub table: Table,
    pub notes: ChartNotes,
    pub legend: Vec<LegendEntry>,
}

/// Everything shown that is derived from the data, derived once.
pub struct Presentation {
    guide: Arc<Guide>,
    pub charts: Charts,
    pub salary: ChartParts,
    pub global: ChartParts,
    /// The six key facts, cards first.
    pub facts: Vec<FactRow>,
    /// The key facts as a table of three columns (fact, figure, source), as the printed guide
    /// lists them.
    pub facts_table: Table,
    pub levels: Vec<LevelCard>,
    /// Under the levels' descriptions: "Pay source: …".
    pub levels_source: String,
    pub sources: Vec<SourceUse>,
    /// The data notes the handout prints under its sources.
    pub handout_notes: Vec<String>,
    /// The steps into the job, with what each takes and costs.
    pub steps: Steps,
}

impl Presentation {
    /// Derives everything from `guide`.
    #[must_use]
    pub fn new(guide: Arc<Guide>) -> Self {
        let charts = Charts::from_guide(&guide);
        let salary = ChartParts {
            table: table::salary_table(&guide, &charts.salary),
            notes: notes::salary_notes(&charts.salary),
            legend: legend::salary_legend(&charts.salary),
        };
        let global = ChartParts {
            table: table::global_table(&guide, &charts.global),
            notes: notes::global_notes(&charts.global),
            legend: legend::global_legend(&charts.global),
        };
        let facts = fact_rows(&guide.text.key_facts);
        let sources = notes::sources(&guide, &facts);
        let handout_notes = notes::handout_notes(&facts, &salary.notes);
        let levels = guide
            .salary
            .levels
            .iter()
            .map(|level| LevelCard {
                title: level.title.clone(),
                years: level.years_with_note(),
                pay: format!(
                    "US median {}, US average {} per year",
                    format::usd(level.us_median_usd),
                    format::usd(level.us_average_usd)
                ),
                role: level.role.clone(),
                focus: level.focus.clone(),
            })
            .collect();
        let levels_source = guide
            .origin
            .with_note(&format!("Pay source: {}.", guide.salary.source.label()));
        Self {
            levels_source,
            facts_table: table::facts_table(&facts),
            steps: steps::steps(&guide),
            guide,
            charts,
            salary,
            global,
            facts,
            levels,
            sources,
            handout_notes,
        }
    }

    /// Derives everything from a guide not shared yet.
    #[must_use]
    pub fn of(guide: Guide) -> Arc<Self> {
        Arc::new(Self::new(Arc::new(guide)))
    }

    /// The data it was derived from.
    #[must_use]
    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    /// The table, notes and legend of `chart`.
    #[must_use]
    pub fn parts(&self, chart: ChartId) -> &ChartParts {
        match chart {
            ChartId::SalaryByExperience => &self.salary,
            ChartId::GlobalSalaries => &self.global,
        }
    }

    /// The key facts shown as cards.
    pub fn cards(&self) -> impl Iterator<Item = &FactRow> {
        self.facts.iter().filter(|f| f.card)
    }

    /// The key facts' data notes, in the facts' order.
    pub fn fact_notes(&self) -> impl Iterator<Item = &FactNote> {
        self.facts.iter().filter_map(|f| f.note.as_ref())
    }
}
