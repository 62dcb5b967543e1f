//! The whole guide laid out for print: a title page with the sources and dates of the data, a
//! table of contents with page numbers, every section with its blocks, the charts as the same
//! vector figures as the chart export, and a sources page. Page numbers and the guide title sit
//! in each page's footer.

use super::{
    doc::{Anchor, Document, Kind, NodeId},
    flow::Frame,
    layout::{Builder, GUIDE, Paper},
    matter,
    text::{self, TOKENS},
};
use crate::{
    chart::SortOrder,
    export::{ChartId, ExportTheme, figure},
    model::{Block, Section},
    present::{Align, Presentation, Table},
};

/// Page margins in points: sides, top, bottom (the footer sits in the bottom margin).
pub const MARGINS: [f32; 3] = [62.0, 58.0, 66.0];

/// Lays the guide out on `paper`.
#[must_use]
pub fn layout(present: &Presentation, paper: Paper) -> Document {
    // The contents list needs the headings and the pages they land on: a first pass finds the
    // headings, a second places them with the contents list at its full length, the last writes
    // the page numbers (right-aligned in a fixed column, so they never move anything).
    let headings = build(present, paper, &[]).anchors;
    let placed = build(present, paper, &headings).anchors;
    build(present, paper, &placed)
}

fn build(present: &Presentation, paper: Paper, toc: &[Anchor]) -> Document {
    let guide = present.guide();
    let size = paper.size();
    let [margin_side, margin_top, margin_bottom] = MARGINS;
    let mut b = Builder::new(margin_side, size.width - 2.0 * margin_side, GUIDE);
    matter::title_page(&mut b, present);
    matter::contents(&mut b, toc);
    let mut drawn: Vec<(ChartId, String)> = Vec::new();
    for (index, section) in guide.text.sections.iter().enumerate() {
        let node = b.structure.root(Kind::Section);
        b.heading(node, 1, &section.title, index == 0);
        for block in &section.blocks {
            block_layout(&mut b, node, present, section, block, &mut drawn);
        }
    }
    matter::sources_page(&mut b, present);
    let frame = Frame {
        top: margin_top,
        bottom: size.height - margin_bottom,
    };
    b.into_document(guide.text.title.clone(), size, frame, |pages| {
        matter::footers(pages, &guide.text.title, paper);
    })
}

/// The width the figures are drawn at (the chart's design width), then scaled to the column.
pub const FIGURE_WIDTH_PX: f32 = 1000.0;

/// Text in a printed chart, relative to the drawing: a 1000-pixel figure set at a column's width
/// (about 480 pt) would otherwise have 5.4 pt axis labels; 1.5 makes them about 8 pt.
pub const PRINT_TEXT_SCALE: f32 = 1.5;

fn block_layout(
    b: &mut Builder,
    node: NodeId,
    present: &Presentation,
    section: &Section,
    block: &Block,
    drawn: &mut Vec<(ChartId, String)>,
) {
    let guide = present.guide();
    let body = text::body(GUIDE.body);
    let strong = text::strong(GUIDE.body);
    match block {
        Block::Heading(h) => b.heading(node, 2, h, false),
        Block::Paragraph(p) => b.paragraph(node, &[(p, body)]),
        Block::List { heading, items } => {
            if let Some(h) = heading {
                b.heading(node, 2, h, false);
            }
            let runs: Vec<Vec<(&str, _)>> = items.iter().map(|i| vec![(i.as_str(), body)]).collect();
            b.list(node, &runs, false);
        }
        Block::Terms { heading, items } => {
            if let Some(h) = heading {
                b.heading(node, 2, h, false);
            }
            let labels: Vec<String> = items.iter().map(|t| format!("{}:", t.term)).collect();
            let runs: Vec<Vec<(&str, _)>> = items
                .iter()
                .zip(&labels)
                .map(|(t, l)| vec![(l.as_str(), strong), (t.text.as_str(), body)])
                .collect();
            b.list(node, &runs, false);
        }
        Block::Steps { heading, steps } => {
            if let Some(h) = heading {
                b.heading(node, 2, h, false);
            }
            let labels: Vec<String> = steps.iter().map(|s| format!("{}:", s.title)).collect();
            let runs: Vec<Vec<(&str, _)>> = steps
                .iter()
                .zip(&labels)
                .map(|(s, l)| vec![(l.as_str(), strong), (s.text.as_str(), body)])
                .collect();
            b.list(node, &runs, true);
        }
        Block::Faq(items) => {
            for qa in items {
                b.heading(node, 3, &qa.question, false);
                b.paragraph(node, &[(&qa.answer, body)]);
            }
        }
        Block::ProsCons { pros, cons } => {
            for (title, items) in [("Pros", pros), ("Cons", cons)] {
                b.heading(node, 2, title, false);
                let runs: Vec<Vec<(&str, _)>> = items.iter().map(|i| vec![(i.as_str(), body)]).collect();
                b.list(node, &runs, false);
            }
        }
        Block::RelatedCareers(careers) => {
            // A description they all share is said once, above the list (as in the window).
            if let Some(shared) = crate::model::Career::shared_text(careers) {
                let line = format!("All {}: {shared}", careers.len());
                b.paragraph(node, &[(&line, body)]);
                let runs: Vec<Vec<(&str, _)>> =
                    careers.iter().map(|c| vec![(c.title.as_str(), strong)]).collect();
                b.list(node, &runs, false);
            } else {
                let labels: Vec<String> = careers.iter().map(|c| format!("{}:", c.title)).collect();
                let runs: Vec<Vec<(&str, _)>> = careers
                    .iter()
                    .zip(&labels)
                    .map(|(c, l)| vec![(l.as_str(), strong), (c.text.as_str(), body)])
                    .collect();
                b.list(node, &runs, false);
            }
        }
        Block::KeyFacts => key_facts(b, node, present),
        Block::Organisations => {
            // On paper the address is written out: a reader types it in.
            let lines: Vec<(String, String)> = guide
                .text
                .organisations
                .iter()
                .map(|o| {
                    let site = o.web_link().map(|url| format!(" {url}")).unwrap_or_default();
                    (format!("{}:", o.full_name()), format!("{}{site}", o.about))
                })
                .collect();
            let runs: Vec<Vec<(&str, _)>> = lines
                .iter()
                .map(|(name, about)| vec![(name.as_str(), strong), (about.as_str(), body)])
                .collect();
            b.list(node, &runs, false);
        }
        Block::Table(id) => {
            if let Some(chart) = ChartId::for_data_set(guide, id) {
                table_layout(b, node, present, chart, &section.title, drawn);
            }
        }
        Block::Chart(id) => {
            if let Some(chart) = ChartId::for_data_set(guide, id) {
                chart_layout(b, node, present, chart, &section.title, drawn);
            }
        }
        Block::LevelDetails(_) => level_details(b, node, present),
    }
}

fn key_facts(b: &mut Builder, node: NodeId, present: &Presentation) {
    let table = &present.facts_table;
    b.heading(node, 2, &table.caption, false);
    print_table(b, node, table, &[0.22, 0.46, 0.32]);
    for line in &table.notes {
        b.boxed(
            node,
            Kind::Note,
            &[vec![(line.as_str(), text::body(GUIDE.small + 0.5))]],
            TOKENS.note_fill,
        );
    }
}

/// `table`'s rows in columns of the given shares of the width.
fn print_table(b: &mut Builder, node: NodeId, table: &Table, widths: &[f32]) {
    let header: Vec<&str> = table.columns.iter().map(|c| c.title).collect();
    let right: Vec<bool> = table.columns.iter().map(|c| c.align == Align::Figures).collect();
    b.table(node, &table.summary, &header, &table.rows, widths, &right);
}

/// A chart as a figure where the guide shows it first; a pointer back after that.
fn chart_layout(
    b: &mut Builder,
    node: NodeId,
    present: &Presentation,
    chart: ChartId,
    section: &str,
    drawn: &mut Vec<(ChartId, String)>,
) {
    if let Some((_, first)) = drawn.iter().find(|(c, _)| *c == chart) {
        let line = format!("{}: see the chart in “{first}”.", chart.title(present.guide()));
        b.paragraph(node, &[(&line, text::muted(GUIDE.body))]);
        return;
    }
    drawn.push((chart, section.to_owned()));
    let aspect = match chart {
        ChartId::SalaryByExperience => 0.56,
        ChartId::GlobalSalaries => 0.6,
    };
    let (svg, alt) = figure_svg(present, chart, aspect, PRINT_TEXT_SCALE);
    b.figure(node, svg, aspect, &alt, &present.parts(chart).notes.with_sources);
}

/// A chart's SVG (height = `aspect` × width, text at `text_scale`, see [`PRINT_TEXT_SCALE`])
/// without its notes (the caption prints them as text), and its alternative text.
#[must_use]
pub fn figure_svg(present: &Presentation, chart: ChartId, aspect: f32, text_scale: f32) -> (String, String) {
    let width = FIGURE_WIDTH_PX;
    let layout = figure::Layout {
        width,
        height: width * aspect,
        tokens: ExportTheme::Light.tokens(),
        sort: SortOrder::default(),
        caption: false,
        id: format!("print-{}", chart.slug()),
        text_scale,
    };
    let charts = &present.charts;
    match chart {
        ChartId::SalaryByExperience => (
            figure::salary_svg(present, &layout),
            format!("{}. {}", charts.salary.title, charts.salary.description),
        ),
        ChartId::GlobalSalaries => (
            figure::global_svg(present, &layout),
            format!("{}. {}", charts.global.title, charts.global.description),
        ),
    }
}

/// A data set's table: its caption, the rows, then its notes and source line (its notes only
/// pointed to where its chart, drawn already, carries them: `drawn` are the charts drawn so far
/// and the sections they are in; `section` is this table's).
fn table_layout(
    b: &mut Builder,
    node: NodeId,
    present: &Presentation,
    chart: ChartId,
    section: &str,
    drawn: &[(ChartId, String)],
) {
    let table = &present.parts(chart).table;
    let widths: &[f32] = match chart {
        ChartId::SalaryByExperience => &[0.36, 0.26, 0.19, 0.19],
        ChartId::GlobalSalaries => &[0.2, 0.28, 0.25, 0.27],
    };
    b.paragraph(node, &[(&table.caption, text::strong(GUIDE.small + 0.5))]);
    if let Some(caption) = b.items.last_mut() {
        caption.keep_with_next = true;
    }
    print_table(b, node, table, widths);
    let drawn_at = drawn.iter().find(|(c, _)| *c == chart).map(|(_, at)| at);
    match drawn_at {
        Some(first) if !table.notes.is_empty() => {
            // The same notes stand under the chart: said once, pointed to here.
            let place = if first == section {
                "above".to_owned()
            } else {
                format!("in “{first}”")
            };
            let line = format!(
                "{} The notes on the regions are under the chart “{}” {place}.",
                table.source, table.caption
            );
            b.paragraph(node, &[(&line, text::muted(GUIDE.small))]);
        }
        _ => {
            for line in table.notes.iter().chain([&table.source]) {
                b.paragraph(node, &[(line, text::muted(GUIDE.small))]);
            }
        }
    }
}

/// Each career level: its experience and pay, role and focus areas.
fn level_details(b: &mut Builder, node: NodeId, present: &Presentation) {
    let body = text::body(GUIDE.body);
    let strong = text::strong(GUIDE.body);
    for level in &present.levels {
        b.heading(node, 3, &level.title, false);
        let line = level.summary();
        b.paragraph(node, &[(&line, text::muted(GUIDE.body))]);
        // The pay line belongs to the heading: it never ends a page either.
        if let Some(item) = b.items.last_mut() {
            item.keep_with_next = true;
        }
        b.paragraph(node, &[(&level.role, body)]);
        b.paragraph(node, &[("Key focus areas:", strong), (&level.focus, body)]);
    }
}
