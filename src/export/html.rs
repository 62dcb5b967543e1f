//! The whole guide as one self-contained HTML page: every section, the key facts, both data
//! tables and both charts as inline SVG, each figure with its source. No scripts, no external
//! files.

use std::fmt::Write as _;

use super::{ExportTheme, figure, html_style::style, markdown::section_has_table, svg::escape};
use crate::{
    chart::{ChartId, SortOrder},
    model::{Block, Section},
    present::{Align, FactRow, Presentation, Table},
    tokens::Tokens,
};

/// Size the charts are drawn at in the page (they shrink to fit narrower windows).
pub const CHART_SIZE: [u32; 2] = [960, 600];

/// Renders the guide as an HTML document in `theme`, the regions of its chart in `sort` order.
#[must_use]
pub fn guide_html(present: &Presentation, theme: ExportTheme, sort: SortOrder) -> String {
    let guide = present.guide();
    let tokens = theme.tokens();
    let text = &guide.text;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"medtech-guide\">\n<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n",
        escape(&text.title),
        style(&tokens)
    );
    let _ = writeln!(
        out,
        "<h1>{}</h1>\n<p class=\"summary\">{}</p>",
        escape(&text.title),
        escape(&text.summary)
    );
    if let Some(note) = guide.origin.note() {
        let _ = writeln!(out, "<p class=\"source\">This copy's {}.</p>", escape(&note));
    }
    out.push_str("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for section in &text.sections {
        let (id, title) = (escape(&section.id), escape(&section.title));
        let _ = writeln!(out, "<li><a href=\"#{id}\">{title}</a></li>");
    }
    out.push_str("</ol>\n</nav>\n");
    let mut context = Context {
        drawn: Vec::new(),
        present,
        tokens,
        sort,
    };
    for section in &text.sections {
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>",
            escape(&section.id),
            escape(&section.title)
        );
        for block in &section.blocks {
            context.block(&mut out, block, section);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

struct Context<'a> {
    /// Charts already drawn, with the section they are in: the page draws each chart once and
    /// links to it where the guide shows it again.
    drawn: Vec<(ChartId, String)>,
    present: &'a Presentation,
    tokens: Tokens,
    sort: SortOrder,
}

fn list(out: &mut String, items: &[String]) {
    out.push_str("<ul>\n");
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>\n");
}

/// A list of `tag` (`ul` or `ol`) whose items each start with a name in bold: "**name**: text".
fn named_list<'a>(out: &mut String, tag: &str, items: impl Iterator<Item = (&'a String, &'a String)>) {
    let _ = writeln!(out, "<{tag}>");
    for (name, text) in items {
        let _ = writeln!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            escape(name),
            escape(text)
        );
    }
    let _ = writeln!(out, "</{tag}>");
}

fn heading(out: &mut String, heading: Option<&String>) {
    if let Some(heading) = heading {
        let _ = writeln!(out, "<h3>{}</h3>", escape(heading));
    }
}

impl Context<'_> {
    fn block(&mut self, out: &mut String, block: &Block, section: &Section) {
        let guide = self.present.guide();
        match block {
            Block::Heading(text) => heading(out, Some(text)),
            Block::Paragraph(body) => {
                let _ = writeln!(out, "<p>{}</p>", escape(body));
            }
            Block::List { heading: h, items } => {
                heading(out, h.as_ref());
                list(out, items);
            }
            Block::Terms { heading: h, items } => {
                heading(out, h.as_ref());
                named_list(out, "ul", items.iter().map(|i| (&i.term, &i.text)));
            }
            Block::Steps { heading: h, steps } => {
                heading(out, h.as_ref());
                named_list(out, "ol", steps.iter().map(|s| (&s.title, &s.text)));
            }
            Block::Faq(items) => {
                for qa in items {
                    let _ = writeln!(
                        out,
                        "<h3>{}</h3>\n<p>{}</p>",
                        escape(&qa.question),
                        escape(&qa.answer)
                    );
                }
            }
            Block::ProsCons { pros, cons } => {
                for (title, items) in [("Pros", pros), ("Cons", cons)] {
                    let _ = writeln!(out, "<h3>{title}</h3>");
                    list(out, items);
                }
            }
            Block::RelatedCareers(careers) => {
                if let Some(shared) = crate::model::Career::shared_text(careers) {
                    let _ = writeln!(out, "<p>All {}: {}</p>", careers.len(), escape(shared));
                    let titles: Vec<String> = careers.iter().map(|c| c.title.clone()).collect();
                    list(out, &titles);
                } else {
                    named_list(out, "ul", careers.iter().map(|c| (&c.title, &c.text)));
                }
            }
            Block::KeyFacts => key_facts(out, &self.present.facts),
            Block::Organisations => {
                let _ = writeln!(out, "<ul>");
                for organisation in &guide.text.organisations {
                    let name = escape(&organisation.full_name());
                    let name = match organisation.web_link() {
                        Some(url) => format!("<a href=\"{}\">{name}</a>", escape(url)),
                        None => name,
                    };
                    let _ = writeln!(out, "<li>{name}: {}</li>", escape(&organisation.about));
                }
                let _ = writeln!(out, "</ul>");
            }
            Block::Table(id) => {
                if let Some(chart) = ChartId::for_data_set(guide, id) {
                    table(out, &self.present.parts(chart).table);
                }
            }
            Block::Chart(id) => {
                if let Some(chart) = ChartId::for_data_set(guide, id) {
                    // The figures as a table under the figure too, unless the section has one;
                    // where the chart is only a link back, so is its table.
                    let drawn_here = self.chart(out, chart, &section.title);
                    if drawn_here && !section_has_table(section, block) {
                        table(out, &self.present.parts(chart).table);
                    }
                }
            }
            Block::LevelDetails(_) => {
                for level in &self.present.levels {
                    let _ = writeln!(
                        out,
                        "<h3>{}</h3>\n<p><em>{}</em></p>\n<p>{}</p>\n<p><strong>Key focus areas:</strong> {}</p>",
                        escape(&level.title),
                        escape(&level.summary()),
                        escape(&level.role),
                        escape(&level.focus)
                    );
                }
            }
        }
    }

    /// The chart's figure where the page shows it first, a link to it after that. Returns whether
    /// the figure was drawn here.
    fn chart(&mut self, out: &mut String, chart: ChartId, section: &str) -> bool {
        if let Some((_, first)) = self.drawn.iter().find(|(c, _)| *c == chart) {
            let _ = writeln!(
                out,
                "<p class=\"source\">Chart: <a href=\"#{}\">{}</a>, in “{}” above.</p>",
                escape(chart.slug()),
                escape(&chart.title(self.present.guide())),
                escape(first)
            );
            false
        } else {
            self.figure(out, chart);
            self.drawn.push((chart, section.to_owned()));
            true
        }
    }

    fn figure(&self, out: &mut String, chart: ChartId) {
        let layout = figure::Layout {
            width: CHART_SIZE[0] as f32,
            height: CHART_SIZE[1] as f32,
            tokens: self.tokens,
            sort: self.sort,
            caption: false,
            id: format!("figure-{}", chart.slug()),
            text_scale: 1.0,
        };
        let svg = match chart {
            ChartId::SalaryByExperience => figure::salary_svg(self.present, &layout),
            ChartId::GlobalSalaries => figure::global_svg(self.present, &layout),
        };
        let notes = &self.present.parts(chart).notes.with_sources;
        let _ = writeln!(out, "<figure id=\"{}\">", escape(chart.slug()));
        out.push_str(&svg);
        out.push_str("<figcaption>");
        for (i, note) in notes.iter().enumerate() {
            if i > 0 {
                out.push_str("<br>");
            }
            out.push_str(&escape(note));
        }
        out.push_str("</figcaption>\n</figure>\n");
    }
}

/// A table with its caption, then its notes and source line.
fn table(out: &mut String, table: &Table) {
    let _ = write!(
        out,
        "<table>\n<caption class=\"source\">{}</caption>\n<thead><tr>",
        escape(&table.caption)
    );
    for column in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(column.title));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (cell, column) in row.iter().zip(&table.columns) {
            let class = match column.align {
                Align::Words => "",
                Align::Figures => " class=\"num\"",
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    for note in table.notes.iter().chain([&table.source]) {
        let _ = writeln!(out, "<p class=\"source\">{}</p>", escape(note));
    }
}

fn key_facts(out: &mut String, facts: &[FactRow]) {
    out.push_str("<h3>Key facts</h3>\n<dl class=\"facts\">\n");
    for row in facts {
        let _ = write!(out, "<dt>{}</dt><dd>{}", escape(row.label), escape(&row.sentence));
        if let Some(source) = &row.source {
            let _ = write!(out, " <span class=\"source\">(source: {})</span>", escape(source));
        }
        if let Some(note) = &row.note {
            let _ = write!(
                out,
                "<div class=\"note\"><em>{}:</em> {}</div>",
                escape(&note.heading),
                escape(&note.text)
            );
        }
        out.push_str("</dd>\n");
    }
    out.push_str("</dl>\n");
}
