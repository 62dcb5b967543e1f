//! Tables on a printed page: a header row of header cells (drawn again, as an artifact, after a
//! page break) and rows that never break.

use super::{
    doc::{Kind, NodeId, Op, Style, artifact},
    flow::{Item, Row},
    layout::Builder,
    text::{self, TOKENS},
};

impl Builder {
    /// A table inside `parent`: a header row (repeated after a page break) and rows of cells
    /// that never break. `widths` are fractions of the column width; `right` marks right-aligned
    /// (numeric) columns.
    pub fn table(
        &mut self,
        parent: NodeId,
        summary: &str,
        header: &[&str],
        rows: &[Vec<String>],
        widths: &[f32],
        right: &[bool],
    ) {
        let table = self.structure.child(
            parent,
            Kind::Table {
                summary: summary.to_owned(),
            },
        );
        let head = self.structure.child(table, Kind::TableHead);
        let pad = 4.0;
        let columns: Vec<(f32, f32)> = {
            let mut x = self.x;
            widths
                .iter()
                .map(|w| {
                    let col = (x, w * self.width);
                    x += w * self.width;
                    col
                })
                .collect()
        };
        let small = self.scale.small;
        let header_row = self.table_row(head, true, header, &columns, right, text::strong(small), pad);
        let body = self.structure.child(table, Kind::TableBody);
        let mut out = vec![header_row.clone()];
        for cells in rows {
            let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
            out.push(self.table_row(body, false, &cells, &columns, right, text::body(small + 0.5), pad));
        }
        self.items.push(Item {
            rows: out,
            space_before: self.scale.gap * 1.5,
            splittable: true,
            repeat: Some(header_row),
            ..Item::default()
        });
    }

    #[expect(clippy::too_many_arguments, reason = "a table cell is placed by all of these")]
    fn table_row(
        &mut self,
        group: NodeId,
        header: bool,
        cells: &[&str],
        columns: &[(f32, f32)],
        right: &[bool],
        style: Style,
        pad: f32,
    ) -> Row {
        let row_node = self.structure.child(group, Kind::Row);
        let mut ops = Vec::new();
        let mut height: f32 = 0.0;
        for (index, (cell, (x, w))) in cells.iter().zip(columns).enumerate() {
            let kind = if header {
                Kind::HeaderCell { column: true }
            } else {
                Kind::Cell
            };
            let node = self.structure.child(row_node, kind);
            let align_right = right.get(index).copied().unwrap_or(false);
            let inner = w - 2.0 * pad;
            let mut rows = text::rows(&mut self.structure, node, &[(cell, style)], x + pad, inner);
            if align_right {
                for row in &mut rows {
                    for placed in &mut row.ops {
                        if let Op::Text {
                            x: tx,
                            text: t,
                            style: s,
                            ..
                        } = &mut placed.op
                        {
                            *tx = x + w - pad - text::width(t.trim_end(), *s);
                        }
                    }
                }
            }
            let stacked = text::stack(rows, pad);
            height = height.max(stacked.height + pad);
            ops.extend(stacked.ops);
        }
        let line = if header {
            TOKENS.text_muted
        } else {
            TOKENS.card_stroke
        };
        let left = columns.first().map_or(self.x, |c| c.0);
        ops.push(artifact(Op::Line {
            from: [left, height],
            to: [self.x + self.width, height],
            color: line,
            width: if header { 0.9 } else { 0.5 },
        }));
        if header {
            ops.insert(
                0,
                artifact(Op::Rect {
                    x: left,
                    y: 0.0,
                    w: self.width,
                    h: height,
                    fill: Some(TOKENS.card_fill),
                    stroke: None,
                }),
            );
        }
        Row {
            height,
            ops,
            anchor: None,
        }
    }
}
