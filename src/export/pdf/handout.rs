//! The one-page handout for a noticeboard or a careers fair: the key facts with their sources,
//! the salary-by-experience chart, the steps into the job with their durations and costs where
//! the guide gives them, and where the figures come from. Body text is never under 9 pt; if the
//! page is too full the chart gets shorter, never the type smaller.

use super::{
    doc::{Document, Kind, NodeId, Op},
    flow::{Frame, Item, Row},
    guide::figure_svg,
    layout::{Builder, Paper, Scale},
    text::{self, TOKENS},
};
use crate::{export::ChartId, present::Presentation};

/// Type sizes on the handout: nothing under 9 pt.
pub const HANDOUT: Scale = Scale {
    body: 9.5,
    small: 9.0,
    h1: 18.0,
    h2: 12.5,
    h3: 10.5,
    gap: 5.0,
    // The page has no room to spare.
    caption_gap: 0.0,
};

/// Page margin in points.
pub const MARGIN: f32 = 28.0;

/// Chart height/width ratios tried, tallest first (in steps of 0.02), until the handout fits
/// one page: the chart's natural ratio down to the least that keeps its labels readable.
const CHART_ASPECT_MAX: f32 = 0.56;
const CHART_ASPECT_MIN: f32 = 0.3;

/// The chart ratios to try, tallest first: [`CHART_ASPECT_MAX`] down to [`CHART_ASPECT_MIN`]
/// itself (counted in whole steps: taking 0.02 off again and again drifts under the minimum).
fn chart_aspects() -> impl Iterator<Item = f32> {
    let steps = ((CHART_ASPECT_MAX - CHART_ASPECT_MIN) / 0.02).round() as u16;
    let span = CHART_ASPECT_MAX - CHART_ASPECT_MIN;
    (0..=steps).map(move |step| CHART_ASPECT_MIN + span * f32::from(steps - step) / f32::from(steps))
}

/// The chart's text scale on the handout, relative to its width: a short chart's drawing scale
/// follows its height, so its text is scaled back up to about 7 pt at the page's width.
fn chart_text_scale(aspect: f32) -> f32 {
    // The figure's own scale: its design is 1000 × 625.
    let drawing = (aspect * 1000.0 / 625.0).min(1.0);
    (1.05 / drawing).clamp(1.5, 3.0)
}

/// Lays the handout out on one page of `paper`.
#[must_use]
pub fn layout(present: &Presentation, paper: Paper) -> Document {
    let mut document = build(present, paper, CHART_ASPECT_MAX);
    for aspect in chart_aspects().skip(1) {
        if document.pages.len() == 1 {
            break;
        }
        document = build(present, paper, aspect);
    }
    document
}

fn build(present: &Presentation, paper: Paper, aspect: f32) -> Document {
    let guide = present.guide();
    let size = paper.size();
    let mut b = Builder::new(MARGIN, size.width - 2.0 * MARGIN, HANDOUT);
    let root = b.structure.root(Kind::Section);
    let text = &guide.text;
    let title = format!("{}: at a glance", text.title);
    b.heading_unlisted(root, 0, &title, false);
    if let Some(first) = b.items.last_mut() {
        first.space_before = 0.0;
    }
    b.paragraph(root, &[(&text.summary, text::body(HANDOUT.body))]);
    key_facts(&mut b, root, present);
    // The chart carries its own title. Its sources are listed once, under "Where the figures
    // come from"; its caption keeps how it is drawn and its footnotes.
    let (svg, alt) = figure_svg(
        present,
        ChartId::SalaryByExperience,
        aspect,
        chart_text_scale(aspect),
    );
    b.figure(root, svg, aspect, &alt, &present.salary.notes.without_sources);
    steps(&mut b, root, present);
    sources(&mut b, root, present);
    let frame = Frame {
        top: MARGIN,
        bottom: size.height - MARGIN,
    };
    b.into_document(title, size, frame, |_| {})
}

/// Runs `fill` with the builder narrowed to a column at `x`, `width` wide, and returns what it
/// added as one row.
fn column(b: &mut Builder, x: f32, width: f32, fill: impl FnOnce(&mut Builder)) -> Row {
    let saved = (std::mem::take(&mut b.items), b.x, b.width);
    b.x = x;
    b.width = width;
    fill(b);
    let items = std::mem::replace(&mut b.items, saved.0);
    b.x = saved.1;
    b.width = saved.2;
    let mut rows = Vec::new();
    for (index, item) in items.into_iter().enumerate() {
        let space = if index == 0 { 0.0 } else { item.space_before };
        rows.push(Row {
            height: space,
            ..Row::default()
        });
        rows.extend(item.rows);
    }
    text::stack(rows, 0.0)
}

/// Places `columns` side by side as one unbreakable item.
fn side_by_side(b: &mut Builder, columns: Vec<Row>, space_before: f32) {
    let height = columns.iter().map(|c| c.height).fold(0.0, f32::max);
    let mut row = Row {
        height,
        ..Row::default()
    };
    for column in columns {
        row.ops.extend(column.ops);
    }
    b.items.push(Item::single(row, space_before));
}

fn key_facts(b: &mut Builder, root: NodeId, present: &Presentation) {
    let list = b.structure.child(root, Kind::Div);
    let cards: Vec<_> = present.cards().collect();
    let lines = present.facts.iter().filter(|f| !f.card);
    let gap = 8.0;
    let width = (b.width - gap * 3.0) / 4.0;
    let mut columns = Vec::new();
    for (index, fact) in cards.iter().enumerate() {
        let x = b.x + index as f32 * (width + gap);
        let source = format!("Source: {}", fact.source_cell());
        columns.push(column(b, x, width, |b| {
            b.boxed(
                list,
                Kind::Div,
                &[
                    vec![(fact.label, text::muted(HANDOUT.small))],
                    vec![
                        (fact.figure.as_str(), text::strong(11.0)),
                        (fact.detail.as_str(), text::body(HANDOUT.small)),
                    ],
                    vec![(source.as_str(), text::muted(HANDOUT.small))],
                ],
                TOKENS.card_fill,
            );
        }));
    }
    // Cards of one height.
    let height = columns.iter().map(|c| c.height).fold(0.0, f32::max);
    for column in &mut columns {
        if let Some(Op::Rect { h, .. }) = column.ops.first_mut().map(|p| &mut p.op) {
            *h = height;
        }
    }
    side_by_side(b, columns, HANDOUT.gap * 2.0);
    for fact in lines {
        let label = format!("{}:", fact.label);
        b.paragraph(
            list,
            &[
                (&label, text::strong(HANDOUT.body)),
                (&fact.sentence, text::body(HANDOUT.body)),
            ],
        );
    }
}

fn steps(b: &mut Builder, root: NodeId, present: &Presentation) {
    let steps = &present.steps.steps;
    if steps.is_empty() {
        return;
    }
    b.heading_unlisted(root, 2, &present.steps.heading, false);
    let list = b.structure.child(root, Kind::List { numbered: true });
    let half = steps.len().div_ceil(2);
    let gap = 14.0;
    let width = (b.width - gap) / 2.0;
    let mut columns = Vec::new();
    for (col, chunk) in steps.chunks(half).enumerate() {
        let x = b.x + col as f32 * (width + gap);
        columns.push(column(b, x, width, |b| {
            for (i, step) in chunk.iter().enumerate() {
                let number = format!("{}.", col * half + i + 1);
                let item = b.structure.child(list, Kind::ListItem);
                let label = b.structure.child(item, Kind::Label);
                let body = b.structure.child(item, Kind::ListBody);
                let indent = 16.0;
                let style = text::strong(HANDOUT.body);
                let mut rows = text::rows(&mut b.structure, label, &[(&number, style)], b.x, indent);
                let first = text::rows(
                    &mut b.structure,
                    body,
                    &[(&step.title, style)],
                    b.x + indent,
                    b.width - indent,
                );
                let second = match &step.line {
                    Some(line) => text::rows(
                        &mut b.structure,
                        body,
                        &[(line, text::body(HANDOUT.small))],
                        b.x + indent,
                        b.width - indent,
                    ),
                    None => Vec::new(),
                };
                // The number sits on the title's first line.
                let number_row = rows.pop().unwrap_or_default();
                let mut stacked = text::stack(first.into_iter().chain(second).collect(), 0.0);
                stacked.ops.extend(number_row.ops);
                b.items.push(Item::single(stacked, HANDOUT.gap));
            }
        }));
    }
    side_by_side(b, columns, HANDOUT.gap);
    if let Some(line) = &present.steps.without_figures {
        b.paragraph(root, &[(line, text::muted(HANDOUT.small))]);
    }
}

fn sources(b: &mut Builder, root: NodeId, present: &Presentation) {
    let body = text::body(HANDOUT.small);
    // The data notes below are short: this names what they were checked against.
    let entries: Vec<String> = present
        .sources
        .iter()
        .map(crate::present::SourceUse::line)
        .collect();
    let line = format!("{}.", entries.join("; "));
    // A run-in heading: the page has no room for a heading line.
    b.paragraph(
        root,
        &[
            ("Where the figures come from:", text::strong(HANDOUT.body)),
            (&line, body),
        ],
    );
    if let Some(item) = b.items.last_mut() {
        item.space_before = HANDOUT.gap * 2.0;
    }
    for line in &present.handout_notes {
        b.paragraph(root, &[(line, body)]);
    }
}

#[cfg(test)]
mod legibility {
    use super::{CHART_ASPECT_MAX, CHART_ASPECT_MIN, MARGIN, chart_aspects, chart_text_scale};
    use crate::export::{
        ChartId,
        pdf::{
            Paper,
            guide::{FIGURE_WIDTH_PX, MARGINS, PRINT_TEXT_SCALE, figure_svg},
        },
    };

    /// The smallest `font-size` in an SVG, in its pixels.
    fn smallest_font(svg: &str) -> f32 {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse::<f32>().ok())
            .fold(f32::INFINITY, f32::min)
    }

    /// The smallest text of `chart` printed `width` points wide, in points.
    fn smallest_printed(chart: ChartId, aspect: f32, text_scale: f32, width: f32) -> f32 {
        let guide = crate::model::load::load_bundled().unwrap_or_else(|p| panic!("{p}"));
        let (svg, _) = figure_svg(
            &crate::present::Presentation::of(guide),
            chart,
            aspect,
            text_scale,
        );
        smallest_font(&svg) * width / FIGURE_WIDTH_PX
    }

    #[test]
    fn the_handout_tries_every_chart_ratio_down_to_the_least() {
        let aspects: Vec<f32> = chart_aspects().collect();
        assert_eq!(aspects.first(), Some(&CHART_ASPECT_MAX));
        assert_eq!(aspects.last(), Some(&CHART_ASPECT_MIN), "{aspects:?}");
        assert_eq!(aspects.len(), 14, "steps of 0.02: {aspects:?}");
        assert!(
            aspects.windows(2).all(|w| (w[0] - w[1] - 0.02).abs() < 1e-4),
            "{aspects:?}"
        );
    }

    #[test]
    fn printed_charts_have_no_text_under_7_points() {
        for paper in [Paper::A4, Paper::Letter] {
            let guide_width = paper.size().width - 2.0 * MARGINS[0];
            for (chart, aspect) in [
                (ChartId::SalaryByExperience, 0.56),
                (ChartId::GlobalSalaries, 0.6),
            ] {
                let points = smallest_printed(chart, aspect, PRINT_TEXT_SCALE, guide_width);
                assert!(
                    points >= 7.0,
                    "{chart:?} in the guide on {paper:?}: {points:.1} pt"
                );
            }
            let handout_width = paper.size().width - 2.0 * MARGIN;
            for aspect in chart_aspects() {
                let points = smallest_printed(
                    ChartId::SalaryByExperience,
                    aspect,
                    chart_text_scale(aspect),
                    handout_width,
                );
                assert!(
                    points >= 6.5,
                    "handout chart at {aspect:.2} on {paper:?}: {points:.1} pt"
                );
            }
        }
    }
}
