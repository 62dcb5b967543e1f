//! The whole guide laid out for print: a title page with the sources and dates of the data, a
//! table of contents with page numbers, every section with its blocks, the charts as the same
//! vector figures as the chart export, and a sources page. Page numbers and the guide title sit
//! in each page's footer.

use super::{
    doc::{Anchor, Document, Kind, NodeId},
    facts,
    flow::{self, Frame},
    layout::{Builder, GUIDE, Paper},
    matter,
    text::{self, TOKENS},
};
use crate::{
    chart::{GlobalChart, SalaryChart, SortOrder},
    export::{ChartId, ExportTheme, figure},
    model::{Block, Guide, Section, format},
};

/// Page margins in points: sides, top, bottom (the footer sits in the bottom margin).
pub const MARGINS: [f32; 3] = [62.0, 58.0, 66.0];

/// Lays the guide out on `paper`.
#[must_use]
pub fn layout(guide: &Guide, paper: Paper) -> Document {
    // The contents list needs the headings and the pages they land on: a first pass finds the
    // headings, a second places them with the contents list at its full length, the last writes
    // the page numbers (right-aligned in a fixed column, so they never move anything).
    let headings = build(guide, paper, &[]).anchors;
    let placed = build(guide, paper, &headings).anchors;
    build(guide, paper, &placed)
}

fn build(guide: &Guide, paper: Paper, toc: &[Anchor]) -> Document {
    let size = paper.size();
    let [margin_side, margin_top, margin_bottom] = MARGINS;
    let mut b = Builder::new(margin_side, size.width - 2.0 * margin_side, GUIDE);
    matter::title_page(&mut b, guide);
    matter::contents(&mut b, toc);
    let mut drawn: Vec<(ChartId, String)> = Vec::new();
    for (index, section) in guide.text.sections.iter().enumerate() {
        let node = b.structure.root(Kind::Section);
        b.heading(node, 1, &section.title, index == 0);
        for block in &section.blocks {
            block_layout(&mut b, node, guide, section, block, &mut drawn);
        }
    }
    matter::sources_page(&mut b, guide);
    let frame = Frame {
        top: margin_top,
        bottom: size.height - margin_bottom,
    };
    let mut anchors = b.anchors;
    let mut pages = flow::paginate(&b.items, frame, &mut anchors);
    matter::footers(&mut pages, &guide.text.title, paper);
    Document {
        title: guide.text.title.clone(),
        language: "en".to_owned(),
        size,
        pages,
        structure: b.structure,
        anchors,
    }
}

/// The width the figures are drawn at (the chart's design width), then scaled to the column.
pub const FIGURE_WIDTH_PX: f32 = 1000.0;

/// Text in a printed chart, relative to the drawing: a 1000-pixel figure set at a column's width
/// (about 480 pt) would otherwise have 5.4 pt axis labels; 1.5 makes them about 8 pt.
pub const PRINT_TEXT_SCALE: f32 = 1.5;

fn block_layout(
    b: &mut Builder,
    node: NodeId,
    guide: &Guide,
    section: &Section,
    block: &Block,
    drawn: &mut Vec<(ChartId, String)>,
) {
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
        Block::KeyFacts => key_facts(b, node, guide),
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
                table_layout(b, node, guide, chart, &section.title, drawn);
            }
        }
        Block::Chart(id) => {
            if let Some(chart) = ChartId::for_data_set(guide, id) {
                chart_layout(b, node, guide, chart, &section.title, drawn);
            }
        }
        Block::LevelDetails(_) => level_details(b, node, guide),
    }
}

fn key_facts(b: &mut Builder, node: NodeId, guide: &Guide) {
    b.heading(node, 2, "Key facts", false);
    let rows: Vec<Vec<String>> = facts::key_facts(&guide.text.key_facts)
        .into_iter()
        .map(|f| {
            let figure = if f.detail.is_empty() {
                f.figure
            } else {
                format!("{}, {}", f.figure, f.detail)
            };
            vec![f.label.to_owned(), figure, f.source]
        })
        .collect();
    b.table(
        node,
        "The guide's key figures, each with its source",
        &["Fact", "Figure", "Source"],
        &rows,
        &[0.22, 0.46, 0.32],
        &[false, false, false],
    );
    for (label, note) in facts::notes(&guide.text.key_facts) {
        let line = facts::note_text(&label, note);
        b.boxed(
            node,
            Kind::Note,
            &[vec![(line.as_str(), text::body(GUIDE.small + 0.5))]],
            TOKENS.note_fill,
        );
    }
}

/// A chart as a figure where the guide shows it first; a pointer back after that.
fn chart_layout(
    b: &mut Builder,
    node: NodeId,
    guide: &Guide,
    chart: ChartId,
    section: &str,
    drawn: &mut Vec<(ChartId, String)>,
) {
    if let Some((_, first)) = drawn.iter().find(|(c, _)| *c == chart) {
        let line = format!("{}: see the chart in “{first}”.", chart.title(guide));
        b.paragraph(node, &[(&line, text::muted(GUIDE.body))]);
        return;
    }
    drawn.push((chart, section.to_owned()));
    let aspect = match chart {
        ChartId::SalaryByExperience => 0.56,
        ChartId::GlobalSalaries => 0.6,
    };
    let (svg, alt, notes) = figure_svg(guide, chart, aspect, PRINT_TEXT_SCALE);
    b.figure(node, svg, aspect, &alt, &notes);
}

/// A chart's SVG (height = `aspect` × width, text at `text_scale`, see [`PRINT_TEXT_SCALE`])
/// without its source line (the caption prints it as text), its alternative text and its caption
/// notes.
#[must_use]
pub fn figure_svg(
    guide: &Guide,
    chart: ChartId,
    aspect: f32,
    text_scale: f32,
) -> (String, String, Vec<String>) {
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
    match chart {
        ChartId::SalaryByExperience => {
            let data = SalaryChart::from_guide(guide);
            let alt = format!("{}. {}", data.title, data.description);
            (
                figure::salary_svg(&data, &layout),
                alt,
                figure::salary_notes(&data),
            )
        }
        ChartId::GlobalSalaries => {
            let data = GlobalChart::from_guide(guide);
            let alt = format!("{}. {}", data.title, data.description);
            (
                figure::global_svg(&data, &layout),
                alt,
                figure::global_notes(&data),
            )
        }
    }
}

/// A data set's table, with its source line under it (and its notes, unless its chart has them
/// already: `drawn` are the charts drawn so far and the sections they are in; `section` is this
/// table's).
fn table_layout(
    b: &mut Builder,
    node: NodeId,
    guide: &Guide,
    chart: ChartId,
    section: &str,
    drawn: &[(ChartId, String)],
) {
    match chart {
        ChartId::SalaryByExperience => {
            let (header, rows) = facts::salary_table(guide);
            let summary = format!(
                "{}: US median and average pay per year by level",
                guide.salary.title
            );
            b.table(
                node,
                &summary,
                &header,
                &rows,
                &[0.36, 0.26, 0.19, 0.19],
                &[false, false, true, true],
            );
            let line = format!(
                "{} per year. Source: {}.",
                guide.salary.currency,
                guide.salary.source.label()
            );
            b.paragraph(node, &[(&line, text::muted(GUIDE.small))]);
        }
        ChartId::GlobalSalaries => {
            let (header, rows) = facts::global_table(guide);
            let summary = format!(
                "{}: typical pay ranges by region, local currency and USD",
                guide.global.title
            );
            b.table(
                node,
                &summary,
                &header,
                &rows,
                &[0.2, 0.28, 0.25, 0.27],
                &[false, false, true, true],
            );
            let data = GlobalChart::from_guide(guide);
            if let Some((_, first)) = drawn.iter().find(|(c, _)| *c == chart) {
                // The same notes stand under the chart: said once, pointed to here.
                let place = if first == section {
                    "above".to_owned()
                } else {
                    format!("in “{first}”")
                };
                let line = format!(
                    "{} The notes on the regions are under the chart “{}” {place}.",
                    data.source_line, data.title
                );
                b.paragraph(node, &[(&line, text::muted(GUIDE.small))]);
            } else {
                for line in figure::global_notes(&data) {
                    b.paragraph(node, &[(&line, text::muted(GUIDE.small))]);
                }
            }
        }
    }
}

/// Each career level: its experience and pay, role and focus areas.
fn level_details(b: &mut Builder, node: NodeId, guide: &Guide) {
    let body = text::body(GUIDE.body);
    let strong = text::strong(GUIDE.body);
    for level in &guide.salary.levels {
        b.heading(node, 3, &level.title, false);
        let years = match &level.years_note {
            Some(years_note) => format!("{} {years_note}", level.years_label()),
            None => level.years_label(),
        };
        let line = format!(
            "{years}; US median {}, US average {} per year",
            format::usd(level.us_median_usd),
            format::usd(level.us_average_usd)
        );
        b.paragraph(node, &[(&line, text::muted(GUIDE.body))]);
        // The pay line belongs to the heading: it never ends a page either.
        if let Some(item) = b.items.last_mut() {
            item.keep_with_next = true;
        }
        b.paragraph(node, &[(&level.role, body)]);
        b.paragraph(node, &[("Key focus areas:", strong), (&level.focus, body)]);
    }
}
