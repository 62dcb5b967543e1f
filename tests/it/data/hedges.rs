//! The guide's hedges that matter most stay in our text (issue 24, items 10, 12, 14 and 16). A
//! rewrite that drops a "may", an "entirely", a "still developing" or an "including" makes the
//! app surer than the guide it retells. Each phrase is looked for where the guide says it (one
//! section, or one career level), and the firmer wording it replaced must not come back.

use medtech_guide::model::{Block, Guide, load::load_bundled};

/// Every piece of prose in section `id`: paragraphs, list items, terms, steps, FAQ answers,
/// pros and cons, related careers; one string, pieces joined by newlines.
fn section_text(guide: &Guide, id: &str) -> String {
    let section = guide
        .text
        .sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no section `{id}`"));
    let mut out = Vec::new();
    for block in &section.blocks {
        match block {
            Block::Heading(text) | Block::Paragraph(text) => out.push(text.clone()),
            Block::List { items, .. } => out.extend(items.iter().cloned()),
            Block::Terms { items, .. } => out.extend(items.iter().map(|t| t.text.clone())),
            Block::Steps { steps, .. } => out.extend(steps.iter().map(|s| s.text.clone())),
            Block::Faq(items) => out.extend(items.iter().map(|qa| qa.answer.clone())),
            Block::ProsCons { pros, cons } => out.extend(pros.iter().chain(cons).cloned()),
            Block::RelatedCareers(careers) => out.extend(careers.iter().map(|c| c.text.clone())),
            Block::Organisations => out.extend(guide.text.organisations.iter().map(|o| o.about.clone())),
            Block::KeyFacts | Block::Table(_) | Block::Chart(_) | Block::LevelDetails(_) => {}
        }
    }
    out.join("\n")
}

/// What the career level titled `title` does.
fn level_role(guide: &Guide, title: &str) -> String {
    guide
        .salary
        .levels
        .iter()
        .find(|l| l.title == title)
        .unwrap_or_else(|| panic!("no level `{title}`"))
        .role
        .clone()
}

/// Where to look, the hedged phrase that must be there, and the firmer wording it replaced.
fn hedges(guide: &Guide) -> Vec<(&'static str, String, &'static str, &'static str)> {
    vec![
        // Item 10: the guide says "may accept", in both places.
        (
            "education",
            section_text(guide, "education"),
            "a postsecondary certificate may be accepted instead",
            "Some positions accept a postsecondary certificate",
        ),
        (
            "faq",
            section_text(guide, "faq"),
            "a certificate program may be accepted",
            "A certificate program is enough",
        ),
        // Item 12: "rather than replacing them entirely" leaves room for some replacement.
        (
            "salary",
            section_text(guide, "salary"),
            "more likely to enhance the technician's work than to replace technicians entirely",
            "than to replace them:",
        ),
        // Item 14: the direct impact is "still developing", which is not "unknown".
        (
            "market",
            section_text(guide, "market"),
            "its direct effect on technicians' roles is still unfolding",
            "is not yet clear",
        ),
        // Item 16: "including moderate to complex procedures" does not exclude simpler tests.
        (
            "level Medical Technician",
            level_role(guide, "Medical Technician"),
            "a range of clinical lab tests, including procedures of moderate to high complexity",
            "from moderately complex to complex",
        ),
    ]
}

#[test]
fn the_guides_main_hedges_are_kept() {
    let guide = load_bundled().expect("bundled data loads");
    let mut wrong = Vec::new();
    for (place, text, hedged, firmer) in hedges(&guide) {
        if !text.contains(hedged) {
            wrong.push(format!("{place}: lost “{hedged}”"));
        }
        if text.contains(firmer) {
            wrong.push(format!("{place}: says “{firmer}” again"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
