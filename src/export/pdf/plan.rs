//! A reader's plan for print, one or two pages of tagged PDF: the answers, the skills gap, the
//! next steps with the durations and costs the guide gives, the way in's total, where the pay
//! falls, the path chart as a figure with its description as alternative text, and the sources.
//! Laid out from [`Plan`], which decides every wording.

use super::{
    doc::{Document, Kind, NodeId, Style},
    flow::Frame,
    guide::FIGURE_WIDTH_PX,
    layout::{Builder, Paper, Scale},
    text,
};
use crate::{
    chart::SortOrder,
    export::{ExportTheme, figure},
    present::{GroupGap, HEADINGS, Plan},
};

/// Type sizes in the plan: the handout's, nothing under 9 pt.
const PLAN: Scale = super::handout::HANDOUT;

/// Page margin in points.
pub const MARGIN: f32 = 30.0;

/// The path chart's height over its width on the page.
const CHART_ASPECT: f32 = 0.46;

/// The path chart's SVG as printed (light, notes in the caption) and its alternative text.
#[must_use]
pub fn path_figure_svg(plan: &Plan, text_scale: f32) -> (String, String) {
    let layout = figure::Layout {
        width: FIGURE_WIDTH_PX,
        height: FIGURE_WIDTH_PX * CHART_ASPECT,
        tokens: ExportTheme::Light.tokens(),
        sort: SortOrder::default(),
        caption: false,
        id: "print-path".to_owned(),
        text_scale,
    };
    (
        figure::path_svg(plan, &layout),
        format!("{}. {}", plan.path.title, plan.path.description),
    )
}

/// Lays the plan out on `paper`.
#[must_use]
pub fn layout(plan: &Plan, paper: Paper) -> Document {
    let size = paper.size();
    let mut b = Builder::new(MARGIN, size.width - 2.0 * MARGIN, PLAN);
    let root = b.structure.root(Kind::Section);
    b.heading_unlisted(root, 0, &plan.title, false);
    if let Some(first) = b.items.last_mut() {
        first.space_before = 0.0;
    }
    b.paragraph(root, &[(plan.privacy, text::muted(PLAN.small))]);
    let answers: Vec<String> = plan.answers.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    list_of(&mut b, root, &answers, PLAN.body);

    b.heading_unlisted(root, 2, HEADINGS.gap, false);
    for group in &plan.groups {
        group_layout(&mut b, root, group);
    }

    b.heading_unlisted(root, 2, HEADINGS.steps, false);
    let steps: Vec<String> = plan
        .next_steps
        .iter()
        .map(|s| format!("{}. {}", s.heading(), s.line))
        .collect();
    list_of(&mut b, root, &steps, PLAN.body);
    if let Some(done) = &plan.steps_done {
        b.paragraph(root, &[(done, text::body(PLAN.body))]);
    }
    b.heading_unlisted(root, 2, HEADINGS.route, false);
    if let Some(route) = &plan.route {
        let summary = format!("{}.", route.summary);
        b.paragraph(root, &[(&summary, text::body(PLAN.body))]);
        b.paragraph(root, &[(&route.cost_note, text::muted(PLAN.small))]);
        if let Some(note) = &route.note {
            b.paragraph(root, &[(note, text::muted(PLAN.small))]);
        }
    } else if let Some(no_route) = &plan.no_route {
        b.paragraph(root, &[(no_route, text::body(PLAN.body))]);
    }
    if let Some(words) = &plan.standing {
        b.heading_unlisted(root, 2, HEADINGS.pay, false);
        b.paragraph(root, &[(&words.heading, text::strong(PLAN.body))]);
        let lines: Vec<String> = words
            .lines
            .iter()
            .map(|l| format!("{}: {}{} (source: {})", l.label, l.text, l.marks(), l.source))
            .collect();
        list_of(&mut b, root, &lines, PLAN.small);
        for (n, note) in words.notes.iter().enumerate() {
            let note = format!("[{}] {note}", n + 1);
            b.paragraph(root, &[(&note, text::muted(PLAN.small))]);
        }
    }
    let (svg, alt) = path_figure_svg(plan, 1.6);
    b.figure(
        root,
        svg,
        CHART_ASPECT,
        &alt,
        &plan.path_parts.notes.without_sources,
    );

    b.heading_unlisted(root, 2, HEADINGS.sources, false);
    list_of(&mut b, root, &plan.sources, PLAN.small);

    let frame = Frame {
        top: MARGIN,
        bottom: size.height - MARGIN,
    };
    b.into_document(plan.title.clone(), size, frame, |_| {})
}

/// A bulleted list of `lines`, each one run at `size`.
fn list_of(b: &mut Builder, root: NodeId, lines: &[String], size: f32) {
    if lines.is_empty() {
        return;
    }
    let entries: Vec<Vec<(&str, Style)>> = lines
        .iter()
        .map(|l| vec![(l.as_str(), text::body(size))])
        .collect();
    b.list(root, &entries, false);
}

/// A group's heading with its count, then what is missing and learning, item by item with where
/// the guide covers it (the descriptions are the Markdown's and the window's: two pages hold no
/// more).
fn group_layout(b: &mut Builder, root: NodeId, group: &GroupGap) {
    b.heading_unlisted(root, 3, &group.count_line, false);
    let detail = format!("{}.", group.detail_line);
    b.paragraph(root, &[(&detail, text::muted(PLAN.small))]);
    let [(have_label, have), lists @ ..] = group.lists();
    if !have.is_empty() {
        let names: Vec<&str> = have.iter().map(|i| i.name.as_str()).collect();
        let label = format!("{have_label}: ");
        let line = format!("{}.", names.join(", "));
        b.paragraph(
            root,
            &[(&label, text::strong(PLAN.body)), (&line, text::body(PLAN.body))],
        );
    }
    for (label, items) in lists {
        if items.is_empty() {
            continue;
        }
        let lines: Vec<String> = items
            .iter()
            .map(|i| format!("{label}: {} ({})", i.name, i.link.text))
            .collect();
        list_of(b, root, &lines, PLAN.small);
    }
}
