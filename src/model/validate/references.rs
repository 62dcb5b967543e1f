//! Checks of what a guide's blocks refer to: the data sets a table, chart or level list names,
//! and the organisations a "Where to go next" list needs, each with a site that can be opened.

use ron::value::RawValue;

use super::spans::Locator;
use crate::model::guide::{Block, GuideText};

/// The ids of the two data sets, which the guide's tables and charts refer to.
#[derive(Clone, Copy)]
pub(super) struct DataSetIds<'a> {
    pub(super) salary: &'a str,
    pub(super) global: &'a str,
}

/// Describes a `Table`, `Chart` or `LevelDetails` block whose data-set id does not resolve.
pub(super) fn dangling_reference(block: &Block, ids: DataSetIds<'_>) -> Option<String> {
    let DataSetIds { salary, global } = ids;
    let (kind, id, known): (&str, &str, &[&str]) = match block {
        Block::Table(id) => ("table", id, &[salary, global]),
        Block::Chart(id) => ("chart", id, &[salary, global]),
        Block::LevelDetails(id) => ("level details", id, &[salary]),
        _ => return None,
    };
    (!known.contains(&id)).then(|| {
        let names = known
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(" or ");
        format!("{kind} `{id}` does not exist; expected {names}")
    })
}

/// Describes an `Organisations` block in a guide that lists no organisations.
pub(super) fn nothing_to_list(block: &Block, text: &GuideText) -> Option<String> {
    (matches!(block, Block::Organisations) && text.organisations.is_empty())
        .then(|| "an `Organisations` block lists the guide's `organisations`, and there are none".to_owned())
}

/// Each organisation needs a name, an abbreviation, what it does and an `http(s)` site.
pub(super) fn check_organisations<'a>(
    text: &GuideText,
    at: &mut Locator<'_>,
    spans: impl Fn() -> Option<&'a [&'a RawValue]>,
) {
    for (index, organisation) in text.organisations.iter().enumerate() {
        let raw = || spans().and_then(|s| s.get(index)).map(|r| r.trim().get_ron());
        let who = if organisation.short.trim().is_empty() {
            format!("organisation {}", index + 1)
        } else {
            format!("organisation `{}`", organisation.short)
        };
        for (field, value) in [
            ("name", &organisation.name),
            ("short", &organisation.short),
            ("about", &organisation.about),
        ] {
            if value.trim().is_empty() {
                at.report(raw(), Some(field), format!("{who} has an empty `{field}`"));
            }
        }
        if organisation.web_link().is_none() {
            at.report(
                raw(),
                Some("url"),
                format!(
                    "the site of {who} must be a web address starting with https:// or http://, not `{}`",
                    organisation.url
                ),
            );
        }
    }
}
