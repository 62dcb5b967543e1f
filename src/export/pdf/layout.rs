//! Building blocks of a printed page: headings, paragraphs, lists, tables, figures, boxed notes.
//! Each adds items to a [`Builder`] and the matching elements to its structure tree.

use std::sync::Arc;

use egui::Color32;

use super::{
    doc::{Anchor, Document, Kind, NodeId, Op, Page, PageSize, Structure, Style},
    flow::{self, Frame, Item, Row},
    text::{self, TOKENS},
};

/// A paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Both sizes.
    pub const ALL: [Self; 2] = [Self::A4, Self::Letter];

    /// The page size in points.
    #[must_use]
    pub fn size(self) -> PageSize {
        match self {
            Self::A4 => PageSize {
                width: 595.28,
                height: 841.89,
            },
            Self::Letter => PageSize {
                width: 612.0,
                height: 792.0,
            },
        }
    }

    /// `a4`, `letter`: the command-line name.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Self::A4 => "a4",
            Self::Letter => "letter",
        }
    }

    /// The usual paper where the locale (`LC_PAPER`, `LC_ALL`, `LANG`: `en_US.UTF-8`) is known:
    /// Letter in the US, Canada, Mexico, the Philippines, Chile and Colombia; A4 elsewhere.
    #[must_use]
    pub fn from_locale(locale: Option<&str>) -> Self {
        let region = locale
            .and_then(|l| l.split(['.', '@']).next())
            .and_then(|l| l.split('_').nth(1))
            .unwrap_or("");
        match region {
            "US" | "CA" | "MX" | "PH" | "CL" | "CO" => Self::Letter,
            _ => Self::A4,
        }
    }

    /// [`Paper::from_locale`] for the environment's locale.
    #[must_use]
    pub fn from_environment() -> Self {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
        Self::from_locale(locale.as_deref())
    }
}

/// Sizes in points for a document.
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    pub body: f32,
    pub small: f32,
    pub h1: f32,
    pub h2: f32,
    pub h3: f32,
    /// Space between blocks.
    pub gap: f32,
    /// Space between the notes of a figure's caption.
    pub caption_gap: f32,
}

/// The guide's type scale: 10.5 pt body text.
pub const GUIDE: Scale = Scale {
    body: 10.5,
    small: 9.0,
    h1: 19.0,
    h2: 13.5,
    h3: 11.5,
    gap: 7.0,
    caption_gap: 2.0,
};

/// Collects the items and structure of a document.
pub struct Builder {
    pub structure: Structure,
    pub items: Vec<Item>,
    pub anchors: Vec<Anchor>,
    /// Left edge and width of the text column.
    pub x: f32,
    pub width: f32,
    pub scale: Scale,
}

impl Builder {
    #[must_use]
    pub fn new(x: f32, width: f32, scale: Scale) -> Self {
        Self {
            structure: Structure::default(),
            items: Vec::new(),
            anchors: Vec::new(),
            x,
            width,
            scale,
        }
    }

    /// Breaks what was built into pages of `frame` (the anchors learn their pages), lets `pages`
    /// add to them (the guide's footers), and makes the document: `title`, in English, on `size`.
    #[must_use]
    pub fn into_document(
        self,
        title: String,
        size: PageSize,
        frame: Frame,
        pages: impl FnOnce(&mut [Page]),
    ) -> Document {
        let mut anchors = self.anchors;
        let mut paginated = flow::paginate(&self.items, frame, &mut anchors);
        pages(&mut paginated);
        Document {
            title,
            language: "en".to_owned(),
            size,
            pages: paginated,
            structure: self.structure,
            anchors,
        }
    }

    /// A heading at `level` (1: section title, 2: subsection, 3: minor) inside `parent`,
    /// listed in the outline (levels 1 and 2); kept with what follows.
    pub fn heading(&mut self, parent: NodeId, level: u16, title: &str, page_break: bool) {
        self.heading_with(parent, level, title, page_break, level <= 2);
    }

    /// A heading that the outline and contents do not list (the title page's, the contents').
    pub fn heading_unlisted(&mut self, parent: NodeId, level: u16, title: &str, page_break: bool) {
        self.heading_with(parent, level, title, page_break, false);
    }

    fn heading_with(&mut self, parent: NodeId, level: u16, title: &str, page_break: bool, listed: bool) {
        // The document title is the only H1; a section title is H2.
        let node = self.structure.child(
            parent,
            Kind::Heading {
                level: level + 1,
                title: title.to_owned(),
            },
        );
        let (size, space) = match level {
            0 | 1 => (self.scale.h1, self.scale.gap * 3.0),
            2 => (self.scale.h2, self.scale.gap * 2.2),
            _ => (self.scale.h3, self.scale.gap * 1.4),
        };
        let rows = text::rows(
            &mut self.structure,
            node,
            &[(title, text::strong(size))],
            self.x,
            self.width,
        );
        let mut row = text::stack(rows, 0.0);
        if level == 1 {
            row.ops.push(super::doc::artifact(Op::Line {
                from: [self.x, row.height + 2.0],
                to: [self.x + self.width, row.height + 2.0],
                color: TOKENS.card_stroke,
                width: 0.75,
            }));
            row.height += 6.0;
        }
        row.height += self.scale.gap * 0.4;
        if listed {
            row.anchor = Some(self.anchors.len());
            self.anchors.push(Anchor {
                title: title.to_owned(),
                level,
                at: None,
            });
        }
        self.items.push(Item {
            rows: vec![row],
            space_before: space,
            keep_with_next: true,
            page_break_before: page_break,
            ..Item::default()
        });
    }

    /// A paragraph of `runs` inside `parent`.
    pub fn paragraph(&mut self, parent: NodeId, runs: &[(&str, Style)]) {
        let node = self.structure.child(parent, Kind::Paragraph);
        let rows = text::rows(&mut self.structure, node, runs, self.x, self.width);
        self.items.push(Item {
            rows,
            space_before: self.scale.gap,
            splittable: true,
            ..Item::default()
        });
    }

    /// A list inside `parent`: each entry is runs of text; numbered or bulleted.
    pub fn list(&mut self, parent: NodeId, entries: &[Vec<(&str, Style)>], numbered: bool) {
        let list = self.structure.child(parent, Kind::List { numbered });
        let indent = self.scale.body * 1.6;
        for (index, runs) in entries.iter().enumerate() {
            let item = self.structure.child(list, Kind::ListItem);
            let label_node = self.structure.child(item, Kind::Label);
            let label = if numbered {
                format!("{}.", index + 1)
            } else {
                "•".to_owned()
            };
            let body_node = self.structure.child(item, Kind::ListBody);
            let mut rows = text::rows(
                &mut self.structure,
                body_node,
                runs,
                self.x + indent,
                self.width - indent,
            );
            let style = text::body(self.scale.body);
            let leading = style.size * text::LEADING;
            let label_op = self.structure.content(
                label_node,
                Op::Text {
                    x: self.x + indent * 0.25,
                    y: text::baseline(leading, style.size),
                    text: label,
                    style,
                },
            );
            if let Some(first) = rows.first_mut() {
                first.ops.insert(0, label_op);
            }
            self.items.push(Item {
                rows,
                space_before: if index == 0 {
                    self.scale.gap
                } else {
                    self.scale.gap * 0.5
                },
                splittable: true,
                ..Item::default()
            });
        }
    }

    /// A chart drawn from `svg` (`aspect` = height / width) with its alternative text and a
    /// caption of `notes` under it.
    pub fn figure(&mut self, parent: NodeId, svg: String, aspect: f32, alt: &str, notes: &[String]) {
        let node = self.structure.child(parent, Kind::Figure { alt: alt.to_owned() });
        let h = self.width * aspect;
        let figure = self.structure.content(
            node,
            Op::Figure {
                x: self.x,
                y: 0.0,
                w: self.width,
                h,
                svg: Arc::from(svg),
            },
        );
        let frame = super::doc::artifact(Op::Rect {
            x: self.x,
            y: 0.0,
            w: self.width,
            h,
            fill: None,
            stroke: Some((TOKENS.card_stroke, 0.5)),
        });
        let caption = self.structure.child(node, Kind::Caption);
        let mut rows = Vec::new();
        for (index, note) in notes.iter().enumerate() {
            if index > 0 {
                // A little air between notes, so each reads as its own.
                rows.push(Row {
                    height: self.scale.caption_gap,
                    ..Row::default()
                });
            }
            rows.extend(text::rows(
                &mut self.structure,
                caption,
                &[(note, text::muted(self.scale.small))],
                self.x,
                self.width,
            ));
        }
        let mut row = text::stack(rows, h + 4.0);
        row.ops.insert(0, frame);
        row.ops.insert(0, figure);
        self.items.push(Item::single(row, self.scale.gap * 2.0));
    }

    /// A shaded box holding `lines` (each runs of text) that never breaks: key facts, notes.
    pub fn boxed(&mut self, parent: NodeId, kind: Kind, lines: &[Vec<(&str, Style)>], fill: Color32) {
        let node = self.structure.child(parent, kind);
        let pad = 8.0;
        let mut rows = Vec::new();
        for runs in lines {
            let p = self.structure.child(node, Kind::Paragraph);
            rows.extend(text::rows(
                &mut self.structure,
                p,
                runs,
                self.x + pad,
                self.width - 2.0 * pad,
            ));
        }
        let mut row = text::stack(rows, pad);
        row.height += pad;
        row.ops.insert(
            0,
            super::doc::artifact(Op::Rect {
                x: self.x,
                y: 0.0,
                w: self.width,
                h: row.height,
                fill: Some(fill),
                stroke: Some((TOKENS.card_stroke, 0.5)),
            }),
        );
        self.items.push(Item::single(row, self.scale.gap * 1.5));
    }
}
