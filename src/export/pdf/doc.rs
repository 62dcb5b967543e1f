//! What a laid-out document is, independent of how it is written: drawing operations in points
//! (origin top left, y down) and the logical structure they belong to. The PDF painter turns this
//! into tagged PDF; the SVG painter into an image of the same page.

use std::sync::Arc;

use egui::Color32;

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    /// Font size in points.
    pub size: f32,
    /// Drawn heavier (the embedded face has one weight, so bold is fill plus a thin stroke).
    pub bold: bool,
    pub color: Color32,
}

impl Style {
    /// Stroke width that makes the light face read as bold.
    #[must_use]
    pub fn bold_stroke(self) -> f32 {
        self.size * 0.035
    }
}

/// One drawing operation.
#[derive(Debug, Clone)]
pub enum Op {
    /// A run of text; `y` is the baseline.
    Text {
        x: f32,
        y: f32,
        text: String,
        style: Style,
    },
    /// A rectangle, filled and/or outlined.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Color32>,
        stroke: Option<(Color32, f32)>,
    },
    /// A straight line.
    Line {
        from: [f32; 2],
        to: [f32; 2],
        color: Color32,
        width: f32,
    },
    /// A chart drawn from its SVG, scaled into the box.
    Figure {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        svg: Arc<str>,
    },
    /// A clickable area that goes to a heading: draws nothing; the PDF gets a link annotation
    /// there, in the structure tree as link `id` (see [`Structure::link`]).
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        id: LinkId,
        /// Index of the heading in the document's anchors.
        anchor: usize,
        /// What the link does, for assistive technology (the annotation's description).
        alt: String,
    },
}

impl Op {
    /// The same operation moved down by `dy`.
    #[must_use]
    pub fn shifted(mut self, dy: f32) -> Self {
        match &mut self {
            Self::Text { y, .. } | Self::Rect { y, .. } | Self::Figure { y, .. } | Self::Link { y, .. } => {
                *y += dy;
            }
            Self::Line { from, to, .. } => {
                from[1] += dy;
                to[1] += dy;
            }
        }
        self
    }
}

/// Index of a content leaf in the structure tree.
pub type ContentId = usize;
/// Index of a structure element.
pub type NodeId = usize;
/// Index of a link annotation in the structure tree.
pub type LinkId = usize;

/// An operation and the content leaf it belongs to (`None`: an artifact, such as a footer or a
/// repeated table header, that assistive technology skips; or an [`Op::Link`], which is in the
/// structure tree by its own id).
#[derive(Debug, Clone)]
pub struct Placed {
    pub op: Op,
    pub content: Option<ContentId>,
}

/// What a structure element is.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Section,
    /// A heading; level 1 is a section title.
    Heading {
        level: u16,
        title: String,
    },
    Paragraph,
    List {
        numbered: bool,
    },
    ListItem,
    Label,
    ListBody,
    Table {
        summary: String,
    },
    TableHead,
    TableBody,
    Row,
    HeaderCell {
        column: bool,
    },
    Cell,
    Figure {
        alt: String,
    },
    Caption,
    Toc,
    TocItem,
    /// A reference to content elsewhere in the document (a contents entry's text).
    Reference,
    /// A link: its text and its annotation ([`Child::Link`]).
    Link,
    Note,
    Div,
}

/// A child of a structure element, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Child {
    Node(NodeId),
    Content(ContentId),
    /// The annotation of an [`Op::Link`].
    Link(LinkId),
}

/// The logical structure of a document: elements with children in reading order.
#[derive(Debug, Clone, Default)]
pub struct Structure {
    pub nodes: Vec<(Kind, Vec<Child>)>,
    pub roots: Vec<NodeId>,
    contents: usize,
    links: usize,
}

impl Structure {
    /// A new top-level element.
    pub fn root(&mut self, kind: Kind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push((kind, Vec::new()));
        self.roots.push(id);
        id
    }

    /// A new element inside `parent`.
    pub fn child(&mut self, parent: NodeId, kind: Kind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push((kind, Vec::new()));
        if let Some((_, children)) = self.nodes.get_mut(parent) {
            children.push(Child::Node(id));
        }
        id
    }

    /// `op` as the next piece of content of `node`.
    pub fn content(&mut self, node: NodeId, op: Op) -> Placed {
        let id = self.contents;
        self.contents += 1;
        if let Some((_, children)) = self.nodes.get_mut(node) {
            children.push(Child::Content(id));
        }
        Placed {
            op,
            content: Some(id),
        }
    }

    /// A link annotation as the next child of `node` (a [`Kind::Link`]): the id for its
    /// [`Op::Link`].
    pub fn link(&mut self, node: NodeId) -> LinkId {
        let id = self.links;
        self.links += 1;
        if let Some((_, children)) = self.nodes.get_mut(node) {
            children.push(Child::Link(id));
        }
        id
    }

    /// How many link annotations there are.
    #[must_use]
    pub fn link_count(&self) -> usize {
        self.links
    }

    /// How many content leaves there are.
    #[must_use]
    pub fn content_count(&self) -> usize {
        self.contents
    }
}

/// `op` as an artifact.
#[must_use]
pub fn artifact(op: Op) -> Placed {
    Placed { op, content: None }
}

/// A heading to list in the outline and table of contents, and where it landed.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub title: String,
    /// 1 for a section, 2 for a subsection.
    pub level: u16,
    /// Page index and y of the heading's top, set by pagination.
    pub at: Option<(usize, f32)>,
}

/// A page size in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    pub width: f32,
    pub height: f32,
}

/// A laid-out page.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub ops: Vec<Placed>,
}

/// A whole laid-out document.
#[derive(Debug, Clone)]
pub struct Document {
    pub title: String,
    /// BCP 47 language tag.
    pub language: String,
    pub size: PageSize,
    pub pages: Vec<Page>,
    pub structure: Structure,
    pub anchors: Vec<Anchor>,
}
