//! Salaries around the world: one USD range per region, sortable.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::model::{Guide, format};

/// One region as the chart draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionBar {
    pub name: String,
    pub countries: String,
    pub currency: String,
    pub local_min: u32,
    pub local_max: u32,
    pub usd_min: u32,
    pub usd_max: u32,
    /// What the USD figures are derived from, where the guide does not give them.
    pub derived_from: Option<String>,
    /// The app's note on how the guide words this region's figures.
    pub note: Option<String>,
    /// The region the chart highlights (the United States).
    pub highlighted: bool,
}

impl RegionBar {
    #[must_use]
    pub fn usd_midpoint(&self) -> f64 {
        f64::midpoint(f64::from(self.usd_min), f64::from(self.usd_max))
    }

    /// "CAD 50,000–75,000".
    #[must_use]
    pub fn local_label(&self) -> String {
        format::currency_range(&self.currency, self.local_min, self.local_max)
    }

    /// "$37,000–$55,000", with "(derived)" where the guide gives no USD figure.
    #[must_use]
    pub fn usd_label(&self) -> String {
        let range = format::usd_range(self.usd_min, self.usd_max);
        if self.derived_from.is_some() {
            format!("{range} (derived)")
        } else {
            range
        }
    }

    /// Text for hover.
    #[must_use]
    pub fn describe(&self) -> String {
        let mut text = format!(
            "{}\nCovers: {}\nLocal: {} per year\nUSD: {} per year",
            self.name,
            self.countries,
            self.local_label(),
            self.usd_label()
        );
        for note in self.derived_from.iter().chain(&self.note) {
            text.push('\n');
            text.push_str(note);
        }
        text
    }
}

/// How the regions are ordered, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SortOrder {
    /// Highest midpoint of the USD range first.
    #[default]
    Midpoint,
    /// Highest USD maximum first.
    Maximum,
    /// Highest USD minimum first.
    Minimum,
    /// Alphabetical.
    Name,
}

impl SortOrder {
    pub const ALL: [Self; 4] = [Self::Midpoint, Self::Maximum, Self::Minimum, Self::Name];

    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Midpoint => "Midpoint",
            Self::Maximum => "Maximum",
            Self::Minimum => "Minimum",
            Self::Name => "Name",
        }
    }
}

/// Everything the salaries-around-the-world chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct GlobalChart {
    pub title: String,
    pub x_label: String,
    pub regions: Vec<RegionBar>,
    pub x_max: f64,
    pub source_line: String,
    /// Where the regions' figures come from.
    pub data_source: String,
    /// Notes under the chart: how derived figures were derived ("* "), then each region's note.
    pub footnotes: Vec<String>,
    pub description: String,
}

impl GlobalChart {
    /// Derives the chart from the loaded guide, regions in the data's order.
    #[must_use]
    pub fn from_guide(guide: &Guide) -> Self {
        let data = &guide.global;
        let regions: Vec<RegionBar> = data
            .regions
            .iter()
            .map(|r| RegionBar {
                name: r.name.clone(),
                countries: r.countries.clone(),
                currency: r.currency.clone(),
                local_min: r.local_min,
                local_max: r.local_max,
                usd_min: r.usd_min,
                usd_max: r.usd_max,
                derived_from: r.usd_derived_from.clone(),
                note: r.note.clone(),
                highlighted: r.name == data.highlight,
            })
            .collect();
        let highest = regions.iter().map(|r| f64::from(r.usd_max)).fold(0.0, f64::max);
        let derived: Vec<&str> = regions
            .iter()
            .filter(|r| r.derived_from.is_some())
            .map(|r| r.name.as_str())
            .collect();
        let mut source_line = format!("Source: {}.", data.source.label());
        if !derived.is_empty() {
            let _ = write!(
                source_line,
                " USD figures for {} are derived (marked *), not given by the guide.",
                derived.join(", ")
            );
        }
        let description = format!(
            "Horizontal range bars of typical yearly pay in USD for {} regions, from {} to {}; {} highlighted.",
            regions.len(),
            format::usd(regions.iter().map(|r| r.usd_min).min().unwrap_or_default()),
            format::usd(regions.iter().map(|r| r.usd_max).max().unwrap_or_default()),
            data.highlight
        );
        Self {
            title: data.title.clone(),
            x_label: "USD per year".to_owned(),
            x_max: super::ceil_to(highest * 1.05, 10_000.0),
            regions,
            source_line,
            footnotes: data.footnotes(),
            data_source: data.source.label(),
            description,
        }
    }

    /// The regions in `order`, top of the chart first.
    #[must_use]
    pub fn sorted(&self, order: SortOrder) -> Vec<&RegionBar> {
        let mut regions: Vec<&RegionBar> = self.regions.iter().collect();
        match order {
            SortOrder::Midpoint => regions.sort_by(|a, b| b.usd_midpoint().total_cmp(&a.usd_midpoint())),
            SortOrder::Maximum => regions.sort_by_key(|r| std::cmp::Reverse(r.usd_max)),
            SortOrder::Minimum => regions.sort_by_key(|r| std::cmp::Reverse(r.usd_min)),
            SortOrder::Name => regions.sort_by_key(|r| r.name.to_lowercase()),
        }
        regions
    }
}
