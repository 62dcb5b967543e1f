//! Salaries around the world (`data/global_salaries.ron`).

use serde::{Deserialize, Serialize};

use super::{format, guide::Source};

/// One region's typical yearly pay range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub name: String,
    /// The countries the region covers, as the guide names them.
    pub countries: String,
    /// ISO 4217 code of the local figures.
    pub currency: String,
    pub local_min: u32,
    pub local_max: u32,
    pub usd_min: u32,
    pub usd_max: u32,
    /// Set where the USD figures are not given by the guide but derived; says from what.
    pub usd_derived_from: Option<String>,
    /// The app's note on the guide's wording: its hedges ("around", "often"), its examples
    /// ("e.g."), a currency that does not match every country of the region.
    #[serde(default)]
    pub note: Option<String>,
}

impl Region {
    /// Whether the USD figures are derived rather than given by the guide.
    #[must_use]
    pub fn usd_is_derived(&self) -> bool {
        self.usd_derived_from.is_some()
    }

    /// Midpoint of the USD range.
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
        if self.usd_is_derived() {
            format!("{range} (derived)")
        } else {
            range
        }
    }
}

/// The global-salaries data set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlobalSalaries {
    /// Data-set id referenced by `Table` and `Chart` blocks.
    pub id: String,
    pub title: String,
    pub source: Source,
    /// Region highlighted on the chart (the United States).
    pub highlight: String,
    pub regions: Vec<Region>,
}

impl GlobalSalaries {
    /// The footnotes under the table and chart: "* Region: how its USD figures are derived"
    /// for derived figures, then "Region: note" for each region's note, in region order.
    #[must_use]
    pub fn footnotes(&self) -> Vec<String> {
        let derived = self.regions.iter().filter_map(|r| {
            r.usd_derived_from
                .as_ref()
                .map(|from| format!("* {}: {from}", r.name))
        });
        let notes = self
            .regions
            .iter()
            .filter_map(|r| r.note.as_ref().map(|note| format!("{}: {note}", r.name)));
        derived.chain(notes).collect()
    }
}
