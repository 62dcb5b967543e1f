//! A reader's plan as Markdown: laid out from [`Plan`], which decides every wording.

use std::fmt::Write as _;

use super::markdown::table_markdown;
use crate::present::{GroupGap, HEADINGS, Plan, StandingWords};

/// The plan as a Markdown document: the answers, the gap, the next steps, the way in's total,
/// where the pay falls, the path chart as its table with its notes, and the sources.
#[must_use]
pub fn plan_markdown(plan: &Plan) -> String {
    let mut out = format!(
        "# {}\n\n*{}*\n\n## {}\n\n",
        plan.title, plan.privacy, HEADINGS.answers
    );
    for (label, value) in &plan.answers {
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    let _ = writeln!(out, "\n## {}\n", HEADINGS.gap);
    for group in &plan.groups {
        group_markdown(&mut out, group);
    }
    let _ = writeln!(out, "## {}\n", HEADINGS.steps);
    for step in &plan.next_steps {
        let _ = writeln!(
            out,
            "- **{}**: {} {}",
            step.heading(),
            step.description,
            step.line
        );
    }
    if let Some(done) = &plan.steps_done {
        let _ = writeln!(out, "{done}");
    }
    out.push('\n');
    let _ = writeln!(out, "## {}\n", HEADINGS.route);
    match (&plan.route, &plan.no_route) {
        (Some(route), _) => {
            let _ = writeln!(out, "{}.\n\n{}", route.summary, route.cost_note);
            if let Some(note) = &route.note {
                let _ = writeln!(out, "\n*{note}*");
            }
        }
        (None, Some(no_route)) => {
            let _ = writeln!(out, "{no_route}");
        }
        (None, None) => {}
    }
    out.push('\n');
    if let Some(words) = &plan.standing {
        standing_markdown(&mut out, words);
    }
    let _ = writeln!(out, "## {}\n\n{}\n", plan.path.title, plan.path.description);
    table_markdown(&mut out, &plan.path_parts.table);
    for note in &plan.path_parts.notes.without_sources {
        let _ = writeln!(out, "*{note}*\n");
    }
    let _ = writeln!(out, "## {}\n", HEADINGS.sources);
    for source in &plan.sources {
        let _ = writeln!(out, "- {source}");
    }
    out
}

fn group_markdown(out: &mut String, group: &GroupGap) {
    let _ = writeln!(out, "### {}\n\n{}.\n", group.count_line, group.detail_line);
    for (label, items) in group.lists().into_iter().filter(|(_, items)| !items.is_empty()) {
        let _ = writeln!(out, "**{label}**\n");
        for item in items {
            let _ = writeln!(out, "- {}: {} ({})", item.name, item.description, item.link.text);
        }
        out.push('\n');
    }
}

fn standing_markdown(out: &mut String, words: &StandingWords) {
    let _ = writeln!(out, "## {}\n\n**{}**\n", HEADINGS.pay, words.heading);
    for line in &words.lines {
        let _ = writeln!(
            out,
            "- **{}:** {}{} (source: {})",
            line.label,
            line.text,
            line.marks(),
            line.source
        );
    }
    out.push('\n');
    for (n, note) in words.notes.iter().enumerate() {
        let _ = writeln!(out, "[{}] {note}\n", n + 1);
    }
}
