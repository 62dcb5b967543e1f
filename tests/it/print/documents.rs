//! Printed documents: the whole guide as tagged PDF and the one-page handout, read back from the
//! bytes (lopdf for the catalog, structure tree, outline and fonts; pdf-extract for the text).

// The helpers below are test code too: a failed expectation in them is a failed test.
#![expect(clippy::expect_used, reason = "a test with broken set-up should stop loudly")]

use crate::common;
use crate::common::data::shown;

use common::{
    data::guide,
    pdf::{deref, figure_alts, squash, text_of},
};
use lopdf::{Document, Object};
use medtech_guide::{
    chart::{GlobalChart, SalaryChart},
    export::{
        ExportError,
        pdf::{self, Paper, PrintDocument, PrintFormat},
    },
    model::{Block, Guide, format},
};

/// What `pdfinfo` and `pdffonts` report, read with lopdf.
struct Facts {
    pages: usize,
    tagged: bool,
    title: String,
    language: String,
    has_structure_tree: bool,
    fonts: usize,
    fonts_embedded: usize,
    outline_entries: usize,
}

fn facts(bytes: &[u8]) -> Facts {
    let doc = Document::load_mem(bytes).expect("a PDF lopdf can read");
    let catalog = doc.catalog().expect("a catalog");
    let tagged = catalog
        .get_deref(b"MarkInfo", &doc)
        .and_then(Object::as_dict)
        .and_then(|d| d.get(b"Marked"))
        .and_then(Object::as_bool)
        .unwrap_or(false);
    let language = catalog
        .get_deref(b"Lang", &doc)
        .ok()
        .and_then(|o| lopdf::decode_text_string(o).ok())
        .unwrap_or_default();
    let has_structure_tree = catalog.get(b"StructTreeRoot").is_ok();
    let title = doc
        .trailer
        .get(b"Info")
        .map(|info| deref(&doc, info))
        .and_then(Object::as_dict)
        .and_then(|d| d.get_deref(b"Title", &doc))
        .ok()
        .and_then(|o| lopdf::decode_text_string(o).ok())
        .unwrap_or_default();
    let mut fonts = 0;
    let mut fonts_embedded = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor".as_slice()) {
            fonts += 1;
            if [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
                .iter()
                .any(|key| dict.get(key).is_ok())
            {
                fonts_embedded += 1;
            }
        }
    }
    let mut outline_entries = 0;
    if let Ok(outlines) = catalog.get_deref(b"Outlines", &doc).and_then(Object::as_dict) {
        let mut stack: Vec<&Object> = outlines.get(b"First").into_iter().collect();
        while let Some(item) = stack.pop() {
            let Ok(entry) = deref(&doc, item).as_dict() else {
                continue;
            };
            outline_entries += 1;
            stack.extend(entry.get(b"First"));
            stack.extend(entry.get(b"Next"));
        }
    }
    Facts {
        pages: doc.get_pages().len(),
        tagged,
        title,
        language,
        has_structure_tree,
        fonts,
        fonts_embedded,
        outline_entries,
    }
}

/// Every figure the guide prints: key facts, both tables.
fn figures(guide: &Guide) -> Vec<String> {
    let facts = &guide.text.key_facts;
    let mut out = vec![
        format::usd(facts.median_salary.usd_per_year),
        format::thousands(facts.annual_openings.approximately),
        format!("{}%", facts.growth.percent),
    ];
    for level in &guide.salary.levels {
        out.push(format::usd(level.us_median_usd));
        out.push(format::usd(level.us_average_usd));
    }
    for region in &guide.global.regions {
        out.push(format::usd_range(region.usd_min, region.usd_max));
        out.push(format::currency_range(
            &region.currency,
            region.local_min,
            region.local_max,
        ));
    }
    out
}

/// Every source line the guide names.
fn sources(guide: &Guide) -> Vec<String> {
    let facts = &guide.text.key_facts;
    let mut out = vec![
        facts.median_salary.source.label(),
        facts.growth.source.label(),
        facts.annual_openings.source.label(),
        guide.salary.source.label(),
        guide.global.source.label(),
    ];
    for (_, note) in facts.notes() {
        if let Some(source) = &note.checked_against {
            out.push(source.label());
        }
        out.push(note.text.clone());
    }
    out
}

#[test]
fn guide_pdf_is_tagged_titled_embedded_and_has_every_section_figure_and_source() {
    let guide = guide();
    for paper in Paper::ALL {
        let bytes = pdf::guide_pdf(&shown(&guide), paper).expect("guide PDF");
        let facts = facts(&bytes);
        assert!(facts.pages > 10, "{paper:?}: only {} pages", facts.pages);
        assert!(facts.tagged, "{paper:?}: not marked as tagged");
        assert!(facts.has_structure_tree, "{paper:?}: no structure tree");
        assert_eq!(facts.title, guide.text.title, "{paper:?}: title");
        assert_eq!(facts.language, "en", "{paper:?}: language");
        assert!(facts.fonts > 0, "{paper:?}: no fonts");
        assert_eq!(
            facts.fonts_embedded, facts.fonts,
            "{paper:?}: a font is not embedded"
        );
        let layout = pdf::guide::layout(&shown(&guide), paper);
        assert_eq!(facts.pages, layout.pages.len(), "{paper:?}: page count");
        assert!(
            facts.outline_entries >= guide.text.sections.len(),
            "{paper:?}: {} bookmarks for {} sections",
            facts.outline_entries,
            guide.text.sections.len()
        );
        assert_eq!(
            facts.outline_entries,
            layout.anchors.len(),
            "{paper:?}: a heading has no bookmark"
        );
        let text = text_of(&bytes);
        let mut expected: Vec<String> = guide.text.sections.iter().map(|s| s.title.clone()).collect();
        for section in &guide.text.sections {
            for block in &section.blocks {
                if let Block::Heading(h) = block {
                    expected.push(h.clone());
                }
            }
        }
        expected.extend(figures(&guide));
        expected.extend(sources(&guide));
        for wanted in expected {
            assert!(
                text.contains(&squash(&wanted)),
                "{paper:?}: the text lacks {wanted:?}"
            );
        }
        assert!(bytes.len() <= 1_000_000, "{paper:?}: {} bytes", bytes.len());
        // Both charts, each with the chart's accessible description as its alternative text.
        let alts = figure_alts(&bytes);
        let salary = SalaryChart::from_guide(&guide);
        let global = GlobalChart::from_guide(&guide);
        assert_eq!(alts.len(), 2, "{paper:?}: figures {alts:?}");
        for description in [&salary.description, &global.description] {
            assert!(
                alts.iter().any(|a| a.contains(description.as_str())),
                "{paper:?}: no figure says {description:?}"
            );
        }
    }
}

#[test]
fn handout_is_one_page_at_a_readable_size_in_both_papers() {
    let guide = guide();
    let steps: Vec<String> = guide
        .text
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Steps { steps, .. } => Some(steps),
            _ => None,
        })
        .flatten()
        .map(|s| s.title.clone())
        .collect();
    assert_eq!(steps.len(), 6, "the guide has six steps");
    for paper in Paper::ALL {
        let bytes = pdf::handout_pdf(&shown(&guide), paper).expect("handout PDF");
        let facts = facts(&bytes);
        assert_eq!(facts.pages, 1, "{paper:?}: the handout is not one page");
        assert!(facts.tagged && facts.has_structure_tree, "{paper:?}: not tagged");
        assert_eq!(
            facts.fonts_embedded, facts.fonts,
            "{paper:?}: a font is not embedded"
        );
        let text = text_of(&bytes);
        let key = &guide.text.key_facts;
        for wanted in steps.iter().cloned().chain([
            format::usd(key.median_salary.usd_per_year),
            format::thousands(key.annual_openings.approximately),
            key.median_salary.source.label(),
            key.growth.source.label(),
            guide.salary.source.label(),
        ]) {
            assert!(
                text.contains(&squash(&wanted)),
                "{paper:?}: the handout lacks {wanted:?}"
            );
        }
        let alts = figure_alts(&bytes);
        let description = SalaryChart::from_guide(&guide).description;
        assert!(
            alts.len() == 1 && alts.iter().all(|a| a.contains(&description)),
            "{paper:?}: the chart's alternative text: {alts:?}"
        );
        let layout = pdf::handout::layout(&shown(&guide), paper);
        for placed in layout.pages.iter().flat_map(|p| &p.ops) {
            if let pdf::doc::Op::Text { text, style, .. } = &placed.op {
                assert!(
                    style.size >= 9.0,
                    "{paper:?}: {text:?} is set at {} pt",
                    style.size
                );
            }
        }
        let png = pdf::handout_png(&shown(&guide), paper).expect("handout PNG");
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let info = decoder.read_info().expect("a PNG");
        let (w, h) = (info.info().width as f32, info.info().height as f32);
        let size = paper.size();
        assert!(
            (h / w - size.height / size.width).abs() < 0.01,
            "{paper:?}: PNG is {w}×{h}"
        );
    }
}

#[test]
fn the_whole_guide_is_pdf_only() {
    let error = pdf::export_document(
        &shown(&guide()),
        PrintDocument::Guide,
        PrintFormat::Png,
        Paper::A4,
    )
    .expect_err("no PNG of the whole guide");
    assert!(matches!(error, ExportError::GuideAsPng), "{error}");
}

#[test]
fn saving_into_a_missing_directory_fails_and_leaves_nothing() {
    let temp = tempfile::tempdir().expect("temp dir");
    let guide = guide();
    for (document, format) in [
        (PrintDocument::Guide, PrintFormat::Pdf),
        (PrintDocument::Handout, PrintFormat::Pdf),
        (PrintDocument::Handout, PrintFormat::Png),
    ] {
        let missing = temp.path().join("missing");
        let out = missing.join(document.file_name(format));
        let error =
            pdf::save_document(&shown(&guide), document, format, Paper::A4, &out).expect_err("must fail");
        assert!(error.to_string().contains(&out.display().to_string()), "{error}");
        assert!(!missing.exists(), "{} was created", missing.display());
        // And into an existing directory it writes exactly one file.
        let out = temp.path().join(document.file_name(format));
        pdf::save_document(&shown(&guide), document, format, Paper::Letter, &out).expect("saved");
    }
    let names: Vec<String> = std::fs::read_dir(temp.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.len(),
        3,
        "exactly the three documents, no temporary files: {names:?}"
    );
}

#[test]
fn paper_follows_the_locale() {
    assert_eq!(Paper::from_locale(Some("en_US.UTF-8")), Paper::Letter);
    assert_eq!(Paper::from_locale(Some("fr_CA")), Paper::Letter);
    assert_eq!(Paper::from_locale(Some("de_DE.UTF-8")), Paper::A4);
    assert_eq!(Paper::from_locale(Some("en_GB.UTF-8@euro")), Paper::A4);
    assert_eq!(Paper::from_locale(Some("C")), Paper::A4);
    assert_eq!(Paper::from_locale(None), Paper::A4);
}
