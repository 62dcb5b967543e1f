//! An empty guide, shown only if even the bundled data cannot be loaded.

use super::{GlobalSalaries, Guide, GuideText, SalaryByExperience, Source, guide};

impl Guide {
    /// An empty guide, used only if even the bundled data cannot be loaded.
    #[must_use]
    pub fn placeholder() -> Self {
        let source = Source {
            name: String::new(),
            date: None,
            url: None,
        };
        Self {
            text: GuideText {
                title: "Medical Technician career guide".to_owned(),
                summary: String::new(),
                key_facts: guide::KeyFacts {
                    median_salary: guide::MedianSalary {
                        usd_per_year: 0,
                        source: source.clone(),
                        note: None,
                    },
                    salary_range: guide::SalaryRange {
                        min_usd_per_year: 0,
                        max_usd_per_year: 0,
                        max_open_ended: false,
                        note: None,
                    },
                    growth: guide::Growth {
                        percent: 0.0,
                        wording: String::new(),
                        source: source.clone(),
                        note: None,
                    },
                    annual_openings: guide::AnnualOpenings {
                        approximately: 0,
                        source: source.clone(),
                        note: None,
                    },
                    typical_education: String::new(),
                    typical_education_note: None,
                    top_industries: Vec::new(),
                    top_industries_note: None,
                },
                sections: Vec::new(),
                organisations: Vec::new(),
            },
            salary: SalaryByExperience {
                id: String::new(),
                title: String::new(),
                currency: "USD".to_owned(),
                source: source.clone(),
                levels: Vec::new(),
            },
            global: GlobalSalaries {
                id: String::new(),
                title: String::new(),
                source,
                highlight: String::new(),
                regions: Vec::new(),
            },
            readiness: super::Readiness::default(),
            origin: super::DataOrigin::Bundled,
        }
    }
}
