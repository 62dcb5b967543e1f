//! The whole guide as Markdown: every section, the key facts and both data tables, each figure
//! with its source.

use std::fmt::Write as _;

use crate::{
    chart::{ChartId, fact_rows},
    model::{Block, EMPTY_HEADING, Guide, KeyFacts, Section, format, guide::DataNote},
};

/// Renders the guide as a Markdown document.
#[must_use]
pub fn guide_markdown(guide: &Guide) -> String {
    let mut out = String::new();
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
            block_markdown(&mut out, guide, section, block, &mut tables);
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
    guide: &'a Guide,
    section: &'a Section,
    block: &Block,
    tables: &mut Vec<(&'a str, &'a str)>,
) {
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
        Block::KeyFacts => key_facts_markdown(out, &guide.text.key_facts),
        Block::Organisations => organisations_markdown(out, guide),
        Block::Table(id) | Block::Chart(id) => match ChartId::for_data_set(guide, id) {
            Some(ChartId::SalaryByExperience) => {
                let data_set = (guide.salary.id.as_str(), guide.salary.title.as_str());
                data_set_table(out, data_set, section, block, tables, |out| {
                    salary_table_markdown(out, guide);
                });
            }
            Some(ChartId::GlobalSalaries) => {
                let data_set = (guide.global.id.as_str(), guide.global.title.as_str());
                data_set_table(out, data_set, section, block, tables, |out| {
                    global_table_markdown(out, guide);
                });
            }
            None => {}
        },
        Block::LevelDetails(_) => {
            for level in &guide.salary.levels {
                let years = level.years_with_note();
                let _ = writeln!(
                    out,
                    "### {}\n\n*{years}; US median {}, US average {} per year*\n\n{}\n\n**Key focus areas:** {}\n",
                    level.title,
                    format::usd(level.us_median_usd),
                    format::usd(level.us_average_usd),
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

fn note_markdown(out: &mut String, note: Option<&DataNote>) {
    if let Some(note) = note {
        let _ = writeln!(out, "  - *Data note:* {}", note.full_text());
    }
}

fn key_facts_markdown(out: &mut String, facts: &KeyFacts) {
    let _ = writeln!(out, "### Key facts\n");
    for row in fact_rows(facts) {
        let _ = write!(out, "- **{}:** {}", row.label, row.sentence);
        if let Some(source) = &row.source {
            let _ = write!(out, " (source: {source})");
        }
        out.push('\n');
        note_markdown(out, row.note);
    }
    let _ = writeln!(out, "- **Typical education:** {}", facts.typical_education);
    note_markdown(out, facts.typical_education_note.as_ref());
    if facts.top_industries.is_empty() {
        let _ = writeln!(out, "- **Top industries:** {EMPTY_HEADING}");
    } else {
        let _ = writeln!(out, "- **Top industries:** {}", facts.top_industries.join(", "));
    }
    note_markdown(out, facts.top_industries_note.as_ref());
    out.push('\n');
}

fn salary_table_markdown(out: &mut String, guide: &Guide) {
    let data = &guide.salary;
    let _ = writeln!(
        out,
        "| Level | Experience | US median | US average |\n|---|---|---:|---:|"
    );
    for level in &data.levels {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            level.title,
            level.years_with_note(),
            format::usd(level.us_median_usd),
            format::usd(level.us_average_usd)
        );
    }
    let source = format!("{} per year. Source: {}.", data.currency, data.source.label());
    let _ = writeln!(out, "\n*{}*\n", guide.origin.with_note(&source));
}

fn global_table_markdown(out: &mut String, guide: &Guide) {
    let data = &guide.global;
    let _ = writeln!(
        out,
        "| Region | Covers | Local currency, per year | USD, per year |\n|---|---|---:|---:|"
    );
    for region in &data.regions {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            region.name,
            region.countries,
            region.local_label(),
            region.usd_label()
        );
    }
    out.push('\n');
    for footnote in data.footnotes() {
        // A leading "* " would start a list or bold text: escape the mark.
        let footnote = footnote.replacen("* ", "\\* ", usize::from(footnote.starts_with("* ")));
        let _ = writeln!(out, "*{footnote}*\n");
    }
    let source = format!("Source: {}.", data.source.label());
    let _ = writeln!(out, "*{}*\n", guide.origin.with_note(&source));
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
