//! Where each entry of a data file starts: a second, shallow parse that borrows each entry's
//! source slice, run only when a problem is to be reported.

use ron::value::RawValue;
use serde::Deserialize;

use crate::model::{
    load::DataFile,
    problem::{Problem, line_column},
};

/// Shallow view of `guide.ron`: only the slices of the entries we report on.
#[derive(Deserialize)]
#[serde(rename = "GuideText")]
pub(super) struct GuideSpans<'a> {
    #[serde(borrow)]
    pub(super) key_facts: &'a RawValue,
    #[serde(borrow)]
    pub(super) sections: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    pub(super) organisations: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "Section")]
pub(super) struct SectionSpans<'a> {
    #[serde(borrow)]
    pub(super) blocks: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "SalaryByExperience")]
pub(super) struct SalarySpans<'a> {
    #[serde(borrow)]
    pub(super) levels: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "GlobalSalaries")]
pub(super) struct GlobalSpans<'a> {
    #[serde(borrow)]
    pub(super) regions: Vec<&'a RawValue>,
}

/// Turns a slice of a file's text into a `FILE:LINE:COLUMN` position.
pub(super) struct Locator<'a> {
    pub(super) file: &'a DataFile,
    pub(super) problems: Vec<Problem>,
}

impl Locator<'_> {
    /// Reports `message` at `field` inside `entry` (or at the entry, or the file start).
    pub(super) fn report(&mut self, entry: Option<&str>, field: Option<&str>, message: String) {
        let text = self.file.text.as_str();
        let entry_offset = entry
            .and_then(|slice| slice.as_ptr().addr().checked_sub(text.as_ptr().addr()))
            .filter(|offset| *offset <= text.len());
        let offset = match (entry, entry_offset, field) {
            (Some(slice), Some(start), Some(field)) => {
                field_offset(slice, field).map_or(start, |within| start + within)
            }
            (_, Some(start), _) => start,
            _ => 0,
        };
        let (line, column) = line_column(text, offset);
        self.problems
            .push(Problem::new(&self.file.display_name, line, column, message));
    }
}

/// Byte offset of `name:` (a field name followed by a colon) inside an entry's text.
pub(in crate::model) fn field_offset(entry: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = entry.get(from..)?.find(name) {
        let at = from + found;
        let before_ok = entry
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = entry.get(at + name.len()..).unwrap_or_default();
        if before_ok && after.trim_start().starts_with(':') {
            return Some(at);
        }
        from = at + name.len();
    }
    None
}

pub(super) fn raw_str<'a>(raw: Option<&&'a RawValue>) -> Option<&'a str> {
    raw.map(|r| r.trim().get_ron())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_offset_skips_longer_names_and_values() {
        let entry = r#"Region(name: "usd_min", usd_min_x: 1, usd_min : 2)"#;
        assert_eq!(field_offset(entry, "usd_min"), entry.find("usd_min :"));
        assert_eq!(field_offset(entry, "name"), Some(7));
        assert_eq!(field_offset(entry, "missing"), None);
    }
}
