//! The charts' figures as CSV: one row per level or region, exact numbers, no formatting. Each
//! row carries its figures' source and notes as columns (not comments), so spreadsheets keep them.

use super::ExportError;
use crate::{
    chart::{GlobalChart, SalaryChart, SortOrder},
    present::Table,
};

/// Header of the salary-by-experience CSV.
pub const SALARY_HEADER: [&str; 7] = [
    "level",
    "years_from",
    "years_to",
    "years_qualifier",
    "us_median_usd",
    "us_average_usd",
    "source",
];

/// Header of the salaries-around-the-world CSV.
pub const GLOBAL_HEADER: [&str; 11] = [
    "region",
    "countries",
    "currency",
    "local_min",
    "local_max",
    "usd_min",
    "usd_max",
    "usd_derived",
    "usd_derivation",
    "note",
    "source",
];

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.into_error().into()))
}

/// A table as CSV: its column titles as the header, its formatted cells, and its source in a
/// last column of every row (the path chart's table, whose rows mix the training and levels).
pub fn table_csv(table: &Table) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = table.columns.iter().map(|c| c.title).chain(["Source"]);
    writer.write_record(header)?;
    for row in &table.rows {
        writer.write_record(row.iter().map(String::as_str).chain([table.source.as_str()]))?;
    }
    finish(writer)
}

/// One row per level, in order; `years_to` is empty for the open-ended last level.
pub fn salary_csv(chart: &SalaryChart) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(SALARY_HEADER)?;
    for level in &chart.levels {
        let years_to = if level.open_ended {
            String::new()
        } else {
            level.years_to_drawn.to_string()
        };
        writer.write_record([
            level.title.clone(),
            level.years_from.to_string(),
            years_to,
            level.years_note.clone().unwrap_or_default(),
            level.median_usd.to_string(),
            level.average_usd.to_string(),
            chart.levels_source.clone(),
        ])?;
    }
    finish(writer)
}

/// One row per region, in the chart's order; `usd_derived` is `true` where the guide gives no
/// USD figure and the chart derives one.
pub fn global_csv(chart: &GlobalChart, sort: SortOrder) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(GLOBAL_HEADER)?;
    for region in chart.sorted(sort) {
        writer.write_record([
            region.name.clone(),
            region.countries.clone(),
            region.currency.clone(),
            region.local_min.to_string(),
            region.local_max.to_string(),
            region.usd_min.to_string(),
            region.usd_max.to_string(),
            region.usd_is_derived().to_string(),
            region.usd_derived_from.clone().unwrap_or_default(),
            region.note.clone().unwrap_or_default(),
            chart.data_source.clone(),
        ])?;
    }
    finish(writer)
}
