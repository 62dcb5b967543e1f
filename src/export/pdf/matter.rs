//! The guide's front and back matter: the title page with where the figures come from, the
//! contents list with page numbers (each entry a link to its heading), the sources page, and the
//! page footers.

use super::{
    doc::{Anchor, Kind, NodeId, Op, Page, Placed, artifact},
    flow::Item,
    guide::MARGINS,
    layout::{Builder, GUIDE, Paper},
    text::{self, TOKENS},
};
use crate::present::{Presentation, SourceUse};

/// The title of the sources page.
pub const SOURCES_TITLE: &str = "Sources";

pub fn title_page(b: &mut Builder, present: &Presentation) {
    let guide = present.guide();
    let node = b.structure.root(Kind::Section);
    let title = b.structure.child(
        node,
        Kind::Heading {
            level: 1,
            title: guide.text.title.clone(),
        },
    );
    let rows = text::rows(
        &mut b.structure,
        title,
        &[(&guide.text.title, text::strong(28.0))],
        b.x,
        b.width,
    );
    b.items.push(Item::single(text::stack(rows, 110.0), 0.0));
    b.paragraph(node, &[(&guide.text.summary, text::body(12.5))]);
    b.heading_unlisted(node, 2, "Where the figures come from", false);
    let body = text::body(GUIDE.body);
    b.paragraph(
        node,
        &[(
            "Every figure is as the guide gives it, with its source and the date or period it refers to where the guide names one. Where the guide's figure differs from the body it cites, a data note says what that body gives.",
            body,
        )],
    );
    let entries: Vec<String> = present.sources.iter().map(SourceUse::line).collect();
    let runs: Vec<Vec<(&str, _)>> = entries.iter().map(|e| vec![(e.as_str(), body)]).collect();
    b.list(node, &runs, false);
}

pub fn contents(b: &mut Builder, toc: &[Anchor]) {
    let node = b.structure.root(Kind::Toc);
    b.heading_unlisted(node, 1, "Contents", true);
    // The document's anchors are the headings in order, so entry `index` goes to anchor `index`.
    for (index, anchor) in toc.iter().enumerate() {
        entry(b, node, index, anchor);
    }
}

/// A contents entry: the title and page number, as one link to the heading (a reference holding
/// a link in the structure tree).
fn entry(b: &mut Builder, toc: NodeId, index: usize, anchor: &Anchor) {
    let (title, level) = (anchor.title.as_str(), anchor.level);
    let page = anchor.at.map(|(page, _)| page + 1);
    let item = b.structure.child(toc, Kind::TocItem);
    let reference = b.structure.child(item, Kind::Reference);
    let link = b.structure.child(reference, Kind::Link);
    let (style, indent) = if level == 1 {
        (text::body(GUIDE.body), 0.0)
    } else {
        (text::muted(GUIDE.small), 16.0)
    };
    let number_width = 30.0;
    let rows = text::rows(
        &mut b.structure,
        link,
        &[(title, style)],
        b.x + indent,
        b.width - indent - number_width - 8.0,
    );
    let mut row = text::stack(rows, 0.0);
    let number = page.map_or_else(|| "0".to_owned(), |n| n.to_string());
    let leading = style.size * text::LEADING;
    let x = b.x + b.width - text::width(&number, style);
    let op = b.structure.content(
        link,
        Op::Text {
            x,
            y: row.height - leading + text::baseline(leading, style.size),
            text: number,
            style,
        },
    );
    row.ops.push(op);
    let id = b.structure.link(link);
    let alt = match page {
        Some(n) => format!("Go to {title}, page {n}"),
        None => format!("Go to {title}"),
    };
    row.ops.push(Placed {
        op: Op::Link {
            x: b.x + indent,
            y: 0.0,
            w: b.width - indent,
            h: row.height,
            id,
            anchor: index,
            alt,
        },
        content: None,
    });
    let mut item = Item::single(row, if level == 1 { 3.0 } else { 0.0 });
    item.keep_with_next = level == 1;
    b.items.push(item);
}

pub fn sources_page(b: &mut Builder, present: &Presentation) {
    let node = b.structure.root(Kind::Section);
    b.heading(node, 1, SOURCES_TITLE, true);
    let body = text::body(GUIDE.body);
    b.paragraph(
        node,
        &[(
            "The figures in this guide come from these sources; the guide gives no date for some of them.",
            body,
        )],
    );
    let labels: Vec<String> = present.sources.iter().map(|s| format!("{}:", s.label)).collect();
    let runs: Vec<Vec<(&str, _)>> = present
        .sources
        .iter()
        .zip(&labels)
        .map(|(source, label)| {
            vec![
                (label.as_str(), text::strong(GUIDE.body)),
                (source.supports.as_str(), body),
            ]
        })
        .collect();
    b.list(node, &runs, false);
    for line in &present.facts_table.notes {
        b.boxed(node, Kind::Note, &[vec![(line.as_str(), body)]], TOKENS.note_fill);
    }
    for note in present
        .salary
        .notes
        .with_sources
        .iter()
        .chain(&present.global.notes.with_sources)
    {
        b.paragraph(node, &[(note, text::muted(GUIDE.small))]);
    }
}

pub fn footers(pages: &mut [Page], title: &str, paper: Paper) {
    let size = paper.size();
    let count = pages.len();
    let style = text::muted(8.5);
    let y = size.height - MARGINS[2] + 30.0;
    for (index, page) in pages.iter_mut().enumerate().skip(1) {
        let number = format!("Page {} of {count}", index + 1);
        page.ops.push(artifact(Op::Text {
            x: MARGINS[0],
            y,
            text: title.to_owned(),
            style,
        }));
        page.ops.push(artifact(Op::Text {
            x: size.width - MARGINS[0] - text::width(&number, style),
            y,
            text: number,
            style,
        }));
    }
}
