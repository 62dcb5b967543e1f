//! Flowing items down pages: rows that may break between them, headings kept with what follows,
//! at least two rows of a broken item on each page, table headers repeated after a break.

use super::doc::{Anchor, Op, Page, Placed};

/// An unbreakable horizontal strip: ops are relative to the strip's top (x is on the page).
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub height: f32,
    pub ops: Vec<Placed>,
    /// The heading this row starts, if any (index into the document's anchors).
    pub anchor: Option<usize>,
}

/// A block of rows with its breaking rules.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub rows: Vec<Row>,
    /// Space above, dropped at the top of a page.
    pub space_before: f32,
    /// May break between rows (paragraphs, lists, tables); otherwise moves whole.
    pub splittable: bool,
    /// Must share a page with the start of the next item (headings).
    pub keep_with_next: bool,
    /// Starts a new page.
    pub page_break_before: bool,
    /// Drawn again (as an artifact) at the top of each page the item continues on.
    pub repeat: Option<Row>,
}

impl Item {
    /// An item of one unbreakable row.
    #[must_use]
    pub fn single(row: Row, space_before: f32) -> Self {
        Self {
            rows: vec![row],
            space_before,
            ..Self::default()
        }
    }

    fn height(&self) -> f32 {
        self.rows.iter().map(|r| r.height).sum()
    }

    /// Height of the part that must stay together at the bottom of a page.
    fn head_height(&self) -> f32 {
        if self.splittable {
            // The fewest rows `balance` will leave on this page.
            let first = if self.rows.len() >= 2 * MIN_ROWS {
                MIN_ROWS
            } else {
                self.rows.len()
            };
            self.rows.iter().take(first).map(|r| r.height).sum::<f32>()
                + self.repeat.as_ref().map_or(0.0, |r| r.height)
        } else {
            self.height()
        }
    }
}

/// Fewest rows of a broken item on either side of the break (no orphans, no widows).
const MIN_ROWS: usize = 2;

/// The area rows flow into.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub top: f32,
    pub bottom: f32,
}

struct Cursor<'a> {
    pages: Vec<Page>,
    y: f32,
    frame: Frame,
    anchors: &'a mut [Anchor],
}

impl Cursor<'_> {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn at_top(&self) -> bool {
        self.y <= self.frame.top + 0.01
    }

    fn room(&self) -> f32 {
        self.frame.bottom - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.frame.top;
    }

    fn place(&mut self, row: &Row, as_artifact: bool) {
        let y = self.y;
        let index = self.pages.len().saturating_sub(1);
        if let Some(anchor) = row.anchor.and_then(|a| self.anchors.get_mut(a)) {
            anchor.at = Some((index, y));
        }
        let page = self.page();
        for placed in &row.ops {
            if as_artifact && matches!(placed.op, Op::Link { .. }) {
                // A repeated row is decoration: its links work where it first stands.
                continue;
            }
            page.ops.push(Placed {
                op: placed.op.clone().shifted(y),
                content: if as_artifact { None } else { placed.content },
            });
        }
        self.y += row.height;
    }
}

/// Lays `items` out on pages of `frame`, recording where each anchor lands.
#[must_use]
pub fn paginate(items: &[Item], frame: Frame, anchors: &mut [Anchor]) -> Vec<Page> {
    let mut cursor = Cursor {
        pages: vec![Page::default()],
        y: frame.top,
        frame,
        anchors,
    };
    for (index, item) in items.iter().enumerate() {
        if item.page_break_before && !(cursor.at_top() && cursor.pages.len() == 1 && index == 0) {
            cursor.new_page();
        }
        let space = if cursor.at_top() { 0.0 } else { item.space_before };
        // What must fit here: the item (or its first rows) and, for a heading, the start of
        // the next item.
        let mut needed = space + item.head_height();
        if item.keep_with_next {
            needed = space + item.height();
            for following in items.iter().skip(index + 1) {
                if following.page_break_before {
                    // Nothing can stay with what follows a forced page break.
                    break;
                }
                needed += following.space_before + following.head_height();
                if !following.keep_with_next {
                    break;
                }
            }
        }
        if needed > cursor.room() && !cursor.at_top() {
            cursor.new_page();
        } else {
            cursor.y += space;
        }
        place_rows(&mut cursor, item);
    }
    cursor.pages
}

fn place_rows(cursor: &mut Cursor, item: &Item) {
    let mut rows: &[Row] = &item.rows;
    let mut placed_any = false;
    while !rows.is_empty() {
        let mut room = cursor.room();
        let fit = rows
            .iter()
            .take_while(|r| {
                room -= r.height;
                room >= -0.01
            })
            .count();
        let mut take = if item.splittable {
            balance(rows.len(), fit)
        } else if fit == rows.len() {
            rows.len()
        } else {
            0
        };
        if take == 0 && cursor.at_top() {
            // Taller than a page: place what fits (or the first row), never loop.
            take = if item.splittable { fit.max(1) } else { rows.len() };
        }
        let (now, later) = rows.split_at(take.min(rows.len()));
        for row in now {
            cursor.place(row, false);
        }
        placed_any |= !now.is_empty();
        rows = later;
        if !rows.is_empty() {
            cursor.new_page();
            if let (Some(header), true) = (&item.repeat, placed_any) {
                cursor.place(header, true);
            }
        }
    }
}

/// How many of `total` rows to place when `fit` fit: all, or a break leaving at least
/// [`MIN_ROWS`] on each side, or none (move the item to the next page).
#[must_use]
pub fn balance(total: usize, fit: usize) -> usize {
    if fit >= total {
        return total;
    }
    let take = fit.min(total.saturating_sub(MIN_ROWS));
    if take < MIN_ROWS { 0 } else { take }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::pdf::doc::{Kind, Structure, artifact};

    fn rows(structure: &mut Structure, count: usize, height: f32) -> Vec<Row> {
        let node = structure.root(Kind::Paragraph);
        (0..count)
            .map(|i| Row {
                height,
                ops: vec![structure.content(
                    node,
                    Op::Text {
                        x: 0.0,
                        y: 0.0,
                        text: format!("row {i}"),
                        style: crate::export::pdf::text::body(10.0),
                    },
                )],
                anchor: None,
            })
            .collect()
    }

    fn texts(page: &Page) -> Vec<(String, bool)> {
        page.ops
            .iter()
            .filter_map(|p| match &p.op {
                Op::Text { text, .. } => Some((text.clone(), p.content.is_some())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn balance_keeps_two_rows_on_each_side_of_a_break() {
        assert_eq!(balance(5, 9), 5);
        assert_eq!(balance(5, 4), 3);
        assert_eq!(balance(5, 1), 0);
        assert_eq!(balance(3, 2), 0);
        assert_eq!(balance(4, 3), 2);
    }

    #[test]
    fn a_broken_table_repeats_its_header_as_an_artifact_and_never_splits_a_row() {
        let mut structure = Structure::default();
        let mut body = rows(&mut structure, 12, 10.0);
        let header = Row {
            height: 10.0,
            ops: vec![artifact(Op::Text {
                x: 0.0,
                y: 0.0,
                text: "header".to_owned(),
                style: crate::export::pdf::text::body(10.0),
            })],
            anchor: None,
        };
        body.insert(0, header.clone());
        let items = [
            Item::single(
                Row {
                    height: 60.0,
                    ..Row::default()
                },
                0.0,
            ),
            Item {
                rows: body,
                splittable: true,
                repeat: Some(header),
                ..Item::default()
            },
        ];
        let pages = paginate(
            &items,
            Frame {
                top: 0.0,
                bottom: 100.0,
            },
            &mut [],
        );
        assert_eq!(pages.len(), 2, "{pages:?}");
        let second = texts(&pages[1]);
        assert_eq!(second.first(), Some(&("header".to_owned(), false)), "{second:?}");
        let tagged: usize = pages
            .iter()
            .map(|p| texts(p).iter().filter(|t| t.1).count())
            .sum();
        assert_eq!(tagged, 12, "every row once as content");
        for page in &pages {
            for placed in &page.ops {
                if let Op::Text { y, .. } = placed.op {
                    assert!(y <= 100.0, "a row runs past the frame");
                }
            }
        }
    }

    #[test]
    fn a_heading_moves_to_the_next_page_with_what_follows() {
        let mut structure = Structure::default();
        let filler = Item::single(
            Row {
                height: 85.0,
                ..Row::default()
            },
            0.0,
        );
        let heading = Item {
            rows: rows(&mut structure, 1, 10.0),
            keep_with_next: true,
            ..Item::default()
        };
        let paragraph = Item {
            rows: rows(&mut structure, 4, 10.0),
            splittable: true,
            ..Item::default()
        };
        let pages = paginate(
            &[filler, heading, paragraph],
            Frame {
                top: 0.0,
                bottom: 100.0,
            },
            &mut [],
        );
        assert_eq!(pages.len(), 2);
        assert!(
            texts(&pages[0]).is_empty(),
            "the heading was left alone: {:?}",
            texts(&pages[0])
        );
    }

    #[test]
    fn keeping_with_the_next_item_stops_at_a_forced_page_break() {
        let mut structure = Structure::default();
        let filler = Item::single(
            Row {
                height: 80.0,
                ..Row::default()
            },
            0.0,
        );
        let entry = Item {
            rows: rows(&mut structure, 1, 10.0),
            keep_with_next: true,
            ..Item::default()
        };
        let next_part = Item {
            rows: rows(&mut structure, 1, 60.0),
            page_break_before: true,
            ..Item::default()
        };
        let pages = paginate(
            &[filler, entry, next_part],
            Frame {
                top: 0.0,
                bottom: 100.0,
            },
            &mut [],
        );
        assert_eq!(pages.len(), 2);
        assert_eq!(texts(&pages[0]).len(), 1, "the entry stays on the first page");
    }
}
