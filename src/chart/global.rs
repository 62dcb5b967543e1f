//! Salaries around the world: one USD range per region, sortable.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::model::{Guide, Region, format};

/// Legend name of bars whose USD figures come from the guide.
pub const GIVEN_LEGEND: &str = "USD range given by the guide";
/// Legend name of bars whose USD figures are derived (marked with [`with_derived_mark`]).
pub const DERIVED_LEGEND: &str = "USD range derived (see note)";

/// `text` followed by " *" where it is derived, pointing to the footnote ([`derived_footnote`]).
#[must_use]
pub fn with_derived_mark(text: &str, derived: bool) -> String {
    if derived {
        format!("{text} *")
    } else {
        text.to_owned()
    }
}

/// The footnote saying what a region's derived USD figures come from: "* Name: from".
#[must_use]
pub fn derived_footnote(name: &str, from: &str) -> String {
    format!("* {name}: {from}")
}

/// One region as the chart draws it: the region as the data gives it (read through `Deref`, so
/// `bar.name` is the region's name), and whether the chart highlights it.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionBar {
    pub region: Region,
    /// The region the chart highlights (the United States).
    pub highlighted: bool,
}

impl std::ops::Deref for RegionBar {
    type Target = Region;

    fn deref(&self) -> &Region {
        &self.region
    }
}

impl RegionBar {
    /// The name the region is listed under: derived regions get " *", pointing to the footnote.
    #[must_use]
    pub fn label(&self) -> String {
        with_derived_mark(&self.name, self.usd_is_derived())
    }

    /// The footnote on the region's derived USD figures, if they are derived.
    #[must_use]
    pub fn footnote(&self) -> Option<String> {
        self.usd_derived_from
            .as_ref()
            .map(|from| derived_footnote(&self.name, from))
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
        for note in self.usd_derived_from.iter().chain(&self.note) {
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
                region: r.clone(),
                highlighted: r.name == data.highlight,
            })
            .collect();
        let highest = regions.iter().map(|r| f64::from(r.usd_max)).fold(0.0, f64::max);
        let derived: Vec<&str> = regions
            .iter()
            .filter(|r| r.usd_is_derived())
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
            source_line: guide.origin.with_note(&source_line),
            footnotes: data.footnotes(),
            data_source: guide.origin.with_note(&data.source.label()),
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
