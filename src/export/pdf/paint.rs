//! A laid-out [`Document`] as tagged PDF (krilla): every piece of content marked and placed in
//! the structure tree (footers and repeated headers as artifacts), links to headings as link
//! annotations in the tree, the outline from the document's anchors, title and language in the
//! metadata, checked against PDF/UA-1 rules.

use std::{num::NonZeroU16, sync::LazyLock};

use egui::Color32;
use krilla::{
    Document as PdfDocument, SerializeSettings,
    annotation::{Annotation, LinkAnnotation, Target},
    color::rgb,
    configure::{Accessibility, ConfigurationBuilder},
    destination::XyzDestination,
    geom::{PathBuilder, Point, Rect, Size},
    metadata::Metadata,
    num::NormalizedF32,
    outline::{Outline, OutlineNode},
    page::{Page, PageSettings},
    paint::{Fill, FillRule, Stroke},
    surface::Surface,
    tagging::{
        Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, TableHeaderScope, Tag,
        TagGroup, TagKind, TagTree,
    },
    text::{Font, TextDirection},
};
use krilla_svg::{SurfaceExt as _, SvgSettings};

use super::doc::{Child, Document, Kind, Op, Placed, Structure};
use crate::export::{ExportError, font, render};

static FONT: LazyLock<Option<Font>> = LazyLock::new(|| Font::new(font::FONT_BYTES.into(), 0));

fn paint(color: Color32) -> krilla::paint::Paint {
    let [r, g, b, _] = color.to_srgba_unmultiplied();
    rgb::Color::new(r, g, b).into()
}

fn opacity(color: Color32) -> NormalizedF32 {
    NormalizedF32::new(f32::from(color.a()) / 255.0).unwrap_or(NormalizedF32::ONE)
}

fn fill(color: Color32) -> Fill {
    Fill {
        paint: paint(color),
        opacity: opacity(color),
        rule: FillRule::NonZero,
    }
}

fn stroke(color: Color32, width: f32) -> Stroke {
    Stroke {
        paint: paint(color),
        width,
        opacity: opacity(color),
        ..Stroke::default()
    }
}

fn draw(surface: &mut Surface, op: &Op, font: &Font) -> Result<(), ExportError> {
    match op {
        Op::Text { x, y, text, style } => {
            surface.set_fill(Some(fill(style.color)));
            surface.set_stroke(style.bold.then(|| stroke(style.color, style.bold_stroke())));
            surface.draw_text(
                Point::from_xy(*x, *y),
                font.clone(),
                style.size,
                text,
                false,
                TextDirection::Auto,
            );
        }
        Op::Rect {
            x,
            y,
            w,
            h,
            fill: f,
            stroke: s,
        } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *w, *h) else {
                return Ok(());
            };
            let mut builder = PathBuilder::new();
            builder.push_rect(rect);
            if let Some(path) = builder.finish() {
                surface.set_fill(f.map(fill));
                surface.set_stroke(s.map(|(c, w)| stroke(c, w)));
                surface.draw_path(&path);
            }
        }
        Op::Line {
            from,
            to,
            color,
            width,
        } => {
            let mut builder = PathBuilder::new();
            builder.move_to(from[0], from[1]);
            builder.line_to(to[0], to[1]);
            if let Some(path) = builder.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(stroke(*color, *width)));
                surface.draw_path(&path);
            }
        }
        Op::Figure { x, y, w, h, svg } => {
            let tree = render::parse(svg)?;
            let size = Size::from_wh(*w, *h).ok_or(ExportError::NoArea {
                width: *w,
                height: *h,
            })?;
            surface.push_transform(&krilla::geom::Transform::from_translate(*x, *y));
            let drawn = surface.draw_svg(&tree, size, SvgSettings::default());
            surface.pop();
            drawn.ok_or(ExportError::ChartInPdf)?;
        }
        // Not drawn: the page gets an annotation there (`annotate`).
        Op::Link { .. } => {}
    }
    Ok(())
}

fn content_tag(op: &Op) -> ContentTag<'static> {
    match op {
        Op::Text { .. } => ContentTag::Span(SpanTag::empty()),
        _ => ContentTag::Other,
    }
}

fn group_kind(kind: &Kind) -> TagKind {
    match kind {
        Kind::Section => Tag::Section.into(),
        Kind::Heading { level, title } => Tag::Hn(
            NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        Kind::Paragraph => Tag::P.into(),
        Kind::List { numbered } => Tag::L(if *numbered {
            ListNumbering::Decimal
        } else {
            ListNumbering::Disc
        })
        .into(),
        Kind::ListItem => Tag::LI.into(),
        Kind::Label => Tag::Lbl.into(),
        Kind::ListBody => Tag::LBody.into(),
        Kind::Table { summary } => Tag::Table.with_summary(Some(summary.clone())).into(),
        Kind::TableHead => Tag::THead.into(),
        Kind::TableBody => Tag::TBody.into(),
        Kind::Row => Tag::TR.into(),
        Kind::HeaderCell { column } => Tag::TH(if *column {
            TableHeaderScope::Column
        } else {
            TableHeaderScope::Row
        })
        .into(),
        Kind::Cell => Tag::TD.into(),
        Kind::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
        Kind::Caption => Tag::Caption.into(),
        Kind::Toc => Tag::TOC.into(),
        Kind::TocItem => Tag::TOCI.into(),
        Kind::Reference => Tag::Reference.into(),
        Kind::Link => Tag::Link.into(),
        Kind::Note => Tag::Note.into(),
        Kind::Div => Tag::Div.into(),
    }
}

/// The identifiers krilla gave the marked content and the link annotations, each taken once
/// when its place in the tree is written.
struct Ids {
    contents: Vec<Option<Identifier>>,
    links: Vec<Option<Identifier>>,
}

fn group(structure: &Structure, node: usize, ids: &mut Ids) -> Option<TagGroup> {
    let (kind, children) = structure.nodes.get(node)?;
    let mut group = TagGroup::new(group_kind(kind));
    for child in children {
        let leaf = match child {
            Child::Node(id) => {
                if let Some(g) = self::group(structure, *id, ids) {
                    group.push(Node::Group(g));
                }
                None
            }
            Child::Content(id) => ids.contents.get_mut(*id).and_then(Option::take),
            Child::Link(id) => ids.links.get_mut(*id).and_then(Option::take),
        };
        if let Some(identifier) = leaf {
            group.push(Node::Leaf(identifier));
        }
    }
    Some(group)
}

fn paint_page(
    surface: &mut Surface,
    ops: &[Placed],
    font: &Font,
    ids: &mut [Option<Identifier>],
) -> Result<(), ExportError> {
    for placed in ops.iter().filter(|p| !matches!(p.op, Op::Link { .. })) {
        let tag = match placed.content {
            Some(_) => content_tag(&placed.op),
            None => ContentTag::Artifact(Artifact::new(ArtifactType::Layout, None)),
        };
        let id = surface.start_tagged(tag);
        let result = draw(surface, &placed.op, font);
        surface.end_tagged();
        result?;
        if let Some(slot) = placed.content.and_then(|c| ids.get_mut(c)) {
            *slot = Some(id);
        }
    }
    Ok(())
}

/// Where `anchor` (an index into the document's anchors) landed: its page, at its top.
fn destination(document: &Document, anchor: usize) -> Option<XyzDestination> {
    let (page, y) = document.anchors.get(anchor)?.at?;
    // krilla panics on a page that does not exist.
    (page < document.pages.len()).then(|| XyzDestination::new(page, Point::from_xy(0.0, y)))
}

/// A tagged link annotation on `page` for each link in `ops` whose heading was placed (each
/// link once: a row drawn again after a page break carries none).
fn annotate(page: &mut Page, document: &Document, ops: &[Placed], links: &mut [Option<Identifier>]) {
    for placed in ops {
        let Op::Link {
            x,
            y,
            w,
            h,
            id,
            anchor,
            alt,
        } = &placed.op
        else {
            continue;
        };
        let Some(slot) = links.get_mut(*id).filter(|slot| slot.is_none()) else {
            continue;
        };
        let (Some(target), Some(rect)) = (destination(document, *anchor), Rect::from_xywh(*x, *y, *w, *h))
        else {
            continue;
        };
        let link = LinkAnnotation::new(rect, Target::Destination(target.into()));
        *slot = Some(page.add_tagged_annotation(Annotation::new_link(link, Some(alt.clone()))));
    }
}

/// Writes `document` as tagged PDF.
pub fn pdf(document: &Document) -> Result<Vec<u8>, ExportError> {
    let font = FONT.as_ref().ok_or(ExportError::Font)?;
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|_| ExportError::PdfSetup)?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut pdf = PdfDocument::new_with(settings);
    let size = Size::from_wh(document.size.width, document.size.height).ok_or(ExportError::NoArea {
        width: document.size.width,
        height: document.size.height,
    })?;
    let mut ids = Ids {
        contents: vec![None; document.structure.content_count()],
        links: vec![None; document.structure.link_count()],
    };
    for page in &document.pages {
        let mut pdf_page = pdf.start_page_with(PageSettings::new(size));
        let mut surface = pdf_page.surface();
        let result = paint_page(&mut surface, &page.ops, font, &mut ids.contents);
        surface.finish();
        annotate(&mut pdf_page, document, &page.ops, &mut ids.links);
        pdf_page.finish();
        result?;
    }
    let mut tree = TagTree::new().with_lang(Some(document.language.clone()));
    for root in &document.structure.roots {
        if let Some(g) = group(&document.structure, *root, &mut ids) {
            tree.push(Node::Group(g));
        }
    }
    pdf.set_tag_tree(tree);
    pdf.set_outline(outline(document));
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.clone())
            .language(document.language.clone())
            .creator("medtech-guide".to_owned())
            .producer("medtech-guide (krilla)".to_owned()),
    );
    pdf.finish().map_err(ExportError::Pdf)
}

fn outline(document: &Document) -> Outline {
    let mut outline = Outline::new();
    let mut section: Option<OutlineNode> = None;
    for (index, anchor) in document.anchors.iter().enumerate() {
        let Some(target) = destination(document, index) else {
            continue;
        };
        let node = OutlineNode::new(anchor.title.clone(), target);
        if anchor.level <= 1 {
            if let Some(done) = section.take() {
                outline.push_child(done);
            }
            section = Some(node);
        } else if let Some(parent) = section.as_mut() {
            parent.push_child(node);
        } else {
            outline.push_child(node);
        }
    }
    if let Some(done) = section {
        outline.push_child(done);
    }
    outline
}
