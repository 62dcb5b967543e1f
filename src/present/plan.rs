//! A reader's plan, derived once from their answers: the skills gap per group, the next steps in
//! the guide's order with the durations and costs it gives, the total for the way in they chose
//! (as the guide states it: ranges), where their pay falls, and the path chart with its table,
//! notes and legend. The "My plan" view and the plan's Markdown and PDF only lay this out.

use super::{ChartParts, Presentation, StandingWords, path::path_parts};
use crate::{
    chart::{PathChart, PathInput, RouteTotal, Standing, years_text},
    model::{
        Answers, Choice, GUIDE_CITATION, Guide, format,
        readiness::{GuideRef, Readiness, Span, Step, UsdRange},
    },
};

/// The one line on privacy every output of the plan carries.
pub const NOTHING_SENT: &str = "Your answers stay on this computer: nothing is ever sent anywhere.";

/// Where in the guide an item is covered, so a view can open the text there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideLink {
    /// The section's id (`--section` and the sidebar's).
    pub section: String,
    /// The block's index in the section, counted from 0.
    pub block_index: usize,
    /// The item's index in the block, counted from 0, where the reference names one.
    pub item_index: Option<usize>,
    /// "In the guide: Skills and qualifications".
    pub text: String,
}

impl GuideLink {
    fn new(guide: &Guide, from: &GuideRef) -> Self {
        let title = guide
            .section(&from.section)
            .map_or(from.section.as_str(), |s| s.title.as_str());
        Self {
            section: from.section.clone(),
            block_index: from.block_index().unwrap_or(0),
            item_index: from.item_index(),
            text: format!("In the guide: {title}"),
        }
    }
}

/// One item of the check, with the reader's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLine {
    pub id: String,
    pub name: String,
    /// The guide's one-line description.
    pub description: String,
    /// The answer given; `None`: not answered yet (counted as missing).
    pub choice: Option<Choice>,
    pub link: GuideLink,
}

/// One group of the gap (technical skills, soft skills, certifications).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupGap {
    pub id: String,
    /// "Technical skills".
    pub title: String,
    /// Every item in the guide's order.
    pub items: Vec<ItemLine>,
    pub have: Vec<ItemLine>,
    pub learning: Vec<ItemLine>,
    /// Not yet, or not answered yet.
    pub missing: Vec<ItemLine>,
    /// "7 of 12 technical skills".
    pub count_line: String,
    /// "7 have, 1 learning, 4 missing".
    pub detail_line: String,
}

/// One step still ahead, with what the guide says it takes and costs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub id: String,
    /// Its number among the guide's steps, from 1.
    pub number: usize,
    pub title: String,
    pub description: String,
    /// `Learning`, `NotYet`, or `None` for not answered.
    pub choice: Option<Choice>,
    /// "1–2 years", where the guide gives a duration.
    pub duration: Option<String>,
    /// "$5,000–$30,000", where the guide gives a cost.
    pub cost: Option<String>,
    /// Each way of taking it: "Associate of Science degree: 2 years, $10,000–$30,000".
    pub ways: Vec<String>,
    /// All of it in a sentence, or what the guide does not give.
    pub line: String,
    pub link: GuideLink,
}

/// The way in chosen, totalled as the guide states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteLines {
    pub name: String,
    /// "6–12 months".
    pub duration: String,
    /// "perhaps within 6–12 months".
    pub stated: String,
    /// "$5,000–$30,000", when the guide gives a cost for any step.
    pub cost: Option<String>,
    /// "Healthcare experience …: perhaps within 6–12 months; costs the guide gives: …".
    pub summary: String,
    /// How the cost is made up and which steps the guide gives none for.
    pub cost_note: String,
    /// Where the guide says something else about the same time.
    pub note: Option<String>,
}

/// A reader's plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// "My plan".
    pub title: String,
    /// The answers as label and value: "Where I start", "Years of experience", "Yearly pay".
    pub answers: Vec<(&'static str, String)>,
    pub groups: Vec<GroupGap>,
    /// "Next steps": those not had yet, in the guide's order.
    pub next_steps: Vec<NextStep>,
    /// "All six steps are done", when none is left.
    pub steps_done: Option<String>,
    pub route: Option<RouteLines>,
    /// What to do when no way in is chosen.
    pub no_route: Option<String>,
    /// Where their years (and pay) fall, when years are given.
    pub standing: Option<StandingWords>,
    pub privacy: &'static str,
    pub path: PathChart,
    pub path_parts: ChartParts,
    /// Where the plan's figures and items come from.
    pub sources: Vec<String>,
}

impl Plan {
    /// The plan for `answers`, from what `present` derived.
    #[must_use]
    pub fn new(present: &Presentation, answers: &Answers) -> Self {
        let guide = present.guide();
        let readiness = &guide.readiness;
        let route_total = answers
            .route
            .as_deref()
            .and_then(|id| RouteTotal::of(readiness, id));
        let path = PathChart::new(
            &present.charts.salary,
            PathInput {
                route: route_total.as_ref(),
                years: answers.years,
                pay_usd: answers.pay_usd,
            },
        );
        let path_parts = path_parts(guide, &path, route_total.as_ref());
        let standing = answers.years.and_then(|years| {
            let facts = &guide.text.key_facts;
            let chart = &present.charts.salary;
            let standing = Standing::at(chart, &facts.salary_range, years, answers.pay_usd).ok()?;
            Some(StandingWords::new(&standing, chart, facts))
        });
        let next_steps = next_steps(guide, answers);
        let steps_done = next_steps.is_empty().then(|| {
            format!(
                "Every step of “{}” is done.",
                section_title(guide, "how-to-become")
            )
        });
        Self {
            title: "My plan".to_owned(),
            answers: answer_lines(readiness, answers),
            groups: groups(guide, answers),
            next_steps,
            steps_done,
            no_route: route_total
                .is_none()
                .then(|| "Choose where you start to see how long the guide says your way in takes and what it costs.".to_owned()),
            route: route_total.as_ref().map(route_lines),
            standing,
            privacy: NOTHING_SENT,
            sources: sources(guide),
            path,
            path_parts,
        }
    }
}

impl Presentation {
    /// The plan for `answers`.
    #[must_use]
    pub fn plan(&self, answers: &Answers) -> Plan {
        Plan::new(self, answers)
    }
}

fn section_title<'a>(guide: &'a Guide, id: &'a str) -> &'a str {
    guide.section(id).map_or(id, |s| s.title.as_str())
}

fn answer_lines(readiness: &Readiness, answers: &Answers) -> Vec<(&'static str, String)> {
    let not_given = || "Not given".to_owned();
    vec![
        (
            "Where I start",
            answers
                .route
                .as_deref()
                .and_then(|id| readiness.route(id))
                .map_or_else(|| "Not chosen".to_owned(), |r| r.name.clone()),
        ),
        (
            "Years of experience",
            answers.years.map_or_else(not_given, years_text),
        ),
        (
            "Yearly pay, current or offered",
            answers
                .pay_usd
                .map_or_else(not_given, |usd| format!("{} a year", format::usd(usd))),
        ),
    ]
}

/// "Technical skills" → "technical skills".
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}

fn group(id: &str, title: &str, items: Vec<ItemLine>) -> GroupGap {
    let of = |choice| -> Vec<ItemLine> {
        items
            .iter()
            .filter(|i| i.choice.unwrap_or(Choice::NotYet) == choice)
            .cloned()
            .collect()
    };
    let (have, learning, missing) = (of(Choice::Have), of(Choice::Learning), of(Choice::NotYet));
    GroupGap {
        id: id.to_owned(),
        title: title.to_owned(),
        count_line: format!("{} of {} {}", have.len(), items.len(), lower_first(title)),
        detail_line: format!(
            "{} have, {} learning, {} missing",
            have.len(),
            learning.len(),
            missing.len()
        ),
        items,
        have,
        learning,
        missing,
    }
}

fn groups(guide: &Guide, answers: &Answers) -> Vec<GroupGap> {
    let readiness = &guide.readiness;
    let line = |id: &str, name: &str, description: &str, from: &GuideRef| ItemLine {
        id: id.to_owned(),
        name: name.to_owned(),
        description: description.to_owned(),
        choice: answers.choice(id),
        link: GuideLink::new(guide, from),
    };
    let mut out: Vec<GroupGap> = readiness
        .skill_groups
        .iter()
        .map(|g| {
            let items = g
                .skills
                .iter()
                .map(|s| line(&s.id, &s.name, &s.description, &s.from))
                .collect();
            group(&g.id, &g.title, items)
        })
        .collect();
    if !readiness.certifications.is_empty() {
        let items = readiness
            .certifications
            .iter()
            .map(|c| line(&c.id, &c.name, &c.description, &c.from))
            .collect();
        out.push(group("certifications", "Certifications", items));
    }
    out
}

fn step_figures(step: &Step) -> (Option<String>, Option<String>, Vec<String>) {
    let ways = step
        .ways
        .iter()
        .map(|w| {
            let figures: Vec<String> = w
                .duration
                .map(Span::label)
                .into_iter()
                .chain(w.cost.map(UsdRange::label))
                .collect();
            if figures.is_empty() {
                format!("{}: the guide gives no duration or cost", w.name)
            } else {
                format!("{}: {}", w.name, figures.join(", "))
            }
        })
        .collect();
    (
        step.duration.map(Span::label),
        step.cost_range().map(UsdRange::label),
        ways,
    )
}

fn step_line(duration: Option<&str>, cost: Option<&str>, ways: &[String]) -> String {
    let main = match (duration, cost) {
        (Some(d), Some(c)) => format!("Takes {d}; costs {c}"),
        (Some(d), None) => format!("Takes {d}; the guide gives no cost"),
        (None, Some(c)) => format!("Costs {c}; the guide gives no duration"),
        (None, None) => "The guide gives no duration or cost for this step".to_owned(),
    };
    if ways.is_empty() {
        format!("{main}.")
    } else {
        format!("{main} ({}).", ways.join("; "))
    }
}

fn next_steps(guide: &Guide, answers: &Answers) -> Vec<NextStep> {
    guide
        .readiness
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| answers.choice(&s.id) != Some(Choice::Have))
        .map(|(i, step)| {
            let (duration, cost, ways) = step_figures(step);
            NextStep {
                id: step.id.clone(),
                number: i + 1,
                title: step.title.clone(),
                description: step.description.clone(),
                choice: answers.choice(&step.id),
                line: step_line(duration.as_deref(), cost.as_deref(), &ways),
                duration,
                cost,
                ways,
                link: GuideLink::new(guide, &step.from),
            }
        })
        .collect()
}

fn route_lines(total: &RouteTotal<'_>) -> RouteLines {
    RouteLines {
        name: total.route.name.clone(),
        duration: total.duration.label(),
        stated: total.stated.to_owned(),
        cost: total.cost.map(UsdRange::label),
        summary: total.summary(),
        cost_note: super::path::cost_note(total),
        note: total.route.note.as_ref().map(crate::model::DataNote::full_text),
    }
}

fn sources(guide: &Guide) -> Vec<String> {
    vec![
        guide.origin.with_note(&format!(
            "Skills, certifications, steps, ways in, durations and costs: {GUIDE_CITATION}."
        )),
        guide
            .origin
            .with_note(&format!("Pay by level: {}.", guide.salary.source.label())),
    ]
}

#[cfg(test)]
mod tests;
