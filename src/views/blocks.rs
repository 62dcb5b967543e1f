//! Renders each kind of content block.

use egui::{RichText, Ui};

use super::{
    ViewContext, a11y, found::Finder, global_chart, key_facts, salary_chart, salary_chart::SalaryPlotCache,
    tables, text,
};
use crate::{
    chart::ChartId,
    model::{Block, Career},
    search::Part,
    tokens::{Tokens, size},
};

/// Draws one block of a section, each of its parts through `finder` (which marks the one a
/// search result found).
pub fn block_ui(
    ui: &mut Ui,
    ctx: &mut ViewContext<'_>,
    salary_plot: &SalaryPlotCache,
    block: &Block,
    finder: &mut Finder,
) {
    match block {
        Block::Heading(heading) => {
            text::heading_ui(ui, heading, text::Level::Heading);
        }
        Block::Paragraph(body) => super::links::paragraph_ui(ui, body, &ctx.guide().text.organisations),
        Block::List { heading, items } => {
            optional_heading_ui(ui, heading.as_deref(), finder);
            a11y::list_ui(ui, |ui| {
                for (index, item) in items.iter().enumerate() {
                    finder.part_ui(ui, Part::Item(index), |ui| text::bullet_ui(ui, "•", item));
                }
            });
            ui.add_space(size::PARAGRAPH_GAP);
        }
        Block::Terms { heading, items } => {
            optional_heading_ui(ui, heading.as_deref(), finder);
            let tokens = Tokens::of(ui);
            for (index, item) in items.iter().enumerate() {
                finder.part_ui(ui, Part::Item(index), |ui| {
                    ui.add(
                        egui::Label::new(
                            RichText::new(&item.term)
                                .size(size::BODY)
                                .strong()
                                .color(tokens.text_strong),
                        )
                        .wrap(),
                    );
                    ui.indent(("term", &item.term), |ui| text::paragraph_ui(ui, &item.text));
                });
            }
        }
        Block::Steps { heading, steps } => {
            optional_heading_ui(ui, heading.as_deref(), finder);
            for (index, step) in steps.iter().enumerate() {
                finder.part_ui(ui, Part::Item(index), |ui| {
                    card_ui(ui, |ui| {
                        let tokens = Tokens::of(ui);
                        let number = format!("Step {}", index + 1);
                        // One group per step, named with its number and title; the number label is
                        // then hidden from assistive technology, which has just said it.
                        super::a11y::set_role(
                            ui,
                            egui::accesskit::Role::Group,
                            Some(&format!("{number}: {}", step.title)),
                        );
                        let label =
                            ui.label(RichText::new(&number).size(size::SMALL).color(tokens.text_muted));
                        super::a11y::hide(ui, label.id);
                        text::heading_ui(ui, &step.title, text::Level::Subheading);
                        super::links::linked_text_ui(ui, &step.text, &ctx.guide().text.organisations);
                    });
                });
                ui.add_space(8.0);
            }
        }
        Block::Faq(items) => {
            for (index, qa) in items.iter().enumerate() {
                finder.part_ui(ui, Part::Item(index), |ui| {
                    text::heading_ui(ui, &qa.question, text::Level::Subheading);
                    super::links::paragraph_ui(ui, &qa.answer, &ctx.guide().text.organisations);
                });
            }
        }
        Block::ProsCons { pros, cons } => pros_cons_ui(ui, pros, cons, finder),
        Block::RelatedCareers(careers) => related_careers_ui(ui, careers, finder),
        Block::KeyFacts => key_facts::key_facts_ui(ui, ctx.present, finder),
        Block::Table(id) => match ChartId::for_data_set(ctx.guide(), id) {
            Some(ChartId::SalaryByExperience) => {
                let picked = ctx
                    .present
                    .charts
                    .salary
                    .level_index_at(ctx.state.salary_chart.years);
                tables::salary_table_ui(ui, &ctx.present.salary.table, picked, finder);
            }
            Some(ChartId::GlobalSalaries) => {
                let sorted = ctx.present.charts.global.sorted(ctx.state.global_chart.sort);
                let order: Vec<&str> = sorted.iter().map(|r| r.name.as_str()).collect();
                let highlight = &ctx.guide().global.highlight;
                tables::global_table_ui(ui, &ctx.present.global.table, &order, highlight, finder);
            }
            None => {}
        },
        Block::Chart(id) => match ChartId::for_data_set(ctx.guide(), id) {
            Some(ChartId::SalaryByExperience) => {
                // The section's own table of these figures follows: no second one under the chart.
                salary_chart::salary_chart_ui(ui, ctx, salary_plot, table_follows(ctx, id), finder);
            }
            Some(ChartId::GlobalSalaries) => {
                global_chart::global_chart_ui(ui, ctx, table_follows(ctx, id), finder);
            }
            None => {}
        },
        Block::LevelDetails(_) => {
            tables::level_details_ui(ui, &ctx.present.levels, &ctx.present.levels_source, finder);
        }
        Block::Organisations => super::links::organisations_ui(ui, &ctx.guide().text.organisations, finder),
    }
    ui.add_space(size::BLOCK_GAP - size::PARAGRAPH_GAP);
}

/// Related careers as a plain list (they are names to look up, not buttons); a description they
/// all share is said once, above the list, else each follows its name.
fn related_careers_ui(ui: &mut Ui, careers: &[Career], finder: &mut Finder) {
    let shared = Career::shared_line(careers);
    if let Some(shared) = &shared {
        finder.part_ui(ui, Part::Heading, |ui| text::paragraph_ui(ui, shared));
    }
    a11y::list_ui(ui, |ui| {
        for (index, career) in careers.iter().enumerate() {
            let item = if shared.is_some() {
                career.title.clone()
            } else {
                format!("{}: {}", career.title, career.text)
            };
            finder.part_ui(ui, Part::Item(index), |ui| text::bullet_ui(ui, "•", &item));
        }
    });
    ui.add_space(size::PARAGRAPH_GAP);
}

/// Whether the open section has its own table of the data set `id` (then a chart of it leaves
/// the table, its footnotes and source to that table).
fn table_follows(ctx: &ViewContext<'_>, id: &str) -> bool {
    ctx.section()
        .is_some_and(|s| s.blocks.iter().any(|b| matches!(b, Block::Table(t) if t == id)))
}

fn optional_heading_ui(ui: &mut Ui, heading: Option<&str>, finder: &mut Finder) {
    if let Some(heading) = heading {
        finder.part_ui(ui, Part::Heading, |ui| {
            text::heading_ui(ui, heading, text::Level::Heading)
        });
    }
}

/// A rounded, shaded card spanning the column.
pub fn card_ui(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui)) {
    let tokens = Tokens::of(ui);
    egui::Frame::new()
        .fill(tokens.card_fill)
        .stroke(egui::Stroke::new(1.0, tokens.card_stroke))
        .corner_radius(size::CARD_ROUNDING)
        .inner_margin(size::CARD_PADDING)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui);
        });
}

/// The pros, then the cons (items counted on from the pros' for the finder).
fn pros_cons_ui(ui: &mut Ui, pros: &[String], cons: &[String], finder: &mut Finder) {
    let column =
        |ui: &mut Ui, finder: &mut Finder, title: &str, marker: &str, items: &[String], first: usize| {
            text::heading_ui(ui, title, text::Level::Heading);
            a11y::list_ui(ui, |ui| {
                for (index, item) in items.iter().enumerate() {
                    finder.part_ui(ui, Part::Item(first + index), |ui| {
                        text::bullet_ui(ui, marker, item);
                    });
                }
            });
        };
    if ui.available_width() > 620.0 {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                column(left, finder, "Pros", "+", pros, 0);
                column(right, finder, "Cons", "−", cons, pros.len());
            }
        });
    } else {
        column(ui, finder, "Pros", "+", pros, 0);
        column(ui, finder, "Cons", "−", cons, pros.len());
    }
}
