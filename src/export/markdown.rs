//! The whole guide as Markdown: every section, the key facts and both data tables, each figure
//! with its source.

use std::fmt::Write as _;

use crate::{
    chart::ChartId,
    model::{Block, Guide, Section},
    present::{Align, FactRow, Presentation, Table},
};

/// Renders the guide as a Markdown document.
#[must_use]
pub fn guide_markdown(present: &Presentation) -> String {
    let mut out = String::new();
    let guide = present.guide();
    let text = &guide.text;
    let _ = writeln!(out, "# {}\n\n{}\n", text.title, text.summary);
    if let Some(note) = guide.origin.note() {
        let _ = writeln!(out, "*This copy's {note}.*\n");
    }
    // Data sets whose table is written, with the section it is in.
    let mut tables: Vec<(&str, &str)> = Vec::new();
    for section in &text.sections {
        let _ = writeln!(out, "## {}\n", section.title);
        for block in &section.blocks {
            block_markdown(&mut out, present, section, block, &mut tables);
        }
    }
    out
}

/// A data set's table: a `Table` block writes it; a `Chart` block (a chart in Markdown is its
/// table) writes it unless its section has the table, or points back to where it was written.
fn data_set_table<'a>(
    out: &mut String,
    (data_set, title): (&'a str, &str),
    section: &'a Section,
    block: &Block,
    tables: &mut Vec<(&'a str, &'a str)>,
    write: impl FnOnce(&mut String),
) {
    let first = tables
        .iter()
        .find(|(id, _)| *id == data_set)
        .map(|(_, first)| *first);
    match (block, first) {
        (Block::Chart(_), _) if section_has_table(section, block) => {}
        (Block::Chart(_), Some(first)) => {
            let _ = writeln!(out, "*{title}: see the table in “{first}” above.*\n");
        }
        _ => {
            write(out);
            if first.is_none() {
                tables.push((data_set, &section.title));
            }
        }
    }
}

fn block_markdown<'a>(
    out: &mut String,
    present: &'a Presentation,
    section: &'a Section,
    block: &Block,
    tables: &mut Vec<(&'a str, &'a str)>,
) {
    let guide = present.guide();
    match block {
        Block::Heading(heading) => {
            let _ = writeln!(out, "### {heading}\n");
        }
        Block::Paragraph(body) => {
            let _ = writeln!(out, "{body}\n");
        }
        Block::List { heading, items } => {
            if let Some(heading) = heading {
                let _ = writeln!(out, "### {heading}\n");
            }
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
            out.push('\n');
        }
        Block::Terms { heading, items } => {
            if let Some(heading) = heading {
                let _ = writeln!(out, "### {heading}\n");
            }
            for item in items {
                let _ = writeln!(out, "- **{}**: {}", item.term, item.text);
            }
            out.push('\n');
        }
        Block::Steps { heading, steps } => {
            if let Some(heading) = heading {
                let _ = writeln!(out, "### {heading}\n");
            }
            for (index, step) in steps.iter().enumerate() {
                let _ = writeln!(out, "{}. **{}**: {}", index + 1, step.title, step.text);
            }
            out.push('\n');
        }
        Block::Faq(items) => {
            for qa in items {
                let _ = writeln!(out, "### {}\n\n{}\n", qa.question, qa.answer);
            }
        }
        Block::ProsCons { pros, cons } => {
            for (title, items) in [("Pros", pros), ("Cons", cons)] {
                let _ = writeln!(out, "### {title}\n");
                for item in items {
                    let _ = writeln!(out, "- {item}");
                }
                out.push('\n');
            }
        }
        Block::RelatedCareers(careers) => {
            let shared = crate::model::Career::shared_text(careers);
            if let Some(shared) = shared {
                let _ = writeln!(out, "All {}: {shared}\n", careers.len());
            }
            for career in careers {
                if shared.is_some() {
                    let _ = writeln!(out, "- **{}**", career.title);
                } else {
                    let _ = writeln!(out, "- **{}**: {}", career.title, career.text);
                }
            }
            out.push('\n');
        }
        Block::KeyFacts => key_facts_markdown(out, &present.facts),
        Block::Organisations => organisations_markdown(out, guide),
        Block::Table(id) | Block::Chart(id) => {
            if let Some(chart) = ChartId::for_data_set(guide, id) {
                let table = &present.parts(chart).table;
                let data_set = (chart.slug(), table.caption.as_str());
                data_set_table(out, data_set, section, block, tables, |out| {
                    table_markdown(out, table);
                });
            }
        }
        Block::LevelDetails(_) => {
            for level in &present.levels {
                let _ = writeln!(
                    out,
                    "### {}\n\n*{}*\n\n{}\n\n**Key focus areas:** {}\n",
                    level.title,
                    level.summary(),
                    level.role,
                    level.focus
                );
            }
        }
    }
}

/// Whether `section`, which holds this chart block, also holds a table of the same data set.
pub(super) fn section_has_table(section: &Section, chart: &Block) -> bool {
    let Block::Chart(id) = chart else {
        return false;
    };
    section
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Table(table) if table == id))
}

fn key_facts_markdown(out: &mut String, facts: &[FactRow]) {
    let _ = writeln!(out, "### Key facts\n");
    for row in facts {
        let _ = write!(out, "- **{}:** {}", row.label, row.sentence);
        if let Some(source) = &row.source {
            let _ = write!(out, " (source: {source})");
        }
        out.push('\n');
        if let Some(note) = &row.note {
            let _ = writeln!(out, "  - *{}:* {}", note.heading, note.text);
        }
    }
    out.push('\n');
}

/// A table with its caption, then its notes and source line in italics.
pub(super) fn table_markdown(out: &mut String, table: &Table) {
    let _ = writeln!(out, "**{}**\n", table.caption);
    let titles: Vec<&str> = table.columns.iter().map(|c| c.title).collect();
    let rules: Vec<&str> = table
        .columns
        .iter()
        .map(|c| match c.align {
            Align::Words => "---",
            Align::Figures => "---:",
        })
        .collect();
    let _ = writeln!(out, "| {} |\n|{}|", titles.join(" | "), rules.join("|"));
    for row in &table.rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
    for note in table.notes.iter().chain([&table.source]) {
        // A leading "* " would start a list or bold text: escape the mark.
        let note = note.replacen("* ", "\\* ", usize::from(note.starts_with("* ")));
        let _ = writeln!(out, "*{note}*\n");
    }
}

/// "Where to go next": each organisation as a link to its site, then what it does.
fn organisations_markdown(out: &mut String, guide: &Guide) {
    for organisation in &guide.text.organisations {
        let name = organisation.full_name();
        let name = match organisation.web_link() {
            Some(url) => format!("[{name}]({url})"),
            None => name,
        };
        let _ = writeln!(out, "- {name}: {}", organisation.about);
    }
    out.push('\n');
}
