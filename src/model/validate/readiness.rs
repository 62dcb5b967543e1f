//! The rules of `readiness.ron`: every id valid and written once, no empty text, no range that
//! runs backwards, each route's words carrying its figures; and, once the guide has parsed, every
//! `from` naming a block (and item) of the guide and every certification's `body` one of its
//! organisations.

use std::{cell::LazyCell, collections::HashSet};

use ron::value::RawValue;
use serde::Deserialize;

use super::{
    checks::is_valid_id,
    spans::{Locator, field_offset, raw_str},
};
use crate::model::{
    guide::{Block, GuideText},
    load::DataFile,
    problem::Problem,
    readiness::{GuideRef, Readiness, Span, UsdRange},
};

/// Shallow view of `readiness.ron`: only the slices of the entries reported on.
#[derive(Deserialize)]
#[serde(rename = "Readiness")]
struct ReadinessSpans<'a> {
    #[serde(borrow)]
    skill_groups: Vec<&'a RawValue>,
    #[serde(borrow)]
    certifications: Vec<&'a RawValue>,
    #[serde(borrow)]
    steps: Vec<&'a RawValue>,
    #[serde(borrow)]
    routes: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "SkillGroup")]
struct GroupSpans<'a> {
    #[serde(borrow)]
    skills: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "Step")]
struct StepSpans<'a> {
    #[serde(borrow)]
    ways: Vec<&'a RawValue>,
}

/// One entry's common fields, checked the same way whatever its kind.
struct Entry<'d> {
    /// "skill `phlebotomy`".
    who: String,
    id: &'d str,
    texts: Vec<(&'static str, &'d str)>,
    from: &'d GuideRef,
}

/// What checking entries needs besides the entry: where problems go, the ids seen so far, and
/// the guide's text if it parsed.
struct Checker<'d, 'f> {
    at: Locator<'f>,
    seen: HashSet<&'d str>,
    guide: Option<&'d GuideText>,
}

impl<'d> Checker<'d, '_> {
    fn entry<'r>(&mut self, raw: &dyn Fn() -> Option<&'r str>, entry: &Entry<'d>) {
        let who = &entry.who;
        if !is_valid_id(entry.id) {
            self.at.report(
                raw(),
                Some("id"),
                format!(
                    "{who}: id `{}` is not valid: use lowercase letters, digits and hyphens",
                    entry.id
                ),
            );
        } else if !self.seen.insert(entry.id) {
            self.at.report(
                raw(),
                Some("id"),
                format!(
                    "duplicate id `{}`: each id may be used once in the file, since answers are kept by id",
                    entry.id
                ),
            );
        }
        for (field, text) in &entry.texts {
            if text.trim().is_empty() {
                self.at
                    .report(raw(), Some(field), format!("{who} has an empty `{field}`"));
            }
        }
        if let Some(text) = self.guide
            && let Some((field, message)) = dangling(entry.from, text)
        {
            let from = raw().and_then(|r| field_offset(r, "from").and_then(|at| r.get(at..)));
            self.at.report(from, Some(field), format!("{who}: {message}"));
        }
    }

    /// Reports a duration whose minimum is above its maximum.
    fn span<'r>(&mut self, raw: &dyn Fn() -> Option<&'r str>, who: &str, field: &str, span: Option<Span>) {
        if let Some(span) = span
            && span.min > span.max
        {
            self.at.report(
                raw(),
                Some(field),
                format!(
                    "{who}: `{field}` runs backwards, from {} down to {}: its `min` must not be greater than its `max`",
                    span.min, span.max
                ),
            );
        }
    }

    /// Reports a cost whose minimum is above its maximum.
    fn cost<'r>(&mut self, raw: &dyn Fn() -> Option<&'r str>, who: &str, cost: Option<UsdRange>) {
        if let Some(cost) = cost
            && cost.min_usd > cost.max_usd
        {
            self.at.report(
                raw(),
                Some("cost"),
                format!(
                    "{who}: `cost` runs backwards, from {} down to {}: its `min_usd` must not be greater than its `max_usd`",
                    cost.min_usd, cost.max_usd
                ),
            );
        }
    }
}

/// The shallow parse of the whole file, made when a problem first needs a position.
type AllSpans<'s, 'f> = &'s dyn Fn() -> Option<&'s ReadinessSpans<'f>>;

/// Validates the readiness data; its references into the guide only when `guide` parsed.
pub(super) fn validate_readiness(
    data: &Readiness,
    guide: Option<&GuideText>,
    file: &DataFile,
) -> Vec<Problem> {
    // Parsed only if a problem needs a position: valid data costs one parse, not two.
    let spans = LazyCell::new(|| ron::from_str::<ReadinessSpans<'_>>(&file.text).ok());
    let all = || spans.as_ref();
    let mut check = Checker {
        at: Locator {
            file,
            problems: Vec::new(),
        },
        seen: HashSet::new(),
        guide,
    };
    check.skills(data, &all);
    check.certifications(data, &all);
    check.steps(data, &all);
    check.routes(data, &all);
    check.at.problems
}

impl<'d> Checker<'d, '_> {
    fn skills(&mut self, data: &'d Readiness, all: AllSpans<'_, '_>) {
        for (index, group) in data.skill_groups.iter().enumerate() {
            let raw = || all().and_then(|s| raw_str(s.skill_groups.get(index)));
            let entry = Entry {
                who: format!("skill group `{}`", group.id),
                id: &group.id,
                texts: vec![("title", &group.title)],
                from: &group.from,
            };
            self.entry(&raw, &entry);
            let skill_spans = LazyCell::new(|| raw().and_then(|r| ron::from_str::<GroupSpans<'_>>(r).ok()));
            for (index, skill) in group.skills.iter().enumerate() {
                let raw = || skill_spans.as_ref().and_then(|s| raw_str(s.skills.get(index)));
                let entry = Entry {
                    who: format!("skill `{}`", skill.id),
                    id: &skill.id,
                    texts: vec![("name", &skill.name), ("description", &skill.description)],
                    from: &skill.from,
                };
                self.entry(&raw, &entry);
            }
        }
    }

    fn certifications(&mut self, data: &'d Readiness, all: AllSpans<'_, '_>) {
        for (index, certification) in data.certifications.iter().enumerate() {
            let raw = || all().and_then(|s| raw_str(s.certifications.get(index)));
            let who = format!("certification `{}`", certification.id);
            if let Some(text) = self.guide
                && !text.organisations.iter().any(|o| o.short == certification.body)
            {
                let shorts: Vec<&str> = text.organisations.iter().map(|o| o.short.as_str()).collect();
                self.at.report(
                    raw(),
                    Some("body"),
                    format!(
                        "{who}: `body` names `{}`, which is not one of the guide's organisations (by their `short`: {})",
                        certification.body,
                        shorts.join(", ")
                    ),
                );
            }
            let entry = Entry {
                who,
                id: &certification.id,
                texts: vec![
                    ("name", &certification.name),
                    ("body", &certification.body),
                    ("description", &certification.description),
                ],
                from: &certification.from,
            };
            self.entry(&raw, &entry);
        }
    }

    fn steps(&mut self, data: &'d Readiness, all: AllSpans<'_, '_>) {
        for (index, step) in data.steps.iter().enumerate() {
            let raw = || all().and_then(|s| raw_str(s.steps.get(index)));
            let who = format!("step `{}`", step.id);
            self.span(&raw, &who, "duration", step.duration);
            self.cost(&raw, &who, step.cost);
            let entry = Entry {
                who,
                id: &step.id,
                texts: vec![("title", &step.title), ("description", &step.description)],
                from: &step.from,
            };
            self.entry(&raw, &entry);
            let way_spans = LazyCell::new(|| raw().and_then(|r| ron::from_str::<StepSpans<'_>>(r).ok()));
            for (index, way) in step.ways.iter().enumerate() {
                let raw = || way_spans.as_ref().and_then(|s| raw_str(s.ways.get(index)));
                let who = format!("way `{}` of step `{}`", way.id, step.id);
                self.span(&raw, &who, "duration", way.duration);
                self.cost(&raw, &who, way.cost);
                let entry = Entry {
                    who,
                    id: &way.id,
                    texts: vec![("name", &way.name), ("description", &way.description)],
                    from: &way.from,
                };
                self.entry(&raw, &entry);
            }
        }
    }

    fn routes(&mut self, data: &'d Readiness, all: AllSpans<'_, '_>) {
        for (index, route) in data.routes.iter().enumerate() {
            let raw = || all().and_then(|s| raw_str(s.routes.get(index)));
            let who = format!("route `{}`", route.id);
            self.span(&raw, &who, "duration", Some(route.duration));
            let label = route.duration.label();
            if route.duration.min <= route.duration.max && !route.stated.contains(&label) {
                self.at.report(
                    raw(),
                    Some("stated"),
                    format!(
                        "{who}: `stated` (\"{}\") must give the figures of its `duration`, {label}",
                        route.stated
                    ),
                );
            }
            if route.note.as_ref().is_some_and(|n| n.text.trim().is_empty()) {
                self.at.report(
                    raw(),
                    Some("note"),
                    format!("{who}: its `note` has an empty `text`; remove the note or say something"),
                );
            }
            let entry = Entry {
                who,
                id: &route.id,
                texts: vec![
                    ("name", &route.name),
                    ("description", &route.description),
                    ("stated", &route.stated),
                ],
                from: &route.from,
            };
            self.entry(&raw, &entry);
        }
    }
}

/// How many items a block holds, and what to call it: `None` items for a block that has none.
fn block_items(block: &Block) -> (&'static str, Option<usize>) {
    match block {
        Block::Heading(_) => ("heading", None),
        Block::Paragraph(_) => ("paragraph", None),
        Block::List { items, .. } => ("list", Some(items.len())),
        Block::Terms { items, .. } => ("list of terms", Some(items.len())),
        Block::Steps { steps, .. } => ("list of steps", Some(steps.len())),
        Block::Faq(items) => ("list of questions", Some(items.len())),
        Block::ProsCons { pros, cons } => ("list of pros and cons", Some(pros.len() + cons.len())),
        Block::RelatedCareers(careers) => ("list of careers", Some(careers.len())),
        Block::KeyFacts => ("key facts", None),
        Block::Table(_) => ("table", None),
        Block::Chart(_) => ("chart", None),
        Block::LevelDetails(_) => ("list of levels", None),
        Block::Organisations => ("list of organisations", None),
    }
}

/// Where `from` does not resolve in the guide: the field to point at and what is wrong.
fn dangling(from: &GuideRef, text: &GuideText) -> Option<(&'static str, String)> {
    let id = &from.section;
    let Some(section) = text.sections.iter().find(|s| s.id == *id) else {
        let ids: Vec<&str> = text.sections.iter().map(|s| s.id.as_str()).collect();
        return Some((
            "section",
            format!(
                "section `{id}` is not in the guide; its sections are: {}",
                ids.join(", ")
            ),
        ));
    };
    let count = section.blocks.len();
    let Some(block) = from.block_index().and_then(|i| section.blocks.get(i)) else {
        let message = if from.block == 0 {
            "blocks are counted from 1, so there is no block 0".to_owned()
        } else {
            format!(
                "section `{id}` has {count} block{}; there is no block {}",
                if count == 1 { "" } else { "s" },
                from.block
            )
        };
        return Some(("block", message));
    };
    let item = from.item?;
    let place = format!("block {} of section `{id}`", from.block);
    match block_items(block) {
        (kind, None) => Some((
            "item",
            format!("{place} is a {kind}, which has no items; write `item: None`"),
        )),
        (_, Some(_)) if item == 0 => Some((
            "item",
            "items are counted from 1, so there is no item 0".to_owned(),
        )),
        (_, Some(items)) if from.item_index().is_none_or(|i| i >= items) => Some((
            "item",
            format!(
                "{place} has {items} item{}; there is no item {item}",
                if items == 1 { "" } else { "s" }
            ),
        )),
        _ => None,
    }
}

#[cfg(test)]
#[path = "readiness_tests.rs"]
mod tests;
