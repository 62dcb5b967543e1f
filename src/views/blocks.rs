//! Renders each kind of content block.

use egui::{RichText, Ui};

use super::{
    ViewContext, a11y, global_chart, key_facts, salary_chart, salary_chart::SalaryPlotCache, tables, text,
};
use crate::{
    chart::ChartId,
    model::Block,
    tokens::{Tokens, size},
};

/// Draws one block of a section.
pub fn block_ui(ui: &mut Ui, ctx: &mut ViewContext<'_>, salary_plot: &SalaryPlotCache, block: &Block) {
    match block {
        Block::Heading(heading) => {
            text::heading_ui(ui, heading, text::Level::Heading);
        }
        Block::Paragraph(body) => super::links::paragraph_ui(ui, body, &ctx.guide.text.organisations),
        Block::List { heading, items } => {
            optional_heading_ui(ui, heading.as_deref());
            a11y::list_ui(ui, |ui| {
                for item in items {
                    text::bullet_ui(ui, "•", item);
                }
            });
            ui.add_space(size::PARAGRAPH_GAP);
        }
        Block::Terms { heading, items } => {
            optional_heading_ui(ui, heading.as_deref());
            let tokens = Tokens::of(ui);
            for item in items {
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
            }
        }
        Block::Steps { heading, steps } => {
            optional_heading_ui(ui, heading.as_deref());
            for (index, step) in steps.iter().enumerate() {
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
                    let label = ui.label(RichText::new(&number).size(size::SMALL).color(tokens.text_muted));
                    super::a11y::hide(ui, label.id);
                    text::heading_ui(ui, &step.title, text::Level::Subheading);
                    super::links::linked_text_ui(ui, &step.text, &ctx.guide.text.organisations);
                });
                ui.add_space(8.0);
            }
        }
        Block::Faq(items) => {
            for qa in items {
                text::heading_ui(ui, &qa.question, text::Level::Subheading);
                super::links::paragraph_ui(ui, &qa.answer, &ctx.guide.text.organisations);
            }
        }
        Block::ProsCons { pros, cons } => pros_cons_ui(ui, pros, cons),
        Block::RelatedCareers(careers) => related_careers_ui(ui, careers),
        Block::KeyFacts => key_facts::key_facts_ui(ui, &ctx.guide.text.key_facts),
        Block::Table(id) => match ChartId::for_data_set(ctx.guide, id) {
            Some(ChartId::SalaryByExperience) => {
                let picked = ctx.charts.salary.level_index_at(ctx.state.salary_chart.years);
                tables::salary_table_ui(ui, &ctx.guide.salary, picked);
            }
            Some(ChartId::GlobalSalaries) => {
                let sorted = ctx.charts.global.sorted(ctx.state.global_chart.sort);
                let order: Vec<&str> = sorted.iter().map(|r| r.name.as_str()).collect();
                tables::global_table_ui(ui, &ctx.guide.global, &order);
            }
            None => {}
        },
        Block::Chart(id) => match ChartId::for_data_set(ctx.guide, id) {
            Some(ChartId::SalaryByExperience) => {
                // The section's own table of these figures follows: no second one under the chart.
                salary_chart::salary_chart_ui(ui, ctx, salary_plot, table_follows(ctx, id));
            }
            Some(ChartId::GlobalSalaries) => {
                global_chart::global_chart_ui(ui, ctx, table_follows(ctx, id));
            }
            None => {}
        },
        Block::LevelDetails(_) => tables::level_details_ui(ui, &ctx.guide.salary),
        Block::Organisations => super::links::organisations_ui(ui, &ctx.guide.text.organisations),
    }
    ui.add_space(size::BLOCK_GAP - size::PARAGRAPH_GAP);
}

/// Related careers as a plain list (they are names to look up, not buttons); a description they
/// all share is said once, above the list, else each follows its name.
fn related_careers_ui(ui: &mut Ui, careers: &[crate::model::Career]) {
    let shared = crate::model::Career::shared_text(careers);
    if let Some(shared) = shared {
        text::paragraph_ui(ui, &format!("All {}: {shared}", careers.len()));
    }
    a11y::list_ui(ui, |ui| {
        for career in careers {
            let item = if shared.is_some() {
                career.title.clone()
            } else {
                format!("{}: {}", career.title, career.text)
            };
            text::bullet_ui(ui, "•", &item);
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

fn optional_heading_ui(ui: &mut Ui, heading: Option<&str>) {
    if let Some(heading) = heading {
        text::heading_ui(ui, heading, text::Level::Heading);
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

fn pros_cons_ui(ui: &mut Ui, pros: &[String], cons: &[String]) {
    let column = |ui: &mut Ui, title: &str, marker: &str, items: &[String]| {
        text::heading_ui(ui, title, text::Level::Heading);
        a11y::list_ui(ui, |ui| {
            for item in items {
                text::bullet_ui(ui, marker, item);
            }
        });
    };
    if ui.available_width() > 620.0 {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                column(left, "Pros", "+", pros);
                column(right, "Cons", "−", cons);
            }
        });
    } else {
        column(ui, "Pros", "+", pros);
        column(ui, "Cons", "−", cons);
    }
}
