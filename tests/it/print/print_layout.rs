//! The printed guide's page layout: no heading ends a page, a career level stays with its
//! description, notes are printed where they belong, and nothing runs past the margins.

use crate::common;
use crate::common::data::shown;

use common::{
    data::guide,
    pdf::{squash, text_of},
};
use medtech_guide::{
    chart::GlobalChart,
    export::pdf::{self, Paper, doc::Kind},
};

#[test]
fn no_heading_ends_a_page() {
    let guide = guide();
    for paper in Paper::ALL {
        let layout = pdf::guide::layout(&shown(&guide), paper);
        let heading_contents: Vec<usize> = layout
            .structure
            .nodes
            .iter()
            .filter(|(kind, _)| matches!(kind, Kind::Heading { .. }))
            .flat_map(|(_, children)| children.iter())
            .filter_map(|c| match c {
                pdf::doc::Child::Content(id) => Some(*id),
                pdf::doc::Child::Node(_) | pdf::doc::Child::Link(_) => None,
            })
            .collect();
        for (index, page) in layout.pages.iter().enumerate() {
            let last = page.ops.iter().rev().find_map(|p| p.content);
            if let Some(last) = last {
                assert!(
                    !heading_contents.contains(&last),
                    "{paper:?}: page {} ends with a heading",
                    index + 1
                );
            }
        }
    }
}

/// The index of the first page with a text run that `wanted` picks.
fn page_of(layout: &pdf::doc::Document, wanted: impl Fn(&str, &pdf::doc::Style) -> bool) -> Option<usize> {
    layout.pages.iter().position(|page| {
        page.ops.iter().any(|p| match &p.op {
            pdf::doc::Op::Text { text, style, .. } => wanted(text.trim_end(), style),
            _ => false,
        })
    })
}

#[test]
fn a_career_level_heading_and_its_pay_line_stay_with_its_description() {
    let guide = guide();
    for paper in Paper::ALL {
        let layout = pdf::guide::layout(&shown(&guide), paper);
        for level in &guide.salary.levels {
            let heading = page_of(&layout, |text, style| {
                text == level.title && style.bold && (style.size - pdf::layout::GUIDE.h3).abs() < 0.01
            });
            // The first line of the level's role.
            let role = page_of(&layout, |text, style| {
                !style.bold && text.len() > 20 && level.role.starts_with(text)
            });
            assert!(heading.is_some(), "{paper:?}: no heading {}", level.title);
            assert_eq!(
                heading, role,
                "{paper:?}: {} and its pay line end a page without its description",
                level.title
            );
        }
    }
}

#[test]
fn the_world_salary_notes_are_printed_under_the_chart_and_on_the_sources_page_only() {
    let guide = guide();
    let global = GlobalChart::from_guide(&guide);
    assert!(!global.footnotes.is_empty(), "the chart has notes");
    for paper in Paper::ALL {
        let text = text_of(&pdf::guide_pdf(&shown(&guide), paper).expect("guide PDF"));
        for note in &global.footnotes {
            assert_eq!(
                text.matches(&squash(note)).count(),
                2,
                "{paper:?}: {note:?} is not said once under the chart and once among the sources"
            );
        }
        // The table under the chart points to them.
        assert!(
            text.contains(&format!(
                "The notes on the regions are under the chart “{}” above.",
                global.title
            )),
            "{paper:?}: the table does not point to the chart's notes"
        );
    }
}

#[test]
fn nothing_runs_past_the_margins() {
    use pdf::doc::Op;
    let guide = guide();
    for paper in Paper::ALL {
        let dims = paper.size();
        let [side, top, bottom] = pdf::guide::MARGINS;
        let handout = pdf::handout::MARGIN;
        for (name, layout, side, top, bottom) in [
            (
                "guide",
                pdf::guide::layout(&shown(&guide), paper),
                side,
                top,
                bottom,
            ),
            (
                "handout",
                pdf::handout::layout(&shown(&guide), paper),
                handout,
                handout,
                handout,
            ),
        ] {
            let (left, right, foot) = (side - 0.01, dims.width - side + 0.01, dims.height - bottom + 0.01);
            for (index, page) in layout.pages.iter().enumerate() {
                let at = format!("{name} on {paper:?}, page {}", index + 1);
                for placed in &page.ops {
                    // Boxes: left, top, right, bottom.
                    let (x0, y0, x1, y1) = match &placed.op {
                        Op::Text { x, y, text, style } => {
                            let end = x + pdf::text::width(text.trim_end(), *style);
                            (*x, y - style.size * 0.8, end, *y)
                        }
                        Op::Rect { x, y, w, h, .. }
                        | Op::Figure { x, y, w, h, .. }
                        | Op::Link { x, y, w, h, .. } => (*x, *y, x + w, y + h),
                        Op::Line { from, to, .. } => (
                            from[0].min(to[0]),
                            from[1].min(to[1]),
                            from[0].max(to[0]),
                            from[1].max(to[1]),
                        ),
                    };
                    assert!(
                        x0 >= left && x1 <= right,
                        "{at}: {:?} runs from {x0} to {x1} pt, past the side margins",
                        placed.op
                    );
                    // The footers sit in the bottom margin; everything else in the frame.
                    let footer = placed.content.is_none() && y0 > foot;
                    assert!(
                        footer || (y0 >= top - 0.01 && y1 <= foot),
                        "{at}: {:?} runs from {y0} to {y1} pt, past the top or bottom margin",
                        placed.op
                    );
                }
            }
        }
    }
}
