//! The consistency rules of the guide and its two data sets, each problem reported at its entry.

use std::{cell::LazyCell, collections::HashSet};

use super::{
    references::{self, DataSetIds},
    spans::{GlobalSpans, GuideSpans, Locator, SalarySpans, SectionSpans, raw_str},
};
use crate::model::{
    global::GlobalSalaries, guide::GuideText, load::DataFile, problem::Problem, salary::SalaryByExperience,
};

/// What is wrong with a section's `id`, if anything: not a valid id, the plan's, or one of
/// the ids `seen` before (which it joins).
fn section_id_problem<'a>(id: &'a str, seen: &mut HashSet<&'a str>) -> Option<String> {
    if !is_valid_id(id) {
        Some(format!(
            "section id `{id}` is not valid: use lowercase letters, digits and hyphens"
        ))
    } else if id == crate::model::readiness::PLAN_ID {
        Some(format!(
            "section id `{id}` is the reader's own plan's; give the section another id"
        ))
    } else if !seen.insert(id) {
        Some(format!("duplicate section id `{id}`"))
    } else {
        None
    }
}

/// A valid section id: lowercase ASCII letters, digits and single hyphens.
pub(super) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_iso_4217(code: &str) -> bool {
    iso_currency::Currency::from_code(code).is_some()
}

/// A message for each key-fact data note with no text.
fn empty_notes(facts: &crate::model::KeyFacts) -> Vec<String> {
    facts
        .notes()
        .into_iter()
        .filter(|(_, note)| note.text.trim().is_empty())
        .map(|(label, _)| format!("the data note on {} has an empty `text`", label.to_lowercase()))
        .collect()
}

/// The guide's rules; its references to data sets are checked when `ids` are known.
pub(super) fn validate_guide(text: &GuideText, ids: Option<DataSetIds<'_>>, file: &DataFile) -> Vec<Problem> {
    // Parsed only if a problem needs a position: valid data costs one parse, not two.
    let spans = LazyCell::new(|| ron::from_str::<GuideSpans<'_>>(&file.text).ok());
    let mut at = Locator {
        file,
        problems: Vec::new(),
    };
    if text.title.trim().is_empty() {
        at.report(None, None, "the guide's `title` is empty".into());
    }
    let facts_raw = || spans.as_ref().map(|s| s.key_facts.trim().get_ron());
    let facts = &text.key_facts;
    if facts.median_salary.usd_per_year == 0 {
        at.report(
            facts_raw(),
            Some("usd_per_year"),
            "the median salary must be greater than 0".into(),
        );
    }
    let range = &facts.salary_range;
    if range.min_usd_per_year == 0 {
        at.report(
            facts_raw(),
            Some("min_usd_per_year"),
            "the salary range minimum must be greater than 0".into(),
        );
    }
    if range.min_usd_per_year > range.max_usd_per_year {
        at.report(
            facts_raw(),
            Some("min_usd_per_year"),
            format!(
                "the salary range minimum ({}) is greater than its maximum ({})",
                range.min_usd_per_year, range.max_usd_per_year
            ),
        );
    }
    if !facts.growth.percent.is_finite() {
        at.report(
            facts_raw(),
            Some("percent"),
            "the growth percentage must be a finite number".into(),
        );
    }
    for message in empty_notes(facts) {
        at.report(facts_raw(), Some("text"), message);
    }
    if text.sections.is_empty() {
        at.report(
            None,
            None,
            "the guide has no sections; `sections` needs at least one".into(),
        );
    }

    let mut seen = HashSet::new();
    for (index, section) in text.sections.iter().enumerate() {
        let section_raw = || spans.as_ref().and_then(|s| raw_str(s.sections.get(index)));
        if let Some(problem) = section_id_problem(&section.id, &mut seen) {
            at.report(section_raw(), Some("id"), problem);
        }
        if section.title.trim().is_empty() {
            at.report(
                section_raw(),
                Some("title"),
                format!("section `{}` has an empty title", section.id),
            );
        }
        let block_spans =
            LazyCell::new(|| section_raw().and_then(|raw| ron::from_str::<SectionSpans<'_>>(raw).ok()));
        for (block_index, block) in section.blocks.iter().enumerate() {
            let block_raw = || {
                block_spans
                    .as_ref()
                    .and_then(|s| raw_str(s.blocks.get(block_index)))
            };
            let missing = ids.and_then(|ids| references::dangling_reference(block, ids));
            if let Some(message) = missing.or_else(|| references::nothing_to_list(block, text)) {
                at.report(
                    block_raw(),
                    None,
                    format!("in section `{}`: {message}", section.id),
                );
            }
        }
    }
    references::check_organisations(text, &mut at, || {
        spans.as_ref().map(|s| s.organisations.as_slice())
    });
    at.problems
}

pub(super) fn validate_salary(data: &SalaryByExperience, file: &DataFile) -> Vec<Problem> {
    // Parsed only if a problem needs a position: valid data costs one parse, not two.
    let spans = LazyCell::new(|| ron::from_str::<SalarySpans<'_>>(&file.text).ok());
    let mut at = Locator {
        file,
        problems: Vec::new(),
    };
    if data.title.trim().is_empty() {
        at.report(None, None, "the data set's `title` is empty".into());
    }
    if data.currency != "USD" {
        let why = if is_iso_4217(&data.currency) {
            "figures are stored as US dollars (`us_median_usd`), so it must be `USD`"
        } else {
            "it is not an ISO 4217 code; figures are stored as US dollars, so it must be `USD`"
        };
        at.report(None, None, format!("currency `{}`: {why}", data.currency));
    }
    if data.levels.is_empty() {
        at.report(
            None,
            None,
            "there are no levels; `levels` needs at least one".into(),
        );
    }
    let last = data.levels.len().saturating_sub(1);
    for (index, level) in data.levels.iter().enumerate() {
        let raw = || spans.as_ref().and_then(|s| raw_str(s.levels.get(index)));
        let name = if level.title.trim().is_empty() {
            at.report(
                raw(),
                Some("title"),
                format!("level {} has an empty title", index + 1),
            );
            format!("level {}", index + 1)
        } else {
            format!("level `{}`", level.title)
        };
        for (field, value) in [
            ("us_median_usd", level.us_median_usd),
            ("us_average_usd", level.us_average_usd),
        ] {
            if value == 0 {
                at.report(
                    raw(),
                    Some(field),
                    format!("{name}: `{field}` must be greater than 0"),
                );
            }
        }
        match level.years_to {
            Some(to) if to <= level.years_from => at.report(
                raw(),
                Some("years_to"),
                format!(
                    "{name}: `years_to` ({to}) must be greater than `years_from` ({})",
                    level.years_from
                ),
            ),
            None if index != last => at.report(
                raw(),
                Some("years_to"),
                format!("{name}: only the last level may be open-ended (`years_to: None`)"),
            ),
            _ => {}
        }
        if index == 0 && level.years_from != 0 {
            at.report(
                raw(),
                Some("years_from"),
                format!(
                    "{name}: the first level must start at 0 years, not {}",
                    level.years_from
                ),
            );
        }
        if let Some(previous) = index.checked_sub(1).and_then(|i| data.levels.get(i))
            && let Some(previous_to) = previous.years_to
            && previous_to != level.years_from
        {
            let what = if level.years_from > previous_to {
                "a gap"
            } else {
                "an overlap"
            };
            at.report(
                raw(),
                Some("years_from"),
                format!(
                    "{name} starts at {} years but the level before ends at {previous_to}: {what}; levels must be ordered by years with no gaps",
                    level.years_from
                ),
            );
        }
    }
    at.problems
}

pub(super) fn validate_global(data: &GlobalSalaries, file: &DataFile) -> Vec<Problem> {
    // Parsed only if a problem needs a position: valid data costs one parse, not two.
    let spans = LazyCell::new(|| ron::from_str::<GlobalSpans<'_>>(&file.text).ok());
    let mut at = Locator {
        file,
        problems: Vec::new(),
    };
    if data.title.trim().is_empty() {
        at.report(None, None, "the data set's `title` is empty".into());
    }
    if data.regions.is_empty() {
        at.report(
            None,
            None,
            "there are no regions; `regions` needs at least one".into(),
        );
    }
    if !data.regions.is_empty() && !data.regions.iter().any(|r| r.name == data.highlight) {
        at.report(
            None,
            None,
            format!(
                "`highlight` names region `{}`, which is not in `regions`",
                data.highlight
            ),
        );
    }
    let mut seen = HashSet::new();
    for (index, region) in data.regions.iter().enumerate() {
        let raw = || spans.as_ref().and_then(|s| raw_str(s.regions.get(index)));
        let name = if region.name.trim().is_empty() {
            at.report(
                raw(),
                Some("name"),
                format!("region {} has an empty name", index + 1),
            );
            format!("region {}", index + 1)
        } else {
            if !seen.insert(region.name.as_str()) {
                at.report(raw(), Some("name"), format!("duplicate region `{}`", region.name));
            }
            format!("region `{}`", region.name)
        };
        if !is_iso_4217(&region.currency) {
            at.report(
                raw(),
                Some("currency"),
                format!(
                    "{name}: `{}` is not an ISO 4217 currency code (e.g. `EUR`, `CAD`)",
                    region.currency
                ),
            );
        }
        for (min_field, min, max_field, max) in [
            ("local_min", region.local_min, "local_max", region.local_max),
            ("usd_min", region.usd_min, "usd_max", region.usd_max),
        ] {
            if min == 0 {
                at.report(
                    raw(),
                    Some(min_field),
                    format!("{name}: `{min_field}` must be greater than 0"),
                );
            }
            if min > max {
                at.report(
                    raw(),
                    Some(min_field),
                    format!("{name}: `{min_field}` ({min}) is greater than `{max_field}` ({max})"),
                );
            }
        }
        if region
            .usd_derived_from
            .as_deref()
            .is_some_and(|s| s.trim().is_empty())
        {
            at.report(
                raw(),
                Some("usd_derived_from"),
                format!("{name}: `usd_derived_from` must say what the USD figures are derived from"),
            );
        }
        if region.note.as_deref().is_some_and(|s| s.trim().is_empty()) {
            at.report(
                raw(),
                Some("note"),
                format!("{name}: `note` is empty; remove it or say something"),
            );
        }
    }
    at.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_with_single_hyphens() {
        assert!(is_valid_id("how-to-become"));
        assert!(!is_valid_id("How"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id(""));
    }
}
